#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/TestStore.h"

#include <QSignalSpy>
#include <QTest>

// The orders in the store and in memory, on both engines: every test runs on a new SQLite
// file and on a new PostgreSQL database.
class TestOrderBook final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;

    // Orders #1001 onwards, every `fulfilledEvery`th one fulfilled, the rest not.
    static QList<Order> sampleOrders(int count, int fulfilledEvery)
    {
        QList<Order> orders;
        for (int i = 1; i <= count; ++i)
            orders.append(SampleOrders::make(i,
                                             i % fulfilledEvery == 0
                                                 ? OrderFulfillmentStatus::Fulfilled
                                                 : OrderFulfillmentStatus::Unfulfilled));
        return orders;
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_db = std::make_unique<Database>();
        const StoreError opened = m_db->open(m_store->location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
    }
    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void newOrdersAreAppendedWithPreciseSignals()
    {
        OrderBook book(m_db->connection());
        QVERIFY(!book.load().isError());
        QSignalSpy aboutToAdd(&book, &OrderBook::rowsAboutToBeAdded);
        QSignalSpy added(&book, &OrderBook::rowsAdded);
        QSignalSpy changed(&book, &OrderBook::rowsChanged);
        const StoreError e = book.upsert({SampleOrders::make(1), SampleOrders::make(2)});
        QVERIFY2(!e.isError(), qPrintable(e.detail));
        QCOMPARE(book.count(), 2);
        QCOMPARE(aboutToAdd.size(), 1);
        QCOMPARE(aboutToAdd.at(0), (QVariantList{0, 1}));
        QCOMPARE(added.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(book.at(book.rowOf(QStringLiteral("gid://shopify/Order/2"))).name,
                 QStringLiteral("#1002"));
    }

    void aChangedOrderChangesOnlyItsRow()
    {
        OrderBook book(m_db->connection());
        QVERIFY(!book.upsert({SampleOrders::make(1), SampleOrders::make(2), SampleOrders::make(3)})
                     .isError());
        QSignalSpy changed(&book, &OrderBook::rowsChanged);
        QSignalSpy added(&book, &OrderBook::rowsAdded);
        QVERIFY(!book.upsert({SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                              SampleOrders::make(3)})
                     .isError());
        QCOMPARE(changed.size(), 1); // #1003 did not change, so only #1002's row
        QCOMPARE(changed.at(0), (QVariantList{1, 1}));
        QCOMPARE(added.size(), 0);
        QCOMPARE(book.at(1).fulfillmentStatus, OrderFulfillmentStatus::Fulfilled);
        QCOMPARE(book.at(1).trackingNumbers, QStringLiteral("00370712345000000002"));
    }

    void replaceAllRemovesWhatTheShopNoLongerHas()
    {
        OrderBook book(m_db->connection());
        QList<Order> orders;
        for (int i = 1; i <= 6; ++i)
            orders.append(SampleOrders::make(i));
        QVERIFY(!book.upsert(orders).isError());
        QSignalSpy removed(&book, &OrderBook::rowsRemoved);
        QVERIFY(
            !book.replaceAll({SampleOrders::make(1), SampleOrders::make(4), SampleOrders::make(7)})
                 .isError());
        QCOMPARE(book.count(), 3);
        // #5-#6 and #2-#3 went as two runs, from the back.
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0), (QVariantList{4, 5}));
        QCOMPARE(removed.at(1), (QVariantList{1, 2}));
        QStringList names;
        for (const auto &row : book.rows())
            names.append(row.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("#1001"),
                              QStringLiteral("#1004"),
                              QStringLiteral("#1007")}));
        for (int row = 0; row < book.count(); ++row)
            QCOMPARE(book.rowOf(book.at(row).id), row);

        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.rows(), book.rows());
        std::optional<Order> gone;
        QVERIFY(!reread.order(QStringLiteral("gid://shopify/Order/2"), &gone).isError());
        QVERIFY(!gone);
    }

    void aFailedWriteChangesNothing()
    {
        OrderBook book(m_db->connection());
        QVERIFY(!book.upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
        const QList<OrderSummary> before = book.rows();
        // Two orders claiming the same line item break a primary key in the middle of the write.
        Order clash = SampleOrders::make(3);
        clash.lineItems[0].id = SampleOrders::make(1).lineItems[0].id;
        QSignalSpy anything(&book, &OrderBook::changed);
        const StoreError error = book.upsert(
            {SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled), clash});
        QCOMPARE(error.kind, StoreError::Kind::Failed);
        // What the person reads: nothing was written, and what to do if it happens again.
        QVERIFY2(error.userMessage().startsWith(
                     QStringLiteral("Smidig could not write to its order database. If this "
                                    "happens again, report it with the log")),
                 qPrintable(error.userMessage()));
        QCOMPARE(anything.size(), 0);
        QCOMPARE(book.rows(), before);
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.rows(), before);
    }

    void aBatchLargerThanAStatementComesBackWhole()
    {
        // The rows of one table go to the database several to a statement, the last statement
        // holding what is left: 53 orders with two line items each span many of them.
        const QList<Order> orders = sampleOrders(53, 3);
        {
            OrderBook book(m_db->connection());
            const StoreError error = book.upsert(orders);
            QVERIFY2(!error.isError(), qPrintable(error.detail));
            QCOMPARE(book.count(), orders.size());
        }
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.count(), orders.size());
        QList<Order> stored;
        QVERIFY(!reread.allOrders(&stored).isError());
        QCOMPARE(stored.size(), orders.size());
        for (const Order &order : std::as_const(orders)) {
            std::optional<Order> read;
            QVERIFY(!reread.order(order.id, &read).isError());
            QVERIFY(read);
            QCOMPARE(*read, order);
        }
    }

    void severalOrdersComeBackWholeInTheOrderAsked()
    {
        // More ids than one query binds (500): the second batch must come back too, each
        // order with its own parts, in the caller's order and not the store's.
        const QList<Order> orders = sampleOrders(520, 4);
        OrderBook book(m_db->connection());
        const StoreError error = book.upsert(orders);
        QVERIFY2(!error.isError(), qPrintable(error.detail));

        const QString missing = QStringLiteral("gid://shopify/Order/999999");
        QStringList ids{orders.at(519).id, missing, orders.at(3).id};
        for (int i = 0; i < 510; ++i)
            ids.append(orders.at(i).id);
        ids.append(orders.at(3).id); // asked twice: comes back twice
        QList<Order> read;
        const StoreError readError = book.orders(ids, &read);
        QVERIFY2(!readError.isError(), qPrintable(readError.detail));
        QCOMPARE(read.size(), ids.size() - 1); // all but the one the store does not have
        QCOMPARE(read.at(0), orders.at(519));
        QCOMPARE(read.at(1), orders.at(3));
        for (int i = 0; i < 510; ++i)
            QCOMPARE(read.at(2 + i), orders.at(i));
        QCOMPARE(read.last(), orders.at(3));

        QVERIFY(!book.orders({}, &read).isError());
        QVERIFY(read.isEmpty());
        QVERIFY(!book.orders({missing}, &read).isError());
        QVERIFY(read.isEmpty());
    }

    void anOrderListedTwiceIsStoredAsItsLastCopy()
    {
        const Order first = SampleOrders::make(1);
        const Order last = SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled);
        {
            OrderBook book(m_db->connection());
            const StoreError error = book.upsert({first, SampleOrders::make(2), last});
            QVERIFY2(!error.isError(), qPrintable(error.detail));
        }
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.count(), 2);
        std::optional<Order> read;
        QVERIFY(!reread.order(first.id, &read).isError());
        QVERIFY(read);
        QCOMPARE(*read, last);
    }

    void textComesBackExactlyAsStored()
    {
        // Text goes to SQLite as UTF-8 through one buffer per column that is reused from
        // order to order: a long value followed by a short one must not leave a tail behind,
        // and letters beyond ASCII and emoji must come back as they were.
        QList<Order> orders;
        const QStringList names{QStringLiteral("Ida Møller-Ærø, Straße 12, Grüß Gott 📦📦📦"),
                                QStringLiteral("Bo"),
                                QString(),
                                QStringLiteral("Åse 🇩🇰")};
        for (int i = 0; i < names.size(); ++i) {
            Order order = SampleOrders::make(i + 1);
            order.customerName = names.at(i);
            order.lineItems[0].title = names.at((i + 1) % names.size());
            order.lineItems[1].variantTitle = names.at((i + 2) % names.size());
            orders.append(order);
        }
        {
            OrderBook book(m_db->connection());
            const StoreError error = book.upsert(orders);
            QVERIFY2(!error.isError(), qPrintable(error.detail));
        }
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        for (const Order &stored : std::as_const(orders)) {
            std::optional<Order> read;
            QVERIFY(!reread.order(stored.id, &read).isError());
            QVERIFY(read);
            QCOMPARE(read->customerName, stored.customerName);
            QCOMPARE(read->lineItems[0].title, stored.lineItems[0].title);
            QCOMPARE(read->lineItems[1].variantTitle, stored.lineItems[1].variantTitle);
            QCOMPARE(*read, stored);
            QCOMPARE(reread.at(reread.rowOf(stored.id)).customerName, stored.customerName);
        }
    }

    // Every column that may be empty comes back empty, every one that is set comes back as
    // it was, times and sums beyond 32 bits included.
    void everyNullableFieldRoundTrips()
    {
        Order full = SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled);
        full.cancelledAt = full.createdAt.addDays(1);
        full.closed = true;
        full.unreadableSince = full.createdAt.addDays(2);
        full.test = true;
        full.customerHidden = true;
        full.fulfillmentsComplete = false;
        full.shippingName = QStringLiteral("Bo Holm");
        full.total.minorUnits = 12'345'678'901LL;
        full.number = 9'876'543'210LL;
        FulfillmentOrder &fo = full.fulfillmentOrders[0];
        fo.fulfillAt = full.createdAt.addDays(3);
        fo.fulfillmentService = QStringLiteral("gid://shopify/FulfillmentService/4");
        fo.deliveryMethod = DeliveryMethod::PickUp;
        fo.deliveryMethodName = QStringLiteral("PICK_UP");
        fo.holds.append({FulfillmentHoldReason::AwaitingPayment,
                         QStringLiteral("AWAITING_PAYMENT"),
                         QStringLiteral("Betaling mangler")});
        fo.holds.append({FulfillmentHoldReason::Unknown, QStringLiteral("SOMETHING_NEW"), {}});

        Order empty = SampleOrders::make(2);
        empty.processedAt = QDateTime();
        empty.email.clear();
        empty.customerName.clear();
        empty.fulfillmentOrders[0].updatedAt = QDateTime();
        empty.fulfillmentOrders[0].supportedActions.clear();
        empty.fulfillmentOrders[0].location = Location();
        empty.lineItems[0].sku.clear();
        empty.lineItems[0].variantTitle.clear();
        empty.total.minorUnits = -1; // a refund larger than the order

        OrderBook book(m_db->connection());
        const StoreError error = book.upsert({full, empty});
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        for (const Order &stored : {full, empty}) {
            std::optional<Order> read;
            QVERIFY(!reread.order(stored.id, &read).isError());
            QVERIFY(read);
            QCOMPARE(read->processedAt, stored.processedAt);
            QCOMPARE(read->cancelledAt, stored.cancelledAt);
            QCOMPARE(read->unreadableSince, stored.unreadableSince);
            QCOMPARE(read->fulfillmentOrders[0].fulfillAt, stored.fulfillmentOrders[0].fulfillAt);
            QCOMPARE(read->fulfillmentOrders[0].updatedAt, stored.fulfillmentOrders[0].updatedAt);
            QCOMPARE(read->fulfillmentOrders[0].holds, stored.fulfillmentOrders[0].holds);
            QCOMPARE(*read, stored);
        }
        const OrderSummary &fullRow = reread.at(reread.rowOf(full.id));
        QVERIFY(fullRow.cancelled);
        QVERIFY(fullRow.closed);
        QVERIFY(fullRow.unreadable);
        QVERIFY(fullRow.test);
        QVERIFY(fullRow.customerHidden);
        QCOMPARE(fullRow.total.minorUnits, 12'345'678'901LL);
        QCOMPARE(fullRow.number, 9'876'543'210LL);
        QCOMPARE(fullRow.customerName, full.customerName);
        const OrderSummary &emptyRow = reread.at(reread.rowOf(empty.id));
        QVERIFY(!emptyRow.cancelled);
        QVERIFY(!emptyRow.closed);
        QVERIFY(!emptyRow.unreadable);
        QCOMPARE(emptyRow.customerName, QString());
        QCOMPARE(emptyRow.total.minorUnits, qint64(-1));
        // The rows read from the store are the rows the book made in memory from the orders.
        QCOMPARE(reread.rows(), book.rows());
    }

    void keepsSyncValues()
    {
        OrderBook book(m_db->connection());
        QString value;
        QVERIFY(!book.syncValue(QStringLiteral("lastFullSync"), &value).isError());
        QVERIFY(value.isEmpty());
        QVERIFY(!book.setSyncValue(QStringLiteral("lastFullSync"),
                                   QStringLiteral("2026-11-26T10:00:00.000Z"))
                     .isError());
        QVERIFY(!book.setSyncValue(QStringLiteral("lastFullSync"),
                                   QStringLiteral("2026-11-26T11:00:00.000Z"))
                     .isError());
        QVERIFY(!book.syncValue(QStringLiteral("lastFullSync"), &value).isError());
        QCOMPARE(value, QStringLiteral("2026-11-26T11:00:00.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
