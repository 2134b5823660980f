// The desk against a demo store that answers as a real shop does (issue 13): customer data the
// app may not read, an order of six shipments one of which has five parcels, the 60-day
// window of an app without read_all_orders, local pickups, orders Shopify has not routed yet
// and a wholesale order of more lines than one fulfilment takes. Everything over real HTTP,
// through the real client, sync, outbox and stock read.

#include "core/demostore/DemoStore.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySync.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/SyncRuns.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestRealShops final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<demostore::DemoStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopifyClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<FulfillmentDesk> m_desk;

    static demostore::DemoStoreConfig config()
    {
        demostore::DemoStoreConfig c;
        c.seed = 1;
        c.orderCount = 300;
        c.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        c.clockRuns = false; // the store's time moves only when the test says so
        c.accessToken = u"t"_s;
        c.throttling = false; // pacing has tests of its own
        return c;
    }

    void startStore(const demostore::DemoStoreConfig &config)
    {
        m_store = std::make_unique<demostore::DemoStore>(config);
        QVERIFY(m_store->start());
        m_client->setShop(ShopAddress::fromUrl(m_store->url()));
        m_client->setAccessToken(u"t"_s);
    }

    SyncResult sync(OrderSync::Mode mode = OrderSync::Mode::Full)
    {
        return SyncRuns::sync(m_client.get(), m_book.get(), mode);
    }

    InventorySyncResult readStock()
    {
        InventoryBook inventory(m_db->connection());
        if (inventory.load().isError())
            return {};
        return SyncRuns::readStock(m_client.get(), &inventory);
    }

    // Sends what the outbox holds until nothing is pending; the failures' messages, if any.
    QString settle()
    {
        m_sender->start();
        const bool settled = QTest::qWaitFor([this] { return m_outbox->pendingCount() == 0; },
                                             60000);
        m_sender->stop();
        if (!settled)
            return u"%1 still pending"_s.arg(m_outbox->pendingCount());
        QStringList failures;
        for (const OutboxEntry &entry : m_outbox->entries()) {
            if (entry.state == OutboxEntry::State::Failed)
                failures.append(entry.orderName + u": "_s + entry.message);
        }
        return failures.join(u'\n');
    }

    QString gidOf(int index) const { return m_store->orderJson(index)[u"id"].toString(); }

    std::optional<Order> local(const QString &id) const
    {
        std::optional<Order> order;
        if (m_book->order(id, &order).isError())
            return std::nullopt;
        return order;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"real.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"real.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ShopifyClient>(m_network.get());
        m_outbox = std::make_unique<Outbox>(m_db->connection(), m_book.get());
        m_outbox->setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!m_outbox->load().isError());
        m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
        m_sender->setCheckDelay(std::chrono::milliseconds(100));
        m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
    }
    void cleanup()
    {
        m_desk.reset();
        m_sender.reset();
        m_outbox.reset();
        m_client.reset();
        m_network.reset();
        m_store.reset();
        m_book.reset();
        m_db.reset();
    }

    void withoutProtectedCustomerDataEverythingStillWorks_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("no access to customer data") << 0;
        QTest::newRow("level 1 without level 2") << 1;
    }
    void withoutProtectedCustomerDataEverythingStillWorks()
    {
        QFETCH(int, level);
        demostore::DemoStoreConfig c = config();
        c.customerData = level == 0 ? demostore::CustomerDataAccess::none()
                                    : demostore::CustomerDataAccess::level1();
        startStore(c);

        // The sync keeps Shopify's partial answers: every order, customers hidden. The bulk
        // export of the history names the customer's fields and is refused as a whole: the
        // history is paged instead.
        const SyncResult synced = sync();
        QVERIFY2(synced.isOk(), qPrintable(synced.userMessage() + u' ' + synced.detail()));
        QCOMPARE(synced.history, SyncResult::History::Read);
        QCOMPARE(m_store->bulkOperations().operationCount(), 1);
        QCOMPARE(m_book->count(), m_store->data().orders.size());
        QVERIFY(synced.customerHiddenCount > 100);
        int hidden = 0;
        for (const OrderSummary &row : m_book->rows()) {
            if (row.customerHidden) {
                ++hidden;
                QVERIFY2(row.email.isEmpty(), qPrintable(row.name));
                QVERIFY2(!row.customerName.contains(QChar(0x2022)), qPrintable(row.name));
            }
        }
        QCOMPARE(hidden, synced.customerHiddenCount);

        // Fulfilling goes, and the order Shopify answers with (customer hidden) is stored.
        QString id;
        for (const OrderSummary &row : m_book->rows()) {
            if (row.customerHidden && row.fulfillmentStatus == OrderFulfillmentStatus::Unfulfilled
                && !row.closed && !row.cancelled && !row.awaitingRouting && !row.pickup
                && !row.unreadable) {
                id = row.id;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const FulfillmentPlanner::Plan plan = m_desk->planWhole({id});
        QCOMPARE(plan.orderCount(), 1);
        QVERIFY(!m_desk->fulfill(plan.requests).isError());
        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(m_store->fulfillmentsCreated(id), int(plan.requests.size()));
        const std::optional<Order> after = local(id);
        QVERIFY(after);
        QVERIFY(after->customerHidden);
        QVERIFY(after->fulfillmentStatus == OrderFulfillmentStatus::Fulfilled
                || after->fulfillmentStatus == OrderFulfillmentStatus::PartiallyFulfilled);

        // The stock read needs no customer data.
        const InventorySyncResult stock = readStock();
        QVERIFY2(stock.isOk(), qPrintable(stock.userMessage() + u' ' + stock.detail()));
        QVERIFY(stock.itemCount > 10);
    }

    void anOrderOfSixShipmentsIsReadAndEditedWhole()
    {
        startStore(config());
        const int index = m_store->data().notable.manyShipments;
        QVERIFY(index >= 0);
        const QString id = gidOf(index);
        const QJsonArray shipments = m_store->orderJson(index)[u"fulfillments"].toArray();
        QCOMPARE(shipments.size(), 6);

        QVERIFY(sync().isOk());
        std::optional<Order> order = local(id);
        QVERIFY(order);
        QVERIFY(order->fulfillmentsComplete);
        QCOMPARE(order->fulfillments.size(), 6);
        const auto big = std::find_if(order->fulfillments.cbegin(),
                                      order->fulfillments.cend(),
                                      [](const Fulfillment &f) { return f.tracking.size() == 5; });
        QVERIFY(big != order->fulfillments.cend());
        // `big` points into this read of the order; the id outlives the re-read below.
        const QString bigId = big->id;
        // Each parcel keeps its own link.
        for (const TrackingInfo &parcel : big->tracking)
            QVERIFY2(!parcel.url.isEmpty(), qPrintable(parcel.number));

        // One more parcel: the edit starts from all five, so none is deleted.
        QStringList numbers;
        for (const TrackingInfo &parcel : big->tracking)
            numbers.append(parcel.number);
        numbers.append(u"1Z999AA10123456784"_s);
        QVERIFY(!m_desk
                     ->updateTracking(id,
                                      bigId,
                                      TrackingInput::withNumbers(u"UPS"_s, numbers),
                                      NotifyCustomer::No)
                     .isError());
        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QStringList inStore;
        for (const QJsonValue &shipment : m_store->orderJson(index)[u"fulfillments"].toArray()) {
            if (shipment[u"id"].toString() != bigId)
                continue;
            for (const QJsonValue &parcel : shipment[u"trackingInfo"].toArray())
                inStore.append(parcel[u"number"].toString());
        }
        QCOMPARE(inStore, numbers);
        order = local(id);
        QVERIFY(order);
        const auto edited = std::find_if(order->fulfillments.cbegin(),
                                         order->fulfillments.cend(),
                                         [&](const Fulfillment &f) { return f.id == bigId; });
        QVERIFY(edited != order->fulfillments.cend());
        QCOMPARE(edited->tracking.size(), 6);
    }

    void oldOpenOrdersOutsideTheWindowAreKeptNotDeleted()
    {
        // The app first has read_all_orders: the old backorders come with every other order.
        startStore(config());
        const QList<int> old = m_store->data().notable.olderThan60Days;
        QVERIFY(!old.isEmpty());
        SyncResult result = sync();
        QVERIFY(result.isOk());
        QVERIFY(result.readsAllOrders);
        for (int index : old)
            QVERIFY2(m_book->rowOf(gidOf(index)) >= 0, qPrintable(gidOf(index)));

        // The scope is taken away: a full sync and a reconciliation no longer see those
        // orders. They stay, marked as no longer readable, and cannot be fulfilled from here.
        m_store->setGrantedScopes(demostore::AccessScopes::smidigScopes());
        // A reconciliation first: it reads each open order it did not see by id, gets null,
        // and keeps the old ones, marked.
        result = sync(OrderSync::Mode::Reconcile);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QVERIFY(!result.readsAllOrders);
        QCOMPARE(result.unreadableCount, int(old.size()));
        // A full sync keeps them too, and does not mark them again.
        result = sync(OrderSync::Mode::Full);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QCOMPARE(result.unreadableCount, 0);
        for (int index : old) {
            const int row = m_book->rowOf(gidOf(index));
            QVERIFY2(row >= 0, qPrintable(gidOf(index)));
            QVERIFY(m_book->at(row).unreadable);
        }
        const FulfillmentPlanner::Plan plan = m_desk->planWhole({gidOf(old.first())});
        QVERIFY(plan.requests.isEmpty());
        QCOMPARE(plan.refusals.first().reason, FulfillmentPlanner::Reason::Unreadable);

        // Granted again, they are read again, and readable.
        m_store->setGrantedScopes(demostore::AccessScopes::defaultGrant());
        QVERIFY(sync(OrderSync::Mode::Full).isOk());
        for (int index : old)
            QVERIFY(!m_book->at(m_book->rowOf(gidOf(index))).unreadable);
    }

    void aLocalPickupIsMadeReadyThenPickedUp()
    {
        startStore(config());
        const int index = m_store->data().notable.pickupToPrepare;
        QVERIFY(index >= 0);
        const QString id = gidOf(index);
        QVERIFY(sync().isOk());
        QVERIFY(m_book->at(m_book->rowOf(id)).pickup);

        // Not shipped as a parcel.
        const FulfillmentPlanner::Plan shipping = m_desk->planWhole({id});
        QVERIFY(shipping.requests.isEmpty());
        QCOMPARE(shipping.refusals.first().reason, FulfillmentPlanner::Reason::Pickup);

        const FulfillmentPlanner::PickupPlan ready = m_desk->planPickupReady({id});
        QCOMPARE(ready.requests.size(), 1);
        QVERIFY(!m_desk->preparePickup(ready.requests).isError());
        QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(m_store->stats().pickupsPrepared.load(), qint64(1));
        // The order read back after the mutation is in the local store: ready, in progress.
        std::optional<Order> order = local(id);
        QVERIFY(order);
        QCOMPARE(order->fulfillmentOrders.first().status, FulfillmentOrderStatus::InProgress);

        const FulfillmentPlanner::Plan collected = m_desk->planPickedUp({id});
        QCOMPARE(collected.requests.size(), 1);
        QVERIFY(!m_desk->fulfill(collected.requests).isError());
        failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(m_store->fulfillmentsCreated(id), 1);
        order = local(id);
        QVERIFY(order);
        QCOMPARE(order->fulfillmentStatus, OrderFulfillmentStatus::Fulfilled);
    }

    void anOrderNotRoutedYetWaitsThenShips()
    {
        // The store's history ends now: an order placed seconds ago is new by the PC's clock.
        demostore::DemoStoreConfig c = config();
        c.now = QDateTime::currentDateTimeUtc();
        startStore(c);
        const QList<int> routing = m_store->data().notable.awaitingRouting;
        QVERIFY(!routing.isEmpty());
        const QString id = gidOf(routing.first());
        QVERIFY(sync().isOk());
        QVERIFY(m_book->at(m_book->rowOf(id)).awaitingRouting);
        const FulfillmentPlanner::Plan early = m_desk->planWhole({id});
        QVERIFY(early.requests.isEmpty());
        QCOMPARE(early.refusals.first().reason, FulfillmentPlanner::Reason::AwaitingRouting);

        // Shopify routes it a few seconds later; the next sync sees its fulfillment orders.
        m_store->advance(std::chrono::seconds(30));
        QVERIFY(sync(OrderSync::Mode::Incremental).isOk());
        QVERIFY(!m_book->at(m_book->rowOf(id)).awaitingRouting);
        QVERIFY(!m_desk->planWhole({id}).requests.isEmpty());
    }

    void aWholesaleShipmentGoesInPartsAndShipsWhole()
    {
        startStore(config());
        const int index = m_store->data().notable.wholesale;
        QVERIFY(index >= 0);
        const QString id = gidOf(index);
        QVERIFY(sync().isOk());
        const FulfillmentPlanner::Plan plan = m_desk->planWhole({id});
        QCOMPARE(plan.requests.size(), 1);
        const qsizetype lines = plan.requests.first().lines.size();
        QVERIFY(lines > FulfillmentDesk::kMaxLinesPerFulfillment);
        QList<qint64> ids;
        QVERIFY(!m_desk->fulfill(plan.requests, &ids).isError());
        QCOMPARE(ids.size(), 2);
        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(m_store->fulfillmentsCreated(id), 2);
        const std::optional<Order> order = local(id);
        QVERIFY(order);
        QCOMPARE(order->fulfillmentStatus, OrderFulfillmentStatus::Fulfilled);
    }
};

QTEST_GUILESS_MAIN(TestRealShops)
#include "tst_realshops.moc"
