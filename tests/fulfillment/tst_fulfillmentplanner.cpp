#include "core/fulfillment/FulfillmentPlanner.h"

#include "tests/testlib/SampleOrders.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An order with a second fulfillment order at another location, in the given state.
Order split(int number, FulfillmentOrderStatus secondStatus)
{
    Order order = SampleOrders::make(number);
    FulfillmentOrder second = order.fulfillmentOrders.first();
    second.id = u"gid://shopify/FulfillmentOrder/9%1"_s.arg(number);
    second.location = Location{u"gid://shopify/Location/2"_s, u"Butik Aarhus"_s};
    second.status = secondStatus;
    second.statusName = shopifyName(secondStatus);
    second.lineItems = {
        FulfillmentOrderLineItem{u"gid://shopify/FulfillmentOrderLineItem/9%1"_s.arg(number),
                                 order.lineItems.at(1).id,
                                 2,
                                 2}};
    order.fulfillmentOrders.first().lineItems.removeLast();
    if (secondStatus == FulfillmentOrderStatus::OnHold) {
        second.holds = {
            FulfillmentHold{FulfillmentHoldReason::IncorrectAddress, u"INCORRECT_ADDRESS"_s, {}}};
        second.supportedActions = {u"RELEASE_HOLD"_s};
    }
    order.fulfillmentOrders.append(second);
    return order;
}

} // namespace

Q_DECLARE_METATYPE(Order)

class TestFulfillmentPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void anOpenOrderShipsWhole()
    {
        const Order order = SampleOrders::make(1);
        const auto plan = FulfillmentPlanner().planWhole({order});
        QVERIFY(plan.refusals.isEmpty());
        QCOMPARE(plan.requests.size(), 1);
        const FulfillmentRequest &request = plan.requests.first();
        QCOMPARE(request.orderId, order.id);
        QCOMPARE(request.location.name, u"Lager Vejle"_s);
        QCOMPARE(request.lines.size(), 2);
        QCOMPARE(request.lines.at(1).quantity, 2);
        QCOMPARE(request.lines.at(1).remainingBefore, 2);
        QCOMPARE(request.itemCount(), 3);
    }

    void oneRequestPerLocation()
    {
        const auto plan = FulfillmentPlanner().planWhole({split(2, FulfillmentOrderStatus::Open)});
        QCOMPARE(plan.requests.size(), 2);
        QCOMPARE(plan.requests.at(0).location.name, u"Lager Vejle"_s);
        QCOMPARE(plan.requests.at(1).location.name, u"Butik Aarhus"_s);
        QCOMPARE(plan.orderCount(), 1);
    }

    void whatCannotShipIsRefusedWithItsReason_data()
    {
        QTest::addColumn<Order>("order");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("message");

        Order held = SampleOrders::make(3, OrderFulfillmentStatus::OnHold);
        held.fulfillmentOrders[0].status = FulfillmentOrderStatus::OnHold;
        held.fulfillmentOrders[0].holds = {
            FulfillmentHold{FulfillmentHoldReason::HighRiskOfFraud, u"HIGH_RISK_OF_FRAUD"_s, {}}};
        held.fulfillmentOrders[0].supportedActions = {u"RELEASE_HOLD"_s};
        QTest::newRow("on hold") << held << int(FulfillmentPlanner::Reason::OnHold)
                                 << u"on hold: High risk of fraud"_s;

        Order scheduled = SampleOrders::make(4, OrderFulfillmentStatus::Scheduled);
        scheduled.fulfillmentOrders[0].status = FulfillmentOrderStatus::Scheduled;
        scheduled.fulfillmentOrders[0].supportedActions = {u"MARK_AS_OPEN"_s};
        QTest::newRow("scheduled")
            << scheduled << int(FulfillmentPlanner::Reason::Scheduled) << u"scheduled for later"_s;

        Order service = SampleOrders::make(5);
        service.fulfillmentOrders[0].fulfillmentService = u"Nordlys Fulfilment"_s;
        service.fulfillmentOrders[0].supportedActions = {u"REQUEST_FULFILLMENT"_s};
        QTest::newRow("fulfillment service")
            << service << int(FulfillmentPlanner::Reason::FulfillmentService)
            << u"shipped by Nordlys Fulfilment"_s;

        Order requested = service;
        requested.fulfillmentOrders[0].requestStatus = u"SUBMITTED"_s;
        requested.fulfillmentOrders[0].status = FulfillmentOrderStatus::InProgress;
        QTest::newRow("requested from a service")
            << requested << int(FulfillmentPlanner::Reason::AwaitingRequest)
            << u"requested from Nordlys Fulfilment, not shipped here"_s;

        QTest::newRow("already fulfilled")
            << SampleOrders::make(6, OrderFulfillmentStatus::Fulfilled)
            << int(FulfillmentPlanner::Reason::AlreadyFulfilled) << u"already fulfilled"_s;

        Order cancelled = SampleOrders::make(7);
        cancelled.cancelledAt = cancelled.createdAt.addDays(1);
        QTest::newRow("cancelled") << cancelled << int(FulfillmentPlanner::Reason::Cancelled)
                                   << u"the order was cancelled"_s;

        // Shopify makes the fulfillment orders shortly after the order: not "fulfilled".
        Order routing = SampleOrders::make(11);
        routing.fulfillmentOrders.clear();
        routing.createdAt = QDateTime::currentDateTimeUtc().addSecs(-20);
        QTest::newRow("being routed")
            << routing << int(FulfillmentPlanner::Reason::AwaitingRouting)
            << u"Shopify is still assigning it to a location; try again in a minute"_s;
        // An hour later Shopify still shows none: they are out of the app's sight.
        Order unseen = routing;
        unseen.createdAt = unseen.createdAt.addSecs(-2 * 3600);
        QTest::newRow("no fulfillment orders in sight")
            << unseen << int(FulfillmentPlanner::Reason::NoFulfillmentOrders)
            << u"Shopify shows Smidig no fulfillment orders of it (a marketplace or another app "
               "may handle it); fulfil it in Shopify's admin"_s;

        // Listed by a first sync with its columns only: its lines are still being read.
        Order listed = SampleOrders::make(15);
        listed.lineItems.clear();
        listed.fulfillmentOrders.clear();
        listed.detailsPending = true;
        listed.listedItemCount = 3;
        QTest::newRow("listed, items still being read")
            << listed << int(FulfillmentPlanner::Reason::DetailsPending)
            << u"Smidig is still reading its items from Shopify; try again in a moment"_s;

        Order unreadable = SampleOrders::make(12);
        unreadable.unreadableSince = unreadable.createdAt.addDays(61);
        QTest::newRow("no longer readable")
            << unreadable << int(FulfillmentPlanner::Reason::Unreadable)
            << u"Shopify no longer shows this order to Smidig (it is older than 60 days); fulfil "
               "it in Shopify's admin, or give the app the read_all_orders scope"_s;

        Order pickup = SampleOrders::make(13);
        pickup.fulfillmentOrders[0].deliveryMethod = DeliveryMethod::PickUp;
        pickup.fulfillmentOrders[0].deliveryMethodName = u"PICK_UP"_s;
        QTest::newRow("local pickup")
            << pickup << int(FulfillmentPlanner::Reason::Pickup)
            << u"local pickup at Lager Vejle: use Ready for Pickup, then Picked Up"_s;

        Order external = SampleOrders::make(14);
        external.fulfillmentOrders[0].supportedActions = {u"EXTERNAL"_s};
        QTest::newRow("fulfilled outside Shopify")
            << external << int(FulfillmentPlanner::Reason::ExternalService)
            << u"fulfilled outside Shopify (Lager Vejle); Smidig may not fulfil it"_s;
    }
    void whatCannotShipIsRefusedWithItsReason()
    {
        QFETCH(Order, order);
        QFETCH(int, reason);
        QFETCH(QString, message);
        const auto plan = FulfillmentPlanner().planWhole({order, SampleOrders::make(99)});
        QCOMPARE(plan.requests.size(), 1); // the other order still goes
        QCOMPARE(plan.refusals.size(), 1);
        QCOMPARE(int(plan.refusals.first().reason), reason);
        QCOMPARE(plan.refusals.first().orderName, order.name);
        QCOMPARE(plan.refusals.first().message(), message);
        QVERIFY(!plan.refusals.first().partly);
    }

    void aHeldPartStaysBehindTheRestGoes()
    {
        const auto plan = FulfillmentPlanner().planWhole({split(8, FulfillmentOrderStatus::OnHold)});
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests.first().location.name, u"Lager Vejle"_s);
        QCOMPARE(plan.refusals.size(), 1);
        QVERIFY(plan.refusals.first().partly);
        QCOMPARE(plan.refusals.first().message(),
                 u"partly: on hold: Butik Aarhus, Incorrect address"_s);
    }

    void aPickupIsMadeReadyThenPickedUp()
    {
        Order order = SampleOrders::make(15);
        order.fulfillmentOrders[0].deliveryMethod = DeliveryMethod::PickUp;
        const Order shipped = SampleOrders::make(16);
        FulfillmentPlanner planner;

        // Not yet ready: it can be made ready, not picked up.
        const auto ready = planner.planPickupReady({order, shipped});
        QCOMPARE(ready.requests.size(), 1);
        QCOMPARE(ready.requests.first().orderId, order.id);
        QCOMPARE(ready.requests.first().fulfillmentOrderIds,
                 QStringList{order.fulfillmentOrders.first().id});
        QCOMPARE(ready.requests.first().itemCount, 3);
        QCOMPARE(ready.refusals.size(), 1);
        QCOMPARE(ready.refusals.first().reason, FulfillmentPlanner::Reason::NoPickup);
        const auto tooEarly = planner.planPickedUp({order});
        QVERIFY(tooEarly.requests.isEmpty());
        QCOMPARE(tooEarly.refusals.first().reason, FulfillmentPlanner::Reason::PickupNotReady);

        // Made ready (Shopify then has it in progress): picked up is a fulfilment, no tracking.
        order.fulfillmentOrders[0].status = FulfillmentOrderStatus::InProgress;
        QVERIFY(planner.planPickupReady({order}).requests.isEmpty());
        const auto collected = planner.planPickedUp({order});
        QCOMPARE(collected.requests.size(), 1);
        QCOMPARE(collected.requests.first().itemCount(), 3);
        QVERIFY(collected.requests.first().tracking.isEmpty());
        // And Fulfill still does not ship it as a parcel.
        QCOMPARE(planner.planWhole({order}).refusals.first().reason,
                 FulfillmentPlanner::Reason::Pickup);
    }

    void pendingOrdersAreNotPlannedTwice()
    {
        FulfillmentPlanner planner;
        planner.setPendingOrders({SampleOrders::make(1).id});
        const auto plan = planner.planWhole({SampleOrders::make(1), SampleOrders::make(2)});
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.refusals.first().reason, FulfillmentPlanner::Reason::Pending);
    }

    void partialTakesTheChosenQuantities()
    {
        const Order order = split(9, FulfillmentOrderStatus::Open);
        // Line 1 sits at Lager Vejle (1 left), line 2 at Butik Aarhus (2 left).
        const auto plan = FulfillmentPlanner().planPartial(order, {{order.lineItems.at(1).id, 1}});
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests.first().location.name, u"Butik Aarhus"_s);
        QCOMPARE(plan.requests.first().lines.size(), 1);
        QCOMPARE(plan.requests.first().lines.first().quantity, 1);
        QCOMPARE(plan.requests.first().lines.first().remainingBefore, 2);

        // More than is left is capped at what is left.
        const auto capped = FulfillmentPlanner().planPartial(order,
                                                             {{order.lineItems.at(0).id, 50}});
        QCOMPARE(capped.requests.first().lines.first().quantity, 1);

        const auto nothing = FulfillmentPlanner().planPartial(order, {});
        QVERIFY(nothing.requests.isEmpty());
        QCOMPARE(nothing.refusals.first().reason, FulfillmentPlanner::Reason::NothingChosen);

        const Order held = split(10, FulfillmentOrderStatus::OnHold);
        const auto blocked = FulfillmentPlanner().planPartial(held, {{held.lineItems.at(1).id, 2}});
        QVERIFY(blocked.requests.isEmpty());
        QCOMPARE(blocked.refusals.first().reason, FulfillmentPlanner::Reason::OnHold);
    }
};

QTEST_GUILESS_MAIN(TestFulfillmentPlanner)
#include "tst_fulfillmentplanner.moc"
