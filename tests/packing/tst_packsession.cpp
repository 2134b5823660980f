// One order packed at the station (issue 16, point 3): counting by scan, by a typed quantity
// and by hand, the refusals that change no count, undo, the label, the request handed to the
// desk, and the interruptions a sync brings.

#include "core/packing/PackSession.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/tracking/TrackingDetection.h"

#include "tests/testlib/SampleOrders.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Result = PackSession::Result;
using State = PackSession::State;

namespace {

const QString kSocks = u"5701234000013"_s; // line 0 of a sample order: 1 unit, with barcode
const QString kCap = u"SKU-2"_s;           // line 1: 2 units, no barcode, a SKU

// The sample order with a third item that ships from another location.
Order withSecondLocation()
{
    Order order = SampleOrders::make(1);
    LineItem lamp;
    lamp.id = u"gid://shopify/LineItem/lamp"_s;
    lamp.title = u"Bordlampe"_s;
    lamp.sku = u"LAMP-1"_s;
    lamp.barcode = u"5701234000020"_s;
    lamp.quantity = lamp.currentQuantity = lamp.unfulfilledQuantity = 1;
    order.lineItems.append(lamp);
    FulfillmentOrder other = order.fulfillmentOrders.first();
    other.id = u"gid://shopify/FulfillmentOrder/other"_s;
    other.location = {u"gid://shopify/Location/2"_s, u"Butik Aarhus"_s};
    other.lineItems = {{u"gid://shopify/FulfillmentOrderLineItem/lamp"_s, lamp.id, 1, 1}};
    order.fulfillmentOrders.append(other);
    return order;
}

QList<int> counts(const PackSession &session)
{
    QList<int> out;
    for (const PackSession::Line &line : session.lines())
        out.append(line.counted());
    return out;
}

} // namespace

class TestPackSession final : public QObject
{
    Q_OBJECT

private slots:
    void countsRightItemsAndRefusesTheRestWithoutCounting()
    {
        PackSession session(SampleOrders::make(1), {});
        QCOMPARE(session.state(), State::Counting);
        QCOMPARE(session.lines().size(), 2);
        QCOMPARE(session.neededUnits(), 3);
        QSignalSpy counted(&session, &PackSession::countsChanged);

        PackSession::Outcome outcome = session.scanItem(kSocks);
        QCOMPARE(outcome.result, Result::Counted);
        QCOMPARE(outcome.line, 0);
        QCOMPARE(session.message(outcome), u"Uldsokker: 1 of 1"_s);
        QCOMPARE(counted.count(), 1);

        outcome = session.scanItem(kSocks); // one too many
        QCOMPARE(outcome.result, Result::TooMany);
        QCOMPARE(outcome.line, 0);
        outcome = session.scanItem(u"5701234100119"_s); // another order's item
        QCOMPARE(outcome.result, Result::WrongItem);
        QVERIFY(session.message(outcome).contains(u"5701234100119"_s));
        QCOMPARE(counts(session), (QList<int>{1, 0}));
        QCOMPARE(counted.count(), 1);

        QCOMPARE(session.scanItem(kCap).result, Result::Counted);
        QCOMPARE(session.state(), State::Counting);
        QCOMPARE(session.scanItem(u"sku-2"_s).result, Result::Counted);
        QCOMPARE(counts(session), (QList<int>{1, 2}));
        QCOMPARE(session.state(), State::Counted);
        QVERIFY(session.isComplete());
        QCOMPARE(session.lines().at(1).scanned, 2);
    }

    void anItemOfAnotherLocationIsNotHere()
    {
        const Order order = withSecondLocation();
        PackSession here(order, u"gid://shopify/Location/1"_s);
        QCOMPARE(here.lines().size(), 2);
        const PackSession::Outcome outcome = here.scanItem(u"LAMP-1"_s);
        QCOMPARE(outcome.result, Result::NotHere);
        QCOMPARE(outcome.item, u"Bordlampe"_s);
        QCOMPARE(counts(here), (QList<int>{0, 0}));

        PackSession there(order, u"gid://shopify/Location/2"_s);
        QCOMPARE(there.location().name, u"Butik Aarhus"_s);
        QCOMPARE(there.lines().size(), 1);
        QCOMPARE(there.scanItem(u"5701234000020"_s).result, Result::Counted);
        QCOMPARE(there.scanItem(kSocks).result, Result::NotHere);
        QVERIFY(there.isComplete());
    }

