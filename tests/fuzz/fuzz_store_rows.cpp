// Rows of the order and stock tables read back from a damaged local store (a disk error, a
// hand edit, a file from another version). A store with one complete order and one stock
// level is written as the app writes it; the input then damages one column of one table
// (its first byte picks the column, its second the kind of value: text, integer, real, blob
// or NULL where the column allows it, the rest is the value) with SQL, as a damaged file
// would hold it. Loading the order book, the whole order and the stock then refuses or reads
// it; it never crashes.

#include "tests/fuzz/FuzzSupport.h"

#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdlib>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kCreated(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);

Order completeOrder()
{
    Order o;
    o.id = u"gid://shopify/Order/1"_s;
    o.name = u"#1001"_s;
    o.number = 1001;
    o.createdAt = kCreated;
    o.updatedAt = kCreated.addSecs(60);
    o.processedAt = kCreated;
    o.email = u"kunde@example.dk"_s;
    o.customerName = u"Kunde Ærø"_s;
    o.shippingName = u"Modtager"_s;
    o.financialStatus = OrderFinancialStatus::Paid;
    o.financialStatusName = u"PAID"_s;
    o.fulfillmentStatus = OrderFulfillmentStatus::PartiallyFulfilled;
    o.fulfillmentStatusName = u"PARTIALLY_FULFILLED"_s;
    o.total = Money{19990, u"DKK"_s};

    LineItem item;
    item.id = u"gid://shopify/LineItem/11"_s;
    item.title = u"Uldsokker"_s;
    item.sku = u"SKU-1"_s;
    item.variantId = u"gid://shopify/ProductVariant/1"_s;
    item.inventoryItemId = u"gid://shopify/InventoryItem/1"_s;
    item.quantity = 3;
    item.currentQuantity = 3;
    item.unfulfilledQuantity = 2;
    item.unitPrice = Money{9995, u"DKK"_s};
    o.lineItems.append(item);

    FulfillmentOrder fo;
    fo.id = u"gid://shopify/FulfillmentOrder/1"_s;
    fo.status = FulfillmentOrderStatus::OnHold;
    fo.statusName = u"ON_HOLD"_s;
    fo.requestStatus = u"UNSUBMITTED"_s;
    fo.location = Location{u"gid://shopify/Location/1"_s, u"Lager Vejle"_s};
    fo.updatedAt = o.updatedAt;
    fo.holds.append(FulfillmentHold{FulfillmentHoldReason::Other, u"OTHER"_s, u"Ring først"_s});
    fo.supportedActions = {u"RELEASE_HOLD"_s};
    fo.lineItems.append(
        FulfillmentOrderLineItem{u"gid://shopify/FulfillmentOrderLineItem/11"_s, item.id, 3, 2});
    o.fulfillmentOrders.append(fo);

    Fulfillment shipment;
    shipment.id = u"gid://shopify/Fulfillment/1"_s;
    shipment.name = u"#1001-F1"_s;
    shipment.status = FulfillmentStatus::Success;
    shipment.statusName = u"SUCCESS"_s;
    shipment.createdAt = o.updatedAt;
    shipment.location = fo.location;
    shipment.tracking.append(
        TrackingInfo{u"PostNord DK"_s, u"00370712345000000001"_s, u"https://example.dk/t"_s});
    o.fulfillments.append(shipment);
    return o;
}

InventoryLevel stockLevel()
{
    InventoryLevel level;
    level.inventoryItemId = u"gid://shopify/InventoryItem/1"_s;
    level.locationId = u"gid://shopify/Location/1"_s;
    level.locationName = u"Lager Vejle"_s;
    level.sku = u"SKU-1"_s;
    level.policy = InventoryPolicy::Deny;
    level.quantities.onHand = 5;
    level.quantities.available = 3;
    level.quantities.committed = 2;
    return level;
}

struct Column
{
    QString table;
    QString name;
    bool notNull = false;
};

const QStringList kTables{u"orders"_s,
                          u"line_items"_s,
                          u"fulfillment_orders"_s,
                          u"fulfillment_holds"_s,
                          u"fulfillment_order_line_items"_s,
                          u"fulfillments"_s,
                          u"tracking_info"_s,
                          u"inventory_levels"_s};

QList<Column> columnsOf(const QSqlDatabase &db)
{
    QList<Column> columns;
    for (const QString &table : kTables) {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
            std::abort();
        while (query.next())
            columns.append({table, query.value(1).toString(), query.value(3).toInt() != 0});
    }
    if (columns.isEmpty())
        std::abort();
    return columns;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_store_rows";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // Never destroyed: at exit Qt's SQL connection registry may already be gone.
    static auto *db = new Database;
    static const QList<Column> columns = [] {
        if (db->open(dir.filePath(u"rows.sqlite"_s)).isError())
            std::abort();
        return columnsOf(db->connection());
    }();
    if (size < 2)
        return 0;

    // The store as the app writes it, again for every input.
    {
        OrderBook book(db->connection());
        InventoryBook stock(db->connection());
        QSqlQuery wipe(db->connection());
        for (const QString &table : kTables)
            wipe.exec(u"DELETE FROM "_s + table);
        if (book.replaceAll({completeOrder()}).isError()
            || stock.replaceAll({stockLevel()}).isError())
            std::abort();
    }

    const Column &column = columns.at(data[0] % columns.size());
    const QByteArray raw = fuzz::bytes(data + 2, size - 2);
    QVariant value;
    switch (data[1] % 5) {
    case 0:
        value = QString::fromUtf8(raw);
        break;
    case 1: {
        qint64 number = 0;
        std::memcpy(&number, raw.constData(), std::min<std::size_t>(sizeof number, raw.size()));
        value = number;
        break;
    }
    case 2: {
        double number = 0;
        std::memcpy(&number, raw.constData(), std::min<std::size_t>(sizeof number, raw.size()));
        value = number;
        break;
    }
    case 3:
        value = QByteArray(raw);
        break;
    default:
        // NULL where the schema allows it; where it does not, SQLite would refuse the update,
        // so the damage is an empty text instead.
        value = column.notNull ? QVariant(u""_s) : QVariant();
        break;
    }
    QSqlQuery damage(db->connection());
    if (!damage.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(column.table, column.name)))
        std::abort();
    damage.addBindValue(value);
    if (!damage.exec())
        return 0; // refused by the schema (a key or a NOT NULL): no damaged row to read

    OrderBook book(db->connection());
    if (!book.load().isError()) {
        for (const OrderSummary &row : book.rows()) {
            std::optional<Order> order;
            (void) book.order(row.id, &order);
        }
    }
    InventoryBook stock(db->connection());
    if (!stock.load().isError())
        (void) stock.levels().size();
    return 0;
}
