#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/CountryComboBox.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Preferences: what it is given is what it shows, what is changed is what it returns, and
// "Connect Another Shop..." hands over to whoever connects shops.
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    static FulfillmentSettings fulfillment()
    {
        FulfillmentSettings settings;
        settings.notifyByDefault = NotifyCustomer::Yes;
        settings.undoWindow = 8s;
        settings.shopCountry = u"DE"_s;
        return settings;
    }
    static SyncSettings sync()
    {
        SyncSettings settings;
        settings.interval = 10min;
        settings.reconcileInterval = 120min;
        return settings;
    }

    template<typename T>
    static T *child(QDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

private slots:
    void showsWhatItIsGiven()
    {
        SettingsDialog dialog(fulfillment(), sync());
        QVERIFY(child<QCheckBox>(dialog, u"notifyByDefault"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, u"undoWindow"_s)->value(), 8);
        QCOMPARE(child<CountryComboBox>(dialog, u"countryBox"_s)->countryCode(), u"DE"_s);
        QCOMPARE(child<CountryComboBox>(dialog, u"countryBox"_s)->currentText(), u"Germany (DE)"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"syncInterval"_s)->value(), 10);
        QCOMPARE(child<QSpinBox>(dialog, u"reconcileInterval"_s)->value(), 120);
    }

    void returnsWhatIsChanged()
    {
        SettingsDialog dialog(fulfillment(), sync());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Untouched, everything comes back as it went in, a finer undo window included.
        FulfillmentSettings fine = fulfillment();
        fine.undoWindow = 2500ms;
        SettingsDialog untouched(fine, sync());
        QCOMPARE(untouched.fulfillmentSettings().undoWindow, 2500ms);
        QCOMPARE(untouched.syncSettings().interval, 10min);

        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier); // Notify customers by default
        QTRY_VERIFY(!child<QCheckBox>(dialog, u"notifyByDefault"_s)->isChecked());
        auto *undo = child<QSpinBox>(dialog, u"undoWindow"_s);
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        QVERIFY(undo->hasFocus());
        undo->selectAll();
        QTest::keyClicks(undo, u"0"_s);
        QTest::keyClick(undo, Qt::Key_Tab);
        QCOMPARE(undo->text(), u"No undo"_s);
        auto *country = child<CountryComboBox>(dialog, u"countryBox"_s);
        country->setFocus();
        QTest::keyClicks(country, u"Denmark"_s);
        QCOMPARE(country->countryCode(), u"DK"_s);
        auto *interval = child<QSpinBox>(dialog, u"syncInterval"_s);
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, u"500"_s); // more than the 120 allowed
        interval->interpretText();
        QVERIFY(interval->value() <= 120);
        interval->selectAll();
        QTest::keyClicks(interval, u"3"_s);
        auto *reconcile = child<QSpinBox>(dialog, u"reconcileInterval"_s);
        reconcile->setFocus();
        QTest::keyClick(reconcile, Qt::Key_Up); // a step of 15 minutes
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const FulfillmentSettings changed = dialog.fulfillmentSettings();
        QCOMPARE(changed.notifyByDefault, NotifyCustomer::No);
        QCOMPARE(changed.undoWindow, 0ms);
        QCOMPARE(changed.shopCountry, u"DK"_s);
        QCOMPARE(dialog.syncSettings().interval, 3min);
        QCOMPARE(dialog.syncSettings().reconcileInterval, 135min);
    }

    void limitsAreKept()
    {
        FulfillmentSettings big = fulfillment();
        big.undoWindow = 90s;
        SyncSettings rare = sync();
        rare.interval = 0min;
        rare.reconcileInterval = 5000min;
        SettingsDialog dialog(big, rare);
        QCOMPARE(dialog.fulfillmentSettings().undoWindow, 30s);
        QCOMPARE(dialog.syncSettings().interval, 1min);
        QCOMPARE(dialog.syncSettings().reconcileInterval, 1440min);
    }

    void unknownCountryIsKept()
    {
        FulfillmentSettings settings = fulfillment();
        settings.shopCountry = u"AN"_s; // the Netherlands Antilles: Shopify still has the code
        SettingsDialog dialog(settings, sync());
        QCOMPARE(dialog.fulfillmentSettings().shopCountry, u"AN"_s);
        settings.shopCountry.clear();
        SettingsDialog none(settings, sync());
        QCOMPARE(none.fulfillmentSettings().shopCountry, QString());
    }

    void connectAnotherShopKeepsTheChangesAndAsks()
    {
        SettingsDialog dialog(fulfillment(), sync());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy asked(&dialog, &SettingsDialog::connectAnotherShopRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QCheckBox>(dialog, u"notifyByDefault"_s)->click();
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // Connect Another Shop...
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.fulfillmentSettings().notifyByDefault, NotifyCustomer::No);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