    void aLineOfManyIsCountedByOneScanAndAQuantity()
    {
        Order order = SampleOrders::make(1);
        order.lineItems[1].barcode = u"5701234000037"_s;
        order.lineItems[1].quantity = order.lineItems[1].currentQuantity = 12;
        order.lineItems[1].unfulfilledQuantity = 12;
        order.fulfillmentOrders[0].lineItems[1].totalQuantity = 12;
        order.fulfillmentOrders[0].lineItems[1].remainingQuantity = 12;
        PackSession session(order, {});

        QCOMPARE(session.setQuantity(12).result, Result::NoScanBefore);
        QCOMPARE(session.scanItem(u"5701234000037"_s).result, Result::Counted);
        QCOMPARE(session.lastScannedLine(), 1);
        QCOMPARE(session.setQuantity(13).result, Result::TooMany);
        QCOMPARE(counts(session), (QList<int>{0, 1}));
        QCOMPARE(session.setQuantity(10).result, Result::Counted);
        QCOMPARE(counts(session), (QList<int>{0, 10}));
        // Corrected: the typed quantity replaces the one typed before, it does not add.
        QCOMPARE(session.setQuantity(12).result, Result::Counted);
        QCOMPARE(session.lines().at(1).scanned, 1);
        QCOMPARE(session.lines().at(1).typed, 11);
        // A quantity belongs to the scan before it only.
        QCOMPARE(session.scanItem(kSocks).result, Result::Counted);
        QCOMPARE(session.lastScannedLine(), 0);
        QCOMPARE(session.setQuantity(2).result, Result::TooMany);
        QVERIFY(session.isComplete());
    }

    void onlyAnItemWithoutBarcodeIsConfirmedByHand()
    {
        PackSession session(SampleOrders::make(1), {});
        PackSession::Outcome outcome = session.confirmByHand(0); // the socks have a barcode
        QCOMPARE(outcome.result, Result::HasBarcode);
        QCOMPARE(session.message(outcome), u"Uldsokker has a barcode: scan it."_s);
        QCOMPARE(session.confirmByHand(1).result, Result::Counted); // both caps at once
        QCOMPARE(session.lines().at(1).confirmed, 2);
        QCOMPARE(session.confirmByHand(1).result, Result::TooMany);
        QCOMPARE(session.confirmByHand(7).result, Result::NotHere);
        QCOMPARE(session.setQuantity(2).result, Result::NoScanBefore);
        QCOMPARE(counts(session), (QList<int>{0, 2}));
    }

