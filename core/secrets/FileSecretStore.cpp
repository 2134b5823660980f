#include "core/secrets/FileSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {Outcome::Failed, {}, file.errorString()};
    // Owner only from the first byte on: set before anything is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject object;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        object.insert(it.key(), it.value());
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return {Outcome::Failed, {}, file.errorString()};
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
