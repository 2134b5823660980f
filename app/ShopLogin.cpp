#include "app/ShopLogin.h"

#include "app/AppSettings.h"
#include "app/LogFile.h"

#include "core/secrets/FileSecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/shopify/ConnectionTester.h"
#include "ui/dialogs/ConnectDialog.h"

#include <QEventLoop>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogin, "smidig.login")

struct ShopLogin::StoreAnswer
{
    SecretStore::Result result;
};

ShopLogin::ShopLogin(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tester(std::make_unique<ConnectionTester>(network))
    , m_keychain(std::make_unique<KeychainSecretStore>(u"Smidig"_s))
    , m_file(std::make_unique<FileSecretStore>(AppSettings::secretFilePath()))
    , m_memory(std::make_unique<MemorySecretStore>())
{
    // A token a connection test obtains with the client-credentials grant is masked in the log
    // like the secret that obtained it.
    connect(m_tester.get(), &ConnectionTester::tokenIssued, this, &LogFile::addSecret);
}

ShopLogin::~ShopLogin() = default;

SecretStore *ShopLogin::storeFor(SecretLocation location)
{
    switch (location) {
    case SecretLocation::Keychain:
        return m_keychain.get();
    case SecretLocation::File:
        return m_file.get();
    case SecretLocation::SessionOnly:
        return m_memory.get();
    }
    return m_memory.get();
}

ShopLogin::StoreAnswer ShopLogin::readSecret(SecretLocation location, const QString &key)
{
    StoreAnswer answer;
    QEventLoop loop;
    bool done = false;
    storeFor(location)->read(key, [&](const SecretStore::Result &result) {
        answer.result = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return answer;
}

ShopLogin::StoreAnswer ShopLogin::writeSecret(SecretLocation location,
                                              const QString &key,
                                              const QString &secret)
{
    StoreAnswer answer;
    QEventLoop loop;
    bool done = false;
    storeFor(location)->write(key, secret, [&](const SecretStore::Result &result) {
        answer.result = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return answer;
}

ShopLogin::Outcome ShopLogin::atStart()
{
    const std::optional<AppSettings::SavedConnection> saved = AppSettings::savedConnection();
    if (!saved)
        return ask();
    const StoreAnswer answer = readSecret(saved->secretLocation,
                                          AppSettings::secretKey(saved->shop, saved->kind));
    if (answer.result.isOk()) {
        Outcome outcome{Outcome::Kind::Shop, saved->shop, {}, {}};
        outcome.credentials.kind = saved->kind;
        outcome.credentials.clientId = saved->clientId;
        (saved->kind == ShopCredentials::Kind::AccessToken ? outcome.credentials.accessToken
                                                           : outcome.credentials.clientSecret)
            = answer.result.secret;
        LogFile::addSecret(answer.result.secret);
        return outcome;
    }
    qCWarning(lcLogin) << "the saved secret could not be read:" << answer.result.problem;
    switch (answer.result.outcome) {
    case SecretStore::Outcome::Unavailable:
        return ask(tr(
            "No keychain answered, so Smidig cannot read the secret it saved. Enter it again; it "
            "is kept for this session only unless you choose a file."));
    case SecretStore::Outcome::NotFound:
        return ask(
            saved->secretLocation == SecretLocation::SessionOnly
                ? tr("The secret was kept for one session only. Enter it again to connect.")
                : tr(
                    "The saved secret is gone from where it was kept. Enter it again to connect."));
    default:
        return ask(tr("The saved secret could not be read (%1). Enter it again to connect.")
                       .arg(answer.result.problem));
    }
}

ShopLogin::Outcome ShopLogin::ask(const QString &notice)
{
    ConnectDialog dialog(m_tester.get());
    SecretLocation location = SecretLocation::Keychain;
    if (const std::optional<AppSettings::SavedConnection> saved = AppSettings::savedConnection()) {
        dialog.setShopText(saved->shop.displayName());
        ShopCredentials prefill;
        prefill.kind = saved->kind;
        prefill.clientId = saved->clientId;
        dialog.setCredentials(prefill);
        location = saved->secretLocation;
        dialog.setSecretLocation(location);
        dialog.setStoreText(AppSettings::storeLocation(saved->shop).toString());
    }
    dialog.setNotice(notice);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (dialog.demoChosen())
        return {Outcome::Kind::Demo, {}, {}, {}};

    Outcome outcome{Outcome::Kind::Shop, dialog.shop(), dialog.credentials(), {}};
    LogFile::addSecret(outcome.credentials.secret());
    location = dialog.secretLocation();
    const QString key = AppSettings::secretKey(outcome.shop, outcome.credentials.kind);
    StoreAnswer stored = writeSecret(location, key, outcome.credentials.secret());
    if (!stored.result.isOk() && location != SecretLocation::SessionOnly) {
        // Nothing is lost: the secret stays in memory for this session, and next time the
        // dialog asks again.
        qCWarning(lcLogin) << "the secret could not be saved:" << stored.result.problem;
        //: %1 is where it was to be kept, such as "the system keychain"
        outcome.notice = tr("The secret could not be saved in %1, so Smidig keeps it for this "
                            "session only and "
                            "asks for it at the next start.")
                             .arg(storeFor(location)->description());
        location = SecretLocation::SessionOnly;
        writeSecret(location, key, outcome.credentials.secret());
    }
    AppSettings::saveConnection(
        {outcome.shop, outcome.credentials.kind, outcome.credentials.clientId, location});
    // Where the shop's orders are kept; the session about to open reads it from here.
    AppSettings::setStoreLocation(outcome.shop, dialog.store());
    return outcome;
}
