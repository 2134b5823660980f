// What the window shows where Shopify sent null (issue 13, point 1): a guest checkout in the
// order table (the ship-to name, else the email, else "No customer"; sorted and searched), the
// details pane of an order without customer, address, SKU or tracking number, and the stock
// table's item without SKU (named by its title, found by it, and not offered as a SKU to
// click). The decisions are listed in docs/shopify-fidelity.md.

#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "ui/models/OrderFilterProxyModel.h"
#include "ui/models/OrderTableModel.h"
#include "ui/models/StockFilterProxyModel.h"
#include "ui/models/StockTableModel.h"
#include "ui/widgets/OrderDetailsPane.h"
#include "ui/widgets/StockPanel.h"

#include "tests/testlib/SampleOrders.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

Order guest(int number, const QString &shipTo, const QString &email)
{
    Order order = SampleOrders::make(number);
    order.customerName.clear(); // Order.customer was null
    order.shippingName = shipTo;
    order.email = email;
    return order;
}

} // namespace

class TestNullDisplay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(u"nulls.sqlite"_s));
        QVERIFY(!m_db->open(m_dir.filePath(u"nulls.sqlite"_s)).isError());
    }
    void cleanup() { m_db.reset(); }

    void orderTableSaysWhoTheOrderIsFor()
    {
        OrderBook book(m_db->connection());
        OrderTableModel model(&book);
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order gift = SampleOrders::make(1);
        gift.customerName = u"Ida Berg"_s;
        gift.shippingName = u"Anna Lindqvist"_s;
        QVERIFY(!book.upsert({gift,
                              guest(2, u"Bo Holm"_s, QString()),
                              guest(3, QString(), u"kasse@example.dk"_s),
                              guest(4, QString(), QString())})
                     .isError());

        auto customer = [&model, &book](int number) {
            return model
                .index(book.rowOf(u"gid://shopify/Order/%1"_s.arg(number)),
                       OrderTableModel::CustomerColumn)
                .data()
                .toString();
        };
        QCOMPARE(customer(1), u"Ida Berg"_s); // the customer, not the ship-to name
        QCOMPARE(customer(2), u"Bo Holm"_s);  // a guest: who it ships to
        QCOMPARE(customer(3), u"kasse@example.dk"_s);
        QCOMPARE(customer(4), u"No customer"_s);

        // The order with no one's name sorts first, not among the N's.
        proxy.sort(OrderTableModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, OrderTableModel::NameColumn).data().toString(), u"#1004"_s);

        // A guest is found by the ship-to name; the search still works for everyone else.
        OrderFilter filter;
        filter.setSearchText(u"bo holm"_s);
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, OrderTableModel::NameColumn).data().toString(), u"#1002"_s);
        filter.setSearchText(u"#1004"_s);
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);

        // The same rows after a restart, read back from the store.
        OrderBook reread(m_db->connection());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.at(reread.rowOf(u"gid://shopify/Order/2"_s)).customerName, u"Bo Holm"_s);
        std::optional<Order> stored;
        QVERIFY(!reread.order(u"gid://shopify/Order/1"_s, &stored).isError());
        QVERIFY(stored);
        QCOMPARE(stored->customerName, u"Ida Berg"_s);
        QCOMPARE(stored->shippingName, u"Anna Lindqvist"_s);
    }

    void detailsPaneSaysWhatIsMissing()
    {
        OrderDetailsPane pane;
        Order order = SampleOrders::make(7, OrderFulfillmentStatus::Fulfilled);
        order.customerName.clear();
        order.email.clear();
        order.shippingName = u"Bo Holm"_s;
        order.lineItems[0].sku.clear(); // a custom item
        order.lineItems[0].variantTitle.clear();
        order.fulfillments[0].location = Location{};
        order.fulfillments[0].tracking
            = {TrackingInfo{QString(), QString(), u"https://tracking.example/parcel"_s},
               TrackingInfo{QString(), u"123456"_s, QString()}};
        pane.showOrder(order);

        const QString summary = pane.findChild<QLabel *>(u"detailsSummary"_s)->text();
        QVERIFY2(summary.contains(u"No customer"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Ship to Bo Holm"_s), qPrintable(summary));
        auto *items = pane.findChild<QTreeWidget *>(u"detailsLineItems"_s);
        QCOMPARE(items->topLevelItem(0)->text(0), u"Uldsokker\nNo SKU"_s);
        const QString shipment = pane.findChild<QLabel *>(u"detailsFulfillment"_s)->text();
        // A link without a number still reads as a link; a number without carrier as tracking.
        QVERIFY2(shipment.contains(u">(no number)</a>"_s), qPrintable(shipment));
        QVERIFY2(shipment.contains(u"Tracking: 123456"_s), qPrintable(shipment));
        QVERIFY2(!shipment.contains(u"From"_s), qPrintable(shipment));

        // A digital order: a customer, no shipping address.
        Order digital = SampleOrders::make(8);
        digital.shippingName.clear();
        pane.showOrder(digital);
        const QString digitalSummary = pane.findChild<QLabel *>(u"detailsSummary"_s)->text();
        QVERIFY(digitalSummary.contains(u"Kunde 8"_s));
        QVERIFY2(digitalSummary.contains(u"No shipping address"_s), qPrintable(digitalSummary));
        QVERIFY(!digitalSummary.contains(u"Ship to"_s));
    }

    void detailsPaneShowsTheShippingMethodAndTheNote()
    {
        OrderDetailsPane pane;
        Order order = SampleOrders::make(9);
        order.shippingMethod = u"PostNord Pakke"_s;
        order.note = u"Gaveindpakning, tak <3\nRing på"_s;
        pane.showOrder(order);
        const QString summary = pane.findChild<QLabel *>(u"detailsSummary"_s)->text();
        QVERIFY2(summary.contains(u"Shipping method: PostNord Pakke"_s), qPrintable(summary));
        // Rich text: the note's own markup characters are shown, not read, and its lines kept.
        QVERIFY2(summary.contains(u"Gaveindpakning, tak &lt;3<br>Ring på"_s), qPrintable(summary));

        order.shippingMethod.clear();
        order.note.clear();
        pane.showOrder(order);
        const QString bare = pane.findChild<QLabel *>(u"detailsSummary"_s)->text();
        QVERIFY2(!bare.contains(u"Shipping method"_s), qPrintable(bare));
        QVERIFY2(!bare.contains(u"Note:"_s), qPrintable(bare));
    }

    void stockTableNamesItemsWithoutSku()
    {
        OrderBook orders(m_db->connection());
        Order order = SampleOrders::make(1);
        order.lineItems[0].sku.clear();
        QVERIFY(!orders.upsert({order}).isError());
        InventoryBook inventory(m_db->connection());
        StockDesk desk(&orders, &inventory);
        StockPanel panel(&desk);
        QAbstractItemModelTester tester(panel.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A tracked item Shopify keeps without SKU (InventoryItem.sku null), and one with.
        InventoryLevel noSku;
        noSku.inventoryItemId = u"gid://shopify/InventoryItem/1"_s;
        noSku.locationId = u"gid://shopify/Location/1"_s;
        noSku.locationName = u"Lager Vejle"_s;
        noSku.policy = InventoryPolicy::Deny;
        noSku.quantities.onHand = 10;
        noSku.quantities.available = 9;
        InventoryLevel withSku = noSku;
        withSku.inventoryItemId = u"gid://shopify/InventoryItem/2"_s;
        withSku.sku = u"SKU-2"_s;
        QVERIFY(!inventory.replaceAll({noSku, withSku}).isError());

        const QAbstractItemModel *view = panel.table()->model();
        QCOMPARE(view->rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < view->rowCount(); ++row)
            shown.append(view->index(row, StockTableModel::Sku).data().toString());
        QVERIFY2(shown.contains(u"(no SKU) Uldsokker"_s), qPrintable(shown.join(u", "_s)));
        const int row = int(shown.indexOf(u"(no SKU) Uldsokker"_s));
        QVERIFY(!view->index(row, StockTableModel::Sku)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"Click"_s)); // nothing to look orders up by
        QCOMPARE(view->index(row, StockTableModel::OnHand).data().toString(), u"10"_s);

        // Found by its title.
        auto *search = panel.findChild<QLineEdit *>(u"stockSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"uldsok"_s);
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, StockTableModel::Sku).data().toString(), u"(no SKU) Uldsokker"_s);

        // The order it belongs to is not held back by it: everything is on the shelf.
        QCOMPARE(desk.readiness(order.id).readiness, ShipReadiness::CanShip);
    }
};

QTEST_MAIN(TestNullDisplay)
#include "tst_nulldisplay.moc"
