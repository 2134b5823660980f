#include "tests/testlib/StoreComparison.h"

#include "core/model/Money.h"
#include "core/model/Order.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

QString orderDifferences(const Order &local, const QJsonObject &store)
{
    QStringList problems;
    auto expect = [&problems](bool same, const QString &what) {
        if (!same)
            problems.append(what);
    };
    expect(local.id == store[u"id"].toString(), u"id"_s);
    expect(local.name == store[u"name"].toString(), u"name"_s);
    expect(local.createdAt == QDateTime::fromString(store[u"createdAt"].toString(), Qt::ISODate),
           u"createdAt"_s);
    expect(local.updatedAt == QDateTime::fromString(store[u"updatedAt"].toString(), Qt::ISODate),
           u"updatedAt"_s);
    expect(local.fulfillmentStatusName == store[u"displayFulfillmentStatus"].toString(),
           u"displayFulfillmentStatus"_s);
    expect(local.financialStatusName == store[u"displayFinancialStatus"].toString(),
           u"displayFinancialStatus"_s);
    expect(local.email == store[u"email"].toString(), u"email"_s);
    expect(local.closed == store[u"closed"].toBool(), u"closed"_s);
    expect(local.cancelledAt == QDateTime::fromString(store[u"cancelledAt"].toString(), Qt::ISODate),
           u"cancelledAt"_s);
    // The customer's name and the ship-to name each in its place (a guest has no customer).
    expect(local.customerName == store[u"customer"][u"displayName"].toString(), u"customer"_s);
    expect(local.shippingName == store[u"shippingAddress"][u"name"].toString(),
           u"shippingAddress"_s);
    // What a packing slip prints: where it goes, how, and the order's note.
    const QJsonValue address = store[u"shippingAddress"];
    expect(local.shippingAddress.address1 == address[u"address1"].toString()
               && local.shippingAddress.address2 == address[u"address2"].toString()
               && local.shippingAddress.zip == address[u"zip"].toString()
               && local.shippingAddress.city == address[u"city"].toString()
               && local.shippingAddress.company == address[u"company"].toString()
               && local.shippingAddress.countryCode == address[u"countryCodeV2"].toString(),
           u"shippingAddress lines"_s);
    expect(local.shippingMethod == store[u"shippingLine"][u"title"].toString(), u"shippingLine"_s);
    expect(local.note == store[u"note"].toString(), u"note"_s);
    expect(local.total.toDecimalString()
               == Money::fromDecimal(store[u"currentTotalPriceSet"][u"shopMoney"][u"amount"]
                                         .toString(),
                                     u"DKK"_s)
                      ->toDecimalString(),
           u"total"_s);

    const QJsonArray lines = store[u"lineItems"].toArray();
    expect(local.lineItems.size() == lines.size(), u"line item count"_s);
    for (int i = 0; i < std::min(int(lines.size()), int(local.lineItems.size())); ++i) {
        const LineItem &a = local.lineItems.at(i);
        const QJsonObject b = lines.at(i).toObject();
        expect(a.id == b[u"id"].toString() && a.sku == b[u"sku"].toString()
                   && a.quantity == b[u"quantity"].toInt()
                   && a.currentQuantity == b[u"currentQuantity"].toInt()
                   && a.unfulfilledQuantity == b[u"unfulfilledQuantity"].toInt(),
               u"line item %1"_s.arg(i));
    }
    const QJsonArray fos = store[u"fulfillmentOrders"].toArray();
    expect(local.fulfillmentOrders.size() == fos.size(), u"fulfillment order count"_s);
    for (int i = 0; i < std::min(int(fos.size()), int(local.fulfillmentOrders.size())); ++i) {
        const FulfillmentOrder &a = local.fulfillmentOrders.at(i);
        const QJsonObject b = fos.at(i).toObject();
        expect(a.id == b[u"id"].toString() && a.statusName == b[u"status"].toString()
                   && a.location.name == b[u"assignedLocation"][u"name"].toString()
                   && a.holds.size() == b[u"fulfillmentHolds"].toArray().size(),
               u"fulfillment order %1"_s.arg(i));
        const QJsonArray foLines = b[u"lineItems"].toArray();
        expect(a.lineItems.size() == foLines.size(), u"fulfillment order %1 line count"_s.arg(i));
        for (int l = 0; l < std::min(int(foLines.size()), int(a.lineItems.size())); ++l) {
            expect(a.lineItems.at(l).remainingQuantity == foLines.at(l)[u"remainingQuantity"].toInt()
                       && a.lineItems.at(l).totalQuantity == foLines.at(l)[u"totalQuantity"].toInt(),
                   u"fulfillment order %1 line %2"_s.arg(i).arg(l));
        }
    }
    const QJsonArray fulfillments = store[u"fulfillments"].toArray();
    expect(local.fulfillments.size() == fulfillments.size(), u"fulfillment count"_s);
    for (int i = 0; i < std::min(int(fulfillments.size()), int(local.fulfillments.size())); ++i) {
        const QJsonArray tracking = fulfillments.at(i)[u"trackingInfo"].toArray();
        const Fulfillment &a = local.fulfillments.at(i);
        expect(a.id == fulfillments.at(i)[u"id"].toString() && a.tracking.size() == tracking.size(),
               u"fulfillment %1"_s.arg(i));
        for (int t = 0; t < std::min(int(tracking.size()), int(a.tracking.size())); ++t)
            expect(a.tracking.at(t).number == tracking.at(t)[u"number"].toString(),
                   u"tracking %1.%2"_s.arg(i).arg(t));
    }
    return problems.join(u", "_s);
}
