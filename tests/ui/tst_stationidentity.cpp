#include "core/model/StationNaming.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/dialogs/SettingsDialog.h"

#include "tests/testlib/SampleOrders.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const StationIdentity kStation2{u"Station 2"_s, u"Anna"_s};

} // namespace

// The station's identity in the window: its name and packer in the status bar, the packer
// changed with Ctrl+Shift+P and both in Preferences, and each fulfilment made from the window
// recorded with them and shown in the order's details. Nothing is sent (no sender): where a
// test needs an entry done, it plays the sender.
class TestStationIdentity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"orderTable"_s); }
    QToolButton *indicator() const
    {
        return m_window->findChild<QToolButton *>(u"stationIndicator"_s);
    }
    QLabel *packingLabel() const { return m_window->findChild<QLabel *>(u"detailsPacking"_s); }

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

    void select(const QString &name)
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name) {
                QTest::mouseClick(table()->viewport(),
                                  Qt::LeftButton,
                                  Qt::NoModifier,
                                  table()->visualRect(model->index(row, 0)).center());
                QCoreApplication::processEvents(); // the actions follow the selection
                return;
            }
        }
        QFAIL(qPrintable(name));
    }

    // Selects the order and fulfils it with Ctrl+Return twice: opened, confirmed.
    void fulfil(const QString &name)
    {
        // After another dialog the window has to be active again (the test platform has no
        // window manager to do it).
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        select(name);
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        FulfillDialog *dialog = visible<FulfillDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog->isVisible());
    }

    QList<PackingRecord> recordsOf(const QString &orderId) const
    {
        QList<PackingRecord> records;
        if (m_services->packingHistory()->forOrder(orderId, &records).isError())
            return {PackingRecord{}};
        return records;
    }

    // Opens the packer's dialog with the keys and answers it.
    void answerPacker(const QString &typed)
    {
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = visible<QInputDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"packerDialog"_s);
        QCOMPARE(dialog->textValue(), m_window->station().packer); // starts from the current one
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->maxLength(), int(StationNaming::kMaxLength));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"s.sqlite"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(u"s.sqlite"_s)),
                             StockRiskRules(),
                             kStation2})
                     .isError());
        QVERIFY(!m_services->book()
                     ->upsert({SampleOrders::make(1),
                               SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                               SampleOrders::make(4)})
                     .isError());
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        m_window = std::make_unique<MainWindow>(m_services->book(),
                                                m_services->sync(),
                                                m_services->outbox(),
                                                m_services->desk(),
                                                FulfillmentSettings());
        // As the desk wires it (DeskSession): names changed in the window count from then on.
        m_window->setStation(m_services->station());
        m_window->setPackingHistory(m_services->packingHistory());
        connect(m_window.get(),
                &MainWindow::stationChanged,
                m_window.get(),
                [this](const StationIdentity &who) { m_services->setStation(who); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_network.reset();
    }

    void theStatusBarShowsTheStationAndItsPacker()
    {
        QVERIFY(indicator()->isVisible());
        QCOMPARE(indicator()->text(), u"Station 2 · Anna"_s);
        m_window->setStation({u"Bench"_s, QString()});
        QCOMPARE(indicator()->text(), u"Bench · no packer named"_s);
    }

    void aFulfilmentFromTheWindowIsRecordedAndShownInTheDetails()
    {
        const QString orderId = SampleOrders::make(1).id;
        fulfil(u"#1001"_s);
        const QList<PackingRecord> records = recordsOf(orderId);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().who, kStation2);
        const QString when = DisplayFormat::dateTime(records.first().at);
        QVERIFY(!when.isEmpty());
        // The details of the order say so: still on its way, then sent.
        QTRY_VERIFY(packingLabel()->isVisible());
        QCOMPARE(packingLabel()->text(),
                 u"Fulfilled at Station 2 by Anna, %1 (sending)"_s.arg(when));
        const std::optional<OutboxEntry> taken = m_services->outbox()->takeDue(
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(taken);
        QVERIFY(!m_services->outbox()->finish(*taken, std::nullopt).isError());
        QTRY_COMPARE(packingLabel()->text(), u"Fulfilled at Station 2 by Anna, %1"_s.arg(when));

        // An order nobody packed here shows no history.
        select(u"#1004"_s);
        QTRY_VERIFY(!packingLabel()->isVisible());
    }

    void ctrlShiftPChangesThePacker()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::stationChanged);
        answerPacker(u"  Bo  "_s);
        QCOMPARE(changed.size(), 1);
        const StationIdentity bo{u"Station 2"_s, u"Bo"_s};
        QCOMPARE(changed.first().first().value<StationIdentity>(), bo);
        QCOMPARE(m_window->station(), bo);
        QCOMPARE(indicator()->text(), u"Station 2 · Bo"_s);

        // What is fulfilled from now on is Bo's.
        fulfil(u"#1004"_s);
        QCOMPARE(recordsOf(SampleOrders::make(4).id).size(), 1);
        QCOMPARE(recordsOf(SampleOrders::make(4).id).first().who, bo);
        QTRY_VERIFY(packingLabel()->text().startsWith(u"Fulfilled at Station 2 by Bo, "_s));

        // Nobody named: the station alone.
        answerPacker(QString());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(indicator()->text(), u"Station 2 · no packer named"_s);
        fulfil(u"#1001"_s);
        QCOMPARE(recordsOf(SampleOrders::make(1).id).size(), 1);
        QCOMPARE(recordsOf(SampleOrders::make(1).id).first().who,
                 (StationIdentity{u"Station 2"_s, QString()}));
        QTRY_VERIFY(packingLabel()->text().startsWith(u"Fulfilled at Station 2, "_s));

        // The same name again changes nothing.
        m_window->activateWindow();
        indicator()->click(); // the status bar opens the same dialog
        auto *dialog = visible<QInputDialog>();
        QVERIFY(dialog);
        dialog->accept();
        QCOMPARE(changed.size(), 2);
    }

    void preferencesNameTheStation()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::stationChanged);
        m_window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = visible<SettingsDialog>();
        QVERIFY(dialog);
        auto *station = dialog->findChild<QLineEdit *>(u"stationName"_s);
        auto *packer = dialog->findChild<QLineEdit *>(u"packerName"_s);
        QCOMPARE(station->text(), u"Station 2"_s);
        QCOMPARE(packer->text(), u"Anna"_s);
        // The computer's name is what an empty field means.
        QCOMPARE(station->placeholderText(), StationNaming::defaultStationName());
        QCOMPARE(station->maxLength(), int(StationNaming::kMaxLength));
        // Each field has a key of its own in the dialog.
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QVERIFY(station->hasFocus());
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QVERIFY(packer->hasFocus());
        station->clear();
        packer->setText(u" Carl "_s);
        dialog->accept();
        QCOMPARE(changed.size(), 1);
        const StationIdentity expected{StationNaming::defaultStationName(), u"Carl"_s};
        QCOMPARE(m_window->station(), expected);
        QCOMPARE(m_services->station(), expected);
        QCOMPARE(indicator()->text(), StationNaming::defaultStationName() + u" · Carl"_s);
    }
};

QTEST_MAIN(TestStationIdentity)
#include "tst_stationidentity.moc"
