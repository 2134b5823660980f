#include "core/demostore/DemoStore.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/RefusedAddress.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Fulfilment through the outbox against the demo store over HTTP: every order fulfilled
// exactly once, also when connections drop after Shopify did the work or the server fails.
class TestOutboxDemo final : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPatienceMs = 120000;
    QTemporaryDir m_dir;
    std::unique_ptr<demostore::DemoStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopifyClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<FulfillmentDesk> m_desk;

    void startStore(int orders)
    {
        demostore::DemoStoreConfig config;
        config.seed = 11;
        config.orderCount = orders;
        config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        config.accessToken = u"t"_s;
        config.throttling = false; // pacing has tests of its own
        m_store = std::make_unique<demostore::DemoStore>(config);
        QVERIFY(m_store->start());
        m_client->setShop(ShopAddress::fromUrl(m_store->url()));
        m_client->setAccessToken(u"t"_s);
        OrderSync sync(m_client.get(), m_book.get());
        QEventLoop loop;
        bool ok = false;
        connect(&sync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
            ok = r.isOk();
            loop.quit();
        });
        sync.start();
        loop.exec();
        QVERIFY(ok);
    }

    // Runs the sender until nothing is pending. The patience only bounds a failing run; a
    // passing one ends as soon as the last entry is done.
    bool settle()
    {
        m_sender->start();
        const bool settled = QTest::qWaitFor([this] { return m_outbox->pendingCount() == 0; },
                                             kPatienceMs);
        m_sender->stop();
        return settled;
    }

    QStringList ordersWithStatus(const QString &status) const
    {
        QStringList ids;
        for (const OrderSummary &row : m_book->rows()) {
            if (row.fulfillmentStatusName == status && !row.cancelled)
                ids.append(row.id);
        }
        return ids;
    }

    // The store's orders as its own JSON, by id.
    QHash<QString, QJsonObject> storeOrders() const
    {
        QHash<QString, QJsonObject> orders;
        for (int i = 0; i < m_store->data().orders.size(); ++i) {
            const QJsonObject order = m_store->orderJson(i);
            orders.insert(order[u"id"].toString(), order);
        }
        return orders;
    }

    // Fulfils the orders through the outbox and checks each was fulfilled exactly once per
    // shipment planned, in the store and in the local store alike.
    void fulfilExactlyOnce(const QStringList &ids)
    {
        const FulfillmentPlanner::Plan plan = m_desk->planWhole(ids);
        QVERIFY(plan.orderCount() > 0);
        QVERIFY(!m_desk->fulfill(plan.requests).isError());
        QVERIFY2(settle(), qPrintable(u"%1 still pending"_s.arg(m_outbox->pendingCount())));
        QStringList failures;
        for (const OutboxEntry &entry : m_outbox->entries())
            failures.append(entry.orderName + u": "_s + entry.message);
        QVERIFY2(m_outbox->failedCount() == 0, qPrintable(failures.join(u'\n')));
        const QHash<QString, QJsonObject> store = storeOrders();
        QHash<QString, int> shipmentsPerOrder;
        // A shipment of more lines than one call takes goes as several (FulfillmentDesk).
        for (const FulfillmentRequest &request : plan.requests)
            shipmentsPerOrder[request.orderId] += int(
                (request.lines.size() + FulfillmentDesk::kMaxLinesPerFulfillment - 1)
                / FulfillmentDesk::kMaxLinesPerFulfillment);
        for (auto it = shipmentsPerOrder.cbegin(); it != shipmentsPerOrder.cend(); ++it) {
            QCOMPARE(m_store->fulfillmentsCreated(it.key()), it.value());
            const QJsonObject expected = store.value(it.key());
            const OrderSummary &local = m_book->at(m_book->rowOf(it.key()));
            QCOMPARE(local.fulfillmentStatusName, expected[u"displayFulfillmentStatus"].toString());
            QCOMPARE(local.outboxMark, OutboxMark::None);
        }
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"o.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"o.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ShopifyClient>(m_network.get());
        m_client->setTimeout(5000);
        m_outbox = std::make_unique<Outbox>(m_db->connection(), m_book.get());
        m_outbox->setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!m_outbox->load().isError());
        m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
        m_sender->setCheckDelay(std::chrono::milliseconds(100));
        m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
    }
    void cleanup()
    {
        // Exactly once means no second request at all, not only one fulfilment per order in
        // the end: Shopify refuses a second create of what was shipped, and the client would
        // then find the order done.
        if (m_store)
            QCOMPARE(m_store->duplicateCreatesRefused(), 0);
        m_desk.reset();
        m_sender.reset();
        m_outbox.reset();
        m_client.reset();
        m_network.reset();
        m_store.reset();
        m_book.reset();
        m_db.reset();
    }

    void bulkFulfilShipsEachOrderOnce()
    {
        startStore(150);
        const QStringList unfulfilled = ordersWithStatus(u"UNFULFILLED"_s);
        QVERIFY(unfulfilled.size() > 20);
        fulfilExactlyOnce(unfulfilled);
        QVERIFY(ordersWithStatus(u"UNFULFILLED"_s).size()
                < unfulfilled.size() / 4); // only held or scheduled parts left
    }

    void droppedConnectionsAfterTheWorkNeverDoubleAFulfilment()
    {
        startStore(300);
        demostore::FaultPlan faults;
        faults.dropAfterWorkRate = 0.2;
        faults.scope = demostore::FaultPlan::Scope::MutationsOnly;
        faults.seed = 5;
        m_store->setFaultPlan(faults);
        QStringList ids = ordersWithStatus(u"UNFULFILLED"_s)
                          + ordersWithStatus(u"PARTIALLY_FULFILLED"_s);
        ids = ids.mid(0, 100);
        QCOMPARE(ids.size(), 100);
        fulfilExactlyOnce(ids);
        QVERIFY(m_store->stats().droppedAfterWork > 5); // the faults really happened
    }

    void serverErrorsBeforeTheWorkAreSentAgain()
    {
        startStore(120);
        demostore::FaultPlan faults;
        faults.failBeforeWorkRate = 0.3;
        faults.scope = demostore::FaultPlan::Scope::MutationsOnly;
        m_store->setFaultPlan(faults);
        fulfilExactlyOnce(ordersWithStatus(u"UNFULFILLED"_s).mid(0, 30));
        QVERIFY(m_store->stats().failedBeforeWork > 0);
    }

    void aRefusalIsKeptWithShopifysWords()
    {
        startStore(120);
        // Ask for a held fulfillment order by hand, past the planner that would refuse it.
        const QString held = ordersWithStatus(u"ON_HOLD"_s).value(0);
        QVERIFY(!held.isEmpty());
        std::optional<Order> order;
        QVERIFY(!m_book->order(held, &order).isError());
        const FulfillmentOrder &fo = order->fulfillmentOrders.first();
        FulfillmentRequest
            request{order->id, order->name, fo.location, {}, {}, NotifyCustomer::No, {}};
        for (const FulfillmentOrderLineItem &line : fo.lineItems)
            request.lines.append(
                {fo.id, line.id, line.lineItemId, line.remainingQuantity, line.remainingQuantity});
        QList<qint64> ids;
        QVERIFY(!m_desk->fulfill({request}, &ids).isError());
        QVERIFY(settle());
        const std::optional<OutboxEntry> entry = m_outbox->entry(ids.first());
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Failed);
        QVERIFY2(entry->message.startsWith(u"Shopify refused it: "_s), qPrintable(entry->message));
        QCOMPARE(m_book->at(m_book->rowOf(held)).outboxMark, OutboxMark::Failed);
        QCOMPARE(m_store->fulfillmentsCreated(held), 0);
        QVERIFY(!m_outbox->drop(entry->id).isError());
        QCOMPARE(m_book->at(m_book->rowOf(held)).outboxMark, OutboxMark::None);
    }

    void trackingCanBeChangedAndAShipmentCancelled()
    {
        startStore(80);
        const QString id = ordersWithStatus(u"UNFULFILLED"_s).value(0);
        fulfilExactlyOnce({id});
        std::optional<Order> shipped;
        QVERIFY(!m_book->order(id, &shipped).isError());
        const Fulfillment &shipment = shipped->fulfillments.last();

        QVERIFY(
            !m_desk
                 ->updateTracking(id,
                                  shipment.id,
                                  TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s}),
                                  NotifyCustomer::Yes)
                 .isError());
        QVERIFY(settle());
        std::optional<Order> tracked;
        QVERIFY(!m_book->order(id, &tracked).isError());
        QCOMPARE(tracked->fulfillments.last().tracking.first().number, u"1Z999AA10123456784"_s);
        QCOMPARE(tracked->fulfillments.last().tracking.first().company, u"UPS"_s);
        QVERIFY(m_store->notificationsSent() >= 1);

        QVERIFY(!m_desk->cancelFulfillment(id, shipment.id).isError());
        QVERIFY(settle());
        std::optional<Order> cancelled;
        QVERIFY(!m_book->order(id, &cancelled).isError());
        QCOMPARE(cancelled->fulfillments.last().status, FulfillmentStatus::Cancelled);
        // Shopify made a new fulfillment order for the items, open to fulfil again.
        QVERIFY(std::any_of(cancelled->fulfillmentOrders.cbegin(),
                            cancelled->fulfillmentOrders.cend(),
                            [](const FulfillmentOrder &fo) { return fo.isFulfillable(); }));
        QCOMPARE(m_store->fulfillmentsCancelled(id), 1);
    }

    void actionsWaitOutAShopThatDoesNotAnswer()
    {
        startStore(60);
        const QUrl shop = m_store->url();
        const RefusedAddress away;
        QVERIFY(away.isValid());
        m_client->setShop(ShopAddress::fromUrl(away.url()));
        const QStringList ids = ordersWithStatus(u"UNFULFILLED"_s).mid(0, 3);
        QCOMPARE(ids.size(), 3);
        QVERIFY(!m_desk->fulfill(m_desk->planWhole(ids).requests).isError());
        // Each entry is tried, refused by the network and put off for later.
        const auto allTriedAndWaiting = [this] {
            const QList<OutboxEntry> entries = m_outbox->entries();
            return entries.size() == 3 && m_sender->inFlight() == 0
                   && std::all_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
                          return e.attempts >= 1 && e.state == OutboxEntry::State::Ready
                                 && e.sendAfter > QDateTime::currentDateTimeUtc();
                      });
        };
        m_sender->start();
        QVERIFY(QTest::qWaitFor(allTriedAndWaiting, kPatienceMs));
        m_sender->stop();
        QCOMPARE(m_outbox->failedCount(), 0); // waiting, not failed
        QCOMPARE(m_outbox->pendingCount(), 3);
        for (const OutboxEntry &entry : m_outbox->entries())
            QVERIFY2(entry.message.startsWith(u"Could not reach the shop."_s),
                     qPrintable(entry.message));
        for (const QString &id : ids)
            QCOMPARE(m_store->fulfillmentsCreated(id), 0);

        // The network is back: they go, once each.
        m_client->setShop(ShopAddress::fromUrl(shop));
        QVERIFY(!m_outbox->sendPostponedNow().isError());
        QVERIFY(settle());
        for (const QString &id : ids)
            QCOMPARE(m_store->fulfillmentsCreated(id), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDemo)
#include "tst_outboxdemo.moc"
