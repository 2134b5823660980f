#pragma once

#include "core/secrets/SecretStore.h"

// Secrets in a file only the user may read (mode 0600), for a machine without a keychain,
// and only when the user chose it explicitly: the file is plain text to anyone who can
// become that user.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;

    QString path() const { return m_path; }

private:
    Result load(QHash<QString, QString> *secrets) const;
    Result save(const QHash<QString, QString> &secrets) const;

    QString m_path;
};
