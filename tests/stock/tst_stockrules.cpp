// The stock rules on hand-made cases: the risk of an inventory level, and which orders the
// shelf can serve when stock goes to the oldest orders first, per location.

#include "core/stock/StockAllocation.h"
#include "core/stock/StockReport.h"
#include "core/stock/StockRisk.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kWarehouse = u"gid://shopify/Location/1"_s;
const QString kShop = u"gid://shopify/Location/2"_s;

InventoryLevel level(const QString &item,
                     const QString &location,
                     int onHand,
                     int committed,
                     InventoryPolicy policy = InventoryPolicy::Deny,
                     bool tracked = true)
{
    InventoryLevel l;
    l.inventoryItemId = item;
    l.locationId = location;
    l.locationName = location == kWarehouse ? u"Warehouse"_s : u"Shop"_s;
    l.sku = item.toUpper();
    l.tracked = tracked;
    l.policy = policy;
    l.quantities.onHand = onHand;
    l.quantities.committed = committed;
    l.quantities.available = onHand - committed;
    return l;
}

DemandLine line(int order,
                qint64 createdAtMs,
                const QString &item,
                const QString &location,
                int quantity,
                bool fulfillable = true)
{
    DemandLine d;
    d.orderId = u"gid://shopify/Order/%1"_s.arg(order);
    d.orderName = u"#%1"_s.arg(order);
    d.orderNumber = order;
    d.createdAtMs = createdAtMs;
    d.locationId = location;
    d.locationName = location == kWarehouse ? u"Warehouse"_s : u"Shop"_s;
    d.inventoryItemId = item;
    d.sku = item.toUpper();
    d.title = u"Title of "_s + item;
    d.quantity = quantity;
    d.fulfillable = fulfillable;
    return d;
}

QString order(int number)
{
    return u"gid://shopify/Order/%1"_s.arg(number);
}

} // namespace

class TestStockRules final : public QObject
{
    Q_OBJECT

private slots:
    void risk_data()
    {
        QTest::addColumn<InventoryLevel>("level");
        QTest::addColumn<int>("demand");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<StockRisk>("risk");
        QTest::newRow("plenty") << level(u"a"_s, kWarehouse, 20, 2) << 2 << 2 << StockRisk::Ok;
        QTest::newRow("available below zero")
            << level(u"a"_s, kWarehouse, 3, 5) << 3 << 2 << StockRisk::Oversold;
        QTest::newRow("demand above on hand")
            << level(u"a"_s, kWarehouse, 3, 0) << 4 << 2 << StockRisk::Oversold;
        QTest::newRow("demand equals on hand")
            << level(u"a"_s, kWarehouse, 10, 0) << 10 << 2 << StockRisk::Ok;
        QTest::newRow("available at threshold")
            << level(u"a"_s, kWarehouse, 4, 2) << 2 << 2 << StockRisk::AtRisk;
        QTest::newRow("available zero")
            << level(u"a"_s, kWarehouse, 2, 2) << 2 << 2 << StockRisk::AtRisk;
        QTest::newRow("above threshold")
            << level(u"a"_s, kWarehouse, 5, 2) << 2 << 2 << StockRisk::Ok;
        QTest::newRow("threshold configurable")
            << level(u"a"_s, kWarehouse, 5, 2) << 2 << 3 << StockRisk::AtRisk;
        QTest::newRow("CONTINUE, low stock")
            << level(u"a"_s, kWarehouse, 6, 2, InventoryPolicy::Continue) << 2 << 2
            << StockRisk::AtRisk;
        QTest::newRow("CONTINUE, plenty")
            << level(u"a"_s, kWarehouse, 30, 2, InventoryPolicy::Continue) << 2 << 2
            << StockRisk::Ok;
        QTest::newRow("DENY, same stock")
            << level(u"a"_s, kWarehouse, 6, 2) << 2 << 2 << StockRisk::Ok;
        QTest::newRow("CONTINUE sold below zero")
            << level(u"a"_s, kWarehouse, 0, 3, InventoryPolicy::Continue) << 3 << 2
            << StockRisk::Oversold;
        QTest::newRow("untracked, whatever the numbers")
            << level(u"a"_s, kWarehouse, 0, 5, InventoryPolicy::Deny, false) << 5 << 2
            << StockRisk::Untracked;
    }
    void risk()
    {
        QFETCH(InventoryLevel, level);
        QFETCH(int, demand);
        QFETCH(int, threshold);
        QFETCH(StockRisk, risk);
        StockRiskRules rules;
        rules.threshold = threshold;
        QCOMPARE(rules.assess(level, demand), risk);
    }

