#include "app/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace LogFile {

namespace {

constexpr qint64 kMaxBytes = 1024 * 1024;
constexpr int kOldFiles = 2;
// A log can hold customers' names and addresses: its owner's alone from the moment it exists.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Qt's message handler is a plain function for the whole process; its state lives here.
struct State
{
    QMutex mutex;
    QString path;
    QStringList secrets;
    bool echo = true;
    QtMessageHandler previous = nullptr;
};

State &state()
{
    static State instance;
    return instance;
}

QString masked(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text.replace(secret, u"********"_s);
    return text;
}

// Folders made for the log are its owner's alone (existing ones are left as they are).
bool makeOwnerOnlyFolders(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (info.exists() || !makeOwnerOnlyFolders(info.absolutePath()))
        return false;
    return QDir().mkdir(folder, kOwnerOnly | QFileDevice::ExeOwner) || QFileInfo(folder).isDir();
}

void rollOver(const QString &path)
{
    if (QFileInfo(path).size() < kMaxBytes)
        return;
    QFile::remove(path + u'.' + QString::number(kOldFiles));
    for (int i = kOldFiles - 1; i >= 1; --i)
        QFile::rename(path + u'.' + QString::number(i), path + u'.' + QString::number(i + 1));
    QFile::rename(path, path + u".1"_s);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const QString text = masked(message, s.secrets);
    const QString line
        = u"%1 %2 %3: %4\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1StringView(levelName(type)),
                                  QLatin1StringView(context.category ? context.category : "default"),
                                  text);
    const QByteArray bytes = line.toUtf8();
    if (s.echo)
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (!s.path.isEmpty()) {
        rollOver(s.path);
        QFile file(s.path);
        // Created owner-only (never made readable to others and narrowed after); one left by
        // an older version is narrowed here.
        if (file.open(QIODevice::Append | QIODevice::Text, kOwnerOnly)) {
            file.setPermissions(kOwnerOnly);
            file.write(bytes);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const QString &path, Echo echo)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.path = path;
        s.echo = echo == Echo::ToStderr;
        makeOwnerOnlyFolders(QFileInfo(path).absolutePath());
    }
    s.previous = qInstallMessageHandler(handle);
}

void addSecret(const QString &secret)
{
    // A short "secret" would mask ordinary words; real tokens are long.
    if (secret.size() < 8)
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.secrets.contains(secret))
        s.secrets.append(secret);
}

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"logs/smidig.log"_s);
}

} // namespace LogFile
