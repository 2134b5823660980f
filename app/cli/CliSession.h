#pragma once

#include "app/ConnectionOptions.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace demostore {
class DemoStoreThread;
}
struct SyncResult;

// What every smidig-cli command needs: the local store opened, and for commands that talk to
// the shop a client aimed at it (or at the built-in demo store, which then runs for the
// session and keeps its data in a temporary store unless --database says otherwise).
class CliSession final
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession();
    ~CliSession();

    // Who fulfils from this session (before open()); the saved station when not set.
    void setStation(const StationIdentity &who) { m_station = who; }
    // Opens the store (and starts the demo store in demo mode). False with a message on error.
    bool open(const ConnectionOptions::Resolved &connection, QString *problem);

    bool canReachShop() const { return m_shop.isValid(); }
    bool isDemo() const { return m_demoStore != nullptr; }
    OrderBook *book() { return m_services.book(); }
    ShopifyClient *client() { return m_services.client(); }
    Outbox *outbox() { return m_services.outbox(); }
    FulfillmentDesk *desk() { return m_services.desk(); }
    OrderClaims *claims() { return m_services.claims(); }
    InventoryBook *inventory() { return m_services.inventory(); }
    StockDesk *stock() { return m_services.stock(); }
    PackingHistory *packingHistory() { return m_services.packingHistory(); }

    // Runs a sync to the end, then, when it went well, reads the stock of what open orders
    // need; that read's outcome is kept apart (stockRead()), since the orders are saved
    // whatever happens to the stock.
    SyncResult sync();
    // Takes the sync role for this run (released when the session ends) unless another
    // station holds it; false then, and syncer() names that station.
    bool claimSync();
    // Lets the role go after this run's sync: a command that syncs on its way to other work
    // is not the station that syncs for all.
    void releaseSync();
    // The station that holds the sync role, for people: "Station 1 (Anna)".
    QString syncer() const;
    // The stock read of the last sync(); nullopt when none ran.
    const std::optional<InventorySyncResult> &stockRead() const { return m_stockRead; }

    // Sends what waits in the outbox (from this run or an earlier one) until nothing is due
    // soon: everything is done or failed, or what is left waits for a shop that does not
    // answer. Returns how many entries are still pending.
    int drainOutbox();

private:
    std::unique_ptr<demostore::DemoStoreThread> m_demoStore;
    std::unique_ptr<QTemporaryDir> m_temporaryStore;
    ShopAddress m_shop;
    std::optional<StationIdentity> m_station;
    QNetworkAccessManager m_network;
    ShopServices m_services{&m_network};
    std::optional<InventorySyncResult> m_stockRead;
};
