// Shopify shows an app without the read_all_orders scope only the orders of the last 60
// days. An open order older than that (a backorder, a pre-order) that a full sync or a
// reconciliation no longer sees must stay in the local store, marked as no longer readable,
// and never be deleted; with read_all_orders, an order the shop no longer returns is gone.
// A canned shop answers, so the test decides exactly what Shopify returns.

#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/CannedHttpServer.h"
#include "tests/testlib/SchemaTools.h"
#include "tests/testlib/SyncRuns.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kNoOrdersListed
    = R"({"data":{"orders":{"nodes":[],"pageInfo":{"hasNextPage":false,"endCursor":null}}}})";

// The fixture's second order (no nested pages to follow), alone: what the shop still shows.
QByteArray ordersAnswer()
{
    QJsonObject body = QJsonDocument::fromJson(SchemaTools::fixture(u"orders-page.json"_s)).object();
    QJsonObject data = body.value("data"_L1).toObject();
    QJsonObject orders = data.value("orders"_L1).toObject();
    orders["nodes"_L1] = QJsonArray{orders.value("nodes"_L1).toArray().at(1)};
    orders["pageInfo"_L1] = QJsonObject{{"hasNextPage"_L1, false},
                                        {"endCursor"_L1, u"cursor-order-1"_s}};
    data["orders"_L1] = orders;
    body["data"_L1] = data;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray countAnswer(const QStringList &scopes)
{
    QJsonArray handles;
    for (const QString &scope : scopes)
        handles.append(QJsonObject{{"handle"_L1, scope}});
    const QJsonObject data{{"ordersCount"_L1,
                            QJsonObject{{"count"_L1, 1}, {"precision"_L1, u"EXACT"_s}}},
                           {"currentAppInstallation"_L1, QJsonObject{{"accessScopes"_L1, handles}}}};
    return QJsonDocument(QJsonObject{{"data"_L1, data}}).toJson(QJsonDocument::Compact);
}

Order localOrder(const QString &id, int daysOld, bool open)
{
    Order order;
    order.id = u"gid://shopify/Order/"_s + id;
    order.name = u"#"_s + id;
    order.number = id.toLongLong();
    order.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysOld);
    order.updatedAt = order.createdAt;
    order.processedAt = order.createdAt;
    order.closed = !open;
    order.financialStatusName = u"PAID"_s;
    order.fulfillmentStatusName = open ? u"UNFULFILLED"_s : u"FULFILLED"_s;
    order.fulfillmentStatus = orderFulfillmentStatusFromShopify(order.fulfillmentStatusName);
    order.total = Money{1000, u"DKK"_s};
    return order;
}

} // namespace

class TestOrderReadWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    QNetworkAccessManager m_network;

    SyncResult fullSync(const QStringList &scopes)
    {
        CannedHttpServer shop;
        // A full sync lists the open orders first (OrderList); this shop lists none, which
        // leaves the test's orders to the Orders answer.
        shop.setAnswer(u"OrderList"_s, {200, "application/json", kNoOrdersListed, false});
        shop.setAnswer(u"OrdersCount"_s, {200, "application/json", countAnswer(scopes), false});
        shop.setAnswer(u"Orders"_s, {200, "application/json", ordersAnswer(), false});
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setAccessToken(u"test-token"_s);
        return SyncRuns::sync(&client, m_book.get(), OrderSync::Mode::Full);
    }

    bool has(const QString &id) const { return m_book->rowOf(u"gid://shopify/Order/"_s + id) >= 0; }
    bool unreadable(const QString &id) const
    {
        const int row = m_book->rowOf(u"gid://shopify/Order/"_s + id);
        return row >= 0 && m_book->at(row).unreadable;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"window.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"window.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        // What an earlier sync left: a backorder from 90 days ago, still open; an open order
        // of last week; an old order that was closed.
        QVERIFY(!m_book
                     ->upsert({localOrder(u"90"_s, 90, true),
                               localOrder(u"7"_s, 7, true),
                               localOrder(u"91"_s, 91, false)})
                     .isError());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void keepsOldOpenOrdersShopifyNoLongerShows()
    {
        const SyncResult result = fullSync({u"read_orders"_s});
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QVERIFY(!result.readsAllOrders);
        QCOMPARE(result.unreadableCount, 1);
        // The old open order stays, marked; the recent one the shop did not return is gone
        // (the window cannot hide it), and so is the closed one (history, not work).
        QVERIFY(has(u"90"_s));
        QVERIFY(unreadable(u"90"_s));
        QVERIFY(!has(u"7"_s));
        QVERIFY(!has(u"91"_s));
        // The order the shop did return is there and readable.
        const int row = m_book->rowOf(u"gid://shopify/Order/820982911946154509"_s);
        QVERIFY(row >= 0);
        QVERIFY(!m_book->at(row).unreadable);

        // The mark is stored, not only in memory, with the time it was first seen missing.
        std::optional<Order> stored;
        QVERIFY(!m_book->order(u"gid://shopify/Order/90"_s, &stored).isError());
        QVERIFY(stored && stored->unreadableSince.isValid());
        const QDateTime since = stored->unreadableSince;

        // A second sync keeps it, marked since the first time.
        QVERIFY(fullSync({u"read_orders"_s}).isOk());
        QVERIFY(!m_book->order(u"gid://shopify/Order/90"_s, &stored).isError());
        QVERIFY(stored && stored->unreadableSince == since);
    }

    void withReadAllOrdersAMissingOrderIsGone()
    {
        const SyncResult result = fullSync({u"read_orders"_s, u"read_all_orders"_s});
        QVERIFY2(result.isOk(), qPrintable(result.userMessage() + u' ' + result.detail()));
        QVERIFY(result.readsAllOrders);
        QCOMPARE(result.unreadableCount, 0);
        QVERIFY(!has(u"90"_s));
        QVERIFY(!has(u"7"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrderReadWindow)
#include "tst_orderreadwindow.moc"
