#pragma once

#include "core/model/Lease.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/stock/StockRisk.h"
#include "core/storage/StoreError.h"
#include "core/storage/StoreLocation.h"

#include <QString>

#include <memory>

class AccessTokenProvider;
class ConnectionWatch;
class Database;
class FulfillmentDesk;
class InventoryBook;
class InventorySync;
class OrderBook;
class OrderClaims;
class OrderSync;
class Outbox;
class OutboxSender;
class PackingHistory;
class QNetworkAccessManager;
class ShopifyClient;
class StockDesk;
class StoreNotifications;
class SyncRole;

// The objects that work for one shop, built once and wired the same way for the window, the
// command line and the tests: the local store and its books, the client aimed at the shop,
// the order and stock reads, the outbox with its sender, the fulfilment and stock desks.
// What differs between them (a schedule, an undo window, the window itself) their owner adds
// around it. Connecting another shop means building another ShopServices.
class ShopServices final
{
public:
    struct Setup
    {
        ShopAddress shop; // not valid: nothing is sent (a store looked at offline)
        ShopCredentials credentials;
        StoreLocation store;       // a file, or a PostgreSQL database several stations share
        StockRiskRules stockRules; // the saved ones, so the first analysis uses them
        StationIdentity station;   // this station and its packer, as other stations see them
    };

    // `network` carries the client's requests and the token grant; it outlives this.
    explicit ShopServices(QNetworkAccessManager *network);
    // Top down: the work on the network goes before the store it writes to.
    ~ShopServices();

    ShopServices(const ShopServices &) = delete;
    ShopServices &operator=(const ShopServices &) = delete;

    // Opens the setup's store and builds the rest. An error (the store cannot be
    // opened or read) leaves nothing built. A stock table that cannot be read is not one: the
    // orders still work, stock shows nothing until the next read (inventoryLoadError()).
    StoreError open(const Setup &setup);
    StoreError inventoryLoadError() const { return m_inventoryLoadError; }

    const ShopAddress &shop() const { return m_shop; }
    const StationIdentity &station() const { return m_station; }
    // Another packer took over (or the station was renamed): what is fulfilled from now on
    // is recorded with the new names.
    void setStation(const StationIdentity &who);
    Database *database() const { return m_database.get(); }
    // Opens a shared store's connection again when its server ended it.
    ConnectionWatch *connectionWatch() const { return m_connectionWatch.get(); }
    OrderBook *book() const { return m_book.get(); }
    AccessTokenProvider *tokens() const { return m_tokens.get(); }
    ShopifyClient *client() const { return m_client.get(); }
    OrderSync *sync() const { return m_sync.get(); }
    // Whether this station syncs the store for all (not claimed until a schedule or a
    // command asks; released when this closes).
    SyncRole *syncRole() const { return m_syncRole.get(); }
    // What other processes change in the store; the books and the outbox follow it.
    StoreNotifications *notifications() const { return m_notifications.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    OutboxSender *sender() const { return m_sender.get(); }
    FulfillmentDesk *desk() const { return m_desk.get(); }
    // The orders being packed here and at the other stations sharing the store.
    OrderClaims *claims() const { return m_claims.get(); }
    InventoryBook *inventory() const { return m_inventory.get(); }
    InventorySync *inventorySync() const { return m_inventorySync.get(); }
    StockDesk *stock() const { return m_stock.get(); }
    // Who sent each fulfilment and when, read for the details pane and the command line.
    PackingHistory *packingHistory() const { return m_packingHistory.get(); }

private:
    void close();
    void followOtherProcesses();

    QNetworkAccessManager *m_network;
    ShopAddress m_shop;
    StationIdentity m_station;
    StoreError m_inventoryLoadError;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConnectionWatch> m_connectionWatch;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<AccessTokenProvider> m_tokens;
    std::unique_ptr<ShopifyClient> m_client;
    std::unique_ptr<OrderSync> m_sync;
    std::unique_ptr<SyncRole> m_syncRole;
    std::unique_ptr<StoreNotifications> m_notifications;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<OrderClaims> m_claims;
    std::unique_ptr<FulfillmentDesk> m_desk;
    std::unique_ptr<InventoryBook> m_inventory;
    std::unique_ptr<InventorySync> m_inventorySync;
    std::unique_ptr<StockDesk> m_stock;
    std::unique_ptr<PackingHistory> m_packingHistory;
};