    void undoTakesBackTheLastCountThenTheOneBefore()
    {
        PackSession session(SampleOrders::make(1), {});
        QCOMPARE(session.undo().result, Result::NothingToUndo);
        session.scanItem(kCap);
        session.confirmByHand(1); // the other cap
        session.scanItem(kSocks);
        QCOMPARE(session.state(), State::Counted);
        QCOMPARE(session.setTracking(
                     TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s})),
                 Result::LabelSet);
        QCOMPARE(session.state(), State::Labelled);

        QCOMPARE(session.undo().result, Result::Counted); // the label first
        QCOMPARE(session.state(), State::Counted);
        QVERIFY(session.tracking().isEmpty());
        PackSession::Outcome outcome = session.undo();
        QCOMPARE(outcome.line, 0);
        QCOMPARE(counts(session), (QList<int>{0, 2}));
        QCOMPARE(session.state(), State::Counting);
        QCOMPARE(session.undo().line, 1);
        QCOMPARE(counts(session), (QList<int>{0, 1}));
        QCOMPARE(session.lines().at(1).confirmed, 0);
        QCOMPARE(session.lastScannedLine(), 1); // a quantity may be typed for that scan again
        QCOMPARE(session.undo().line, 1);
        QCOMPARE(session.undo().result, Result::NothingToUndo);
        QCOMPARE(counts(session), (QList<int>{0, 0}));
    }

    void theLabelComesLastAndTheRequestSaysHowEachLineWasCounted()
    {
        const Order order = withSecondLocation();
        PackSession session(order, u"gid://shopify/Location/1"_s);
        const TrackingInput label = TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s});
        QCOMPARE(session.setTracking(label), Result::ItemsLeft);
        QCOMPARE(session.message({Result::ItemsLeft, -1, {}, {}}),
                 u"Scan every item before the label: 3 left."_s);
        QVERIFY(session.requests(NotifyCustomer::Yes).isEmpty());
        session.scanItem(kSocks);
        session.scanItem(kCap);
        QCOMPARE(session.setQuantity(2).result, Result::Counted);
        QVERIFY(session.requests(NotifyCustomer::Yes).isEmpty() == false);
        QCOMPARE(session.setTracking(label), Result::LabelSet);

        const QList<FulfillmentRequest> requests = session.requests(NotifyCustomer::Yes);
        QCOMPARE(requests.size(), 1);
        const FulfillmentRequest &request = requests.first();
        QCOMPARE(request.orderId, order.id);
        QCOMPARE(request.location.id, u"gid://shopify/Location/1"_s);
        QCOMPARE(request.notify, NotifyCustomer::Yes);
        QCOMPARE(request.tracking, label);
        QCOMPARE(request.lines.size(), 2); // the lamp ships from the other location
        QCOMPARE(request.lines.at(0).quantity, 1);
        QCOMPARE(request.lines.at(1).quantity, 2);
        QCOMPARE(request.lines.at(1).remainingBefore, 2);
        QCOMPARE(request.packed,
                 (QList<PackedLine>{{order.lineItems.at(0).id, 1, 0, 0},
                                    {order.lineItems.at(1).id, 1, 1, 0}}));

        QSignalSpy ended(&session, &PackSession::ended);
        session.markQueued({41});
        QCOMPARE(session.state(), State::Ended);
        QCOMPARE(session.endReason(), PackSession::EndReason::Queued);
        QCOMPARE(session.queuedEntryIds(), QList<qint64>{41});
        QCOMPARE(ended.count(), 1);
        QCOMPARE(session.scanItem(kSocks).result, Result::Ended);
        QVERIFY(session.requests(NotifyCustomer::Yes).isEmpty());
    }

    void theLabelsCarrierComesFromTheDetection()
    {
        TrackingDetection detection;
        detection.input = TrackingNumberInput::normalise(u"1z999aa1 0123456784");
        TrackingCandidate ups;
        ups.company = u"UPS"_s;
        ups.carrierName = u"UPS"_s;
        ups.number = u"1Z999AA10123456784"_s;
        detection.candidates = {ups};
        QCOMPARE(PackSession::trackingFrom(detection),
                 TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s}));
        detection.candidates.clear(); // a format nobody knows: the packer picks the carrier
        QCOMPARE(PackSession::trackingFrom(detection),
                 TrackingInput::withNumbers({}, {u"1Z999AA10123456784"_s}));
    }

    void anOrderWithNothingToShipHereEndsAtOnce()
    {
        PackSession shipped(SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled), {});
        QCOMPARE(shipped.state(), State::Ended);
        QCOMPARE(shipped.endReason(), PackSession::EndReason::NothingToPack);
        QVERIFY(!shipped.endMessage().isEmpty());
        QCOMPARE(shipped.scanItem(kSocks).result, Result::Ended);

        PackSession elsewhere(SampleOrders::make(1), u"gid://shopify/Location/9"_s);
        QCOMPARE(elsewhere.endReason(), PackSession::EndReason::NothingToPack);
        QCOMPARE(elsewhere.endMessage(), u"Nothing of #1001 ships from this location now."_s);
    }

    // A sync brings what happened to the order meanwhile: a hold, a cancellation, its
    // removal, or other work on what ships from here end the session; a change elsewhere in
    // the order (a new email) does not, and the counts stay.
    void interruptions_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<PackSession::EndReason>("reason");
        QTest::newRow("hold") << u"hold"_s << PackSession::EndReason::OnHold;
        QTest::newRow("cancel") << u"cancel"_s << PackSession::EndReason::Cancelled;
        QTest::newRow("gone") << u"gone"_s << PackSession::EndReason::Gone;
        QTest::newRow("shipped in part elsewhere") << u"part"_s << PackSession::EndReason::Changed;
        QTest::newRow("email") << u"email"_s << PackSession::EndReason::None;
    }
    void aHoldElsewhereLetsPackingGoOn();

    void interruptions()
    {
        QFETCH(QString, change);
        QFETCH(PackSession::EndReason, reason);
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(u"pack.sqlite"_s)).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        Order order = SampleOrders::make(1);
        QVERIFY(!book.upsert({order, SampleOrders::make(2)}).isError());

        PackSession session(order, {});
        session.watch(&book);
        QSignalSpy ended(&session, &PackSession::ended);
        QCOMPARE(session.scanItem(kSocks).result, Result::Counted);

        order.updatedAt = order.updatedAt.addSecs(60);
        if (change == "hold"_L1) {
            order.fulfillmentStatus = OrderFulfillmentStatus::OnHold;
            order.fulfillmentOrders[0].status = FulfillmentOrderStatus::OnHold;
            order.fulfillmentOrders[0].statusName = u"ON_HOLD"_s;
            order.fulfillmentOrders[0].supportedActions = {u"RELEASE_HOLD"_s};
            order.fulfillmentOrders[0].holds = {
                {FulfillmentHoldReason::Other, u"OTHER"_s, u"Address check"_s}};
        } else if (change == "cancel"_L1) {
            order.cancelledAt = order.updatedAt;
        } else if (change == "part"_L1) {
            order.fulfillmentOrders[0].lineItems[1].remainingQuantity = 1;
            order.lineItems[1].unfulfilledQuantity = 1;
        } else if (change == "email"_L1) {
            order.email = u"new@example.com"_s;
        }
        if (change == "gone"_L1)
            QVERIFY(!book.replaceAll({SampleOrders::make(2)}).isError());
        else
            QVERIFY(!book.upsert({order}).isError());

        QCOMPARE(session.endReason(), reason);
        if (reason == PackSession::EndReason::None) {
            QCOMPARE(ended.count(), 0);
            QCOMPARE(session.order().email, u"new@example.com"_s);
            QCOMPARE(counts(session), (QList<int>{1, 0}));
            QCOMPARE(session.scanItem(kCap).result, Result::Counted);
            return;
        }
        QCOMPARE(ended.count(), 1);
        QCOMPARE(session.state(), State::Ended);
        QVERIFY(session.endMessage().startsWith(u"#1001 "_s));
        QCOMPARE(ended.first().at(1).toString(), session.endMessage());
        QCOMPARE(session.scanItem(kCap).result, Result::Ended);
        QVERIFY(session.requests(NotifyCustomer::No).isEmpty());
    }
};

