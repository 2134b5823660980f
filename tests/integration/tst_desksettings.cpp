// What staff set on the desk is there at the next start: the desk opened twice through
// DeskSession, as app/main.cpp opens it, with the settings in a folder of the test's own.

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
};

QTEST_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
