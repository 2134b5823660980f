#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where the app keeps a secret (an access token, a client secret) between runs. Every call
// answers through its callback, also when the store behind it never does: a keychain that
// does not answer within the timeout counts as unavailable, so the app never hangs on it.
// Secrets never go into QSettings, the local store or the log.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound,    // nothing stored under the key
        Unavailable, // no keychain answered (none installed, locked, or too slow)
        Failed,      // the store refused (denied access, an error on disk)
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString secret;  // for reads that found one
        QString problem; // the store's own words, for the log (never the secret)
        bool isOk() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // For the settings dialog: where the secret lives, in words ("the system keychain").
    virtual QString description() const = 0;
};
