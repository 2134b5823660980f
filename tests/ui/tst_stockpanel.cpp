// The stock panel through the real widget: rows per SKU and location sorted by risk, search,
// the threshold, a click asking for the SKU's orders, and a fulfilment moving the numbers
// without a reset. QAbstractItemModelTester watches the model and the proxy throughout.

#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "ui/models/OrderTableModel.h"
#include "ui/models/StatusCountModel.h"
#include "ui/models/StockFilterProxyModel.h"
#include "ui/models/StockTableModel.h"
#include "ui/widgets/StockPanel.h"

#include "tests/testlib/SampleOrders.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

InventoryLevel level(int item, int onHand, int committed, bool tracked = true)
{
    InventoryLevel l;
    l.inventoryItemId = u"gid://shopify/InventoryItem/%1"_s.arg(item);
    l.locationId = u"gid://shopify/Location/1"_s;
    l.locationName = u"Lager Vejle"_s;
    l.sku = u"SKU-%1"_s.arg(item);
    l.tracked = tracked;
    l.policy = InventoryPolicy::Deny;
    l.quantities.onHand = onHand;
    l.quantities.committed = committed;
    l.quantities.available = onHand - committed;
    return l;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestStockPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(u"panel.sqlite"_s));
        QVERIFY(!m_db->open(m_dir.filePath(u"panel.sqlite"_s)).isError());
    }
    void cleanup() { m_db.reset(); }

    void panelShowsStockSortedByRiskAndFollowsChanges()
    {
        // GIVEN two open orders (each wants 1 of SKU-1 and 2 of SKU-2), no stock read yet
        OrderBook orders(m_db->connection());
        QVERIFY(!orders.upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
        InventoryBook inventory(m_db->connection());
        StockDesk desk(&orders, &inventory);
        StockPanel panel(&desk);
        QAbstractItemModelTester modelTester(panel.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        StatusCountModel counts(&orders);
        OrderTableModel table(&orders);
        QAbstractItemModelTester countsTester(&counts,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QCOMPARE(panel.proxy()->rowCount(), 0);
        QCOMPARE(counts.rowOf(OrderView::readyToShip()), -1); // nothing to say before stock was read

        // WHEN the stock is read: SKU-2 has 3 on the shelf for 4 wanted, SKU-1 plenty, SKU-3 untracked
        QVERIFY(!inventory.replaceAll({level(1, 10, 2), level(2, 3, 4), level(3, 0, 0, false)})
                     .isError());

        // THEN the worst comes first, with its text and icon
        const QAbstractItemModel *view = panel.table()->model();
        QCOMPARE(view->rowCount(), 3);
        QCOMPARE(cell(view, 0, StockTableModel::Sku), u"SKU-2"_s);
        QCOMPARE(cell(view, 0, StockTableModel::Risk), u"Oversold"_s);
        QVERIFY(
            !view->index(0, StockTableModel::Risk).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(view, 0, StockTableModel::Demand), u"4"_s);
        QCOMPARE(cell(view, 0, StockTableModel::Available), u"-1"_s);
        QCOMPARE(cell(view, 1, StockTableModel::Sku), u"SKU-1"_s);
        QCOMPARE(cell(view, 1, StockTableModel::Risk), u"OK"_s);
        QCOMPARE(cell(view, 2, StockTableModel::Risk), u"Not tracked"_s);
        QCOMPARE(cell(view, 2, StockTableModel::OnHand),
                 u"\u2013"_s); // untracked numbers mean nothing

        // and the orders know: #1001 can ship, #1002 is short of SKU-2
        const int second = orders.rowOf(u"gid://shopify/Order/2"_s);
        QCOMPARE(table.index(second, OrderTableModel::StockColumn).data().toString(),
                 u"Ships partly"_s);
        QVERIFY(table.index(second, OrderTableModel::StockColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"SKU-2"_s));
        QCOMPARE(counts.countOf(OrderView::readyToShip()), 1);
        QCOMPARE(counts.countOf(OrderView::blockedByStock()), 1);
        QVERIFY(counts.rowOf(OrderView::readyToShip()) > 0);

        // WHEN searching
        auto *search = panel.findChild<QLineEdit *>(u"stockSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"sku-1"_s);
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(cell(view, 0, StockTableModel::Sku), u"SKU-1"_s);
        search->clear();
        QCOMPARE(view->rowCount(), 3);

        // WHEN the threshold goes up, SKU-1 (8 available) is at risk
        auto *threshold = panel.findChild<QSpinBox *>(u"stockThreshold"_s);
        QVERIFY(threshold);
        threshold->setValue(8);
        QCOMPARE(cell(view, 1, StockTableModel::Sku), u"SKU-1"_s);
        QCOMPARE(cell(view, 1, StockTableModel::Risk), u"At risk"_s);
        threshold->setValue(2);

        // WHEN a SKU is clicked, the panel asks for its orders
        QSignalSpy activated(&panel, &StockPanel::skuActivated);
        const QRect rect = panel.table()->visualRect(view->index(0, StockTableModel::Location));
        QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"SKU-2"_s);

        // WHEN #1001 ships and its items are read again: on hand and committed go down, rows
        // change in place (no reset), and #1002 can ship now
        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        QVERIFY(
            !orders.upsert({SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled)}).isError());
        QVERIFY(!inventory
                     .replaceItems({u"gid://shopify/InventoryItem/1"_s,
                                    u"gid://shopify/InventoryItem/2"_s},
                                   {level(1, 9, 1), level(2, 2, 2)})
                     .isError());
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(view->rowCount(), 3);
        int sku2 = -1;
        for (int row = 0; row < view->rowCount(); ++row) {
            if (cell(view, row, StockTableModel::Sku) == u"SKU-2"_s)
                sku2 = row;
        }
        QVERIFY(sku2 >= 0);
        QCOMPARE(cell(view, sku2, StockTableModel::OnHand), u"2"_s);
        QCOMPARE(cell(view, sku2, StockTableModel::Committed), u"2"_s);
        QCOMPARE(cell(view, sku2, StockTableModel::Demand), u"2"_s);
        QCOMPARE(table.index(orders.rowOf(u"gid://shopify/Order/2"_s), OrderTableModel::StockColumn)
                     .data()
                     .toString(),
                 u"Can ship"_s);
    }
};

QTEST_MAIN(TestStockPanel)
#include "tst_stockpanel.moc"
