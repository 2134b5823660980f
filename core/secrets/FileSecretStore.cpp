#include "core/secrets/FileSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Folders made for the file are its owner's alone (existing ones are left as they are).
bool makeOwnerOnlyFolders(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (info.exists() || !makeOwnerOnlyFolders(info.absolutePath()))
        return false;
    return QDir().mkdir(folder, kOwnerOnly | QFileDevice::ExeOwner) || QFileInfo(folder).isDir();
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{}

QString FileSecretStore::description() const
{
    return tr("the file %1, readable only by you").arg(QDir::toNativeSeparators(m_path));
}

SecretStore::Result FileSecretStore::load(QHash<QString, QString> *secrets) const
{
    QFile file(m_path);
    if (!file.exists())
        return {Outcome::Ok, {}, {}};
    // Refuse a file others can read: the secret in it may already have leaked, and it must
    // not be trusted to stay private.
    const QFileDevice::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & open)
        return {Outcome::Failed,
                {},
                tr("%1 can be read by other users; it is not used").arg(m_path)};
    if (!file.open(QIODevice::ReadOnly))
        return {Outcome::Failed, {}, file.errorString()};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        secrets->insert(it.key(), it.value().toString());
    return {Outcome::Ok, {}, {}};
}

SecretStore::Result FileSecretStore::save(const QHash<QString, QString> &secrets) const
{
    if (!makeOwnerOnlyFolders(QFileInfo(m_path).absolutePath()))
        return {Outcome::Failed, {}, tr("cannot create the folder of %1").arg(m_path)};
    // Owner only from the moment the file exists: a file made readable to others and narrowed
    // after could be opened in between, and read through that handle ever after. QSaveFile
    // makes a new file with the usual permissions (0644) but copies those of one that exists,
    // so an empty owner-only file goes first.
    if (!QFileInfo::exists(m_path)) {
        QFile first(m_path);
        if (!first.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)
            && !QFileInfo::exists(m_path))
            return {Outcome::Failed, {}, first.errorString()};
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {Outcome::Failed, {}, file.errorString()};
    file.setPermissions(kOwnerOnly);
    QJsonObject object;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        object.insert(it.key(), it.value());
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return {Outcome::Failed, {}, file.errorString()};
    QFile::setPermissions(m_path, kOwnerOnly);
    return {Outcome::Ok, {}, {}};
}

void FileSecretStore::read(const QString &key, Callback done)
{
    QHash<QString, QString> secrets;
    const Result loaded = load(&secrets);
    if (!loaded.isOk())
        return done(loaded);
    const auto it = secrets.constFind(key);
    done(it == secrets.constEnd() ? Result{Outcome::NotFound, {}, {}}
                                  : Result{Outcome::Ok, it.value(), {}});
}

void FileSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    QHash<QString, QString> secrets;
    const Result loaded = load(&secrets);
    if (!loaded.isOk())
        return done(loaded);
    secrets.insert(key, secret);
    done(save(secrets));
}

void FileSecretStore::remove(const QString &key, Callback done)
{
    QHash<QString, QString> secrets;
    const Result loaded = load(&secrets);
    if (!loaded.isOk())
        return done(loaded);
    secrets.remove(key);
    done(save(secrets));
}
