// The local store's stock: levels stored and replaced all or by item, what open orders need
// read from the order tables, the analysis telling the OrderBook which orders can ship, and
// the InventoryItems answer read strictly. Every test runs on a new SQLite file and on a new
// PostgreSQL database.

#include "core/model/OrderView.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventoryParser.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/TestStore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kItem1 = u"gid://shopify/InventoryItem/1"_s;
const QString kItem2 = u"gid://shopify/InventoryItem/2"_s;
const QString kVejle = u"gid://shopify/Location/1"_s;

InventoryLevel level(const QString &item, int onHand, int committed)
{
    InventoryLevel l;
    l.inventoryItemId = item;
    l.locationId = kVejle;
    l.locationName = u"Lager Vejle"_s;
    l.sku = item == kItem1 ? u"SKU-1"_s : u"SKU-2"_s;
    l.policy = InventoryPolicy::Deny;
    l.quantities.onHand = onHand;
    l.quantities.committed = committed;
    l.quantities.available = onHand - committed;
    l.quantities.incoming = 7;
    l.quantities.safetyStock = 1;
    return l;
}

} // namespace

class TestInventoryBook final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_db = std::make_unique<Database>();
        const StoreError opened = m_db->open(m_store->location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
    }
    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void levelsRoundTripAndReplaceByItem()
    {
        InventoryBook book(m_db->connection());
        QSignalSpy changed(&book, &InventoryBook::changed);
        InventoryLevel untracked = level(kItem2, 0, 0);
        untracked.tracked = false;
        untracked.policy = InventoryPolicy::Continue;
        QVERIFY(!book.replaceAll({level(kItem1, 5, 1), untracked}).isError());
        QCOMPARE(changed.size(), 1);

        InventoryBook again(m_db->connection());
        QVERIFY(!again.load().isError());
        QCOMPARE(again.levels().size(), 2);
        QCOMPARE(again.levels().at(0), level(kItem1, 5, 1));
        QCOMPARE(again.levels().at(1), untracked);

        // Re-reading item 1 replaces its levels only.
        QVERIFY(!again.replaceItems({kItem1}, {level(kItem1, 4, 0)}).isError());
        QCOMPARE(again.levels().size(), 2);
        QCOMPARE(again.levels().at(0).quantities.onHand, 4);
        QCOMPARE(again.levels().at(1), untracked);
        // An item Shopify no longer has loses its levels.
        QVERIFY(!again.replaceItems({kItem2}, {}).isError());
        QCOMPARE(again.levels().size(), 1);
    }

    // Shopify's pages can name a level twice (an item read again after a retry): the later
    // one counts, as one row.
    void aLevelGivenTwiceKeepsTheLater()
    {
        InventoryBook book(m_db->connection());
        QVERIFY(!book.replaceAll({level(kItem1, 5, 1), level(kItem2, 3, 0), level(kItem1, 6, 0)})
                     .isError());
        InventoryBook again(m_db->connection());
        QVERIFY(!again.load().isError());
        QCOMPARE(again.levels(), (QList<InventoryLevel>{level(kItem1, 6, 0), level(kItem2, 3, 0)}));
    }

    void demandComesFromOpenOrdersOnly()
    {
        OrderBook orders(m_db->connection());
        QVERIFY(!orders
                     .upsert({SampleOrders::make(1),
                              SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                              SampleOrders::make(3)})
                     .isError());
        InventoryBook book(m_db->connection());
        QList<DemandLine> demand;
        QVERIFY(!book.demand(&demand).isError());
        QCOMPARE(demand.size(), 4); // two lines each of #1001 and #1003
        QCOMPARE(demand.at(0).orderName, u"#1001"_s);
        QCOMPARE(demand.at(0).inventoryItemId, kItem1);
        QCOMPARE(demand.at(1).quantity, 2);
        QVERIFY(demand.at(0).fulfillable);
        QCOMPARE(demand.at(2).orderName, u"#1003"_s);
        QStringList items;
        QVERIFY(!book.demandedItems(&items).isError());
        QCOMPARE(items, (QStringList{kItem1, kItem2}));
    }

    void theDeskTellsTheOrderBookWhatCanShip()
    {
        OrderBook orders(m_db->connection());
        QVERIFY(!orders.upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
        InventoryBook inventory(m_db->connection());
        StockDesk desk(&orders, &inventory);
        // No stock read yet: nothing is said.
        QCOMPARE(orders.at(0).shipReadiness, ShipReadiness::None);
        QSignalSpy rowsChanged(&orders, &OrderBook::rowsChanged);
        QSignalSpy deskChanged(&desk, &StockDesk::rowsChanged);
        // SKU-2: 3 on the shelf, each order wants 2.
        QVERIFY(!inventory.replaceAll({level(kItem1, 10, 2), level(kItem2, 3, 4)}).isError());
        QCOMPARE(deskChanged.size(), 1);
        QVERIFY(rowsChanged.size() >= 1);
        QCOMPARE(orders.at(orders.rowOf(u"gid://shopify/Order/1"_s)).shipReadiness,
                 ShipReadiness::CanShip);
        const OrderSummary &second = orders.at(orders.rowOf(u"gid://shopify/Order/2"_s));
        QCOMPARE(second.shipReadiness, ShipReadiness::Partly);
        QCOMPARE(second.shortSkus, QStringList{u"SKU-2"_s});
        QVERIFY(OrderView::blockedByStock().contains(second));
        QVERIFY(!OrderView::readyToShip().contains(second));

        QCOMPARE(desk.rows().size(), 2);
        QCOMPARE(desk.rows().at(0).level.sku, u"SKU-2"_s);
        QCOMPARE(desk.rows().at(0).demand, 4);
        QCOMPARE(desk.rows().at(0).risk, StockRisk::Oversold);
        QCOMPARE(desk.itemsOfOrder(u"gid://shopify/Order/1"_s), (QStringList{kItem1, kItem2}));

        // A fulfilled order stops needing stock; the next one can ship.
        QVERIFY(
            !orders.upsert({SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled)}).isError());
        QCOMPARE(orders.at(orders.rowOf(u"gid://shopify/Order/2"_s)).shipReadiness,
                 ShipReadiness::CanShip);
        QCOMPARE(orders.at(orders.rowOf(u"gid://shopify/Order/1"_s)).shipReadiness,
                 ShipReadiness::None);
    }

    void batchesStayUnderTheSingleQueryLimit()
    {
        // 1 + variants (3) + 10 levels of location and quantities (2 + 10 x 3): 36 points an
        // item, so 27 items stay under 1,000.
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        InventoryBook book(m_db->connection());
        InventorySync sync(&client, &book);
        QCOMPARE(sync.plannedBatchSize(), 27);
        sync.setLevelsPerItem(1);
        QCOMPARE(sync.plannedBatchSize(), 111); // 9 points an item
        sync.setMaxBatchSize(50);
        QCOMPARE(sync.plannedBatchSize(), 50);
    }

    void parserReadsEveryQuantityAndPolicy()
    {
        // Single quotes stand for double ones, to keep the JSON readable here.
        QByteArray json = "{'nodes': ["
                          "          {'__typename': 'InventoryItem', 'id': "
                          "'gid://shopify/InventoryItem/1', 'sku': 'SKU-1', 'tracked': true,"
                          "           'variants': {'nodes': [{'id': "
                          "'gid://shopify/ProductVariant/1', 'inventoryPolicy': 'CONTINUE'}]},"
                          "           'inventoryLevels': {'nodes': [{'location': {'id': "
                          "'gid://shopify/Location/1', 'name': 'Lager Vejle'},"
                          "             'quantities': [{'name': 'available', 'quantity': -2}, "
                          "{'name': 'committed', 'quantity': 5},"
                          "                            {'name': 'on_hand', 'quantity': 3}, "
                          "{'name': 'incoming', 'quantity': 10},"
                          "                            {'name': 'reserved', 'quantity': 0}, "
                          "{'name': 'damaged', 'quantity': 0},"
                          "                            {'name': 'quality_control', 'quantity': 0}, "
                          "{'name': 'safety_stock', 'quantity': 0}]}],"
                          "             'pageInfo': {'hasNextPage': true}}},"
                          "          null,"
                          "          {'__typename': 'InventoryItem', 'id': "
                          "'gid://shopify/InventoryItem/2', 'sku': null, 'tracked': false,"
                          "           'variants': {'nodes': []}, 'inventoryLevels': {'nodes': [], "
                          "'pageInfo': {'hasNextPage': false}}}"
                          "        ]}";
        json.replace('\'', '"');
        const auto parsed = InventoryParser::inventoryItems(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed.isOk(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value.levels.size(), 2);
        const InventoryLevel &first = parsed.value.levels.at(0);
        QCOMPARE(first.policy, InventoryPolicy::Continue);
        QCOMPARE(first.quantities.available, -2);
        QCOMPARE(first.quantities.onHand, 3);
        QCOMPARE(first.quantities.incoming, 10);
        QCOMPARE(first.locationName, u"Lager Vejle"_s);
        QCOMPARE(parsed.value.overflowItemIds, QStringList{kItem1});
        const InventoryLevel &second = parsed.value.levels.at(1);
        QVERIFY(!second.tracked);
        QVERIFY(second.locationId.isEmpty());
        QCOMPARE(second.policy, InventoryPolicy::Unknown);
        QCOMPARE(parsed.value.foundItemIds, (QStringList{kItem1, kItem2}));

        // A wrong shape is a problem with its path, not half an answer.
        const auto bad = InventoryParser::inventoryItems(
            QJsonDocument::fromJson("{\"nodes\": [{\"__typename\": \"InventoryItem\", \"id\": 5}]}")
                .object());
        QVERIFY(!bad.isOk());
        QVERIFY2(bad.problem.contains(u"data.nodes[0].id"_s), qPrintable(bad.problem));

        // GraphQL's Int has 32 bits: a quantity beyond them is reported, not cut short into
        // a small (or negative) stock figure.
        QByteArray huge = json;
        huge.replace("\"quantity\": 10}", "\"quantity\": 4294967306}");
        QVERIFY(huge != json);
        const auto tooBig = InventoryParser::inventoryItems(QJsonDocument::fromJson(huge).object());
        QVERIFY(!tooBig.isOk());
        QCOMPARE(tooBig.problem,
                 u"data.nodes[0].inventoryLevels.nodes[0].quantities[3].quantity: expected an "
                 "integer within 32 bits, found 4294967306"_s);
    }
};

QTEST_GUILESS_MAIN(TestInventoryBook)
#include "tst_inventorybook.moc"
