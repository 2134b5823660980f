#include "core/secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run(Kind::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    run(Kind::Write, key, secret, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run(Kind::Remove, key, {}, std::move(done));
}

void KeychainSecretStore::run(Kind kind, const QString &key, const QString &secret, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Never fall back to plain text in QSettings: that is QtKeychain's choice to offer and ours
    // to refuse.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);

    // Whichever comes first answers: the job or the timeout. The other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, done, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done({Outcome::Unavailable, {}, tr("the keychain did not answer in time")});
    });
    connect(job,
            &QKeychain::Job::finished,
            this,
            [answered, done = std::move(done), timer, kind](QKeychain::Job *finished) {
                timer->stop();
                timer->deleteLater();
                if (*answered)
                    return;
                *answered = true;
                switch (finished->error()) {
                case QKeychain::NoError: {
                    Result result{Outcome::Ok, {}, {}};
                    if (kind == Kind::Read)
                        result.secret
                            = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    return done(result);
                }
                case QKeychain::EntryNotFound:
                    return done({kind == Kind::Remove ? Outcome::Ok : Outcome::NotFound, {}, {}});
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    return done({Outcome::Unavailable, {}, finished->errorString()});
                default:
                    return done({Outcome::Failed, {}, finished->errorString()});
                }
            });
    timer->start(int(m_timeout.count()));
    job->start();
}
