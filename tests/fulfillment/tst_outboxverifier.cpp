#include "core/outbox/OutboxRequests.h"
#include "core/outbox/OutboxVerifier.h"

#include "tests/testlib/SampleOrders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = OutboxVerifier::Outcome;

namespace {

// An entry fulfilling both lines of sample order 1 (1 and 2 left before).
OutboxEntry fulfilBothLines(const Order &order)
{
    FulfillmentRequest request;
    request.orderId = order.id;
    request.orderName = order.name;
    const FulfillmentOrder &fo = order.fulfillmentOrders.first();
    for (const FulfillmentOrderLineItem &line : fo.lineItems)
        request.lines.append(
            {fo.id, line.id, line.lineItemId, line.remainingQuantity, line.remainingQuantity});
    return OutboxRequests::fulfill(request);
}

Order withRemaining(Order order, int first, int second)
{
    order.fulfillmentOrders[0].lineItems[0].remainingQuantity = first;
    order.fulfillmentOrders[0].lineItems[1].remainingQuantity = second;
    return order;
}

} // namespace

// Only an action certainly not carried out may be sent again.
class TestOutboxVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void aFulfilmentThatWentIsDone()
    {
        const Order before = SampleOrders::make(1);
        QCOMPARE(OutboxVerifier::check(fulfilBothLines(before), withRemaining(before, 0, 0)),
                 Outcome::Done);
    }

    void aFulfilmentThatDidNotGoIsSentAgain()
    {
        const Order before = SampleOrders::make(1);
        QCOMPARE(OutboxVerifier::check(fulfilBothLines(before), before), Outcome::NotDone);
    }

    void anythingElseNeedsAPerson()
    {
        const Order before = SampleOrders::make(1);
        const OutboxEntry entry = fulfilBothLines(before);
        QCOMPARE(OutboxVerifier::check(entry, withRemaining(before, 0, 2)),
                 Outcome::Changed); // half went
        QCOMPARE(OutboxVerifier::check(entry, withRemaining(before, 1, 1)),
                 Outcome::Changed);                                             // someone else
        QCOMPARE(OutboxVerifier::check(entry, std::nullopt), Outcome::Changed); // order gone
        Order moved = before;
        moved.fulfillmentOrders[0].id = u"gid://shopify/FulfillmentOrder/elsewhere"_s;
        QCOMPARE(OutboxVerifier::check(entry, moved), Outcome::Changed);
    }

    void trackingAndCancelAreCheckedOnTheShipment()
    {
        const Order shipped = SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled);
        const QString fulfillmentId = shipped.fulfillments.first().id;
        const OutboxEntry tracking
            = OutboxRequests::updateTracking(shipped.id,
                                             shipped.name,
                                             fulfillmentId,
                                             TrackingInput::withNumbers(u"GLS"_s,
                                                                        {u"123456789012"_s}),
                                             NotifyCustomer::No);
        QCOMPARE(OutboxVerifier::check(tracking, shipped), Outcome::NotDone);
        Order updated = shipped;
        updated.fulfillments[0].tracking = {TrackingInfo{u"GLS"_s, u"123456789012"_s, {}}};
        QCOMPARE(OutboxVerifier::check(tracking, updated), Outcome::Done);

        const OutboxEntry cancel = OutboxRequests::cancelFulfillment(shipped.id,
                                                                     shipped.name,
                                                                     fulfillmentId);
        QCOMPARE(OutboxVerifier::check(cancel, shipped), Outcome::NotDone);
        Order cancelled = shipped;
        cancelled.fulfillments[0].status = FulfillmentStatus::Cancelled;
        QCOMPARE(OutboxVerifier::check(cancel, cancelled), Outcome::Done);
        Order gone = shipped;
        gone.fulfillments.clear();
        QCOMPARE(OutboxVerifier::check(cancel, gone), Outcome::Changed);
    }

    void aPickupMadeReadyIsDone()
    {
        Order order = SampleOrders::make(1);
        order.fulfillmentOrders[0].deliveryMethod = DeliveryMethod::PickUp;
        const FulfillmentOrder &fo = order.fulfillmentOrders.first();
        const OutboxEntry entry = OutboxRequests::preparePickup(order.id,
                                                                order.name,
                                                                fo.location.name,
                                                                {fo.id},
                                                                fo.remainingQuantity());
        // Still open: it did not go, so it goes again.
        QCOMPARE(OutboxVerifier::check(entry, order), Outcome::NotDone);
        // In progress (ready) or already collected: done.
        order.fulfillmentOrders[0].status = FulfillmentOrderStatus::InProgress;
        QCOMPARE(OutboxVerifier::check(entry, order), Outcome::Done);
        order.fulfillmentOrders[0].status = FulfillmentOrderStatus::Closed;
        QCOMPARE(OutboxVerifier::check(entry, order), Outcome::Done);
        // Moved or cancelled meanwhile: for a person.
        order.fulfillmentOrders[0].status = FulfillmentOrderStatus::Cancelled;
        QCOMPARE(OutboxVerifier::check(entry, order), Outcome::Changed);
        order.fulfillmentOrders.clear();
        QCOMPARE(OutboxVerifier::check(entry, order), Outcome::Changed);
    }
};

QTEST_GUILESS_MAIN(TestOutboxVerifier)
#include "tst_outboxverifier.moc"
