#include "core/shop/ShopServices.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/model/StationNaming.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/outbox/SenderIdentity.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/ConnectionWatch.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"
#include "core/storage/StoreNotifications.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncRole.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcShopServices, "smidig.shop")

ShopServices::ShopServices(QNetworkAccessManager *network)
    : m_network(network)
{}

ShopServices::~ShopServices()
{
    close();
}

void ShopServices::close()
{
    m_packingHistory.reset();
    // Another station takes the sync over at its next look rather than after the lease.
    if (m_syncRole)
        m_syncRole->release();
    m_notifications.reset();
    m_stock.reset();
    m_inventorySync.reset();
    m_sender.reset();
    m_sync.reset();
    m_syncRole.reset();
    m_desk.reset();
    m_claims.reset();
    m_client.reset();
    m_tokens.reset();
    m_outbox.reset();
    m_inventory.reset();
    m_book.reset();
    m_connectionWatch.reset();
    m_database.reset();
}

StoreError ShopServices::open(const Setup &setup)
{
    close();
    m_shop = setup.shop;
    // Cleaned like a name typed in the settings; a station given none is the computer.
    m_station = StationNaming::identity(setup.station.station, setup.station.packer);
    m_inventoryLoadError = {};
    auto failed = [this](const StoreError &error) {
        close();
        return error;
    };

    m_database = std::make_unique<Database>();
    if (const StoreError opened = m_database->open(setup.store); opened.isError())
        return failed(opened);
    m_connectionWatch = std::make_unique<ConnectionWatch>(m_database.get());
    m_book = std::make_unique<OrderBook>(m_database->connection());
    if (const StoreError loaded = m_book->load(); loaded.isError())
        return failed(loaded);
    // Actions left from the last run are in the outbox; their orders show as pending.
    m_outbox = std::make_unique<Outbox>(m_database->connection(), m_book.get());
    m_outbox->setStation(m_station);
    if (const StoreError loaded = m_outbox->load(); loaded.isError())
        return failed(loaded);
    m_packingHistory = std::make_unique<PackingHistory>(m_database->connection());
    m_inventory = std::make_unique<InventoryBook>(m_database->connection());
    m_inventoryLoadError = m_inventory->load();

    m_tokens = setup.credentials.makeProvider(m_network, m_shop);
    m_client = std::make_unique<ShopifyClient>(m_network);
    m_client->setShop(m_shop);
    m_client->setTokenProvider(m_tokens.get());
    m_sync = std::make_unique<OrderSync>(m_client.get(), m_book.get());
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
    // Claims are held by this process under its outbox name, for this station. A store that
    // refuses the first write still opens (claiming then says why it cannot).
    m_claims = std::make_unique<OrderClaims>(m_database->connection(),
                                             m_book.get(),
                                             m_outbox->holder(),
                                             m_station);
    m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get(), m_claims.get());
    m_inventorySync = std::make_unique<InventorySync>(m_client.get(), m_inventory.get());
    m_stock = std::make_unique<StockDesk>(m_book.get(), m_inventory.get(), setup.stockRules);
    m_syncRole = std::make_unique<SyncRole>(m_database->connection(), m_outbox->holder(), m_station);
    m_syncRole->setHolderHasEnded(
        [](const QString &holder) { return SenderIdentity::fromName(holder).hasEnded(); });
    followOtherProcesses();
    return {};
}

void ShopServices::setStation(const StationIdentity &who)
{
    m_station = StationNaming::identity(who.station, who.packer);
    if (m_outbox)
        m_outbox->setStation(m_station);
    if (m_syncRole)
        m_syncRole->setWho(m_station);
    if (m_claims)
        m_claims->setWho(m_station);
}

void ShopServices::followOtherProcesses()
{
    m_notifications = std::make_unique<StoreNotifications>(m_database.get());
    StoreNotifications *notifications = m_notifications.get();
    OrderBook *book = m_book.get();
    QObject::connect(notifications,
                     &StoreNotifications::ordersChanged,
                     book,
                     [book](const QStringList &ids) {
                         if (const StoreError error = book->reloadOrders(ids); error.isError())
                             qCWarning(lcShopServices)
                                 << "cannot read orders another station changed:" << error.detail;
                     });
    QObject::connect(notifications, &StoreNotifications::allOrdersMayHaveChanged, book, [book] {
        if (const StoreError error = book->reloadChanged(); error.isError())
            qCWarning(lcShopServices)
                << "cannot read orders another process changed:" << error.detail;
    });
    QObject::connect(notifications,
                     &StoreNotifications::syncValuesChanged,
                     book,
                     &OrderBook::noteSyncValuesChangedElsewhere);
    // The heartbeat reads what other processes changed in the outbox (and renews this
    // process's entries early, which does no harm).
    Outbox *outbox = m_outbox.get();
    QObject::connect(notifications, &StoreNotifications::outboxChanged, outbox, [outbox] {
        if (const StoreError error = outbox->heartbeat(); error.isError())
            qCWarning(lcShopServices)
                << "cannot read the outbox another station changed:" << error.detail;
    });
    QObject::connect(notifications,
                     &StoreNotifications::leasesChanged,
                     m_syncRole.get(),
                     &SyncRole::refresh);
    OrderClaims *claims = m_claims.get();
    QObject::connect(notifications, &StoreNotifications::leasesChanged, claims, [claims] {
        if (const StoreError error = claims->refresh(); error.isError())
            qCWarning(lcShopServices) << "cannot read other stations' claims:" << error.detail;
    });
    // The server ended the connection and it was opened again: the listening connection went
    // with it, and whatever other stations did meanwhile was not announced to this one.
    QObject::connect(m_connectionWatch.get(),
                     &ConnectionWatch::reopened,
                     notifications,
                     [notifications, book, outbox, claims] {
                         if (const StoreError error = notifications->start(); error.isError())
                             qCWarning(lcShopServices)
                                 << "not following other stations' changes:" << error.detail;
                         book->reloadChanged();
                         outbox->heartbeat();
                         claims->refresh();
                     });
    // Without them the station works as before, only without following the others at once.
    if (const StoreError error = notifications->start(); error.isError())
        qCWarning(lcShopServices) << "not following other stations' changes:" << error.detail;
}
