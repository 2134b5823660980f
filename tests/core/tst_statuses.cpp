#include "core/model/Statuses.h"

#include "tests/testlib/SchemaTools.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

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
    void knowsEveryOrderFulfillmentStatusOfTheSchema()
    {
        const QStringList values = schemaEnumValues(
            QStringLiteral("OrderDisplayFulfillmentStatus"));
        QCOMPARE(values.size(), 10);
        for (const QString &value : values) {
            const OrderFulfillmentStatus status = orderFulfillmentStatusFromShopify(value);
            QVERIFY2(status != OrderFulfillmentStatus::Unknown, qPrintable(value));
            QCOMPARE(shopifyName(status), value);
            QVERIFY(!displayName(status).isEmpty());
            QVERIFY(displayName(status) != displayName(OrderFulfillmentStatus::Unknown));
        }
        QCOMPARE(allOrderFulfillmentStatuses().size(), values.size());
    }

    void knowsEveryFulfillmentOrderStatusOfTheSchema()
    {
        const QStringList values = schemaEnumValues(QStringLiteral("FulfillmentOrderStatus"));
        QCOMPARE(values.size(), 7);
        for (const QString &value : values) {
            const FulfillmentOrderStatus status = fulfillmentOrderStatusFromShopify(value);
            QVERIFY2(status != FulfillmentOrderStatus::Unknown, qPrintable(value));
            QCOMPARE(shopifyName(status), value);
        }
    }

    void knowsTheOtherVocabulariesOfTheSchema()
    {
        for (const QString &value : schemaEnumValues(QStringLiteral("FulfillmentHoldReason")))
            QVERIFY2(fulfillmentHoldReasonFromShopify(value) != FulfillmentHoldReason::Unknown,
                     qPrintable(value));
        for (const QString &value : schemaEnumValues(QStringLiteral("OrderDisplayFinancialStatus")))
            QVERIFY2(orderFinancialStatusFromShopify(value) != OrderFinancialStatus::Unknown,
                     qPrintable(value));
        for (const QString &value : schemaEnumValues(QStringLiteral("FulfillmentStatus")))
            QVERIFY2(fulfillmentStatusFromShopify(value) != FulfillmentStatus::Unknown,
                     qPrintable(value));
    }

    void aNewValueIsUnknownNotACrash()
    {
        QCOMPARE(orderFulfillmentStatusFromShopify(u"AWAITING_SHIPMENT_2027"),
                 OrderFulfillmentStatus::Unknown);
        QCOMPARE(displayName(OrderFulfillmentStatus::Unknown), QStringLiteral("Unknown"));
        QCOMPARE(fulfillmentOrderStatusFromShopify(u""), FulfillmentOrderStatus::Unknown);
        QCOMPARE(displayName(FulfillmentOrderStatus::Unknown), QStringLiteral("Unknown"));
        QCOMPARE(shopifyName(OrderFulfillmentStatus::Unknown), QString());
        // Case matters: Shopify's enums are upper case.
        QCOMPARE(orderFulfillmentStatusFromShopify(u"fulfilled"), OrderFulfillmentStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
