#include "core/shopify/AccessScopes.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The scopes the app asks a merchant for, and what the connect dialog says each is for: both
// written out here, so a scope dropped from the list or a purpose that falls back to the
// scope's own name fails.
class TestAccessScopes final : public QObject
{
    Q_OBJECT

private slots:
    void asksForWhatItsOperationsNeed()
    {
        QCOMPARE(AccessScopes::required(),
                 (QStringList{u"read_orders"_s,
                              u"read_merchant_managed_fulfillment_orders"_s,
                              u"write_merchant_managed_fulfillment_orders"_s,
                              u"read_third_party_fulfillment_orders"_s,
                              u"read_inventory"_s,
                              u"read_locations"_s,
                              u"read_products"_s}));
        QCOMPARE(AccessScopes::optional(), QStringList{u"read_all_orders"_s});
    }

    void namesWhatIsMissing()
    {
        QCOMPARE(AccessScopes::missing(AccessScopes::required()), QStringList());
        QCOMPARE(AccessScopes::missing({}).size(), 7);
        const QStringList granted{u"read_orders"_s,
                                  u"write_merchant_managed_fulfillment_orders"_s,
                                  u"read_third_party_fulfillment_orders"_s,
                                  u"read_locations"_s,
                                  u"write_products"_s};
        // Writing includes reading (fulfillment orders, products); inventory was not granted.
        QCOMPARE(AccessScopes::missing(granted), QStringList{u"read_inventory"_s});
        QCOMPARE(AccessScopes::missingOptional(granted), QStringList{u"read_all_orders"_s});
        QCOMPARE(AccessScopes::missingOptional({u"read_all_orders"_s}), QStringList());
    }

    void saysWhatEachIsFor_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("purpose");
        QTest::newRow("read_orders") << u"read_orders"_s << u"read orders"_s;
        QTest::newRow("read_merchant_managed_fulfillment_orders")
            << u"read_merchant_managed_fulfillment_orders"_s
            << u"read what the shop ships itself"_s;
        QTest::newRow("write_merchant_managed_fulfillment_orders")
            << u"write_merchant_managed_fulfillment_orders"_s
            << u"fulfil orders and add tracking"_s;
        QTest::newRow("read_third_party_fulfillment_orders")
            << u"read_third_party_fulfillment_orders"_s << u"see what fulfillment services ship"_s;
        QTest::newRow("read_inventory") << u"read_inventory"_s << u"read stock levels"_s;
        QTest::newRow("read_locations") << u"read_locations"_s << u"read the shop's locations"_s;
        QTest::newRow("read_products")
            << u"read_products"_s << u"see whether an item sells on when out of stock"_s;
        QTest::newRow("read_all_orders")
            << u"read_all_orders"_s
            << u"keep reading open orders older than 60 days, such as backorders and pre-orders"_s;
        // A scope the app does not know of is named as it is.
        QTest::newRow("unknown") << u"write_discounts"_s << u"write_discounts"_s;
    }
    void saysWhatEachIsFor()
    {
        QFETCH(QString, scope);
        QFETCH(QString, purpose);
        QCOMPARE(AccessScopes::purpose(scope), purpose);
    }
};

QTEST_GUILESS_MAIN(TestAccessScopes)
#include "tst_accessscopes.moc"