    void oldestOrderGetsTheStockFirst()
    {
        // Three orders want 2 each of an item with 5 on the shelf: the newest ships partly.
        const QList<DemandLine> demand{line(1003, 3000, u"a"_s, kWarehouse, 2),
                                       line(1001, 1000, u"a"_s, kWarehouse, 2),
                                       line(1002, 2000, u"a"_s, kWarehouse, 2)};
        const auto result = StockAllocation::allocate(demand, {level(u"a"_s, kWarehouse, 5, 6)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::CanShip);
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::CanShip);
        QCOMPARE(result.value(order(1003)).readiness, ShipReadiness::Partly);
        QCOMPARE(result.value(order(1003)).shortSkus, QStringList{u"A"_s});
        QVERIFY(result.value(order(1001)).shortSkus.isEmpty());
    }

    void tiesGoByOrderNumber()
    {
        // Placed in the same millisecond: the lower number is older.
        const QList<DemandLine> demand{line(1002, 1000, u"a"_s, kWarehouse, 1),
                                       line(1001, 1000, u"a"_s, kWarehouse, 1)};
        const auto result = StockAllocation::allocate(demand, {level(u"a"_s, kWarehouse, 1, 2)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::CanShip);
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::Blocked);
        QCOMPARE(result.value(order(1002)).shortSkus, QStringList{u"A"_s});
    }