// Shopify shows an order as on hold when one of its fulfillment orders is: packing what ships
// from here goes on while another location's part waits.
void TestPackSession::aHoldElsewhereLetsPackingGoOn()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(dir.filePath(u"pack.sqlite"_s)).isError());
    OrderBook book(db.connection());
    QVERIFY(!book.load().isError());
    Order order = withSecondLocation();
    QVERIFY(!book.upsert({order}).isError());
    PackSession session(order, u"gid://shopify/Location/1"_s);
    session.watch(&book);
    QCOMPARE(session.scanItem(kSocks).result, Result::Counted);

    order.updatedAt = order.updatedAt.addSecs(60);
    order.fulfillmentStatus = OrderFulfillmentStatus::OnHold;
    order.fulfillmentStatusName = u"ON_HOLD"_s;
    FulfillmentOrder &aarhus = order.fulfillmentOrders[1];
    aarhus.status = FulfillmentOrderStatus::OnHold;
    aarhus.supportedActions = {u"RELEASE_HOLD"_s};
    aarhus.holds = {{FulfillmentHoldReason::Other, u"OTHER"_s, QString()}};
    QVERIFY(!book.upsert({order}).isError());

    QCOMPARE(session.endReason(), PackSession::EndReason::None);
    QCOMPARE(session.order().fulfillmentStatus, OrderFulfillmentStatus::OnHold);
    QCOMPARE(counts(session), (QList<int>{1, 0}));
}

QTEST_GUILESS_MAIN(TestPackSession)
#include "tst_packsession.moc"
