#include "core/model/Statuses.h"

#include "tests/testlib/SchemaTools.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The values of an enum as Shopify's schema file declares them.
QStringList schemaEnumValues(const QString &enumName)
{
    QFile file(SchemaTools::sharedDir() + QStringLiteral("/shopify/admin-2026-01.graphql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString schema = QString::fromUtf8(file.readAll());
    const qsizetype start = schema.indexOf(QStringLiteral("\nenum %1 {").arg(enumName));
    if (start < 0)
        return {};
    const qsizetype end = schema.indexOf(QStringLiteral("\n}"), start);
    const QString body = schema.mid(start, end - start);
    QStringList values;
    static const QRegularExpression line(QStringLiteral("^  ([A-Z][A-Z0-9_]*)(?: @deprecated.*)?$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(body); it.hasNext();)
        values.append(it.next().captured(1));
    return values;
}

} // namespace

class TestStatuses final : public QObject
{
    Q_OBJECT

private slots:
    // The schema file is read, not trusted blindly: each enum's values are written out here
    // as Shopify's reference lists them, so a schema that is missing or a reader that stops
    // matching fails instead of checking nothing.
    void readsTheSchemasEnums_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("OrderDisplayFulfillmentStatus") << u"OrderDisplayFulfillmentStatus"_s
                                                       << QStringList{u"FULFILLED"_s,
                                                                      u"IN_PROGRESS"_s,
                                                                      u"ON_HOLD"_s,
                                                                      u"OPEN"_s,
                                                                      u"PARTIALLY_FULFILLED"_s,
                                                                      u"PENDING_FULFILLMENT"_s,
                                                                      u"REQUEST_DECLINED"_s,
                                                                      u"RESTOCKED"_s,
                                                                      u"SCHEDULED"_s,
                                                                      u"UNFULFILLED"_s};
        QTest::newRow("FulfillmentOrderStatus") << u"FulfillmentOrderStatus"_s
                                                << QStringList{u"CANCELLED"_s,
                                                               u"CLOSED"_s,
                                                               u"INCOMPLETE"_s,
                                                               u"IN_PROGRESS"_s,
                                                               u"ON_HOLD"_s,
                                                               u"OPEN"_s,
                                                               u"SCHEDULED"_s};
        QTest::newRow("FulfillmentHoldReason")
            << u"FulfillmentHoldReason"_s
            << QStringList{u"AWAITING_PAYMENT"_s,
                           u"AWAITING_RETURN_ITEMS"_s,
                           u"HIGH_RISK_OF_FRAUD"_s,
                           u"INCORRECT_ADDRESS"_s,
                           u"INVENTORY_OUT_OF_STOCK"_s,
                           u"ONLINE_STORE_POST_PURCHASE_CROSS_SELL"_s,
                           u"OTHER"_s,
                           u"UNKNOWN_DELIVERY_DATE"_s};
        QTest::newRow("OrderDisplayFinancialStatus") << u"OrderDisplayFinancialStatus"_s
                                                     << QStringList{u"AUTHORIZED"_s,
                                                                    u"EXPIRED"_s,
                                                                    u"PAID"_s,
                                                                    u"PARTIALLY_PAID"_s,
                                                                    u"PARTIALLY_REFUNDED"_s,
                                                                    u"PENDING"_s,
                                                                    u"REFUNDED"_s,
                                                                    u"VOIDED"_s};
        // OPEN and PENDING are deprecated, and still sent for old fulfillments.
        QTest::newRow("FulfillmentStatus") << u"FulfillmentStatus"_s
                                           << QStringList{u"CANCELLED"_s,
                                                          u"ERROR"_s,
                                                          u"FAILURE"_s,
                                                          u"OPEN"_s,
                                                          u"PENDING"_s,
                                                          u"SUCCESS"_s};
    }
    void readsTheSchemasEnums()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, values);
        QCOMPARE(schemaEnumValues(name), values);
    }

    // Every value of the schema is known, and shown in the words staff read.
    void knowsEveryOrderFulfillmentStatusOfTheSchema()
    {
        const QHash<QString, QString> shown{{u"FULFILLED"_s, u"Fulfilled"_s},
                                            {u"IN_PROGRESS"_s, u"In progress"_s},
                                            {u"ON_HOLD"_s, u"On hold"_s},
                                            {u"OPEN"_s, u"Open"_s},
                                            {u"PARTIALLY_FULFILLED"_s, u"Partially fulfilled"_s},
                                            {u"PENDING_FULFILLMENT"_s, u"Pending fulfillment"_s},
                                            {u"REQUEST_DECLINED"_s, u"Request declined"_s},
                                            {u"RESTOCKED"_s, u"Restocked"_s},
                                            {u"SCHEDULED"_s, u"Scheduled"_s},
                                            {u"UNFULFILLED"_s, u"Unfulfilled"_s}};
        const QStringList values = schemaEnumValues(u"OrderDisplayFulfillmentStatus"_s);
        QCOMPARE(values.size(), shown.size());
        for (const QString &value : values) {
            const OrderFulfillmentStatus status = orderFulfillmentStatusFromShopify(value);
            QVERIFY2(status != OrderFulfillmentStatus::Unknown, qPrintable(value));
            QCOMPARE(shopifyName(status), value);
            QCOMPARE(displayName(status), shown.value(value));
        }
        QCOMPARE(allOrderFulfillmentStatuses().size(), values.size());
    }

    void knowsEveryFulfillmentOrderStatusOfTheSchema()
    {
        const QHash<QString, QString> shown{{u"CANCELLED"_s, u"Cancelled"_s},
                                            {u"CLOSED"_s, u"Closed"_s},
                                            {u"INCOMPLETE"_s, u"Incomplete"_s},
                                            {u"IN_PROGRESS"_s, u"In progress"_s},
                                            {u"ON_HOLD"_s, u"On hold"_s},
                                            {u"OPEN"_s, u"Open"_s},
                                            {u"SCHEDULED"_s, u"Scheduled"_s}};
        const QStringList values = schemaEnumValues(u"FulfillmentOrderStatus"_s);
        QCOMPARE(values.size(), shown.size());
        for (const QString &value : values) {
            const FulfillmentOrderStatus status = fulfillmentOrderStatusFromShopify(value);
            QVERIFY2(status != FulfillmentOrderStatus::Unknown, qPrintable(value));
            QCOMPARE(shopifyName(status), value);
            QCOMPARE(displayName(status), shown.value(value));
        }
    }

    void knowsTheOtherVocabulariesOfTheSchema()
    {
        const QHash<QString, QString> holds{{u"AWAITING_PAYMENT"_s, u"Awaiting payment"_s},
                                            {u"AWAITING_RETURN_ITEMS"_s,
                                             u"Awaiting returned items"_s},
                                            {u"HIGH_RISK_OF_FRAUD"_s, u"High risk of fraud"_s},
                                            {u"INCORRECT_ADDRESS"_s, u"Incorrect address"_s},
                                            {u"INVENTORY_OUT_OF_STOCK"_s, u"Out of stock"_s},
                                            {u"ONLINE_STORE_POST_PURCHASE_CROSS_SELL"_s,
                                             u"Post-purchase offer"_s},
                                            {u"OTHER"_s, u"Other reason"_s},
                                            {u"UNKNOWN_DELIVERY_DATE"_s,
                                             u"Unknown delivery date"_s}};
        const QStringList holdValues = schemaEnumValues(u"FulfillmentHoldReason"_s);
        QCOMPARE(holdValues.size(), holds.size());
        for (const QString &value : holdValues) {
            const FulfillmentHoldReason reason = fulfillmentHoldReasonFromShopify(value);
            QVERIFY2(reason != FulfillmentHoldReason::Unknown, qPrintable(value));
            QCOMPARE(displayName(reason), holds.value(value));
        }

        const QHash<QString, QString> payments{{u"AUTHORIZED"_s, u"Authorized"_s},
                                               {u"EXPIRED"_s, u"Expired"_s},
                                               {u"PAID"_s, u"Paid"_s},
                                               {u"PARTIALLY_PAID"_s, u"Partially paid"_s},
                                               {u"PARTIALLY_REFUNDED"_s, u"Partially refunded"_s},
                                               {u"PENDING"_s, u"Payment pending"_s},
                                               {u"REFUNDED"_s, u"Refunded"_s},
                                               {u"VOIDED"_s, u"Voided"_s}};
        const QStringList paymentValues = schemaEnumValues(u"OrderDisplayFinancialStatus"_s);
        QCOMPARE(paymentValues.size(), payments.size());
        for (const QString &value : paymentValues) {
            const OrderFinancialStatus status = orderFinancialStatusFromShopify(value);
            QVERIFY2(status != OrderFinancialStatus::Unknown, qPrintable(value));
            QCOMPARE(displayName(status), payments.value(value));
        }

        const QHash<QString, QString> shipments{{u"CANCELLED"_s, u"Cancelled"_s},
                                                {u"ERROR"_s, u"Error"_s},
                                                {u"FAILURE"_s, u"Failed"_s},
                                                {u"OPEN"_s, u"Open"_s},
                                                {u"PENDING"_s, u"Pending"_s},
                                                {u"SUCCESS"_s, u"Fulfilled"_s}};
        const QStringList shipmentValues = schemaEnumValues(u"FulfillmentStatus"_s);
        QCOMPARE(shipmentValues.size(), shipments.size());
        for (const QString &value : shipmentValues) {
            const FulfillmentStatus status = fulfillmentStatusFromShopify(value);
            QVERIFY2(status != FulfillmentStatus::Unknown, qPrintable(value));
            QCOMPARE(displayName(status), shipments.value(value));
        }
    }

    void aNewValueIsUnknownNotACrash()
    {
        QCOMPARE(orderFulfillmentStatusFromShopify(u"AWAITING_SHIPMENT_2027"),
                 OrderFulfillmentStatus::Unknown);
        QCOMPARE(displayName(OrderFulfillmentStatus::Unknown), u"Unknown"_s);
        QCOMPARE(fulfillmentOrderStatusFromShopify(u""), FulfillmentOrderStatus::Unknown);
        QCOMPARE(displayName(FulfillmentOrderStatus::Unknown), u"Unknown"_s);
        QCOMPARE(shopifyName(OrderFulfillmentStatus::Unknown), QString());
        // Case matters: Shopify's enums are upper case.
        QCOMPARE(orderFulfillmentStatusFromShopify(u"fulfilled"), OrderFulfillmentStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
