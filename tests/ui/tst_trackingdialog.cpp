#include "core/tracking/TrackingCompanies.h"
#include "core/tracking/TrackingNumberDetector.h"
#include "ui/dialogs/EditTrackingDialog.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/models/TrackingCompanyModel.h"
#include "ui/tracking/TrackingAssessment.h"

#include "tests/ui/PluralText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The tracking numbers part of the fulfil dialog and the Edit Tracking dialog, used as staff
// use them: numbers typed or "scanned" (the text, then Enter), carriers chosen by typing.
class TestTrackingDialog final : public QObject
{
    Q_OBJECT

private:
    static FulfillmentRequest request(int n)
    {
        FulfillmentRequest r;
        r.orderId = u"gid://shopify/Order/%1"_s.arg(n);
        r.orderName = u"#%1"_s.arg(1000 + n);
        r.location = Location{u"gid://shopify/Location/1"_s, u"Lager Vejle"_s};
        r.lines = {FulfillmentLine{u"gid://shopify/FulfillmentOrder/%1"_s.arg(n),
                                   u"gid://shopify/FulfillmentOrderLineItem/%11"_s.arg(n),
                                   u"gid://shopify/LineItem/%11"_s.arg(n),
                                   2,
                                   2}};
        return r;
    }

    static FulfillmentPlanner::Plan plan(int shipments)
    {
        FulfillmentPlanner::Plan plan;
        for (int n = 1; n <= shipments; ++n)
            plan.requests.append(request(n));
        return plan;
    }

    static FulfillmentSettings settings(NotifyCustomer notify = NotifyCustomer::No)
    {
        FulfillmentSettings s;
        s.shopCountry = u"DK"_s;
        s.notifyByDefault = notify;
        return s;
    }

    static std::unique_ptr<FulfillDialog> openDialog(int shipments,
                                                     const FulfillmentSettings &s = settings())
    {
        auto dialog = std::make_unique<FulfillDialog>(plan(shipments),
                                                      QHash<QString, QString>{
                                                          {u"gid://shopify/Order/1"_s,
                                                           u"Kunde Ærø"_s}},
                                                      s);
        dialog->open();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            return nullptr;
        return dialog;
    }

    static QWidget *shipment(QDialog *dialog, int index)
    {
        return dialog->findChild<QWidget *>(u"shipment%1"_s.arg(index));
    }
    static QList<QLineEdit *> numbers(QDialog *dialog, int index)
    {
        return shipment(dialog, index)->findChildren<QLineEdit *>(u"trackingNumber"_s);
    }
    static QLabel *statusOf(QLineEdit *number)
    {
        return number->parentWidget()->findChild<QLabel *>(u"trackingStatus"_s);
    }
    static QComboBox *carrierOf(QDialog *dialog, int index)
    {
        return shipment(dialog, index)->findChild<QComboBox *>(u"trackingCarrier"_s);
    }
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(u"fulfillButton"_s);
    }
    static void scan(const QString &number)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClicks(focus, number);
        QTest::keyClick(focus, Qt::Key_Return);
    }

