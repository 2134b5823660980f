#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/models/OrderTableModel.h"

#include "tests/testlib/SampleOrders.h"
#include "tests/ui/UiSamples.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kFirst = SampleOrders::make(1).id;

} // namespace

// Another station's claims as the window shows them (issue 15, point 3): in the table and the
// details pane, with the station, its packer and how long; the fulfil dialog claims its
// order, asks before taking one over, and stops when the claim is lost or a hold arrives.
// The other station is a second ShopServices on the same file, as a second process would be.
class TestClaims final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services; // this station, with the window
    std::unique_ptr<ShopServices> m_other;    // Station 2 (Anna)
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

    QString statusText(const QString &name) const
    {
        return rowOf(name).siblingAtColumn(OrderTableModel::FulfillmentColumn).data().toString();
    }

    void select(const QString &name)
    {
        const QModelIndex index = rowOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        QTest::mouseClick(table()->viewport(),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          table()->visualRect(index).center());
        QCoreApplication::processEvents();
    }

    template<typename Widget>
    Widget *visible(const QString &objectName = {}) const
    {
        const QList<Widget *> widgets = m_window->findChildren<Widget *>(objectName);
        for (Widget *widget : widgets) {
            if (widget->isVisible())
                return widget;
        }
        return nullptr;
    }

    // Moves when the other station's claims were taken by `ms` into the past.
    void age(qint64 ms)
    {
        Database db;
        QVERIFY(!db.open(StoreLocation::file(m_dir.filePath(u"c.sqlite"_s))).isError());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE leases SET taken_at = taken_at - %1"_s.arg(ms)));
    }

    // The seconds in "Packing at ..., 8 s"; -1 when the text has none.
    static int seconds(const QString &text)
    {
        const QRegularExpressionMatch match = QRegularExpression(u", (\\d+) s$"_s).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // Opens the fulfil dialog of the order (claiming it) with Ctrl+Return.
    FulfillDialog *openFulfil(const QString &name)
    {
        select(name);
        auto *fulfill = m_window->findChild<QAction *>(u"fulfillAction"_s);
        if (!fulfill || !fulfill->isEnabled())
            return nullptr;
        fulfill->trigger();
        return visible<FulfillDialog>();
    }

private slots:
    void init()
    {
        const QString file = m_dir.filePath(u"c.sqlite"_s);
        QFile::remove(file);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(file),
                             StockRiskRules(),
                             {u"Station 1"_s, {}}})
                     .isError());
        QVERIFY(
            !m_services->book()->upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        m_other = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_other
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(file),
                             StockRiskRules(),
                             {u"Station 2"_s, u"Anna"_s}})
                     .isError());
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
        m_other.reset();
        m_services.reset();
        m_network.reset();
    }

    void theTableAndTheDetailsShowWhoPacksAnOrderAndForHowLong()
    {
        new QAbstractItemModelTester(table()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
        select(u"#1001"_s);
        auto *details = m_window->findChild<QLabel *>(u"detailsClaim"_s);
        QVERIFY(details);
        QVERIFY(!details->isVisible());
        QCOMPARE(statusText(u"#1001"_s), u"Unfulfilled"_s);

        QCOMPARE(m_other->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        age(8000); // Anna opened it eight seconds ago
        // The window reads other stations' claims every second.
        QTRY_VERIFY(statusText(u"#1001"_s)
                        .startsWith(u"Unfulfilled · Packing at Station 2 "
                                    "(Anna), "_s));
        const int shown = seconds(statusText(u"#1001"_s));
        QVERIFY2(shown >= 8, qPrintable(statusText(u"#1001"_s)));
        QVERIFY(rowOf(u"#1001"_s)
                    .siblingAtColumn(OrderTableModel::FulfillmentColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Station 2 (Anna) is packing this order."_s));
        QCOMPARE(statusText(u"#1002"_s), u"Unfulfilled"_s);
        QTRY_VERIFY(details->isVisible());
        QVERIFY2(details->text().contains(u"Packing at Station 2 (Anna), "_s),
                 qPrintable(details->text()));

        // The seconds count up while it is held.
        QTRY_VERIFY(seconds(statusText(u"#1001"_s)) > shown);
        QTRY_VERIFY(seconds(details->text().remove(u"</b>"_s)) > shown);

        // Let go, the order reads as before.
        QVERIFY(!m_other->claims()->release(kFirst).isError());
        QTRY_COMPARE(statusText(u"#1001"_s), u"Unfulfilled"_s);
        QTRY_VERIFY(!details->isVisible());
    }

    void aStationWithoutAPackerIsNamedAlone()
    {
        m_other.reset();
        m_other = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_other
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(u"c.sqlite"_s)),
                             StockRiskRules(),
                             {u"Back room"_s, {}}})
                     .isError());
        QCOMPARE(m_other->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        QTRY_VERIFY(statusText(u"#1001"_s).startsWith(u"Unfulfilled · Packing at Back room, "_s));
    }

    void fulfillingAClaimedOrderAsksBeforeTakingItOver()
    {
        QCOMPARE(m_other->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);

        // Left there: no dialog, nothing claimed here.
        QVERIFY(!openFulfil(u"#1001"_s));
        auto *box = visible<QMessageBox>(u"takeOverConfirmation"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), u"Take over from Station 2 (Anna)?"_s);
        QVERIFY2(box->informativeText().startsWith(u"#1001: Packing at Station 2 (Anna), "_s),
                 qPrintable(box->informativeText()));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!visible<QMessageBox>(u"takeOverConfirmation"_s));
        QVERIFY(!visible<FulfillDialog>());
        QVERIFY(!m_services->claims()->holds(kFirst));
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());

        // Taken over: the dialog opens with the order claimed here, and the other station
        // learns it lost it.
        QVERIFY(!openFulfil(u"#1001"_s));
        box = visible<QMessageBox>(u"takeOverConfirmation"_s);
        QVERIFY(box);
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"order #1001 taken over by Station 1 from "
                                                "Station 2 \\(Anna\\)"_s));
        box->findChild<QPushButton *>(u"confirmTakeOverButton"_s)->click();
        FulfillDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visible<FulfillDialog>()));
        QVERIFY(m_services->claims()->holds(kFirst));
        QSignalSpy lost(m_other->claims(), &OrderClaims::lost);
        QVERIFY(!m_other->claims()->refresh().isError());
        QCOMPARE(lost.size(), 1);

        // Confirmed: queued here, and the claim goes with the dialog.
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!visible<FulfillDialog>());
        QCOMPARE(m_services->outbox()->pendingOrderIds(), QSet<QString>{kFirst});
        QTRY_VERIFY(!m_services->claims()->holds(kFirst));
    }

    void theDialogStopsWhenAnotherStationTakesTheOrderOver()
    {
        FulfillDialog *dialog = openFulfil(u"#1001"_s);
        QVERIFY(dialog);
        QVERIFY(m_services->claims()->holds(kFirst));
        QCOMPARE(m_other->claims()->takeOver(kFirst).result, OrderClaims::Result::Claimed);
        // Within a second the window reads that it lost the order.
        QTRY_VERIFY(!visible<FulfillDialog>());
        auto *problem = visible<QMessageBox>(u"problemMessage"_s);
        QVERIFY(problem);
        QCOMPARE(problem->text(),
                 u"Station 2 (Anna) took over #1001, so nothing was fulfilled here."_s);
        QCOMPARE(m_services->outbox()->pendingCount(), 0);
        // The other station keeps it.
        bool held = false;
        QVERIFY(!m_other->claims()->stillHolds(kFirst, &held).isError());
        QVERIFY(held);
    }

    void theDialogStopsWhenASyncBringsAHold()
    {
        QVERIFY(openFulfil(u"#1001"_s));
        QVERIFY(!m_services->book()->upsert({UiSamples::onHold(1)}).isError());
        QTRY_VERIFY(!visible<FulfillDialog>());
        auto *problem = visible<QMessageBox>(u"problemMessage"_s);
        QVERIFY(problem);
        QCOMPARE(problem->text(),
                 u"#1001 cannot be fulfilled now: it was put on hold (a sync just brought the "
                 "change). Nothing was fulfilled here."_s);
        QVERIFY(!m_services->claims()->holds(kFirst));
        QCOMPARE(m_services->outbox()->pendingCount(), 0);
    }
};

QTEST_MAIN(TestClaims)
#include "tst_claims.moc"
