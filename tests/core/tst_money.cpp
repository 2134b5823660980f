#include "core/model/Money.h"

#include <QTest>

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parsesShopifyAmounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("two decimals") << "129.95"
                                      << "DKK" << qint64(12995);
        QTest::newRow("one decimal") << "12.5"
                                     << "EUR" << qint64(1250);
        QTest::newRow("whole") << "1000"
                               << "USD" << qint64(100000);
        QTest::newRow("zero padded") << "5.000"
                                     << "DKK" << qint64(500);
        QTest::newRow("negative") << "-3.10"
                                  << "DKK" << qint64(-310);
        QTest::newRow("yen has no decimals") << "1500"
                                             << "JPY" << qint64(1500);
        QTest::newRow("yen with .0") << "1500.0"
                                     << "JPY" << qint64(1500);
        QTest::newRow("dinar has three") << "1.234"
                                         << "KWD" << qint64(1234);
        QTest::newRow("leading point") << ".5"
                                       << "DKK" << qint64(50);
    }
    void parsesShopifyAmounts()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto money = Money::fromDecimal(amount, currency);
        QVERIFY(money);
        QCOMPARE(money->minorUnits, minor);
        QCOMPARE(money->currencyCode, currency);
    }

    void refusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("empty") << ""
                               << "DKK";
        QTest::newRow("sign only") << "-"
                                   << "DKK";
        QTest::newRow("point only") << "."
                                    << "DKK";
        QTest::newRow("comma") << "12,50"
                               << "DKK";
        QTest::newRow("exponent") << "1e5"
                                  << "DKK";
        QTest::newRow("text") << "twelve"
                              << "DKK";
        QTest::newRow("fraction of a cent") << "0.001"
                                            << "DKK";
        QTest::newRow("fraction of a yen") << "10.5"
                                           << "JPY";
        QTest::newRow("spaces") << " 12.50"
                                << "DKK";
        QTest::newRow("overflow") << "99999999999999999999999"
                                  << "DKK";
    }
    void refusesWhatIsNotAnAmount()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QVERIFY(!Money::fromDecimal(amount, currency));
    }

    void printsInTheCurrencyPrecision()
    {
        QCOMPARE((Money{12995, QStringLiteral("DKK")}.toDecimalString()), QStringLiteral("129.95"));
        QCOMPARE((Money{-5, QStringLiteral("DKK")}.toDecimalString()), QStringLiteral("-0.05"));
        QCOMPARE((Money{1500, QStringLiteral("JPY")}.toDecimalString()), QStringLiteral("1500"));
        QCOMPARE((Money{1234, QStringLiteral("KWD")}.toDecimalString()), QStringLiteral("1.234"));
        QCOMPARE((Money{std::numeric_limits<qint64>::min(), QStringLiteral("DKK")}.toDecimalString()),
                 QStringLiteral("-92233720368547758.08"));
    }

    void roundTrips()
    {
        for (const QString &amount :
             {QStringLiteral("0.00"), QStringLiteral("1.01"), QStringLiteral("99999.99")}) {
            const auto money = Money::fromDecimal(amount, QStringLiteral("SEK"));
            QVERIFY(money);
            QCOMPARE(money->toDecimalString(), amount);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
