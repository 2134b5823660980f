#include "app/DeskSession.h"

#include "app/AppSettings.h"
#include "app/ConnectionOptions.h"
#include "app/LogFile.h"

#include "core/demostore/DemoStoreThread.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/stock/InventoryFollower.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncScheduler.h"
#include "ui/MainWindow.h"
#include "ui/printing/PrintActions.h"

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
    m_services.reset();
    m_demoStore.reset();
}

OrderSync *DeskSession::sync() const
{
    return m_services ? m_services->sync() : nullptr;
}

bool DeskSession::open(const Setup &setup, QString *problem)
{
    m_shop = setup.shop;
    ShopCredentials credentials = setup.credentials;
    StoreLocation store = setup.store;
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
        if (!store.isValid())
            store = StoreLocation::file(ConnectionOptions::demoDatabasePath());
    } else if (!store.isValid()) {
        store = m_shop.isValid() ? AppSettings::storeLocation(m_shop) : StoreLocation();
        if (!store.isValid()) {
            store = StoreLocation::file(m_shop.isValid()
                                            ? ConnectionOptions::defaultDatabasePath(m_shop)
                                            : ConnectionOptions::demoDatabasePath());
        }
    }
    LogFile::addSecret(credentials.secret());

    m_services = std::make_unique<ShopServices>(m_network);
    const StationIdentity station = AppSettings::stationIdentity();
    const StoreError opened = m_services->open(
        {m_shop, credentials, store, AppSettings::stockRiskRules(m_shop), station});
    if (opened.isError()) {
        *problem = opened.userMessage() + u"\n\n"_s + opened.detail;
        return false;
    }
    // A stock table that cannot be read shows no stock until the next sync reads it.
    ShopServices &shop = *m_services;
    // A token the grant brings is masked in the log like the secret that obtained it.
    connect(shop.tokens(), &AccessTokenProvider::tokenIssued, this, &LogFile::addSecret);

    // Actions left from the last run go out first; new ones wait out the undo window.
    const FulfillmentSettings fulfillment = AppSettings::fulfillmentSettings(m_shop);
    const SyncSettings syncSettings = AppSettings::syncSettings();
    shop.outbox()->setUndoWindow(fulfillment.undoWindow);
    m_scheduler = std::make_unique<SyncScheduler>(shop.sync(), shop.book());
    m_scheduler->setInterval(syncSettings.interval);
    m_scheduler->setReconcileInterval(syncSettings.reconcileInterval);
    // On a store several stations share, one syncs for all; the others follow its changes.
    m_scheduler->setRole(shop.syncRole());
    // When the shop answers again after an outage, what waited in the outbox goes at once.
    connect(m_scheduler.get(), &SyncScheduler::backOnline, shop.outbox(), [outbox = shop.outbox()] {
        outbox->sendPostponedNow();
    });

    // Stock: read after every order sync, and again for an order's items once the desk's own
    // work on it is done; the analysis follows both books.
    connect(shop.sync(),
            &OrderSync::finished,
            shop.inventorySync(),
            [inventorySync = shop.inventorySync()](const SyncResult &result) {
                if (result.isOk())
                    inventorySync->start();
            });
    m_inventoryFollower = std::make_unique<InventoryFollower>(shop.outbox(),
                                                              shop.book(),
                                                              shop.inventorySync());
    connect(shop.stock(), &StockDesk::rulesChanged, this, [this](const StockRiskRules &rules) {
        AppSettings::setStockRiskRules(m_shop, rules);
    });

    m_window = std::make_unique<MainWindow>(shop.book(),
                                            shop.sync(),
                                            shop.outbox(),
                                            shop.desk(),
                                            fulfillment);
    m_window->setSyncScheduler(m_scheduler.get());
    m_window->setStockDesk(shop.stock());
    m_window->setLogPath(LogFile::defaultPath());
    m_window->setStation(station);
    m_window->setPackingHistory(shop.packingHistory());
    PrintSettings print = AppSettings::printSettings();
    // Slips name the shop until Print Settings says how (its address, a logo).
    if (print.sender.isEmpty())
        print.sender = setup.demo ? tr("Demo store") : m_shop.displayName();
    m_window->printing()->setSettings(print);
    connect(m_window->printing(), &PrintActions::settingsChanged, this, [](const PrintSettings &s) {
        AppSettings::setPrintSettings(s);
    });
    connect(m_window->printing(),
            &PrintActions::printProblem,
            m_window.get(),
            [window = m_window.get()](const QString &message) {
                window->statusBar()->showMessage(message, 30000);
            });
    connect(m_window.get(), &MainWindow::stationChanged, this, [this](const StationIdentity &who) {
        AppSettings::setStationIdentity(who);
        m_services->setStation(who);
    });
    // A stock read that fails is the stock panel's news, not a failed sync.
    connect(shop.inventorySync(),
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
                m_services->outbox()->setUndoWindow(f.undoWindow);
                m_scheduler->setInterval(s.interval);
                m_scheduler->setReconcileInterval(s.reconcileInterval);
            });
    m_window->setPackSettings(AppSettings::packSettings(m_shop));
    connect(m_window.get(),
            &MainWindow::packSettingsChanged,
            this,
            [this](const PackSettings &pack) { AppSettings::setPackSettings(m_shop, pack); });
    m_window->setPackMode(AppSettings::packModeOpen());
    connect(m_window.get(), &MainWindow::packModeChanged, this, &AppSettings::setPackModeOpen);
    m_window->showMaximized();
    if (!setup.notice.isEmpty())
        m_window->statusBar()->showMessage(setup.notice, 30000);

    if (m_shop.isValid()) {
        shop.sender()->start();
        m_scheduler->start();
    }
    return true;
}
