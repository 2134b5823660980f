#include "tests/ui/UiSamples.h"

#include "tests/testlib/SampleOrders.h"

namespace UiSamples {

Order onHold(int number)
{
    Order order = SampleOrders::make(number, OrderFulfillmentStatus::OnHold);
    FulfillmentOrder &fo = order.fulfillmentOrders.first();
    fo.status = FulfillmentOrderStatus::OnHold;
    fo.statusName = shopifyName(fo.status);
    fo.supportedActions = QStringList{QStringLiteral("RELEASE_HOLD")};
    fo.holds.append(FulfillmentHold{FulfillmentHoldReason::AwaitingPayment,
                                    QStringLiteral("AWAITING_PAYMENT"),
                                    QStringLiteral("Bank transfer not in yet")});
    return order;
}

Order scheduled(int number)
{
    Order order = SampleOrders::make(number, OrderFulfillmentStatus::Scheduled);
    FulfillmentOrder &fo = order.fulfillmentOrders.first();
    fo.status = FulfillmentOrderStatus::Scheduled;
    fo.statusName = shopifyName(fo.status);
    fo.supportedActions = QStringList{QStringLiteral("MARK_AS_OPEN")};
    fo.fulfillAt = QDateTime(QDate(2026, 12, 24), QTime(8, 0), Qt::UTC);
    return order;
}

Order byService(int number, const QString &service)
{
    Order order = SampleOrders::make(number);
    FulfillmentOrder &fo = order.fulfillmentOrders.first();
    fo.fulfillmentService = service;
    fo.supportedActions = QStringList{QStringLiteral("REQUEST_FULFILLMENT")};
    return order;
}

} // namespace UiSamples