private slots:
    void focusStartsInTheFirstNumberAndEnterMovesOn()
    {
        auto dialog = openDialog(3);
        QVERIFY(dialog);
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 0).first());
        QVERIFY(shipment(dialog.get(), 0)
                    ->findChild<QLabel *>(u"shipmentTitle"_s)
                    ->text()
                    .contains(u"Kunde Ærø"_s));

        scan(u"1Z999AA10123456784"_s);
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 1).first());
        scan(u"1Z5R89390357567127"_s);
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 2).first());
        scan(u"1Z879E930346834440"_s);
        // The last number's Enter stays put and, like every Enter before it, accepts nothing.
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 2).first());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(numbers(dialog.get(), 1).first()->text(), u"1Z5R89390357567127"_s);

        // Ctrl+Return is the way to accept.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QList<FulfillmentRequest> requests = dialog->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(1).tracking,
                 (TrackingInput::withNumbers(u"UPS"_s, {u"1Z5R89390357567127"_s})));
        QCOMPARE(requests.at(1).lines, plan(3).requests.at(1).lines);
    }

    void aValidUpsNumberShowsUpsWithHighConfidence()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"1z 999 aa1 012 3456 784"_s); // as printed, in lower case
        QCOMPARE(statusOf(number)->text(), u"Detected: UPS (confidence: High)"_s);
        QCOMPARE(carrierOf(dialog.get(), 0)->currentText(), u"UPS"_s);
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s)"_s, 1));
        QVERIFY(okButton(dialog.get())->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"fulfillWarnings"_s)->isVisible());
        // The number goes as the carrier prints it, without spaces.
        QCOMPARE(dialog->requests().first().tracking,
                 (TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s})));
    }

    void aWrongCheckDigitWarnsButCanBeSent()
    {
        auto dialog = openDialog(2);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"1Z999AA10123456785"_s);
        QVERIFY2(statusOf(number)->text().contains(u"check digit is wrong"_s),
                 qPrintable(statusOf(number)->text()));
        QVERIFY(statusOf(number)->text().contains(u"UPS"_s));
        auto *warnings = dialog->findChild<QLabel *>(u"fulfillWarnings"_s);
        QVERIFY(warnings->isVisible());
        QVERIFY2(warnings->text().contains(u"A warning on 1 tracking number"_s),
                 qPrintable(warnings->text()));
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s) Anyway"_s, 2));
        QVERIFY(okButton(dialog.get())->isEnabled());

        // Corrected, the warning goes.
        number->backspace();
        QTest::keyClick(number, Qt::Key_4);
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s)"_s, 2));
        QVERIFY(!warnings->isVisible());
    }

    void garbageIsRefusedWithTheReason()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"00370712/34"_s);
        QVERIFY2(statusOf(number)->text().contains(u"/"_s), qPrintable(statusOf(number)->text()));
        QVERIFY(statusOf(number)->text().contains(u"only the letters A to Z and digits"_s));
        QVERIFY(!okButton(dialog.get())->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"fulfillWarnings"_s)
                    ->text()
                    .contains(u"Cannot be sent as typed: 1 tracking number"_s));
        QTest::keyClick(number, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible()); // not accepted
        number->clear();
        QVERIFY(okButton(dialog.get())->isEnabled());
    }

    void anUnknownFormatSaysSo()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"XY12"_s);
        QCOMPARE(statusOf(number)->text(), u"Unknown format: choose the carrier"_s);
        QCOMPARE(carrierOf(dialog.get(), 0)->currentText(), QString());
        QVERIFY(okButton(dialog.get())->isEnabled());
    }

    void numbersWithoutAPublishedCheckDigitAreNoTypos()
    {
        // Published numbers (tests/tracking/published-numbers.tsv): Amazon's carry no check
        // digit; DHL's own example fails the modulo 7 DHL does not publish. Neither is a typo.
        auto dialog = openDialog(2);
        QVERIFY(dialog);
        QLineEdit *amazon = numbers(dialog.get(), 0).first();
        QTest::keyClicks(amazon, u"TBA502887274000"_s);
        QCOMPARE(statusOf(amazon)->text(), u"Detected: Amazon (confidence: Medium)"_s);
        QLineEdit *dhl = numbers(dialog.get(), 1).first();
        QTest::keyClicks(dhl, u"1234567890"_s);
        QCOMPARE(carrierOf(dialog.get(), 1)->currentText(), u"DHL Express"_s);
        QVERIFY2(statusOf(dhl)->text().contains(u"publishes no check digit"_s),
                 qPrintable(statusOf(dhl)->text()));
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s)"_s, 2));
        QVERIFY(dialog->findChild<QLabel *>(u"fulfillWarnings"_s)->text().isEmpty());
    }

    void choosingAnotherCarrier()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"1Z999AA10123456784"_s);
        QComboBox *carrier = carrierOf(dialog.get(), 0);
        QCOMPARE(carrier->currentText(), u"UPS"_s);

        carrier->setFocus(Qt::TabFocusReason);
        carrier->lineEdit()->selectAll();
        QTest::keyClicks(carrier->lineEdit(), u"dhl express"_s);
        QTest::keyClick(carrier->lineEdit(), Qt::Key_Tab);
        // Shopify's own spelling, and the number is no longer checked as a UPS one.
        QCOMPARE(carrier->currentText(), u"DHL Express"_s);
        QVERIFY2(statusOf(number)->text().contains(u"Looks like UPS, not DHL Express"_s),
                 qPrintable(statusOf(number)->text()));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"trackingUrl"_s)->isVisible());

        // A number typed now does not take the choice away.
        number->clear();
        QTest::keyClicks(number, u"1Z5R89390357567127"_s);
        QCOMPARE(carrier->currentText(), u"DHL Express"_s);
        QCOMPARE(dialog->requests().first().tracking.company, u"DHL Express"_s);

        // Clearing the box hands the carrier back to the detection.
        carrier->setFocus(Qt::TabFocusReason);
        carrier->lineEdit()->selectAll();
        QTest::keyClick(carrier->lineEdit(), Qt::Key_Delete);
        number->setText(u"1Z999AA10123456784"_s);
        QCOMPARE(carrier->currentText(), u"UPS"_s);
    }

    void aCarrierOutsideShopifysListAsksForAUrl()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *number = numbers(dialog.get(), 0).first();
        QTest::keyClicks(number, u"XY12"_s);
        QComboBox *carrier = carrierOf(dialog.get(), 0);
        QVERIFY(!TrackingCompanies::contains(u"Hansen Kurer"_s));
        carrier->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(carrier->lineEdit(), u"Hansen Kurer"_s);
        QTest::keyClick(carrier->lineEdit(), Qt::Key_Tab);

        auto *url = dialog->findChild<QLineEdit *>(u"trackingUrl"_s);
        QVERIFY(url->isVisible());
        auto *hint = dialog->findChild<QLabel *>(u"trackingUrlHint"_s);
        QVERIFY2(hint->text().contains(u"tracking URL"_s), qPrintable(hint->text()));
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s) Anyway"_s, 1));

        QTest::keyClicks(url, u"not a link"_s);
        QVERIFY(!okButton(dialog.get())->isEnabled());
        url->clear();
        QTest::keyClicks(url, u"https://hansen-kurer.example/t/XY12"_s);
        QVERIFY(!hint->isVisible());
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s)"_s, 1));
        QCOMPARE(dialog->requests().first().tracking,
                 (TrackingInput{u"Hansen Kurer"_s,
                                {{u"XY12"_s, u"https://hansen-kurer.example/t/XY12"_s}}}));
    }

    void linksGoWithEveryNumberOrWithNone()
    {
        // Shopify pairs urls[i] with numbers[i]: two parcels of a carrier outside its list with
        // a link typed for the first only must not send that link for both.
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        QLineEdit *first = numbers(dialog.get(), 0).first();
        QTest::keyClicks(first, u"HK1"_s);
        QTest::keyClick(first, Qt::Key_Plus);
        QTest::keyClicks(numbers(dialog.get(), 0).at(1), u"HK2"_s);
        QComboBox *carrier = carrierOf(dialog.get(), 0);
        carrier->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(carrier->lineEdit(), u"Hansen Kurer"_s);
        QTest::keyClick(carrier->lineEdit(), Qt::Key_Tab);

        const QList<QLineEdit *> urls
            = shipment(dialog.get(), 0)->findChildren<QLineEdit *>(u"trackingUrl"_s);
        QCOMPARE(urls.size(), 2);
        QTest::keyClicks(urls.at(0), u"https://hansen-kurer.example/t/HK1"_s);
        const TrackingInput partly = dialog->requests().first().tracking;
        QCOMPARE(partly.numbers(), (QStringList{u"HK1"_s, u"HK2"_s}));
        QVERIFY(partly.urls().isEmpty());
        auto *warnings = dialog->findChild<QLabel *>(u"fulfillWarnings"_s);
        QVERIFY2(warnings->text().contains(u"No tracking links are sent"_s),
                 qPrintable(warnings->text()));
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s) Anyway"_s, 1));

        QTest::keyClicks(urls.at(1), u"https://hansen-kurer.example/t/HK2"_s);
        const TrackingInput linked = dialog->requests().first().tracking;
        QCOMPARE(linked.urls(),
                 (QStringList{u"https://hansen-kurer.example/t/HK1"_s,
                              u"https://hansen-kurer.example/t/HK2"_s}));
        QVERIFY(!warnings->text().contains(u"No tracking links are sent"_s));
        QVERIFY(readsAs(okButton(dialog.get())->text(), u"Fulfill %n Order(s)"_s, 1));
    }

    void editTrackingKeepsEachLinkWithItsNumber()
    {
        // Shopify's record: three parcels of a carrier outside its list, the middle one
        // without a link. Editing must neither shift the links nor send a partial list.
        Fulfillment shipment;
        shipment.id = u"gid://shopify/Fulfillment/7"_s;
        shipment.name = u"#1007-F1"_s;
        shipment.status = FulfillmentStatus::Success;
        shipment.tracking = {TrackingInfo{u"Hansen Kurer"_s, u"HK1"_s, u"https://hk.example/1"_s},
                             TrackingInfo{u"Hansen Kurer"_s, u"HK2"_s, QString()},
                             TrackingInfo{u"Hansen Kurer"_s, u"HK3"_s, u"https://hk.example/3"_s}};
        EditTrackingDialog dialog(u"#1007"_s, shipment, settings());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<QLineEdit *> urls = dialog.findChildren<QLineEdit *>(u"trackingUrl"_s);
        QCOMPARE(urls.size(), 3);
        QCOMPARE(urls.at(0)->text(), u"https://hk.example/1"_s);
        QVERIFY(urls.at(1)->text().isEmpty());
        QCOMPARE(urls.at(2)->text(), u"https://hk.example/3"_s);
        QVERIFY(dialog.tracking().urls().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"trackingWarnings"_s)
                    ->text()
                    .contains(u"No tracking links are sent"_s));

        QTest::keyClicks(urls.at(1), u"https://hk.example/2"_s);
        QCOMPARE(dialog.tracking().urls(),
                 (QStringList{u"https://hk.example/1"_s,
                              u"https://hk.example/2"_s,
                              u"https://hk.example/3"_s}));
    }

    void plusAddsAnotherParcelToTheSameShipment()
    {
        auto dialog = openDialog(2);
        QVERIFY(dialog);
        QLineEdit *first = numbers(dialog.get(), 0).first();
        QTest::keyClicks(first, u"1Z999AA10123456784"_s);
        QTest::keyClick(first, Qt::Key_Plus);
        QCOMPARE(numbers(dialog.get(), 0).size(), 2);
        QLineEdit *second = numbers(dialog.get(), 0).at(1);
        QCOMPARE(QApplication::focusWidget(), second);
        QCOMPARE(first->text(), u"1Z999AA10123456784"_s); // no "+" in the number
        scan(u"1Z5R89390357567127"_s);
        // Enter after the shipment's last number goes on to the next shipment.
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 1).first());
        QCOMPARE(dialog->requests().first().tracking,
                 (TrackingInput::withNumbers(u"UPS"_s,
                                             {u"1Z999AA10123456784"_s, u"1Z5R89390357567127"_s})));

        // The "+" button does the same; Backspace in the empty field takes it away again.
        shipment(dialog.get(), 1)->findChild<QAbstractButton *>(u"addTrackingNumber"_s)->click();
        QCOMPARE(numbers(dialog.get(), 1).size(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTRY_COMPARE(numbers(dialog.get(), 1).size(), 1);
        QCOMPARE(QApplication::focusWidget(), numbers(dialog.get(), 1).first());
    }

    void aPastedListBecomesOneFieldPerNumber()
    {
        auto dialog = openDialog(1);
        QVERIFY(dialog);
        numbers(dialog.get(), 0)
            .first()
            ->insert(u"1Z999AA10123456784, 1Z5R89390357567127;1Z879E930346834440"_s);
        QCOMPARE(numbers(dialog.get(), 0).size(), 3);
        QCOMPARE(dialog->requests().first().tracking.numbers(),
                 (QStringList{u"1Z999AA10123456784"_s,
                              u"1Z5R89390357567127"_s,
                              u"1Z879E930346834440"_s}));
    }

    void notifyCustomerFollowsTheShopSetting_data()
    {
        QTest::addColumn<NotifyCustomer>("setting");
        QTest::newRow("off") << NotifyCustomer::No;
        QTest::newRow("on") << NotifyCustomer::Yes;
    }
    void notifyCustomerFollowsTheShopSetting()
    {
        QFETCH(NotifyCustomer, setting);
        auto dialog = openDialog(2, settings(setting));
        QVERIFY(dialog);
        auto *notify = dialog->findChild<QCheckBox *>(u"notifyCustomer"_s);
        QVERIFY(notify->isVisible());
        QCOMPARE(notify->isChecked(), setting == NotifyCustomer::Yes);
        QCOMPARE(dialog->requests().at(1).notify, setting);
        notify->click();
        QCOMPARE(dialog->requests().at(1).notify,
                 setting == NotifyCustomer::Yes ? NotifyCustomer::No : NotifyCustomer::Yes);
    }

    void refusalsAreListedWithTheirReasons()
    {
        FulfillmentPlanner::Plan p = plan(1);
        p.refusals.append({u"gid://shopify/Order/7"_s,
                           u"#1007"_s,
                           FulfillmentPlanner::Reason::OnHold,
                           u"Awaiting payment"_s,
                           false});
        FulfillDialog dialog(p, {}, settings());
        auto *list = dialog.findChild<QTreeWidget *>(u"refusalList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"#1007"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"on hold: Awaiting payment"_s);

        // Nothing left to send: nothing to confirm.
        p.requests.clear();
        FulfillDialog nothing(p, {}, settings());
        QVERIFY(!nothing.findChild<QPushButton *>(u"fulfillButton"_s)->isEnabled());
        QCOMPARE(nothing.findChild<QPushButton *>(u"fulfillButton"_s)->text(),
                 u"Nothing to Fulfill"_s);
    }

    void editTrackingStartsFromTheShipmentsTracking()
    {
        Fulfillment shipment;
        shipment.id = u"gid://shopify/Fulfillment/9"_s;
        shipment.name = u"#1009-F1"_s;
        shipment.status = FulfillmentStatus::Success;
        shipment.tracking = {TrackingInfo{u"PostNord DK"_s,
                                          u"00370712345000000009"_s,
                                          u"https://tracking.example/9"_s}};
        EditTrackingDialog dialog(u"#1009"_s, shipment, settings());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Edit Tracking of #1009-F1"_s);
        auto edits = dialog.findChildren<QLineEdit *>(u"trackingNumber"_s);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first()->text(), u"00370712345000000009"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"trackingCarrier"_s)->currentText(),
                 u"PostNord DK"_s);
        QCOMPARE(QApplication::focusWidget(), edits.first());

        edits.first()->selectAll();
        scan(u"1Z999AA10123456784"_s);
        QVERIFY(dialog.isVisible());
        // The carrier was Shopify's record, so it stays until someone changes it: the number
        // is checked against it.
        QCOMPARE(dialog.findChild<QComboBox *>(u"trackingCarrier"_s)->currentText(),
                 u"PostNord DK"_s);
        QVERIFY(statusOf(edits.first())->text().contains(u"Looks like UPS"_s));
        QTest::keyClick(edits.first(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.tracking(),
                 (TrackingInput::withNumbers(u"PostNord DK"_s, {u"1Z999AA10123456784"_s})));
        QCOMPARE(dialog.notifyCustomer(), NotifyCustomer::No);
    }

    void assessmentKnowsACarriersNationalNames()
    {
        // Without a shop country the detector says "Portal PostNord"; a shipment Shopify has
        // as "PostNord DK" is the same carrier, not a mismatch.
        const TrackingDetection detection = TrackingNumberDetector().detect(
            u"00370712345000000004");
        QVERIFY(detection.best());
        QCOMPARE(detection.best()->carrierName, u"PostNord"_s);
        const auto national
            = TrackingAssessment::of(detection,
                                     u"PostNord DK"_s,
                                     TrackingAssessment::CarrierChoice::ChosenByPerson);
        QCOMPARE(national.level, TrackingAssessment::Level::Good);
        QVERIFY2(national.text.startsWith(u"Fits PostNord DK (confidence: "_s),
                 qPrintable(national.text));
        const auto other = TrackingAssessment::of(detection,
                                                  u"UPS"_s,
                                                  TrackingAssessment::CarrierChoice::ChosenByPerson);
        QCOMPARE(other.level, TrackingAssessment::Level::Note);
        QCOMPARE(other.text, u"Looks like PostNord, not UPS: check the carrier"_s);
        QCOMPARE(other.number, u"00370712345000000004"_s);
    }

    void companyModelListsTheShopsCountryFirst()
    {
        TrackingCompanyModel model(u"DK"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList local = TrackingCompanies::forShopCountry(u"DK");
        QCOMPARE(model.rowCount(), int(TrackingCompanies::all().size()) + 1); // and the separator
        QVERIFY(model.rowOf(u"PostNord DK"_s) >= 0);
        QVERIFY(model.rowOf(u"PostNord DK"_s) < local.size());
        QVERIFY(model.isSeparator(int(local.size())));
        QCOMPARE(model.flags(model.index(int(local.size()))), Qt::NoItemFlags);
        QCOMPARE(model.index(int(local.size())).data(Qt::AccessibleDescriptionRole).toString(),
                 u"separator"_s);
        QVERIFY(!local.contains(u"Hermes"_s)); // shown to German shops only
        QVERIFY(model.rowOf(u"Hermes"_s) > local.size());
        QCOMPARE(model.rowOf(u"No Such Carrier"_s), -1);
    }
};

QTEST_MAIN(TestTrackingDialog)
#include "tst_trackingdialog.moc"
