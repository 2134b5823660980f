#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/CountryComboBox.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
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

    static PackSettings pack()
    {
        PackSettings settings;
        settings.fulfilOnLabel = true;
        settings.locationId = u"gid://shopify/Location/2"_s;
        settings.scanner.maximumMedianGap = 45ms;
        settings.scanner.minimumLength = 6;
        settings.scanner.prefix = u"#S"_s;
        settings.volumePercent = 35;
        settings.muted = false;
        return settings;
    }
    static QList<QPair<QString, QString>> locations()
    {
        return {{u"gid://shopify/Location/1"_s, u"Warehouse"_s},
                {u"gid://shopify/Location/2"_s, u"Shop floor"_s}};
    }
    static void showPackingPage(QDialog &dialog)
    {
        auto *pages = child<QTabWidget>(dialog, u"settingsPages"_s);
        pages->setFocus();
        QTest::keyClick(pages, Qt::Key_Tab, Qt::ControlModifier); // the next page
        QCOMPARE(pages->tabText(pages->currentIndex()), u"Packing"_s);
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

    void packSettingsShowWhatTheyAreGiven()
    {
        SettingsDialog dialog(fulfillment(), sync());
        // Untouched, the defaults come back as they went in.
        QCOMPARE(dialog.packSettings().scanner.maximumMedianGap,
                 PackSettings().scanner.maximumMedianGap);
        QCOMPARE(dialog.packSettings().volumePercent, PackSettings().volumePercent);
        QCOMPARE(child<QComboBox>(dialog, u"packLocation"_s)->currentText(),
                 u"First location that ships"_s);

        dialog.setPackSettings(pack());
        dialog.setPackLocations(locations()); // after the settings: the choice is kept
        QVERIFY(child<QCheckBox>(dialog, u"fulfilOnLabel"_s)->isChecked());
        auto *where = child<QComboBox>(dialog, u"packLocation"_s);
        QCOMPARE(where->count(), 3);
        QCOMPARE(where->currentText(), u"Shop floor"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"scanGap"_s)->value(), 45);
        QCOMPARE(child<QSpinBox>(dialog, u"scanMinimumLength"_s)->value(), 6);
        QCOMPARE(child<QLineEdit>(dialog, u"scanPrefix"_s)->text(), u"#S"_s);
        QCOMPARE(child<QSlider>(dialog, u"packVolume"_s)->value(), 35);
        QCOMPARE(child<QLabel>(dialog, u"packVolumeText"_s)->text(), u"35%"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"packMuted"_s)->isChecked());

        const PackSettings back = dialog.packSettings();
        QVERIFY(back.fulfilOnLabel);
        QCOMPARE(back.locationId, u"gid://shopify/Location/2"_s);
        QCOMPARE(back.scanner.maximumMedianGap, 45ms);
        QCOMPARE(back.scanner.minimumLength, 6);
        QCOMPARE(back.scanner.prefix, u"#S"_s);
        QCOMPARE(back.volumePercent, 35);
        QVERIFY(!back.muted);

        // Locations given first, settings after: the same.
        SettingsDialog other(fulfillment(), sync());
        other.setPackLocations(locations());
        other.setPackSettings(pack());
        QCOMPARE(child<QComboBox>(other, u"packLocation"_s)->currentText(), u"Shop floor"_s);
        QCOMPARE(other.packSettings().locationId, u"gid://shopify/Location/2"_s);
    }

    void packSettingsReturnWhatIsChanged()
    {
        SettingsDialog dialog(fulfillment(), sync());
        dialog.setPackLocations(locations());
        dialog.setPackSettings(pack());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        showPackingPage(dialog);

        QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier); // Fulfill when the label is scanned
        QTRY_VERIFY(!child<QCheckBox>(dialog, u"fulfilOnLabel"_s)->isChecked());
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // Packing location
        auto *where = child<QComboBox>(dialog, u"packLocation"_s);
        QVERIFY(where->hasFocus());
        QTest::keyClick(where, Qt::Key_Home);                 // First location that ships
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier); // Longest gap between keys
        auto *gap = child<QSpinBox>(dialog, u"scanGap"_s);
        QVERIFY(gap->hasFocus());
        gap->selectAll();
        QTest::keyClicks(gap, u"80"_s);
        QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier); // Shortest code
        auto *shortest = child<QSpinBox>(dialog, u"scanMinimumLength"_s);
        QVERIFY(shortest->hasFocus());
        QTest::keyClick(shortest, Qt::Key_Down);
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier); // Prefix
        auto *prefix = child<QLineEdit>(dialog, u"scanPrefix"_s);
        QVERIFY(prefix->hasFocus());
        prefix->selectAll();
        QTest::keyClicks(prefix, u"]C0"_s);
        QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier); // Volume
        auto *volume = child<QSlider>(dialog, u"packVolume"_s);
        QVERIFY(volume->hasFocus());
        QTest::keyClick(volume, Qt::Key_PageUp); // 10 more
        QCOMPARE(child<QLabel>(dialog, u"packVolumeText"_s)->text(), u"45%"_s);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // Mute
        QTRY_VERIFY(child<QCheckBox>(dialog, u"packMuted"_s)->isChecked());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const PackSettings changed = dialog.packSettings();
        QVERIFY(!changed.fulfilOnLabel);
        QCOMPARE(changed.locationId, QString());
        QCOMPARE(changed.scanner.maximumMedianGap, 80ms);
        QCOMPARE(changed.scanner.minimumLength, 5);
        QCOMPARE(changed.scanner.prefix, u"]C0"_s);
        QCOMPARE(changed.volumePercent, 45);
        QVERIFY(changed.muted);
    }

    void packLimitsAreKept()
    {
        PackSettings wild = pack();
        wild.scanner.maximumMedianGap = 2ms;
        wild.scanner.minimumLength = 0;
        wild.scanner.prefix = QString(40, u'x');
        wild.volumePercent = 250;
        SettingsDialog dialog(fulfillment(), sync());
        dialog.setPackSettings(wild);
        PackSettings held = dialog.packSettings();
        QCOMPARE(held.scanner.maximumMedianGap, 10ms);
        QCOMPARE(held.scanner.minimumLength, 2);
        QCOMPARE(held.scanner.prefix.size(), 16);
        QCOMPARE(held.volumePercent, 100);

        wild.scanner.maximumMedianGap = 400ms;
        wild.scanner.minimumLength = 300;
        wild.volumePercent = -5;
        dialog.setPackSettings(wild);
        held = dialog.packSettings();
        QCOMPARE(held.scanner.maximumMedianGap, 150ms);
        QCOMPARE(held.scanner.minimumLength, 20);
        QCOMPARE(held.volumePercent, 0);

        // Typed past the limit, the spin box keeps to it.
        auto *gap = child<QSpinBox>(dialog, u"scanGap"_s);
        gap->selectAll();
        QTest::keyClicks(gap, u"999"_s);
        gap->interpretText();
        QVERIFY(gap->value() <= 150);
    }

    void unknownPackLocationIsKept()
    {
        PackSettings gone = pack();
        gone.locationId = u"gid://shopify/Location/9"_s;
        SettingsDialog dialog(fulfillment(), sync());
        dialog.setPackSettings(gone);
        dialog.setPackLocations(locations());
        auto *where = child<QComboBox>(dialog, u"packLocation"_s);
        QCOMPARE(where->count(), 4);
        QVERIFY2(where->currentText().contains(u"not found"_s), qPrintable(where->currentText()));
        QCOMPARE(dialog.packSettings().locationId, u"gid://shopify/Location/9"_s);
        // Chosen away from, it is gone from the list once the locations come again.
        where->setCurrentIndex(1);
        dialog.setPackLocations(locations());
        QCOMPARE(where->count(), 3);
        QCOMPARE(dialog.packSettings().locationId, u"gid://shopify/Location/1"_s);
    }

    void playASampleAsksAtTheVolumeSet()
    {
        SettingsDialog dialog(fulfillment(), sync());
        dialog.setPackSettings(pack());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        showPackingPage(dialog);
        QSignalSpy asked(&dialog, &SettingsDialog::packSampleRequested);
        auto *volume = child<QSlider>(dialog, u"packVolume"_s);
        volume->setValue(60);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier); // Play a Sample
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.takeFirst().at(0).toInt(), 60);
        QVERIFY(dialog.isVisible()); // a sample does not close the dialog

        // Muted or at 0 there is nothing to hear: the button says so by being off.
        auto *sample = child<QPushButton>(dialog, u"playPackSample"_s);
        child<QCheckBox>(dialog, u"packMuted"_s)->click();
        QVERIFY(!sample->isEnabled());
        child<QCheckBox>(dialog, u"packMuted"_s)->click();
        QVERIFY(sample->isEnabled());
        volume->setValue(0);
        QVERIFY(!sample->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(dialog.packSettings().volumePercent, 0);
    }

    void everyPackingControlIsNamedAndLargeEnough()
    {
        SettingsDialog dialog(fulfillment(), sync());
        dialog.setPackLocations(locations());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        showPackingPage(dialog);
        auto *page = dialog.findChild<QWidget *>(u"packingPage"_s);
        QVERIFY(page && page->isVisible());
        int controls = 0;
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // What takes the focus, except the editor inside a spin box (the box is the control).
            if (!(widget->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().contains(u'&'), qPrintable(widget->accessibleName()));
            QVERIFY2(widget->height() >= 24 && widget->width() >= 24,
                     qPrintable(u"%1 is %2 x %3"_s.arg(widget->objectName())
                                    .arg(widget->width())
                                    .arg(widget->height())));
        }
        QCOMPARE(controls, 8); // fulfil, location, gap, shortest, prefix, volume, mute, sample
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
