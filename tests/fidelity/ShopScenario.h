#pragma once

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/ConnectionTester.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncResult.h"
#include "tests/testlib/CannedHttpServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <optional>

// The desk as the app puts it together, talking over real HTTP on 127.0.0.1 to a shop that
// answers each operation with a canned body: a local store file, the order and stock books,
// the sync, the stock read and analysis, the outbox with its sender, and smidig-cli run as a
// process on the same file. For tests that feed Shopify-shaped answers through the client's
// whole path and look at what staff would see.
class ShopScenario final
{
public:
    ShopScenario();
    ~ShopScenario();
    ShopScenario(const ShopScenario &) = delete;
    ShopScenario &operator=(const ShopScenario &) = delete;

    // An empty string when the store opened.
    QString problem() const { return m_problem; }

    // The shop's answer (HTTP 200) to an operation, or to it with one variable's value.
    void serve(const QString &operation, const QByteArray &body);
    void serveFor(const QString &operation,
                  const QString &variable,
                  const QString &value,
                  const QByteArray &body);
    const CannedHttpServer &shop() const { return m_shop; }

    // Each runs to its end (or gives up after a minute) and returns how it ended.
    SyncResult sync(OrderSync::Mode mode);
    InventorySyncResult readStock();
    // Sends what the outbox holds until the entry is done or failed (or a minute passed).
    std::optional<OutboxEntry> sendOutbox(qint64 entryId);
    ConnectionTester::Report testConnection();

    OrderBook &orders() { return m_orders; }
    InventoryBook &inventory() { return m_inventory; }
    StockDesk &stock() { return m_stock; }
    FulfillmentDesk &fulfilment() { return m_desk; }
    Outbox &outbox() { return m_outbox; }
    QString databasePath() const;

    struct Cli
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    // smidig-cli with these arguments and --database of this store.
    Cli cli(const QStringList &arguments) const;
    // `orders --status all --format json` and `stock --format json`: the parsed array, or an
    // empty one with the problem in *problem.
    QJsonArray cliOrders(QString *problem) const;
    QJsonArray cliStock(QString *problem) const;

private:
    QString open();

    QTemporaryDir m_dir;
    Database m_db;
    QString m_problem; // after the two above: open() fills it from them
    CannedHttpServer m_shop;
    QNetworkAccessManager m_network;
    ShopifyClient m_client;
    OrderBook m_orders;
    InventoryBook m_inventory;
    OrderSync m_sync;
    InventorySync m_inventorySync;
    StockDesk m_stock;
    Outbox m_outbox;
    OutboxSender m_sender;
    FulfillmentDesk m_desk;
    QObject m_context; // for the connections of the waits
};
