#include "app/cli/CliSession.h"

#include "app/LogFile.h"

#include "core/demostore/DemoStoreThread.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/stock/InventorySync.h"
#include "core/sync/OrderSync.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

CliSession::CliSession() = default;

CliSession::~CliSession()
{
    // The client's replies go before the store that answers them.
    m_stock.reset();
    m_inventory.reset();
    m_sender.reset();
    m_desk.reset();
    m_outbox.reset();
    m_client.reset();
    m_tokens.reset();
    m_book.reset();
    m_database.close();
    m_demoStore.reset();
}

bool CliSession::open(const ConnectionOptions::Resolved &connection, QString *problem)
{
    m_shop = connection.shop;
    ShopCredentials credentials = connection.credentials;
    QString path = connection.databasePath;
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
        if (path.isEmpty()) {
            m_temporaryStore = std::make_unique<QTemporaryDir>();
            path = m_temporaryStore->filePath(u"demo.sqlite"_s);
        }
    } else if (path.isEmpty()) {
        if (!m_shop.isValid()) {
            *problem = tr("Say which shop to use with --shop (and its token with --token-env), "
                          "or use --demo, or give a local store with --database.");
            return false;
        }
        path = ConnectionOptions::defaultDatabasePath(m_shop);
    }
    const StoreError opened = m_database.open(path);
    if (opened.isError()) {
        *problem = opened.userMessage() + u" ("_s + opened.detail + u')';
        return false;
    }
    m_book = std::make_unique<OrderBook>(m_database.connection());
    const StoreError loaded = m_book->load();
    if (loaded.isError()) {
        *problem = loaded.userMessage() + u" ("_s + loaded.detail + u')';
        return false;
    }
    m_tokens = credentials.makeProvider(&m_network, m_shop);
    // A token the grant brings is masked in the log like the secret that obtained it.
    QObject::connect(m_tokens.get(),
                     &AccessTokenProvider::tokenIssued,
                     m_tokens.get(),
                     &LogFile::addSecret);
    m_client = std::make_unique<ShopifyClient>(&m_network);
    m_client->setShop(m_shop);
    m_client->setTokenProvider(m_tokens.get());

    m_outbox = std::make_unique<Outbox>(m_database.connection(), m_book.get());
    const StoreError outboxLoaded = m_outbox->load();
    if (outboxLoaded.isError()) {
        *problem = outboxLoaded.userMessage() + u" ("_s + outboxLoaded.detail + u')';
        return false;
    }
    // A command line has no undo window: the command itself was the decision.
    m_outbox->setUndoWindow(std::chrono::milliseconds(0));
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
    m_sender->setCheckDelay(
        std::chrono::milliseconds(qEnvironmentVariableIntValue("SMIDIG_OUTBOX_CHECK_DELAY_MS") > 0
                                      ? qEnvironmentVariableIntValue("SMIDIG_OUTBOX_CHECK_DELAY_MS")
                                      : 2000));
    m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
    m_inventory = std::make_unique<InventoryBook>(m_database.connection());
    if (const StoreError stock = m_inventory->load(); stock.isError()) {
        *problem = stock.userMessage() + u" ("_s + stock.detail + u')';
        return false;
    }
    m_stock = std::make_unique<StockDesk>(m_book.get(), m_inventory.get());
    return true;
}

int CliSession::drainOutbox()
{
    if (!m_shop.isValid())
        return m_outbox->pendingCount();
    // Give up waiting when what is left is not due within this long: the shop is away.
    constexpr qint64 kPatienceMs = 30000;
    QEventLoop loop;
    QTimer check;
    check.setInterval(100);
    auto settled = [this] {
        if (m_outbox->pendingCount() == 0)
            return true;
        const QDateTime next = m_outbox->nextDueTime();
        return m_sender->inFlight() == 0
               && (!next.isValid() || QDateTime::currentDateTimeUtc().msecsTo(next) > kPatienceMs);
    };
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (settled())
            loop.quit();
    });
    m_sender->start();
    check.start();
    if (!settled())
        loop.exec();
    m_sender->stop();
    return m_outbox->pendingCount();
}

SyncResult CliSession::sync()
{
    OrderSync orderSync(m_client.get(), m_book.get());
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    orderSync.start();
    loop.exec();
    m_stockRead.reset();
    if (!result.isOk())
        return result;
    InventorySync inventorySync(m_client.get(), m_inventory.get());
    QObject::connect(&inventorySync,
                     &InventorySync::finished,
                     &loop,
                     [&](const InventorySyncResult &r) {
                         m_stockRead = r;
                         result.requestCount += r.requestCount;
                         loop.quit();
                     });
    inventorySync.start();
    if (inventorySync.isRunning())
        loop.exec();
    return result;
}