    void eachLocationHasItsOwnShelf()
    {
        // Stock in the shop does not help an order assigned to the warehouse.
        const QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 2),
                                       line(1002, 2000, u"a"_s, kShop, 2)};
        const auto result = StockAllocation::allocate(demand,
                                                      {level(u"a"_s, kWarehouse, 0, 2),
                                                       level(u"a"_s, kShop, 10, 2)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::Blocked);
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::CanShip);
    }

    void anOrderAtTwoLocationsDrawsOnBoth()
    {
        const QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 1),
                                       line(1001, 1000, u"b"_s, kShop, 1)};
        auto result = StockAllocation::allocate(demand,
                                                {level(u"a"_s, kWarehouse, 1, 1),
                                                 level(u"b"_s, kShop, 1, 1)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::CanShip);
        // Short at one of the two: partly.
        result = StockAllocation::allocate(demand,
                                           {level(u"a"_s, kWarehouse, 1, 1),
                                            level(u"b"_s, kShop, 0, 1)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::Partly);
        QCOMPARE(result.value(order(1001)).shortSkus, QStringList{u"B"_s});
        // Short at both: blocked, both SKUs named.
        result = StockAllocation::allocate(demand,
                                           {level(u"a"_s, kWarehouse, 0, 1),
                                            level(u"b"_s, kShop, 0, 1)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::Blocked);
        QCOMPARE(result.value(order(1001)).shortSkus, (QStringList{u"A"_s, u"B"_s}));
    }

    void continuePolicyDoesNotConjureStock()
    {
        // CONTINUE let the shop sell 3 with 1 on the shelf: the second and third wait.
        const QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 1),
                                       line(1002, 2000, u"a"_s, kWarehouse, 2)};
        const auto result
            = StockAllocation::allocate(demand,
                                        {level(u"a"_s, kWarehouse, 1, 3, InventoryPolicy::Continue)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::CanShip);
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::Blocked);
    }

    void untrackedAndUnknownItemsNeverHoldAnOrderBack()
    {
        QList<DemandLine> demand{line(1001, 1000, u"gift"_s, kWarehouse, 5),
                                 line(1002, 2000, u"new"_s, kWarehouse, 1),
                                 line(1003, 3000, QString(), kWarehouse, 1)};
        demand[2].sku.clear();
        const auto result = StockAllocation::allocate(
            demand,
            {level(u"gift"_s, kWarehouse, 0, 0, InventoryPolicy::Deny, false),
             level(u"a"_s, kWarehouse, 1, 0)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::CanShip); // untracked
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::CanShip); // not read yet
        QCOMPARE(result.value(order(1003)).readiness, ShipReadiness::CanShip); // custom item
    }

    void anUntrackedLineMakesAShortOrderPartly()
    {
        const QList<DemandLine> demand{line(1001, 1000, u"gift"_s, kWarehouse, 1),
                                       line(1001, 1000, u"a"_s, kWarehouse, 1)};
        const auto result = StockAllocation::allocate(
            demand,
            {level(u"gift"_s, kWarehouse, 0, 0, InventoryPolicy::Deny, false),
             level(u"a"_s, kWarehouse, 0, 1)});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::Partly);
    }

    void linesStaffCannotShipTakeNoStock()
    {
        // The older order is on hold: the newer one gets the single unit.
        const QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 1, false),
                                       line(1002, 2000, u"a"_s, kWarehouse, 1)};
        const auto result = StockAllocation::allocate(demand, {level(u"a"_s, kWarehouse, 1, 2)});
        QVERIFY(!result.contains(order(1001)));
        QCOMPARE(result.value(order(1002)).readiness, ShipReadiness::CanShip);
    }

    void damagedUnitsDoNotShip()
    {
        InventoryLevel shelf = level(u"a"_s, kWarehouse, 3, 3);
        shelf.quantities.damaged = 1;
        shelf.quantities.qualityControl = 1;
        const QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 2)};
        const auto result = StockAllocation::allocate(demand, {shelf});
        QCOMPARE(result.value(order(1001)).readiness, ShipReadiness::Partly);
    }

    void itemsWithoutSkuAreNamedByTitle()
    {
        InventoryLevel shelf = level(u"a"_s, kWarehouse, 0, 1);
        shelf.sku.clear();
        QList<DemandLine> demand{line(1001, 1000, u"a"_s, kWarehouse, 1)};
        demand[0].sku.clear();
        const auto result = StockAllocation::allocate(demand, {shelf});
        QCOMPARE(result.value(order(1001)).shortSkus, QStringList{u"Title of a"_s});
    }

    void reportSumsDemandAndSortsByRisk()
    {
        const QList<InventoryLevel>
            levels{level(u"ok"_s, kWarehouse, 50, 3),
                   level(u"low"_s, kWarehouse, 3, 2),
                   level(u"over"_s, kWarehouse, 1, 4),
                   level(u"free"_s, kWarehouse, 0, 0, InventoryPolicy::Deny, false)};
        const QList<DemandLine> demand{line(1001, 1000, u"over"_s, kWarehouse, 3),
                                       line(1002, 2000, u"over"_s, kWarehouse, 1),
                                       line(1003, 3000, u"ok"_s, kWarehouse, 3),
                                       // wanted at the shop, where Shopify keeps no level of it
                                       line(1004, 4000, u"ok"_s, kShop, 1, false)};
        const QList<StockRow> rows = StockReport::build(levels, demand, StockRiskRules{});
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).level.sku,
                 u"OK"_s); // no level at the shop: oversold, sorted first by SKU
        QCOMPARE(rows.at(0).level.locationId, kShop);
        QCOMPARE(rows.at(0).risk, StockRisk::Oversold);
        QCOMPARE(rows.at(1).level.sku, u"OVER"_s);
        QCOMPARE(rows.at(1).demand, 4);
        QCOMPARE(rows.at(1).risk, StockRisk::Oversold);
        QCOMPARE(rows.at(2).risk, StockRisk::AtRisk);
        QCOMPARE(rows.at(3).level.sku, u"OK"_s);
        QCOMPARE(rows.at(3).demand, 3);
        QCOMPARE(rows.at(3).risk, StockRisk::Ok);
        QCOMPARE(rows.at(4).risk, StockRisk::Untracked);
    }
};

QTEST_GUILESS_MAIN(TestStockRules)
#include "tst_stockrules.moc"
