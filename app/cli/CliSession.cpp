#include "app/cli/CliSession.h"

#include "app/AppSettings.h"
#include "app/LogFile.h"

#include "core/demostore/DemoStoreThread.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/stock/InventorySync.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncRole.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

CliSession::CliSession() = default;

// Members go in the reverse of their order in the class: the shop's objects before the
// network they use, the temporary store's folder and the demo store that answers them.
CliSession::~CliSession() = default;

bool CliSession::open(const ConnectionOptions::Resolved &connection, QString *problem)
{
    m_shop = connection.shop;
    ShopCredentials credentials = connection.credentials;
    StoreLocation store = connection.store;
    if (connection.demo) {
        const demostore::DemoStoreConfig config = ConnectionOptions::demoStoreConfig();
        m_demoStore = std::make_unique<demostore::DemoStoreThread>(config);
        QString error;
        if (!m_demoStore->start(&error)) {
            *problem = tr("The demo store could not start: %1").arg(error);
            return false;
        }
        m_shop = ShopAddress::fromUrl(m_demoStore->url());
        credentials
            = ShopCredentials{ShopCredentials::Kind::AccessToken, config.accessToken, {}, {}};
        if (!store.isValid()) {
            m_temporaryStore = std::make_unique<QTemporaryDir>();
            store = StoreLocation::file(m_temporaryStore->filePath(u"demo.sqlite"_s));
        }
    } else if (!store.isValid()) {
        if (!m_shop.isValid()) {
            *problem = tr("Say which shop to use with --shop (and its token with --token-env), "
                          "or use --demo, or give a local store with --database.");
            return false;
        }
        // The store the window uses for this shop: the shared one saved for it, else its file.
        store = AppSettings::storeLocation(m_shop);
        if (!store.isValid())
            store = StoreLocation::file(ConnectionOptions::defaultDatabasePath(m_shop));
    }
    const StoreError opened = m_services.open(
        {m_shop, credentials, store, {}, m_station.value_or(AppSettings::stationIdentity())});
    if (opened.isError()) {
        *problem = opened.userMessage() + u" ("_s + opened.detail + u')';
        return false;
    }
    if (const StoreError stock = m_services.inventoryLoadError(); stock.isError()) {
        *problem = stock.userMessage() + u" ("_s + stock.detail + u')';
        return false;
    }
    // A token the grant brings is masked in the log like the secret that obtained it.
    QObject::connect(m_services.tokens(),
                     &AccessTokenProvider::tokenIssued,
                     m_services.tokens(),
                     &LogFile::addSecret);
    // A command line has no undo window: the command itself was the decision.
    m_services.outbox()->setUndoWindow(std::chrono::milliseconds(0));
    // For the tests of several stations: a short lease makes a frozen command line lose its
    // entries within seconds instead of 45.
    if (const int lease = qEnvironmentVariableIntValue("SMIDIG_OUTBOX_LEASE_MS"); lease > 0)
        m_services.outbox()->setLease(std::chrono::milliseconds(lease));
    m_services.sender()->setCheckDelay(
        std::chrono::milliseconds(qEnvironmentVariableIntValue("SMIDIG_OUTBOX_CHECK_DELAY_MS") > 0
                                      ? qEnvironmentVariableIntValue("SMIDIG_OUTBOX_CHECK_DELAY_MS")
                                      : 2000));
    return true;
}

int CliSession::drainOutbox()
{
    // What this process holds: another station's or the window's entries are theirs to send.
    if (!m_shop.isValid())
        return m_services.outbox()->heldPendingCount();
    // Give up waiting when what is left is not due within this long: the shop is away.
    constexpr qint64 kPatienceMs = 30000;
    QEventLoop loop;
    QTimer check;
    check.setInterval(100);
    auto settled = [this] {
        if (m_services.outbox()->heldPendingCount() == 0)
            return true;
        const QDateTime next = m_services.outbox()->nextDueTime();
        return m_services.sender()->inFlight() == 0
               && (!next.isValid() || QDateTime::currentDateTimeUtc().msecsTo(next) > kPatienceMs);
    };
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (settled())
            loop.quit();
    });
    m_services.sender()->start();
    check.start();
    if (!settled())
        loop.exec();
    m_services.sender()->stop();
    return m_services.outbox()->heldPendingCount();
}

bool CliSession::claimSync()
{
    SyncRole *role = m_services.syncRole();
    // For the tests of several stations, as the outbox's lease above.
    if (const int lease = qEnvironmentVariableIntValue("SMIDIG_SYNC_LEASE_MS"); lease > 0)
        role->setLease(std::chrono::milliseconds(lease));
    // Renewed while this run syncs, which may outlast the lease.
    if (!role->claim())
        return false;
    role->keepClaiming();
    return true;
}

void CliSession::releaseSync()
{
    m_services.syncRole()->release();
}

QString CliSession::syncer() const
{
    return m_services.syncRole()->syncerName();
}

SyncResult CliSession::sync()
{
    // The shop's own sync and stock read; the connections end with the loop.
    OrderSync *orderSync = m_services.sync();
    SyncResult result;
    QEventLoop loop;
    QObject::connect(orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    orderSync->start();
    loop.exec();
    m_stockRead.reset();
    if (!result.isOk())
        return result;
    InventorySync *inventorySync = m_services.inventorySync();
    QObject::connect(inventorySync,
                     &InventorySync::finished,
                     &loop,
                     [&](const InventorySyncResult &r) {
                         m_stockRead = r;
                         result.requestCount += r.requestCount;
                         loop.quit();
                     });
    inventorySync->start();
    if (inventorySync->isRunning())
        loop.exec();
    return result;
}
