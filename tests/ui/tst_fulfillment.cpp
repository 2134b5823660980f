#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/EditTrackingDialog.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/dialogs/FulfillProgressDialog.h"
#include "ui/models/FulfillProgressModel.h"
#include "ui/models/OrderTableModel.h"

#include "tests/testlib/SampleOrders.h"
#include "tests/ui/PluralText.h"
#include "tests/ui/UiSamples.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Fulfilment through the window, as staff do it: select orders, Ctrl+Return, scan tracking
// numbers, confirm, and watch the progress; undo, cancel, retry and drop; partial quantities,
// tracking edits and cancelled shipments from the details pane. Nothing is sent (there is no
// sender), so what the window did is read from the outbox; where a test needs an entry sent
// or refused, it plays the sender with takeDue() and finish() or markFailed().
class TestFulfillment final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"orderTable"_s); }

    QModelIndex rowOf(const QString &name) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        }
        return {};
    }

    // Clicks the rows, Ctrl held after the first, like choosing orders with the mouse.
    void select(const QStringList &names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QModelIndex index = rowOf(names.at(i));
            QVERIFY2(index.isValid(), qPrintable(names.at(i)));
            QTest::mouseClick(table()->viewport(),
                              Qt::LeftButton,
                              i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              table()->visualRect(index).center());
        }
        QCOMPARE(table()->selectionModel()->selectedRows().size(), names.size());
        QCoreApplication::processEvents(); // the actions follow the selection a moment later
    }

    template<typename Dialog>
    Dialog *visible() const
    {
        const QList<Dialog *> dialogs = m_window->findChildren<Dialog *>();
        for (Dialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static void scan(const QString &number)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClicks(focus, number);
        QTest::keyClick(focus, Qt::Key_Return);
    }

    static void pressCtrlReturn()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }

    std::optional<OutboxEntry> entryFor(const QString &orderId) const
    {
        for (const OutboxEntry &entry : m_services->outbox()->entries()) {
            if (entry.orderId == orderId)
                return entry;
        }
        return std::nullopt;
    }

    QString statusText(const QString &name) const
    {
        return rowOf(name).siblingAtColumn(OrderTableModel::FulfillmentColumn).data().toString();
    }

    // Selects one order, then fulfils it with Ctrl+Return twice: opened, confirmed.
    void fulfillOne(const QString &name)
    {
        select({name});
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        FulfillDialog *dialog = visible<FulfillDialog>();
        QVERIFY(dialog);
        // A dialog of the window counts as active with it: wait until it has the focus itself.
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        pressCtrlReturn();
        QVERIFY(!dialog->isVisible());
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"f.sqlite"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(u"f.sqlite"_s)),
                             StockRiskRules(),
                             {}})
                     .isError());
        Order cancelledShipment = SampleOrders::make(7, OrderFulfillmentStatus::Fulfilled);
        cancelledShipment.fulfillments.first().status = FulfillmentStatus::Cancelled;
        cancelledShipment.fulfillments.first().statusName = shopifyName(
            FulfillmentStatus::Cancelled);
        QVERIFY(!m_services->book()
                     ->upsert({SampleOrders::make(1),
                               SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                               UiSamples::onHold(3),
                               SampleOrders::make(4),
                               UiSamples::scheduled(5),
                               UiSamples::byService(6, u"Amazon MCF"_s),
                               cancelledShipment})
                     .isError());
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        FulfillmentSettings settings;
        settings.shopCountry = u"DK"_s;
        m_window = std::make_unique<MainWindow>(m_services->book(),
                                                m_services->sync(),
                                                m_services->outbox(),
                                                m_services->desk(),
                                                settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_network.reset();
    }

    void fulfillSelectedOrdersWithTracking()
    {
        auto *fulfill = m_window->findChild<QAction *>(u"fulfillAction"_s);
        select({u"#1002"_s}); // shipped already: nothing to offer
        QVERIFY(!fulfill->isEnabled());

        select({u"#1001"_s, u"#1002"_s, u"#1003"_s, u"#1004"_s, u"#1005"_s});
        QVERIFY(fulfill->isEnabled());
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        FulfillDialog *dialog = visible<FulfillDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QVERIFY(readsAs(dialog->windowTitle(), u"Fulfill %n Order(s)"_s, 2));

        // What stays behind, and why.
        auto *refusals = dialog->findChild<QTreeWidget *>(u"refusalList"_s);
        QVERIFY(refusals);
        QHash<QString, QString> why;
        for (int i = 0; i < refusals->topLevelItemCount(); ++i)
            why.insert(refusals->topLevelItem(i)->text(0), refusals->topLevelItem(i)->text(1));
        QCOMPARE(why.size(), 3);
        QCOMPARE(why.value(u"#1002"_s), u"already fulfilled"_s);
        QCOMPARE(why.value(u"#1003"_s), u"on hold: Awaiting payment"_s);
        QVERIFY2(why.value(u"#1005"_s).startsWith(u"scheduled for "_s),
                 qPrintable(why.value(u"#1005"_s)));

        // Two shipments, in the table's order (newest first): #1004, then #1001.
        QVERIFY(dialog->findChild<QWidget *>(u"shipment0"_s)
                    ->findChild<QLabel *>(u"shipmentTitle"_s)
                    ->text()
                    .startsWith(u"#1004"_s));
        scan(u"1Z999AA10123456784"_s);
        scan(u"1Z5R89390357567127"_s);
        QVERIFY(dialog->isVisible()); // scanning never confirms
        auto *ok = dialog->findChild<QPushButton *>(u"fulfillButton"_s);
        QVERIFY(readsAs(ok->text(), u"Fulfill %n Order(s)"_s, 2));
        pressCtrlReturn();
        QVERIFY(!dialog->isVisible());

        QCOMPARE(m_services->outbox()->entries().size(), 2);
        const std::optional<OutboxEntry> first = entryFor(u"gid://shopify/Order/1"_s);
        QVERIFY(first);
        QCOMPARE(first->action, OutboxEntry::Action::Fulfill);
        const QJsonObject fulfillment
            = first->payload.value("variables"_L1).toObject().value("fulfillment"_L1).toObject();
        const QJsonArray byOrder = fulfillment.value("lineItemsByFulfillmentOrder"_L1).toArray();
        QCOMPARE(byOrder.size(), 1);
        QCOMPARE(byOrder.at(0).toObject().value("fulfillmentOrderId"_L1).toString(),
                 u"gid://shopify/FulfillmentOrder/1"_s);
        const QJsonArray lines
            = byOrder.at(0).toObject().value("fulfillmentOrderLineItems"_L1).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value("id"_L1).toString(),
                 u"gid://shopify/FulfillmentOrderLineItem/12"_s);
        QCOMPARE(lines.at(1).toObject().value("quantity"_L1).toInt(), 2);
        const QJsonObject tracking = fulfillment.value("trackingInfo"_L1).toObject();
        QCOMPARE(tracking.value("company"_L1).toString(), u"UPS"_s);
        QCOMPARE(tracking.value("number"_L1).toString(), u"1Z5R89390357567127"_s);
        QCOMPARE(fulfillment.value("notifyCustomer"_L1).toBool(), false);
        QCOMPARE(entryFor(u"gid://shopify/Order/4"_s)
                     ->payload.value("variables"_L1)
                     .toObject()
                     .value("fulfillment"_L1)
                     .toObject()
                     .value("trackingInfo"_L1)
                     .toObject()
                     .value("number"_L1)
                     .toString(),
                 u"1Z999AA10123456784"_s);

        // The progress shows without blocking the window, and the table says what is on its way.
        FulfillProgressDialog *progress = visible<FulfillProgressDialog>();
        QVERIFY(progress);
        QVERIFY(!progress->isModal());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QAbstractItemModelTester tester(progress->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(progress->findChild<QTreeView *>(u"progressList"_s)->model()->rowCount(), 2);
        QVERIFY(readsAs(
            progress->model()->index(0, FulfillProgressModel::ShipmentColumn).data().toString(),
            u"Fulfill %n item(s) from Lager Vejle · UPS 1Z999AA10123456784"_s,
            3));
        QCOMPARE(progress->findChild<QLabel *>(u"progressTotals"_s)->text(),
                 u"0 done · 0 failed · 2 left"_s);
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled · sending"_s);
        auto *indicator = m_window->findChild<QToolButton *>(u"outboxIndicator"_s);
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), u"2 pending"_s);

        // Sent: the progress follows.
        const auto sent = m_services->outbox()->takeDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!m_services->outbox()->finish(*sent, std::nullopt).isError());
        QCOMPARE(progress->findChild<QLabel *>(u"progressTotals"_s)->text(),
                 u"1 done · 0 failed · 1 left"_s);
        progress->findChild<QPushButton *>(u"closeButton"_s)->click();
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_services->outbox()->entries().size(), 1); // closing stops nothing
    }

    void fulfillAllShownListsWhatCannotGo()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        FulfillDialog *dialog = visible<FulfillDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto *refusals = dialog->findChild<QTreeWidget *>(u"refusalList"_s);
        QStringList refused;
        for (int i = 0; i < refusals->topLevelItemCount(); ++i)
            refused.append(refusals->topLevelItem(i)->text(0) + u": "_s
                           + refusals->topLevelItem(i)->text(1));
        refused.sort();
        QCOMPARE(refused.size(), 3); // shipped and cancelled orders are not even asked about
        QCOMPARE(refused.at(0), u"#1003: on hold: Awaiting payment"_s);
        QVERIFY(refused.at(1).startsWith(u"#1005: scheduled for"_s));
        QCOMPARE(refused.at(2), u"#1006: shipped by Amazon MCF"_s);
        QVERIFY(readsAs(dialog->findChild<QPushButton *>(u"fulfillButton"_s)->text(),
                        u"Fulfill %n Order(s)"_s,
                        2));

        // Escape takes it back; nothing is queued.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(m_services->outbox()->entries().isEmpty());

        // With only shipped orders shown, there is nothing to fulfil.
        m_window->activateWindow(); // the test platform leaves that to a window manager
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier); // Fulfilled
        QCOMPARE(table()->model()->rowCount(), 2);
        QTRY_VERIFY(!m_window->findChild<QAction *>(u"fulfillShownAction"_s)->isEnabled());
    }

    void undoTakesTheBatchBack()
    {
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(60000));
        fulfillOne(u"#1001"_s);
        QCOMPARE(m_services->outbox()->entries().size(), 1);
        QCOMPARE(m_services->outbox()->entries().first().state, OutboxEntry::State::Waiting);
        FulfillProgressDialog *progress = visible<FulfillProgressDialog>();
        QVERIFY(progress);
        auto *undo = progress->findChild<QPushButton *>(u"undoButton"_s);
        QVERIFY(undo->isVisible());
        QVERIFY2(undo->text() == u"&Undo (60 s)"_s || undo->text() == u"&Undo (59 s)"_s,
                 qPrintable(undo->text()));
        QVERIFY(progress->model()
                    ->index(0, FulfillProgressModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(u"Sends in"_s));

        // The progress window does not take the keyboard: Ctrl+Z in the window undoes.
        QVERIFY(QApplication::activeWindow() != progress);
        auto *undoAction = m_window->findChild<QAction *>(u"undoSendingAction"_s);
        QVERIFY(undoAction->isEnabled());
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_services->outbox()->entries().isEmpty());
        QVERIFY(!undoAction->isEnabled());
        QVERIFY(!undo->isVisible());
        QCOMPARE(progress->findChild<QLabel *>(u"progressNote"_s)->text(),
                 u"Undone: nothing was sent to Shopify."_s);
        QCOMPARE(progress->findChild<QLabel *>(u"progressTotals"_s)->text(),
                 u"0 done · 0 failed · 0 left · 1 withdrawn"_s);
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled"_s);

        // The button does the same for the next batch.
        fulfillOne(u"#1004"_s);
        FulfillProgressDialog *second = nullptr;
        for (FulfillProgressDialog *dialog : m_window->findChildren<FulfillProgressDialog *>()) {
            if (dialog != progress)
                second = dialog;
        }
        QVERIFY(second);
        second->findChild<QPushButton *>(u"undoButton"_s)->click();
        QVERIFY(m_services->outbox()->entries().isEmpty());
    }

    void cancelWithdrawsWhatHasNotGone()
    {
        select({u"#1001"_s, u"#1004"_s});
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(visible<FulfillDialog>());
        QTRY_COMPARE(QApplication::activeWindow(), visible<FulfillDialog>());
        pressCtrlReturn();
        QCOMPARE(m_services->outbox()->entries().size(), 2);
        // The sender picks up the first one.
        const auto onItsWay = m_services->outbox()->takeDue(
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(onItsWay);

        FulfillProgressDialog *progress = visible<FulfillProgressDialog>();
        auto *cancel = progress->findChild<QPushButton *>(u"cancelRemainingButton"_s);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(m_services->outbox()->entries().size(), 1);
        QCOMPARE(m_services->outbox()->entries().first().id, onItsWay->id);
        const QString note = progress->findChild<QLabel *>(u"progressNote"_s)->text();
        QVERIFY2(readsAs(note,
                         u"%n shipment(s) withdrawn; %n shipment(s) had already gone to Shopify."_s,
                         1),
                 qPrintable(note));
        QVERIFY(!cancel->isEnabled());

        // What had gone finishes.
        QVERIFY(!m_services->outbox()->finish(*onItsWay, std::nullopt).isError());
        QCOMPARE(progress->findChild<QLabel *>(u"progressTotals"_s)->text(),
                 u"1 done · 0 failed · 0 left · 1 withdrawn"_s);
    }

    void aFailedEntryCanBeRetriedOrDropped()
    {
        fulfillOne(u"#1001"_s);
        const auto sending = m_services->outbox()->takeDue(
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!m_services->outbox()
                     ->markFailed(*sending, u"Line item quantity is invalid."_s)
                     .isError());

        FulfillProgressDialog *progress = visible<FulfillProgressDialog>();
        QCOMPARE(progress->model()->index(0, FulfillProgressModel::StateColumn).data().toString(),
                 u"Failed"_s);
        QCOMPARE(progress->model()->index(0, FulfillProgressModel::MessageColumn).data().toString(),
                 u"Line item quantity is invalid."_s);
        QCOMPARE(progress->findChild<QLabel *>(u"progressTotals"_s)->text(),
                 u"0 done · 1 failed · 0 left"_s);
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled · not sent"_s);
        auto *indicator = m_window->findChild<QToolButton *>(u"outboxIndicator"_s);
        QCOMPARE(indicator->text(), u"1 failed"_s);

        // From the progress window to the outbox panel.
        auto *showOutbox = progress->findChild<QPushButton *>(u"showOutboxButton"_s);
        QVERIFY(showOutbox->isVisible());
        showOutbox->click();
        auto *dock = m_window->findChild<QDockWidget *>(u"outboxDock"_s);
        QVERIFY(dock->isVisible());
        progress->close();
        auto *list = dock->findChild<QTableView *>(u"outboxList"_s);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 3).data().toString(), u"Line item quantity is invalid."_s);
        auto *retry = dock->findChild<QPushButton *>(u"retryButton"_s);
        auto *drop = dock->findChild<QPushButton *>(u"dropButton"_s);
        QVERIFY(!retry->isEnabled()); // nothing selected yet
        QTest::mouseClick(list->viewport(),
                          Qt::LeftButton,
                          {},
                          list->visualRect(list->model()->index(0, 0)).center());
        QVERIFY(retry->isEnabled());
        retry->click();
        QCOMPARE(m_services->outbox()->entries().first().state, OutboxEntry::State::Ready);
        QCOMPARE(indicator->text(), u"1 pending"_s);
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled · sending"_s);

        // Refused again; this time it is dropped, after a question.
        const auto again = m_services->outbox()->takeDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(
            !m_services->outbox()->markFailed(*again, u"Line item quantity is invalid."_s).isError());
        list->selectRow(0);
        QVERIFY(drop->isEnabled());
        drop->click();
        auto *question = m_window->findChild<QMessageBox *>(u"dropConfirmation"_s);
        QVERIFY(question);
        QVERIFY(question->isVisible());
        QCOMPARE(m_services->outbox()->entries().size(), 1); // asked, not yet dropped
        question->findChild<QPushButton *>(u"confirmDropButton"_s)->click();
        QVERIFY(m_services->outbox()->entries().isEmpty());
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!indicator->isVisible());
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled"_s);
    }

    void outboxPanelFromTheKeyboard()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"outboxDock"_s);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(table(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock->isVisible());
        QCOMPARE(QApplication::focusWidget(), dock->findChild<QTableView *>(u"outboxList"_s));
        QTest::keyClick(QApplication::focusWidget(),
                        Qt::Key_O,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
    }

    void partialQuantitiesFromTheDetails()
    {
        select({u"#1001"_s});
        auto *details = m_window->findChild<QWidget *>(u"orderDetails"_s);
        const QList<QSpinBox *> quantities = details->findChildren<QSpinBox *>(u"shipNowQuantity"_s);
        QCOMPARE(quantities.size(), 2);
        QCOMPARE(quantities.at(0)->value(), 1); // what is left, to start with
        QCOMPARE(quantities.at(1)->value(), 2);
        QCOMPARE(quantities.at(1)->maximum(), 2);
        auto *fulfill = details->findChild<QPushButton *>(u"fulfillQuantitiesButton"_s);

        // From the table, Tab goes to the quantities, then on to the button.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), quantities.at(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), quantities.at(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fulfill);

        quantities.at(0)->setFocus();
        quantities.at(0)->selectAll();
        QTest::keyClick(quantities.at(0), Qt::Key_0);
        quantities.at(1)->selectAll();
        QTest::keyClick(quantities.at(1), Qt::Key_1);
        QVERIFY(fulfill->isEnabled());
        // The store changing (an outbox mark elsewhere) keeps what was typed.
        QVERIFY(!m_services->book()->upsert({SampleOrders::make(9)}).isError());
        QCOMPARE(details->findChildren<QSpinBox *>(u"shipNowQuantity"_s).at(1)->value(), 1);

        fulfill->click();
        FulfillDialog *dialog = visible<FulfillDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QVERIFY(readsAs(
            dialog->findChild<QLabel *>(u"fulfillSummary"_s)->text(),
            u"1 order(s) in 1 shipment(s) with %n item(s) will be marked as fulfilled in Shopify."_s,
            1));
        pressCtrlReturn();
        QCOMPARE(m_services->outbox()->entries().size(), 1);
        const QJsonArray byOrder = m_services->outbox()
                                       ->entries()
                                       .first()
                                       .payload.value("variables"_L1)
                                       .toObject()
                                       .value("fulfillment"_L1)
                                       .toObject()
                                       .value("lineItemsByFulfillmentOrder"_L1)
                                       .toArray();
        const QJsonArray lines
            = byOrder.at(0).toObject().value("fulfillmentOrderLineItems"_L1).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value("id"_L1).toString(),
                 u"gid://shopify/FulfillmentOrderLineItem/12"_s);
        QCOMPARE(lines.at(0).toObject().value("quantity"_L1).toInt(), 1);

        // Nothing chosen: nothing to ask for.
        for (QSpinBox *quantity : details->findChildren<QSpinBox *>(u"shipNowQuantity"_s))
            quantity->setValue(0);
        QVERIFY(!fulfill->isEnabled());
    }

    void editTrackingOfAShipment()
    {
        select({u"#1002"_s});
        auto *details = m_window->findChild<QWidget *>(u"orderDetails"_s);
        auto *edit = details->findChild<QPushButton *>(u"editTrackingButton"_s);
        QVERIFY(edit);
        edit->click();
        auto *dialog = visible<EditTrackingDialog>();
        QVERIFY(dialog);
        // A dialog of the window counts as active with it: wait until it has the focus itself.
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto *number = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(number);
        QCOMPARE(number->text(), u"00370712345000000002"_s);
        number->selectAll();
        scan(u"1Z999AA10123456784"_s);
        auto *carrier = dialog->findChild<QComboBox *>(u"trackingCarrier"_s);
        carrier->setFocus(Qt::TabFocusReason);
        carrier->lineEdit()->selectAll();
        QTest::keyClicks(carrier->lineEdit(), u"ups"_s);
        QCOMPARE(carrier->currentText(), u"UPS"_s);
        pressCtrlReturn();
        QVERIFY(!dialog->isVisible());

        const std::optional<OutboxEntry> entry = entryFor(u"gid://shopify/Order/2"_s);
        QVERIFY(entry);
        QCOMPARE(entry->action, OutboxEntry::Action::UpdateTracking);
        const QJsonObject variables = entry->payload.value("variables"_L1).toObject();
        QCOMPARE(variables.value("fulfillmentId"_L1).toString(), u"gid://shopify/Fulfillment/2"_s);
        const QJsonObject tracking = variables.value("trackingInfoInput"_L1).toObject();
        QCOMPARE(tracking.value("company"_L1).toString(), u"UPS"_s);
        QCOMPARE(tracking.value("number"_L1).toString(), u"1Z999AA10123456784"_s);
        QVERIFY(visible<FulfillProgressDialog>());
    }

    void cancelAShipmentAfterSayingWhatHappens()
    {
        select({u"#1002"_s});
        auto *details = m_window->findChild<QWidget *>(u"orderDetails"_s);
        auto *cancel = details->findChild<QPushButton *>(u"cancelShipmentButton"_s);
        QVERIFY(cancel);

        // First thought better of.
        cancel->click();
        auto *question = m_window->findChild<QMessageBox *>(u"cancelShipmentConfirmation"_s);
        QVERIFY(question && question->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), question);
        QVERIFY(question->text().contains(u"#1002-F1"_s));
        const QString consequences = question->informativeText();
        QVERIFY(consequences.contains(u"become unfulfilled again"_s));
        QVERIFY(consequences.contains(u"Shopify makes new fulfillment orders"_s));
        QVERIFY(consequences.contains(u"customer is not told automatically"_s));
        QTest::keyClick(question, Qt::Key_Escape);
        QVERIFY(!question->isVisible());
        QVERIFY(m_services->outbox()->entries().isEmpty());

        cancel->click();
        question = visible<QMessageBox>();
        QVERIFY(question);
        QTRY_COMPARE(QApplication::activeWindow(), question);
        question->findChild<QPushButton *>(u"confirmCancelShipmentButton"_s)->click();
        const std::optional<OutboxEntry> entry = entryFor(u"gid://shopify/Order/2"_s);
        QVERIFY(entry);
        QCOMPARE(entry->action, OutboxEntry::Action::CancelFulfillment);
        QCOMPARE(entry->payload.value("variables"_L1).toObject().value("id"_L1).toString(),
                 u"gid://shopify/Fulfillment/2"_s);

        // A cancelled shipment offers neither.
        select({u"#1007"_s});
        QVERIFY(
            details->findChild<QLabel *>(u"detailsFulfillment"_s)->text().contains(u"#1007-F1"_s));
        QCOMPARE(details->findChild<QPushButton *>(u"editTrackingButton"_s), nullptr);
        QCOMPARE(details->findChild<QPushButton *>(u"cancelShipmentButton"_s), nullptr);
    }
};

QTEST_MAIN(TestFulfillment)
#include "tst_fulfillment.moc"
