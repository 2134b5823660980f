#include "app/DeskSession.h"

#include "app/AppSettings.h"
#include "app/ConnectionOptions.h"
#include "app/LogFile.h"

#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventoryFollower.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncScheduler.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QStatusBar>

using namespace Qt::StringLiterals;

DeskSession::DeskSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

DeskSession::~DeskSession()
{
    // Top down: the window and the work on the network go before the store they use.
    m_window.reset();
    m_scheduler.reset();
    m_inventoryFollower.reset();
    m_stock.reset();
    m_inventorySync.reset();
    m_sender.reset();
    m_sync.reset();
    m_desk.reset();
    m_client.reset();
    m_outbox.reset();
    m_inventory.reset();
    m_book.reset();
    m_database.reset();
    m_demoStore.reset();
}

bool DeskSession::open(const Setup &setup, QString *problem)
{
    m_shop = setup.shop;
    ShopCredentials credentials = setup.credentials;
    QString databasePath = setup.databasePath;
    if (setup.demo) {
        // The demo store runs on its own thread, so serving never stalls the window.
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
        if (databasePath.isEmpty())
            databasePath = ConnectionOptions::demoDatabasePath();
    } else if (databasePath.isEmpty()) {
        databasePath = m_shop.isValid() ? ConnectionOptions::defaultDatabasePath(m_shop)
                                        : ConnectionOptions::demoDatabasePath();
    }
    LogFile::addSecret(credentials.secret());

    m_database = std::make_unique<Database>();
    const StoreError opened = m_database->open(databasePath);
    if (opened.isError()) {
        *problem = opened.userMessage() + u"\n\n"_s + opened.detail;
        return false;
    }
    m_book = std::make_unique<OrderBook>(m_database->connection());
    if (const StoreError loaded = m_book->load(); loaded.isError()) {
        *problem = loaded.userMessage() + u"\n\n"_s + loaded.detail;
        return false;
    }

    m_tokens = credentials.makeProvider(m_network, m_shop);
    // A token the grant brings is masked in the log like the secret that obtained it.
    connect(m_tokens.get(), &AccessTokenProvider::tokenIssued, this, &LogFile::addSecret);
    m_client = std::make_unique<ShopifyClient>(m_network);
    m_client->setShop(m_shop);
    m_client->setTokenProvider(m_tokens.get());
    m_sync = std::make_unique<OrderSync>(m_client.get(), m_book.get());

    // Actions left from the last run go out first; new ones wait out the undo window.
    m_outbox = std::make_unique<Outbox>(m_database->connection(), m_book.get());
    if (const StoreError loaded = m_outbox->load(); loaded.isError()) {
        *problem = loaded.userMessage() + u"\n\n"_s + loaded.detail;
        return false;
    }
    const FulfillmentSettings fulfillment = AppSettings::fulfillmentSettings(m_shop);
    const SyncSettings syncSettings = AppSettings::syncSettings();
    m_outbox->setUndoWindow(fulfillment.undoWindow);
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
    m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
    m_scheduler = std::make_unique<SyncScheduler>(m_sync.get(), m_book.get());
    m_scheduler->setInterval(syncSettings.interval);
    m_scheduler->setReconcileInterval(syncSettings.reconcileInterval);
    // When the shop answers again after an outage, what waited in the outbox goes at once.
    connect(m_scheduler.get(), &SyncScheduler::backOnline, m_outbox.get(), [this] {
        m_outbox->sendPostponedNow();
    });

    // Stock: read after every order sync, and again for an order's items once the desk's own
    // work on it is done; the analysis follows both books.
    m_inventory = std::make_unique<InventoryBook>(m_database->connection());
    m_inventory->load(); // a store that cannot be read shows no stock until the next sync
    m_inventorySync = std::make_unique<InventorySync>(m_client.get(), m_inventory.get());
    connect(m_sync.get(),
            &OrderSync::finished,
            m_inventorySync.get(),
            [this](const SyncResult &result) {
                if (result.isOk())
                    m_inventorySync->start();
            });
    m_inventoryFollower = std::make_unique<InventoryFollower>(m_outbox.get(),
                                                              m_book.get(),
                                                              m_inventorySync.get());
    m_stock = std::make_unique<StockDesk>(m_book.get(),
                                          m_inventory.get(),
                                          AppSettings::stockRiskRules(m_shop));
    connect(m_stock.get(), &StockDesk::rulesChanged, this, [this](const StockRiskRules &rules) {
        AppSettings::setStockRiskRules(m_shop, rules);
    });

    m_window = std::make_unique<MainWindow>(m_book.get(),
                                            m_sync.get(),
                                            m_outbox.get(),
                                            m_desk.get(),
                                            fulfillment);
    m_window->setSyncScheduler(m_scheduler.get());
    m_window->setStockDesk(m_stock.get());
    m_window->setLogPath(LogFile::defaultPath());
    // A stock read that fails is the stock panel's news, not a failed sync.
    connect(m_inventorySync.get(),
            &InventorySync::finished,
            m_window.get(),
            &MainWindow::showStockRead);
    m_window->setPreferences(fulfillment, syncSettings);
    m_window->setShopName(setup.demo ? tr("Demo store") : m_shop.displayName());
    connect(m_window.get(), &MainWindow::connectRequested, this, &DeskSession::connectRequested);
    connect(m_window.get(),
            &MainWindow::preferencesChanged,
            this,
            [this](const FulfillmentSettings &f, const SyncSettings &s) {
                AppSettings::setFulfillmentSettings(m_shop, f);
                AppSettings::setSyncSettings(s);
                m_outbox->setUndoWindow(f.undoWindow);
                m_scheduler->setInterval(s.interval);
                m_scheduler->setReconcileInterval(s.reconcileInterval);
            });
    m_window->showMaximized();
    if (!setup.notice.isEmpty())
        m_window->statusBar()->showMessage(setup.notice, 30000);

    if (m_shop.isValid()) {
        m_sender->start();
        m_scheduler->start();
    }
    return true;
}
