#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxRequests.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SampleOrders.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

FulfillmentRequest requestFor(const Order &order)
{
    FulfillmentRequest request;
    request.orderId = order.id;
    request.orderName = order.name;
    request.location = order.fulfillmentOrders.first().location;
    for (const FulfillmentOrderLineItem &line : order.fulfillmentOrders.first().lineItems)
        request.lines.append({order.fulfillmentOrders.first().id,
                              line.id,
                              line.lineItemId,
                              line.remainingQuantity,
                              line.remainingQuantity});
    request.tracking = TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s});
    return request;
}

} // namespace

// The outbox keeps what staff did until Shopify has it: durably, in the order's pending
// mark, through restarts, and never handed out twice.
class TestOutbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;

    void reopen()
    {
        m_book.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"outbox.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }

    QList<OutboxEntry> fulfilEntries(std::initializer_list<int> numbers)
    {
        QList<OutboxEntry> entries;
        for (int n : numbers)
            entries.append(OutboxRequests::fulfill(requestFor(SampleOrders::make(n))));
        return entries;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"outbox.sqlite"_s));
        reopen();
        QVERIFY(
            !m_book->upsert({SampleOrders::make(1), SampleOrders::make(2), SampleOrders::make(3)})
                 .isError());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void queuedActionsMarkTheirOrdersPending()
    {
        Outbox outbox(m_db->connection(), m_book.get());
        QVERIFY(!outbox.load().isError());
        QList<OutboxEntry> entries = fulfilEntries({1, 2});
        QSignalSpy changedRows(m_book.get(), &OrderBook::rowsChanged);
        QVERIFY(!outbox.enqueue(&entries).isError());
        QVERIFY(entries.at(0).id > 0 && entries.at(1).id > entries.at(0).id);
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(outbox.entries().first().state, OutboxEntry::State::Waiting);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(1).id)).outboxMark,
                 OutboxMark::Pending);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(3).id)).outboxMark, OutboxMark::None);
        QVERIFY(!changedRows.isEmpty());

        // The payload is the mutation's variables.
        const QJsonObject fulfillment
            = entries.first().payload[u"variables"][u"fulfillment"].toObject();
        QCOMPARE(fulfillment[u"trackingInfo"][u"company"].toString(), u"UPS"_s);
        QCOMPARE(fulfillment[u"trackingInfo"][u"number"].toString(), u"1Z999AA10123456784"_s);
        QCOMPARE(fulfillment[u"notifyCustomer"].toBool(), false);
        const QJsonArray lines
            = fulfillment[u"lineItemsByFulfillmentOrder"][0][u"fulfillmentOrderLineItems"].toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1)[u"quantity"].toInt(), 2);
    }

    void entriesSurviveARestartAndTheirOrdersStayPending()
    {
        {
            Outbox outbox(m_db->connection(), m_book.get());
            QVERIFY(!outbox.load().isError());
            QList<OutboxEntry> entries = fulfilEntries({1, 2});
            QVERIFY(!outbox.enqueue(&entries).isError());
        }
        reopen();
        Outbox outbox(m_db->connection(), m_book.get());
        QVERIFY(!outbox.load().isError());
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(2).id)).outboxMark,
                 OutboxMark::Pending);
    }

    void anEntryCaughtMidSendIsCheckedNotResent()
    {
        qint64 id = 0;
        constexpr std::chrono::milliseconds kLease(300);
        {
            Outbox outbox(m_db->connection(), m_book.get());
            outbox.setLease(kLease);
            outbox.setUndoWindow(std::chrono::milliseconds(0));
            QVERIFY(!outbox.load().isError());
            QList<OutboxEntry> entries = fulfilEntries({1});
            QVERIFY(!outbox.enqueue(&entries).isError());
            const auto taken = outbox.takeDue(QDateTime::currentDateTimeUtc());
            QVERIFY(taken);
            id = taken->id;
            QCOMPARE(taken->state, OutboxEntry::State::Sending);
            QCOMPARE(taken->attempts, 1);
            // Nothing else is due while it is on its way: it is not handed out twice.
            QVERIFY(!outbox.takeDue(QDateTime::currentDateTimeUtc()));
        } // the app stops here, the request's fate unknown
        reopen();
        Outbox outbox(m_db->connection(), m_book.get());
        QVERIFY(!outbox.load().isError());
        // Its holder runs in this very process, so nothing says it ended: the entry is left
        // to it until its lease runs out (tst_outboxholders has a holder that ended).
        QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Sending);
        QVERIFY(!outbox.takeDue(QDateTime::currentDateTimeUtc()));
        QTRY_VERIFY_WITH_TIMEOUT(!outbox.heartbeat().isError()
                                     && outbox.entry(id)->state == OutboxEntry::State::Unknown,
                                 10000);
        const auto entry = outbox.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->owner, outbox.holder());
        // What the outbox view shows for it: why it waits, and that it is not sent blindly.
        QCOMPARE(entry->message,
                 QStringLiteral("Smidig stopped while sending this; it is checked with Shopify "
                                "before it is sent again."));
        const auto again = outbox.takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(again);
        QVERIFY(again->payload[u"checking"].toBool()); // a check comes first, not a resend
    }

    void theUndoWindowLetsStaffTakeItBack()
    {
        Outbox outbox(m_db->connection(), m_book.get());
        outbox.setUndoWindow(std::chrono::milliseconds(60000));
        QVERIFY(!outbox.load().isError());
        QList<OutboxEntry> entries = fulfilEntries({1, 2});
        QVERIFY(!outbox.enqueue(&entries).isError());
        QVERIFY(!outbox.takeDue(QDateTime::currentDateTimeUtc())); // still in the window
        QVERIFY(outbox.takeDue(QDateTime::currentDateTimeUtc().addSecs(61)));
        // The first went out; only the second can still be taken back.
        QCOMPARE(outbox.withdraw({entries.at(0).id, entries.at(1).id}), 1);
        QCOMPARE(outbox.entries().size(), 1);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(2).id)).outboxMark, OutboxMark::None);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(1).id)).outboxMark,
                 OutboxMark::Pending);
        reopen();
        Outbox reread(m_db->connection(), m_book.get());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.entries().size(), 1);
    }

    void finishingStoresTheOrderAndTheDoneMarkTogether()
    {
        Outbox outbox(m_db->connection(), m_book.get());
        outbox.setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!outbox.load().isError());
        QList<OutboxEntry> entries = fulfilEntries({1});
        QVERIFY(!outbox.enqueue(&entries).isError());
        const auto taken = outbox.takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(taken);
        QSignalSpy finished(&outbox, &Outbox::entryFinished);
        Order shipped = SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled);
        shipped.updatedAt = shipped.updatedAt.addSecs(600);
        QVERIFY(!outbox.finish(*taken, shipped).isError());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outbox.pendingCount(), 0);
        const OrderSummary &row = m_book->at(m_book->rowOf(shipped.id));
        QCOMPARE(row.fulfillmentStatus, OrderFulfillmentStatus::Fulfilled);
        QCOMPARE(row.outboxMark, OutboxMark::None);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT state FROM outbox"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"done"_s);
    }

    void aFailureWaitsForAPerson()
    {
        Outbox outbox(m_db->connection(), m_book.get());
        outbox.setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!outbox.load().isError());
        QList<OutboxEntry> entries = fulfilEntries({1, 2});
        QVERIFY(!outbox.enqueue(&entries).isError());
        const auto taken = outbox.takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(!outbox.markFailed(*taken, u"Shopify refused it: Fulfillment order is on hold"_s)
                     .isError());
        QCOMPARE(outbox.failedCount(), 1);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(1).id)).outboxMark, OutboxMark::Failed);
        QCOMPARE(outbox.entry(taken->id)->message,
                 u"Shopify refused it: Fulfillment order is on hold"_s);

        QVERIFY(!outbox.retry(taken->id).isError());
        QCOMPARE(outbox.entry(taken->id)->state, OutboxEntry::State::Ready);
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(1).id)).outboxMark,
                 OutboxMark::Pending);

        QVERIFY(!outbox.drop(taken->id).isError());
        QVERIFY(!outbox.entry(taken->id));
        QCOMPARE(m_book->at(m_book->rowOf(SampleOrders::make(1).id)).outboxMark, OutboxMark::None);
    }

    void backedOffEntriesWaitTheirTurn()
    {
        Outbox outbox(m_db->connection(), m_book.get());
        outbox.setUndoWindow(std::chrono::milliseconds(0));
        QVERIFY(!outbox.load().isError());
        QList<OutboxEntry> entries = fulfilEntries({1});
        QVERIFY(!outbox.enqueue(&entries).isError());
        const auto taken = outbox.takeDue(QDateTime::currentDateTimeUtc());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
        QVERIFY(!outbox.postpone(*taken, u"offline"_s, later).isError());
        QVERIFY(!outbox.takeDue(QDateTime::currentDateTimeUtc()));
        QCOMPARE(outbox.nextDueTime(), later);
        QVERIFY(outbox.takeDue(later));
    }

    void aShipmentOfMoreThanOneCallsLinesGoesInParts()
    {
        // A wholesale order: 600 lines at one location, one parcel. fulfillmentCreate takes at
        // most FulfillmentDesk::kMaxLinesPerFulfillment lines, so three calls carry it, each
        // with the parcel's tracking, the customer told once.
        Outbox outbox(m_db->connection(), m_book.get());
        FulfillmentDesk desk(m_book.get(), &outbox);
        FulfillmentRequest request = requestFor(SampleOrders::make(1));
        request.notify = NotifyCustomer::Yes;
        const FulfillmentLine line = request.lines.first();
        request.lines.clear();
        for (int i = 0; i < 600; ++i) {
            FulfillmentLine each = line;
            each.fulfillmentOrderLineItemId = u"gid://shopify/FulfillmentOrderLineItem/%1"_s.arg(i);
            request.lines.append(each);
        }
        QList<qint64> ids;
        QVERIFY(!desk.fulfill({request}, &ids).isError());
        QCOMPARE(ids.size(), 3);
        int lines = 0;
        int notified = 0;
        QSet<QString> sent;
        for (qint64 id : std::as_const(ids)) {
            const std::optional<OutboxEntry> entry = outbox.entry(id);
            QVERIFY(entry);
            const QJsonObject fulfillment
                = entry->payload.value("variables"_L1).toObject().value("fulfillment"_L1).toObject();
            const QJsonArray groups = fulfillment.value("lineItemsByFulfillmentOrder"_L1).toArray();
            QCOMPARE(groups.size(), 1);
            const QJsonArray items
                = groups.first().toObject().value("fulfillmentOrderLineItems"_L1).toArray();
            QVERIFY(items.size() <= FulfillmentDesk::kMaxLinesPerFulfillment);
            lines += int(items.size());
            for (const QJsonValue &item : items)
                sent.insert(item.toObject().value("id"_L1).toString());
            QCOMPARE(fulfillment.value("trackingInfo"_L1).toObject().value("number"_L1).toString(),
                     u"1Z999AA10123456784"_s);
            if (fulfillment.value("notifyCustomer"_L1).toBool())
                ++notified;
        }
        QCOMPARE(lines, 600);
        QCOMPARE(sent.size(), 600); // each line once
        QCOMPARE(notified, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
