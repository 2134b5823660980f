// Stock against the demo store over HTTP: after a sync the stock analysis holds exactly the
// store's numbers for every item open orders need, and after fulfilments through the outbox
// the items are read again, so on hand and committed follow without a full sync.

#include "core/demostore/DemoStore.h"
#include "core/demostore/StoreJson.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/model/OrderView.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventoryFollower.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStockDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every row with a level equals the store's level; returns how many were compared.
    static int compareWithStore(const StockDesk &desk,
                                const demostore::StoreData &data,
                                QString *problem)
    {
        int compared = 0;
        for (const StockRow &row : desk.rows()) {
            if (row.level.locationId.isEmpty())
                continue;
            const auto item = demostore::StoreJson::idFromGid(row.level.inventoryItemId,
                                                              u"InventoryItem");
            const auto location = demostore::StoreJson::idFromGid(row.level.locationId, u"Location");
            if (!item || !location) {
                *problem = u"bad ids in "_s + row.key();
                return -1;
            }
            for (const demostore::Variant &v : data.variants) {
                if (v.inventoryItemId != *item)
                    continue;
                if (v.tracked != row.level.tracked) {
                    *problem = u"tracked differs for "_s + row.level.sku;
                    return -1;
                }
                for (const demostore::InventoryLevel &level : v.inventory) {
                    if (data.locations[level.location].id != *location)
                        continue;
                    const InventoryQuantities &q = row.level.quantities;
                    if (q.onHand != level.onHand || q.committed != level.committed
                        || q.available != level.available() || q.incoming != level.incoming) {
                        *problem
                            = u"%1 at %2: local %3/%4/%5, store %6/%7/%8 (on hand/committed/available)"_s
                                  .arg(row.level.sku, row.level.locationName)
                                  .arg(q.onHand)
                                  .arg(q.committed)
                                  .arg(q.available)
                                  .arg(level.onHand)
                                  .arg(level.committed)
                                  .arg(level.available());
                        return -1;
                    }
                    ++compared;
                }
            }
        }
        return compared;
    }

private slots:
    void stockFollowsTheStoreThroughFulfilments()
    {
        demostore::DemoStoreConfig config;
        config.seed = 5;
        config.orderCount = 150;
        config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        config.accessToken = u"t"_s;
        config.throttling = false;
        demostore::DemoStore store(config);
        QVERIFY(store.start());

        Database db;
        QVERIFY(!db.open(m_dir.filePath(u"stock.sqlite"_s)).isError());
        OrderBook orders(db.connection());
        InventoryBook inventory(db.connection());
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(store.url()));
        client.setAccessToken(u"t"_s);
        OrderSync sync(&client, &orders);
        InventorySync inventorySync(&client, &inventory);
        StockDesk desk(&orders, &inventory);
        Outbox outbox(db.connection(), &orders);
        outbox.setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!outbox.load().isError());
        OutboxSender sender(&outbox, &client);
        FulfillmentDesk fulfilment(&orders, &outbox);
        InventoryFollower follower(&outbox, &orders, &inventorySync);

        // The sync, then the stock, as the desk wires them.
        bool syncOk = false;
        int stockRuns = 0;
        InventorySyncResult lastStock;
        connect(&sync, &OrderSync::finished, &inventorySync, [&](const SyncResult &r) {
            syncOk = r.isOk();
            if (r.isOk())
                inventorySync.start();
        });
        connect(&inventorySync, &InventorySync::finished, this, [&](const InventorySyncResult &r) {
            lastStock = r;
            ++stockRuns;
        });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(stockRuns == 1, 60000);
        QVERIFY(syncOk);
        QVERIFY2(lastStock.isOk(),
                 qPrintable(lastStock.shopError.detail + lastStock.storeError.detail));
        QVERIFY(lastStock.itemCount > 10);

        QString problem;
        const int compared = compareWithStore(desk, store.data(), &problem);
        QVERIFY2(compared > 10, qPrintable(problem));
        // The store's stories show: something oversold, something untracked, orders of each kind.
        bool oversold = false;
        bool untracked = false;
        for (const StockRow &row : desk.rows()) {
            oversold = oversold || row.risk == StockRisk::Oversold;
            untracked = untracked || row.risk == StockRisk::Untracked;
        }
        QVERIFY(oversold);
        QVERIFY(untracked);
        int ready = 0;
        int blocked = 0;
        QStringList canShip;
        for (const OrderSummary &row : orders.rows()) {
            if (OrderView::readyToShip().contains(row)) {
                ++ready;
                if (row.fulfillmentStatus == OrderFulfillmentStatus::Unfulfilled
                    && canShip.size() < 3)
                    canShip.append(row.id);
            }
            blocked += OrderView::blockedByStock().contains(row) ? 1 : 0;
        }
        QVERIFY(ready > 0);
        QVERIFY(blocked > 0);
        QCOMPARE(canShip.size(), 3);

        // Fulfil three orders that can ship; each finished entry re-reads its order's items.
        stockRuns = 0;
        const FulfillmentPlanner::Plan plan = fulfilment.planWhole(canShip);
        QVERIFY(plan.orderCount() == 3);
        QVERIFY(!fulfilment.fulfill(plan.requests).isError());
        sender.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0 && stockRuns >= 1
                                     && !inventorySync.isRunning(),
                                 60000);
        sender.stop();
        QCOMPARE(outbox.failedCount(), 0);
        QCOMPARE(compareWithStore(desk, store.data(), &problem), compared);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &id : std::as_const(canShip))
            QCOMPARE(orders.at(orders.rowOf(id)).shipReadiness,
                     ShipReadiness::None); // nothing left to ship
    }
};

QTEST_GUILESS_MAIN(TestStockDemo)
#include "tst_stockdemo.moc"
