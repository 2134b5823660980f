#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/OrderDetailsPane.h"
#include "ui/widgets/StatusSidebar.h"

#include "tests/testlib/SampleOrders.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The window driven like a person would: typing in the search field, choosing a status in
// the sidebar with the keyboard, moving through the table and reading the details pane.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("orderTable"));
    }
    QLineEdit *search() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    StatusSidebar *sidebar() const
    {
        return m_window->findChild<StatusSidebar *>(QStringLiteral("statusSidebar"));
    }

    QStringList visibleOrderNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        names.sort();
        return names;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite")));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(QStringLiteral("w.sqlite"))),
                             StockRiskRules(),
                             {}})
                     .isError());
        Order weiss = SampleOrders::make(3, OrderFulfillmentStatus::OnHold);
        weiss.customerName = QStringLiteral("Jürgen Weiß");
        QVERIFY(!m_services->book()
                     ->upsert({SampleOrders::make(1),
                               SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                               weiss,
                               SampleOrders::make(4),
                               SampleOrders::make(5, OrderFulfillmentStatus::Scheduled)})
                     .isError());
        m_window = std::make_unique<MainWindow>(m_services->book(),
                                                m_services->sync(),
                                                m_services->outbox(),
                                                m_services->desk(),
                                                FulfillmentSettings());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_network.reset();
    }

    void showsEveryOrderAtStart()
    {
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table()->model()->rowCount(), 5);
    }

    void typingNarrowsTheTable()
    {
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search()->hasFocus());
        QTest::keyClicks(search(), QStringLiteral("weiß"));
        QCOMPARE(visibleOrderNames(), QStringList{QStringLiteral("#1003")});
        search()->clear();
        QTest::keyClicks(search(), QStringLiteral("SKU-2"));
        QCOMPARE(table()->model()->rowCount(), 5);
        search()->clear();
        QTest::keyClicks(search(), QStringLiteral("00370712345000000002")); // tracking number
        QCOMPARE(visibleOrderNames(), QStringList{QStringLiteral("#1002")});
        QTest::keyClick(search(), Qt::Key_Escape);
        QCOMPARE(search()->text(), QString());
        QCOMPARE(table()->model()->rowCount(), 5);
        QVERIFY(table()->hasFocus());
    }

    void choosingAStatusNarrowsTheTable()
    {
        sidebar()->setFocus();
        QTest::keyClick(sidebar(), Qt::Key_Down); // All orders -> Unfulfilled
        QCOMPARE(sidebar()->currentView(), OrderView::ofStatus(OrderFulfillmentStatus::Unfulfilled));
        QCOMPARE(visibleOrderNames(),
                 (QStringList{QStringLiteral("#1001"), QStringLiteral("#1004")}));

        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier); // Scheduled
        QCOMPARE(visibleOrderNames(), QStringList{QStringLiteral("#1005")});

        // Status and search together.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClicks(search(), QStringLiteral("kunde4"));
        QCOMPARE(visibleOrderNames(), QStringList{QStringLiteral("#1004")});

        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(visibleOrderNames(), QStringList{QStringLiteral("#1004")});
    }

    void countsFollowNewOrders()
    {
        const QAbstractItemModel *counts = sidebar()->model();
        auto unfulfilledText = [counts] {
            for (int row = 0; row < counts->rowCount(); ++row) {
                if (counts->index(row, 0).data().toString() == QStringLiteral("Unfulfilled"))
                    return counts->index(row, 0).data(Qt::UserRole + 1).toInt();
            }
            return -1;
        };
        QCOMPARE(unfulfilledText(), 2);
        QVERIFY(!m_services->book()->upsert({SampleOrders::make(6)}).isError());
        QCOMPARE(unfulfilledText(), 3);
    }

    void detailsFollowTheCurrentRow()
    {
        auto *details = m_window->findChild<OrderDetailsPane *>(QStringLiteral("orderDetails"));
        QVERIFY(details);
        QTest::keyClicks(search(), QStringLiteral("#1003"));
        QTest::keyClick(search(), Qt::Key_Down);
        QVERIFY(table()->hasFocus());
        QCOMPARE(details->currentOrderId(), QStringLiteral("gid://shopify/Order/3"));
        auto *title = details->findChild<QLabel *>(QStringLiteral("detailsTitle"));
        QCOMPARE(title->text(), QStringLiteral("#1003"));
        auto *items = details->findChild<QTreeWidget *>(QStringLiteral("detailsLineItems"));
        QCOMPARE(items->topLevelItemCount(), 2);
        QVERIFY(items->topLevelItem(1)->text(0).contains(QStringLiteral("SKU-2")));
        QCOMPARE(items->topLevelItem(1)->text(3), QStringLiteral("2")); // remaining
        auto *fos = details->findChild<QLabel *>(QStringLiteral("detailsFulfillmentOrders"));
        QVERIFY(fos->text().contains(QStringLiteral("Lager Vejle")));

        // The shown order changes in the store: the pane follows.
        QVERIFY(!m_services->book()
                     ->upsert({SampleOrders::make(3, OrderFulfillmentStatus::Fulfilled)})
                     .isError());
        auto *shipment = details->findChild<QLabel *>(QStringLiteral("detailsFulfillment"));
        QVERIFY(shipment->text().contains(QStringLiteral("00370712345000000003")));
    }

    // A row the first sync only listed is shown, says its items are still coming, and cannot
    // be fulfilled until it is read whole; then it can, without touching the selection.
    void aListedOrderIsFulfilledOnceReadWhole()
    {
        Order listed = SampleOrders::make(7);
        const int items = listed.itemCount();
        listed.lineItems.clear();
        listed.fulfillmentOrders.clear();
        listed.detailsPending = true;
        listed.listedItemCount = items;
        QVERIFY(!m_services->book()->upsert({listed}).isError());
        QTest::keyClicks(search(), QStringLiteral("#1007"));
        QTest::keyClick(search(), Qt::Key_Down);
        QCOMPARE(table()->model()->rowCount(), 1);
        const QModelIndex row = table()->model()->index(0, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("#1007"));
        QString status;
        for (int column = 0; column < table()->model()->columnCount(); ++column) {
            const QString text = table()->model()->index(0, column).data().toString();
            if (text.contains(QStringLiteral("reading items")))
                status = text;
        }
        QCOMPARE(status, QStringLiteral("Unfulfilled · reading items"));
        auto *details = m_window->findChild<OrderDetailsPane *>(QStringLiteral("orderDetails"));
        auto *fos = details->findChild<QLabel *>(QStringLiteral("detailsFulfillmentOrders"));
        QCOMPARE(fos->text(), QStringLiteral("Still being read from Shopify"));
        auto *fulfil = m_window->findChild<QAction *>(QStringLiteral("fulfillAction"));
        QTRY_VERIFY(!fulfil->isEnabled());

        QVERIFY(!m_services->book()->upsert({SampleOrders::make(7)}).isError());
        QTRY_VERIFY(fulfil->isEnabled());
        QVERIFY(fos->text().contains(QStringLiteral("Lager Vejle")));
    }

    void preferencesChangeHowTheWindowFulfills()
    {
        qRegisterMetaType<FulfillmentSettings>();
        qRegisterMetaType<SyncSettings>();
        QSignalSpy changed(m_window.get(), &MainWindow::preferencesChanged);
        FulfillmentSettings fulfillment;
        fulfillment.shopCountry = QStringLiteral("DK");
        SyncSettings sync;
        sync.interval = std::chrono::minutes(7);
        m_window->setPreferences(fulfillment, sync);

        // Ctrl+, opens Preferences with the values the window was given.
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("syncInterval"))->value(), 7);
        auto *notify = dialog->findChild<QCheckBox *>(QStringLiteral("notifyByDefault"));
        QVERIFY(!notify->isChecked());
        notify->click();
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        const auto applied = changed.first().at(0).value<FulfillmentSettings>();
        QCOMPARE(applied.notifyByDefault, NotifyCustomer::Yes);
        QCOMPARE(applied.shopCountry, QStringLiteral("DK"));
        QCOMPARE(changed.first().at(1).value<SyncSettings>().interval, std::chrono::minutes(7));
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        // The window gets the keyboard back (a window manager would do this; offscreen does not).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // The next fulfilment starts from the new choice.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // Unfulfilled
        table()->setFocus();
        table()->selectRow(0);
        QCoreApplication::processEvents(); // the actions follow the selection a moment later
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        auto *fulfill = m_window->findChild<FulfillDialog *>();
        QVERIFY(fulfill);
        QVERIFY(fulfill->findChild<QCheckBox *>(QStringLiteral("notifyCustomer"))->isChecked());
        fulfill->reject();
    }

    void preferencesChangeThePackingStation()
    {
        qRegisterMetaType<PackSettings>();
        QSignalSpy changed(m_window.get(), &MainWindow::packSettingsChanged);
        PackSettings pack;
        pack.volumePercent = 40;
        m_window->setPackSettings(pack);

        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // The location the orders ship from is offered, after "the first that ships".
        auto *location = dialog->findChild<QComboBox *>(QStringLiteral("packLocation"));
        QVERIFY(location);
        const int vejle = location->findText(QStringLiteral("Lager Vejle"));
        QVERIFY2(vejle > 0, qPrintable(QString::number(location->count())));
        location->setCurrentIndex(vejle);
        dialog->findChild<QCheckBox *>(QStringLiteral("fulfilOnLabel"))->click();
        QTest::keyClick(dialog, Qt::Key_Return);

        QCOMPARE(changed.count(), 1);
        const auto applied = changed.first().at(0).value<PackSettings>();
        QCOMPARE(applied.locationId, QStringLiteral("gid://shopify/Location/1"));
        QVERIFY(applied.fulfilOnLabel);
        QCOMPARE(applied.volumePercent, 40); // what the window was given, untouched
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

        // Nothing changed: nothing to keep.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
    }

    void packModeGivesTheOrderTheWindowsHeight()
    {
        auto *outbox = m_window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
        QVERIFY(outbox);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(outbox->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QVERIFY(m_window->isPackMode());
        QVERIFY(!outbox->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QVERIFY(!m_window->isPackMode());
        QVERIFY(outbox->isVisible()); // back as the desk left it
    }

    void connectAnotherShopIsAskedFor()
    {
        QSignalSpy asked(m_window.get(), &MainWindow::connectRequested);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("connectShopAction"));
        QVERIFY(action);
        QVERIFY(action->text().endsWith(QStringLiteral("...")));
        action->trigger();
        QCOMPARE(asked.count(), 1);

        // From Preferences too, which closes first (and is deleted: the window opens it with
        // WA_DeleteOnClose, so only a QPointer may look at it afterwards).
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        const QPointer<SettingsDialog> dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(asked.count(), 2);
        QVERIFY(!dialog || !dialog->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
