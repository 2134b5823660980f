#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

// Secrets for this session only, when no keychain answers and the user chose no file: they
// are gone when the app quits, and the user is told so.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};
