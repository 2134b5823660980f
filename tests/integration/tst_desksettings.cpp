// What staff set on the desk is there at the next start: the desk opened twice through
// DeskSession, as app/main.cpp opens it, with the settings in a folder of the test's own.

#include "app/AppSettings.h"
#include "app/DeskSession.h"
#include "core/stock/StockDesk.h"
#include "tests/testlib/AppIdentity.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeskSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Opens the demo desk, hands its threshold spin box to `use`, and closes the desk.
    template<typename Use>
    void withDesk(Use use)
    {
        QNetworkAccessManager network;
        DeskSession session(&network);
        DeskSession::Setup setup;
        setup.demo = true;
        setup.store = StoreLocation::file(m_dir.filePath(u"demo.sqlite"_s));
        QString problem;
        QVERIFY2(session.open(setup, &problem), qPrintable(problem));
        auto *threshold = session.window()->findChild<QSpinBox *>(u"stockThreshold"_s);
        QVERIFY(threshold);
        use(threshold);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppIdentity::useForTest(m_dir.path());
    }

    void theStockThresholdIsKeptBetweenRuns()
    {
        withDesk([](QSpinBox *threshold) {
            QCOMPARE(threshold->value(), StockRiskRules().threshold); // the default at first
            threshold->setValue(7);
        });
        withDesk([](QSpinBox *threshold) {
            QCOMPARE(threshold->value(), 7);
            threshold->setValue(0); // none at risk before it runs out
        });
        withDesk([](QSpinBox *threshold) { QCOMPARE(threshold->value(), 0); });
    }

    void aDamagedThresholdFallsBackIntoRange()
    {
        {
            QSettings settings;
            const QStringList groups = settings.childGroups();
            settings.beginGroup(u"shops"_s);
            const QStringList shops = settings.childGroups();
            QVERIFY2(!shops.isEmpty(), qPrintable(groups.join(u", "_s)));
            for (const QString &shop : shops)
                settings.setValue(shop + u"/stockRiskThreshold"_s, 100000);
        }
        withDesk([](QSpinBox *threshold) { QCOMPARE(threshold->value(), 999); });
    }

    // Pack mode's settings: the packing location is the shop's, the scanner, the sounds and
    // fulfil-on-label are this PC's for every shop.
    void packSettingsAreKeptThePackingLocationPerShop()
    {
        const ShopAddress north = ShopAddress::parse(u"north-pack.myshopify.com"_s);
        const ShopAddress south = ShopAddress::parse(u"south-pack.myshopify.com"_s);
        const PackSettings defaults = AppSettings::packSettings(north);
        QCOMPARE(defaults.locationId, QString()); // the first location that ships
        QCOMPARE(defaults.scanner.maximumMedianGap, std::chrono::milliseconds(30));
        QCOMPARE(defaults.scanner.minimumLength, 4);
        QCOMPARE(defaults.volumePercent, 70);
        QVERIFY(!defaults.muted);
        QVERIFY(!defaults.fulfilOnLabel);

        PackSettings chosen;
        chosen.fulfilOnLabel = true;
        chosen.locationId = u"gid://shopify/Location/2"_s;
        chosen.scanner.maximumMedianGap = std::chrono::milliseconds(45);
        chosen.scanner.minimumLength = 6;
        chosen.scanner.prefix = u"#S"_s;
        chosen.volumePercent = 35;
        chosen.muted = true;
        AppSettings::setPackSettings(north, chosen);

        const PackSettings back = AppSettings::packSettings(north);
        QVERIFY(back.fulfilOnLabel);
        QCOMPARE(back.locationId, u"gid://shopify/Location/2"_s);
        QCOMPARE(back.scanner.maximumMedianGap, std::chrono::milliseconds(45));
        QCOMPARE(back.scanner.minimumLength, 6);
        QCOMPARE(back.scanner.prefix, u"#S"_s);
        QCOMPARE(back.volumePercent, 35);
        QVERIFY(back.muted);

        // Another shop at the same table: the same scanner and sounds, its own location.
        const PackSettings other = AppSettings::packSettings(south);
        QCOMPARE(other.locationId, QString());
        QCOMPARE(other.scanner.maximumMedianGap, std::chrono::milliseconds(45));
        QCOMPARE(other.scanner.prefix, u"#S"_s);
        QCOMPARE(other.volumePercent, 35);
        QVERIFY(other.fulfilOnLabel);
        PackSettings southChoice = other;
        southChoice.volumePercent = 90;
        AppSettings::setPackSettings(south, southChoice);
        QCOMPARE(AppSettings::packSettings(north).locationId, u"gid://shopify/Location/2"_s);
        QCOMPARE(AppSettings::packSettings(north).volumePercent, 90);

        // Back to "the first location that ships".
        chosen.locationId.clear();
        AppSettings::setPackSettings(north, chosen);
        QCOMPARE(AppSettings::packSettings(north).locationId, QString());
    }

    void damagedPackSettingsFallBackIntoRange()
    {
        const ShopAddress shop = ShopAddress::parse(u"north-pack.myshopify.com"_s);
        QSettings settings;
        settings.setValue(u"pack/scanGapMs"_s, 2);
        settings.setValue(u"pack/scanMinimumLength"_s, 0);
        settings.setValue(u"pack/volumePercent"_s, 400);
        settings.setValue(u"pack/scanPrefix"_s, QString(40, u'x'));
        PackSettings read = AppSettings::packSettings(shop);
        QCOMPARE(read.scanner.maximumMedianGap, std::chrono::milliseconds(10));
        QCOMPARE(read.scanner.minimumLength, 2);
        QCOMPARE(read.volumePercent, 100);
        QCOMPARE(read.scanner.prefix.size(), 16);

        settings.setValue(u"pack/scanGapMs"_s, 5000);
        settings.setValue(u"pack/scanMinimumLength"_s, 999);
        settings.setValue(u"pack/volumePercent"_s, -3);
        read = AppSettings::packSettings(shop);
        QCOMPARE(read.scanner.maximumMedianGap, std::chrono::milliseconds(150));
        QCOMPARE(read.scanner.minimumLength, 20);
        QCOMPARE(read.volumePercent, 0);
    }
};

QTEST_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
