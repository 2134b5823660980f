#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/TrackingImport.h"
#include "core/outbox/Outbox.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OrderLookup.h"

#include "tests/testlib/SampleOrders.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

TrackingImportRow row(int line,
                      const QString &order,
                      const QString &number,
                      const QString &company = QString(),
                      const QString &url = QString())
{
    TrackingImportRow r;
    r.line = line;
    r.order = order;
    r.number = number;
    r.company = company;
    r.url = url;
    return r;
}

TrackingImportOrder rowsFor(const QString &reference, const TrackingInput &tracking)
{
    return {reference, 2, tracking};
}

} // namespace

Q_DECLARE_METATYPE(TrackingImportOutcome::Kind)

// The rules of a tracking import, reached without the command line: which order a row means,
// which rows go together, and whether an order is fulfilled or its latest shipment gets the
// numbers, as the outbox entries they queue show.
class TestTrackingImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<FulfillmentDesk> m_desk;

    Order shippedOrder(int number)
    {
        return SampleOrders::make(number, OrderFulfillmentStatus::Fulfilled);
    }

    QJsonObject onlyEntryVariables(const TrackingImportOutcome &outcome)
    {
        if (outcome.entryIds.size() != 1)
            return {};
        const std::optional<OutboxEntry> entry = m_outbox->entry(outcome.entryIds.first());
        return entry ? entry->payload[u"variables"].toObject() : QJsonObject();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"import.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"import.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        m_outbox = std::make_unique<Outbox>(m_db->connection(), m_book.get());
        QVERIFY(!m_outbox->load().isError());
        m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
        Order cut = shippedOrder(4);
        cut.fulfillmentsComplete = false;
        Order onHold = SampleOrders::make(5);
        onHold.fulfillmentOrders[0].status = FulfillmentOrderStatus::OnHold;
        onHold.fulfillmentOrders[0].statusName = u"ON_HOLD"_s;
        onHold.fulfillmentOrders[0].supportedActions = {u"RELEASE_HOLD"_s};
        QVERIFY(!m_book->upsert({SampleOrders::make(1), shippedOrder(2), cut, onHold}).isError());
    }
    void cleanup()
    {
        m_desk.reset();
        m_outbox.reset();
        m_book.reset();
        m_db.reset();
    }

    void ordersAreFoundTheWayPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("id");
        QTest::newRow("name") << u"#1001"_s << u"gid://shopify/Order/1"_s;
        QTest::newRow("name without #") << u"1002"_s << u"gid://shopify/Order/2"_s;
        QTest::newRow("spaces around") << u"  #1001 "_s << u"gid://shopify/Order/1"_s;
        QTest::newRow("Shopify's number") << u"4"_s << u"gid://shopify/Order/4"_s;
        QTest::newRow("global id") << u"gid://shopify/Order/5"_s << u"gid://shopify/Order/5"_s;
        QTest::newRow("unknown name") << u"#1999"_s << QString();
        QTest::newRow("unknown global id") << u"gid://shopify/Order/77"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
        QTest::newRow("not a number") << u"abc"_s << QString();
    }
    void ordersAreFoundTheWayPeopleWriteThem()
    {
        QFETCH(QString, reference);
        QFETCH(QString, id);
        QCOMPARE(OrderLookup::find(*m_book, reference), id);
    }

    void rowsOfOneOrderBecomeOneShipment()
    {
        const QList<TrackingImportRow> rows{
            row(2, u"#1001"_s, u"1Z999AA10123456784"_s, u"UPS"_s, u"https://ups.example/1"_s),
            row(3, u"#1002"_s, u"AB1"_s, u"Fragtmand Jensen"_s, u"https://jensen.example/1"_s),
            row(4, u"#1001"_s, u"1Z999AA10123456784"_s, u"UPS"_s),
            row(5, u"#1001"_s, u"1ZA15E4V0399000003"_s, u"DHL Express"_s),
            row(6, u"#1002"_s, u"AB2"_s, QString(), u"https://jensen.example/2"_s),
        };
        const QList<TrackingImportOrder> groups = TrackingImport::groupByOrder(rows);
        QCOMPARE(groups.size(), 2);

        QCOMPARE(groups[0].reference, u"#1001"_s);
        QCOMPARE(groups[0].firstLine, 2);
        // The first company named is the order's; a number given twice is one parcel; UPS is
        // one of Shopify's companies, so Shopify makes the links and ours are not sent.
        QCOMPARE(groups[0].tracking.company, u"UPS"_s);
        QCOMPARE(groups[0].tracking.numbers(),
                 (QStringList{u"1Z999AA10123456784"_s, u"1ZA15E4V0399000003"_s}));
        QCOMPARE(groups[0].tracking.urls(), QStringList());

        // A carrier Shopify does not know keeps each link with its number.
        QCOMPARE(groups[1].tracking.company, u"Fragtmand Jensen"_s);
        QCOMPARE(groups[1].tracking.parcels,
                 (QList<TrackedParcel>{{u"AB1"_s, u"https://jensen.example/1"_s},
                                       {u"AB2"_s, u"https://jensen.example/2"_s}}));
    }

    void rowsNamingAnOrderInAnotherCaseAreTheSameOrder()
    {
        const QList<TrackingImportOrder> groups = TrackingImport::groupByOrder(
            {row(2, u"gid://shopify/Order/1"_s, u"A1"_s),
             row(3, u"GID://SHOPIFY/ORDER/1"_s, u"A2"_s)});
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].tracking.numbers(), (QStringList{u"A1"_s, u"A2"_s}));
    }

    void anOrderThatCanShipIsFulfilledWithTheNumbers()
    {
        const TrackingImport import(m_book.get(), m_desk.get());
        StoreError error;
        const TrackingImportOutcome outcome
            = import.apply(rowsFor(u"1001"_s,
                                   TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s})),
                           NotifyCustomer::Yes,
                           &error);
        QVERIFY(!error.isError());
        QCOMPARE(outcome.kind, TrackingImportOutcome::Kind::Fulfilled);
        QCOMPARE(outcome.orderName, u"#1001"_s);
        QVERIFY(!outcome.linksDropped);
        const QJsonObject fulfillment = onlyEntryVariables(outcome)[u"fulfillment"].toObject();
        QCOMPARE(fulfillment[u"trackingInfo"][u"number"].toString(), u"1Z999AA10123456784"_s);
        QCOMPARE(fulfillment[u"notifyCustomer"].toBool(), true);
        // The whole order: both of its lines.
        QCOMPARE(fulfillment[u"lineItemsByFulfillmentOrder"][0][u"fulfillmentOrderLineItems"]
                     .toArray()
                     .size(),
                 2);
    }

    void aShippedOrderGetsTheNumbersAddedToItsLatestShipment()
    {
        const TrackingImport import(m_book.get(), m_desk.get());
        StoreError error;
        const TrackingImportOutcome outcome
            = import.apply(rowsFor(u"#1002"_s,
                                   TrackingInput::withNumbers(QString(),
                                                              {u"00370712345000000099"_s})),
                           NotifyCustomer::No,
                           &error);
        QVERIFY(!error.isError());
        QCOMPARE(outcome.kind, TrackingImportOutcome::Kind::TrackingAdded);
        QCOMPARE(outcome.orderName, u"#1002"_s);
        QCOMPARE(outcome.shipmentName, u"#1002-F1"_s);
        const QJsonObject variables = onlyEntryVariables(outcome);
        QCOMPARE(variables[u"fulfillmentId"].toString(), u"gid://shopify/Fulfillment/2"_s);
        // The number it had comes first and stays; the company is the shipment's.
        const QJsonObject tracking = variables[u"trackingInfoInput"].toObject();
        QCOMPARE(tracking[u"company"].toString(), u"PostNord DK"_s);
        QCOMPARE(tracking[u"numbers"].toArray(),
                 (QJsonArray{u"00370712345000000002"_s, u"00370712345000000099"_s}));
        QCOMPARE(variables[u"notifyCustomer"].toBool(), false);
    }

    void theShipmentsOwnLinksStayWhenItsCarrierMakesNone()
    {
        Fulfillment shipment;
        shipment.tracking
            = {TrackingInfo{u"Fragtmand Jensen"_s, u"AB1"_s, u"https://j.example/1"_s},
               TrackingInfo{u"Fragtmand Jensen"_s, u"AB2"_s, u"https://j.example/2"_s}};
        TrackingInput added;
        added.parcels = {{u"AB3"_s, u"https://j.example/3"_s}, {u"AB1"_s, u"https://j.example/1"_s}};
        const TrackingInput merged = TrackingImport::addedToShipment(added, shipment);
        QCOMPARE(merged.company, u"Fragtmand Jensen"_s);
        QCOMPARE(merged.parcels,
                 (QList<TrackedParcel>{{u"AB2"_s, u"https://j.example/2"_s},
                                       {u"AB3"_s, u"https://j.example/3"_s},
                                       {u"AB1"_s, u"https://j.example/1"_s}}));
    }

    void theLatestShipmentIsTheNewestNotCancelled()
    {
        Order order = shippedOrder(9);
        Fulfillment later = order.fulfillments.first();
        later.id = u"gid://shopify/Fulfillment/90"_s;
        later.createdAt = later.createdAt.addSecs(3600);
        Fulfillment cancelled = later;
        cancelled.id = u"gid://shopify/Fulfillment/91"_s;
        cancelled.createdAt = later.createdAt.addSecs(3600);
        cancelled.status = FulfillmentStatus::Cancelled;
        order.fulfillments = {order.fulfillments.first(), cancelled, later};
        QCOMPARE(TrackingImport::latestShipment(order)->id, later.id);
        order.fulfillments = {cancelled};
        QCOMPARE(TrackingImport::latestShipment(order), nullptr);
    }

    void nothingIsQueuedForWhatCannotTakeTheNumbers_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<TrackingImportOutcome::Kind>("kind");
        QTest::newRow("no such order") << u"#1999"_s << TrackingImportOutcome::Kind::NoSuchOrder;
        QTest::newRow("shipments maybe cut") << u"#1004"_s << TrackingImportOutcome::Kind::MayBeCut;
        QTest::newRow("on hold, never shipped")
            << u"#1005"_s << TrackingImportOutcome::Kind::Refused;
    }
    void nothingIsQueuedForWhatCannotTakeTheNumbers()
    {
        QFETCH(QString, reference);
        QFETCH(TrackingImportOutcome::Kind, kind);
        const TrackingImport import(m_book.get(), m_desk.get());
        StoreError error;
        const TrackingImportOutcome outcome
            = import.apply(rowsFor(reference,
                                   TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s})),
                           NotifyCustomer::No,
                           &error);
        QVERIFY(!error.isError());
        QCOMPARE(outcome.kind, kind);
        QVERIFY(outcome.entryIds.isEmpty());
        QCOMPARE(m_outbox->pendingCount(), 0);
        if (kind == TrackingImportOutcome::Kind::Refused) {
            QCOMPARE(outcome.refusals.size(), 1);
            QCOMPARE(outcome.refusals.first().orderName, u"#1005"_s);
        }
    }

    void linksThatCannotAllGoAreReported()
    {
        TrackingInput tracking;
        tracking.company = u"Fragtmand Jensen"_s;
        tracking.parcels = {{u"AB1"_s, u"https://j.example/1"_s}, {u"AB2"_s, QString()}};
        const TrackingImport import(m_book.get(), m_desk.get());
        StoreError error;
        const TrackingImportOutcome outcome = import.apply(rowsFor(u"#1001"_s, tracking),
                                                           NotifyCustomer::No,
                                                           &error);
        QCOMPARE(outcome.kind, TrackingImportOutcome::Kind::Fulfilled);
        QVERIFY(outcome.linksDropped);
        const QJsonObject info
            = onlyEntryVariables(outcome)[u"fulfillment"][u"trackingInfo"].toObject();
        QCOMPARE(info[u"numbers"].toArray(), (QJsonArray{u"AB1"_s, u"AB2"_s}));
        QVERIFY(!info.contains(u"urls"));
    }
};

QTEST_GUILESS_MAIN(TestTrackingImport)
#include "tst_trackingimport.moc"
