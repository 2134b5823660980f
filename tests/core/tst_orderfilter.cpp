#include "core/model/OrderFilter.h"
#include "core/model/OrderSummary.h"

#include <QTest>

namespace {

OrderSummary order(const QString &name,
                   OrderFulfillmentStatus status,
                   const QString &customer = {},
                   const QString &email = {},
                   const QString &skus = {},
                   const QString &tracking = {})
{
    OrderSummary s;
    s.name = name;
    s.fulfillmentStatus = status;
    s.customerName = customer;
    s.email = email;
    s.skus = skus;
    s.trackingNumbers = tracking;
    return s;
}

} // namespace

class TestOrderFilter final : public QObject
{
    Q_OBJECT

private slots:
    void emptyFilterMatchesEverything()
    {
        const OrderFilter filter;
        QVERIFY(filter.matches(order(QStringLiteral("#1001"), OrderFulfillmentStatus::Fulfilled)));
        QVERIFY(filter.matches(order(QStringLiteral("#1002"), OrderFulfillmentStatus::Unknown)));
    }

    void statusNarrowsToThatStatus()
    {
        OrderFilter filter;
        filter.setStatus(OrderFulfillmentStatus::Unfulfilled);
        QVERIFY(filter.matches(order(QStringLiteral("#1"), OrderFulfillmentStatus::Unfulfilled)));
        QVERIFY(!filter.matches(
            order(QStringLiteral("#2"), OrderFulfillmentStatus::PartiallyFulfilled)));
        QVERIFY(!filter.matches(order(QStringLiteral("#3"), OrderFulfillmentStatus::Unknown)));
        filter.setStatus(std::nullopt);
        QVERIFY(filter.matches(
            order(QStringLiteral("#2"), OrderFulfillmentStatus::PartiallyFulfilled)));
    }

    void searchMatchesEachSearchableField_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("matches");
        QTest::newRow("order name") << "#1042" << true;
        QTest::newRow("order number without hash") << "1042" << true;
        QTest::newRow("customer, other case") << "søren" << true;
        QTest::newRow("customer, upper case Ø") << "ØDEGAARD" << true;
        QTest::newRow("email") << "soeren@example" << true;
        QTest::newRow("sku part") << "SOCK-GRY" << true;
        QTest::newRow("sku lower case") << "hat-blu" << true;
        QTest::newRow("tracking number") << "00370712345678901234" << true;
        QTest::newRow("surrounding spaces ignored") << "  1042  " << true;
        QTest::newRow("not present") << "jürgen" << false;
        QTest::newRow("across two fields") << "gaard soeren" << false;
    }
    void searchMatchesEachSearchableField()
    {
        QFETCH(QString, term);
        QFETCH(bool, matches);
        const OrderSummary s = order(QStringLiteral("#1042"),
                                     OrderFulfillmentStatus::Unfulfilled,
                                     QStringLiteral("Søren Ødegaard"),
                                     QStringLiteral("soeren@example.dk"),
                                     QStringLiteral("SOCK-GRY-40 HAT-BLU"),
                                     QStringLiteral("00370712345678901234"));
        OrderFilter filter;
        filter.setSearchText(term);
        QCOMPARE(filter.matches(s), matches);
    }

    void statusAndSearchMustBothMatch()
    {
        OrderFilter filter;
        filter.setStatus(OrderFulfillmentStatus::OnHold);
        filter.setSearchText(QStringLiteral("weiß"));
        QVERIFY(filter.matches(order(QStringLiteral("#7"),
                                     OrderFulfillmentStatus::OnHold,
                                     QStringLiteral("Jürgen Weiß"))));
        QVERIFY(!filter.matches(order(QStringLiteral("#8"),
                                      OrderFulfillmentStatus::Fulfilled,
                                      QStringLiteral("Jürgen Weiß"))));
        QVERIFY(!filter.matches(order(QStringLiteral("#9"),
                                      OrderFulfillmentStatus::OnHold,
                                      QStringLiteral("Anna Berg"))));
    }

    void equalFiltersCompareEqual()
    {
        OrderFilter a;
        OrderFilter b;
        a.setSearchText(QStringLiteral(" ABC "));
        b.setSearchText(QStringLiteral("abc"));
        QCOMPARE(a, b);
        b.setStatus(OrderFulfillmentStatus::Scheduled);
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestOrderFilter)
#include "tst_orderfilter.moc"
