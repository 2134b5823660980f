#include "core/shopify/AccessScopes.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAccessScopes final : public QObject
{
    Q_OBJECT

private slots:
    void namesWhatIsMissing()
    {
        QCOMPARE(AccessScopes::missing(AccessScopes::required()), QStringList());
        QCOMPARE(AccessScopes::missing({}), AccessScopes::required());
        const QStringList granted{u"read_orders"_s,
                                  u"write_merchant_managed_fulfillment_orders"_s,
                                  u"read_third_party_fulfillment_orders"_s,
                                  u"read_locations"_s,
                                  u"write_products"_s};
        // Writing includes reading (fulfillment orders, products); inventory was not granted.
        QCOMPARE(AccessScopes::missing(granted), QStringList{u"read_inventory"_s});
    }

    void saysWhatEachIsFor()
    {
        for (const QString &scope : AccessScopes::required())
            QVERIFY(AccessScopes::purpose(scope) != scope);
    }
};

QTEST_GUILESS_MAIN(TestAccessScopes)
#include "tst_accessscopes.moc"
