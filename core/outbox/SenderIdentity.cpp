#include "core/outbox/SenderIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QSysInfo>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr QChar kSeparator = u'/';

QString bootId()
{
    QFile file(u"/proc/sys/kernel/random/boot_id"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().trimmed());
}

// The process's start time in clock ticks after boot (field 22 of /proc/PID/stat): a pid
// that is reused belongs to a process with another start time.
QString startTime(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3; // field 3 is the first after the name
    return fields.size() > kStartTimeAfterName ? QString::fromLatin1(fields.at(kStartTimeAfterName))
                                               : QString();
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_LINUX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

SenderIdentity::SenderIdentity(QString name)
    : m_name(std::move(name))
{}

SenderIdentity SenderIdentity::forThisProcess()
{
    return forProcess(QCoreApplication::applicationPid());
}

SenderIdentity SenderIdentity::forProcess(qint64 pid)
{
    const QStringList parts{QString::fromLatin1(QSysInfo::machineUniqueId()),
                            bootId(),
                            QString::number(pid),
                            startTime(pid),
                            QString::number(QRandomGenerator::global()->generate64(), 36)};
    return SenderIdentity(parts.join(kSeparator));
}

SenderIdentity SenderIdentity::fromName(const QString &name)
{
    return SenderIdentity(name);
}

bool SenderIdentity::hasEnded() const
{
    const QStringList parts = m_name.split(kSeparator);
    if (parts.size() != 5)
        return false;
    const QString machine = QString::fromLatin1(QSysInfo::machineUniqueId());
    if (machine.isEmpty() || parts.at(0) != machine)
        return false; // another machine's process (or no way to tell): its lease decides
    const QString boot = bootId();
    if (!boot.isEmpty() && !parts.at(1).isEmpty() && parts.at(1) != boot)
        return true; // started before this machine last booted
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (processIsGone(pid))
        return true;
    const QString started = startTime(pid);
    return !started.isEmpty() && !parts.at(3).isEmpty() && started != parts.at(3);
}
