#pragma once

#include "core/secrets/SecretStore.h"

#include <chrono>

// Secrets in the operating system's keychain (the Secret Service on Linux, Keychain on macOS,
// the Credential Manager on Windows) through QtKeychain. Every call has a timeout: a keychain
// that does not answer in time is reported Unavailable and its late answer ignored.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;

private:
    enum class Kind { Read, Write, Remove };
    void run(Kind kind, const QString &key, const QString &secret, Callback done);

    QString m_service;
    std::chrono::milliseconds m_timeout{5000};
};
