#include "tests/testlib/SampleOrders.h"

namespace SampleOrders {

Order make(int number, OrderFulfillmentStatus status)
{
    const QString n = QString::number(number);
    Order o;
    o.id = QStringLiteral("gid://shopify/Order/") + n;
    o.name = QStringLiteral("#") + QString::number(1000 + number);
    o.number = number;
    o.createdAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * number);
    o.updatedAt = o.createdAt.addSecs(60);
    o.processedAt = o.createdAt;
    o.email = QStringLiteral("kunde%1@example.dk").arg(number);
    o.customerName = QStringLiteral("Kunde %1 Ærø").arg(number);
    o.financialStatus = OrderFinancialStatus::Paid;
    o.financialStatusName = QStringLiteral("PAID");
    o.fulfillmentStatus = status;
    o.fulfillmentStatusName = shopifyName(status);
    o.total = Money{19990LL + number, QStringLiteral("DKK")};
    const bool fulfilled = status == OrderFulfillmentStatus::Fulfilled;

    FulfillmentOrder fo;
    fo.id = QStringLiteral("gid://shopify/FulfillmentOrder/") + n;
    fo.status = fulfilled ? FulfillmentOrderStatus::Closed : FulfillmentOrderStatus::Open;
    fo.statusName = shopifyName(fo.status);
    fo.requestStatus = QStringLiteral("UNSUBMITTED");
    fo.location = Location{QStringLiteral("gid://shopify/Location/1"),
                           QStringLiteral("Lager Vejle")};
    fo.updatedAt = o.updatedAt;
    if (!fulfilled)
        fo.supportedActions = QStringList{QStringLiteral("CREATE_FULFILLMENT"),
                                          QStringLiteral("HOLD")};

    for (int i = 1; i <= 2; ++i) {
        LineItem item;
        item.id = QStringLiteral("gid://shopify/LineItem/%1%2").arg(n).arg(i);
        item.title = i == 1 ? QStringLiteral("Uldsokker") : QStringLiteral("Strickmütze");
        item.variantTitle = QStringLiteral("Str. %1").arg(i);
        item.sku = QStringLiteral("SKU-%1").arg(i);
        item.variantId = QStringLiteral("gid://shopify/ProductVariant/%1").arg(i);
        item.inventoryItemId = QStringLiteral("gid://shopify/InventoryItem/%1").arg(i);
        // The socks carry an EAN-13 (valid check digit); the cap has none, as some goods do.
        if (i == 1)
            item.barcode = QStringLiteral("5701234000013");
        item.quantity = i;
        item.currentQuantity = i;
        item.unfulfilledQuantity = fulfilled ? 0 : i;
        item.unitPrice = Money{9995, QStringLiteral("DKK")};
        o.lineItems.append(item);
        fo.lineItems.append(FulfillmentOrderLineItem{
            QStringLiteral("gid://shopify/FulfillmentOrderLineItem/%1%2").arg(n).arg(i),
            item.id,
            i,
            fulfilled ? 0 : i});
    }
    o.fulfillmentOrders.append(fo);
    if (fulfilled) {
        Fulfillment f;
        f.id = QStringLiteral("gid://shopify/Fulfillment/") + n;
        f.name = o.name + QStringLiteral("-F1");
        f.status = FulfillmentStatus::Success;
        f.statusName = QStringLiteral("SUCCESS");
        f.createdAt = o.updatedAt;
        f.location = fo.location;
        f.tracking.append(
            TrackingInfo{QStringLiteral("PostNord DK"),
                         QStringLiteral("00370712345%1").arg(number, 9, 10, QLatin1Char('0')),
                         QStringLiteral("https://tracking.example/%1").arg(number)});
        o.fulfillments.append(f);
    }
    return o;
}

} // namespace SampleOrders
