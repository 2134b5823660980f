// Order.fulfillments(first:) and Fulfillment.trackingInfo(first:) are plain lists that Shopify
// cuts at the size asked for, with no page info. A sync must notice a list that came back
// full, read the order's shipments again with more room, and store every shipment and every
// parcel; when even the widest read it can afford comes back full, the order is marked, so
// nothing edits, checks or cancels its shipments from a copy that may be cut. A canned shop
// answers, so the test decides exactly what Shopify returns.

#include "core/model/OutboxEntry.h"
#include "core/outbox/OutboxVerifier.h"
#include "core/shopify/OrderPageSizes.h"
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

const QString kOrderId = u"gid://shopify/Order/820982911946154509"_s;

// `count` shipments; the one at `bigOne` has `bigParcels` parcels, the others one each.
QJsonArray shipments(int count, int bigOne, int bigParcels)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        QJsonArray parcels;
        const int parcelCount = i == bigOne ? bigParcels : 1;
        for (int p = 0; p < parcelCount; ++p)
            parcels.append(QJsonObject{{"company"_L1, u"DHL Express"_s},
                                       {"number"_L1, u"%1%2"_s.arg(1000000000 + i * 10).arg(p)},
                                       {"url"_L1, QJsonValue(QJsonValue::Null)}});
        list.append(QJsonObject{{"id"_L1, u"gid://shopify/Fulfillment/%1"_s.arg(i + 1)},
                                {"name"_L1, u"#1002-F%1"_s.arg(i + 1)},
                                {"status"_L1, u"SUCCESS"_s},
                                {"createdAt"_L1, u"2026-11-21T10:00:00Z"_s},
                                {"location"_L1,
                                 QJsonObject{{"id"_L1, u"gid://shopify/Location/1"_s},
                                             {"name"_L1, u"Lager"_s}}},
                                {"trackingInfo"_L1, parcels}});
    }
    return list;
}

// The fixture's second order, with these shipments, alone on its page.
QByteArray ordersAnswer(const QJsonArray &fulfillments)
{
    QJsonObject body = QJsonDocument::fromJson(SchemaTools::fixture(u"orders-page.json"_s)).object();
    QJsonObject data = body.value("data"_L1).toObject();
    QJsonObject orders = data.value("orders"_L1).toObject();
    QJsonObject order = orders.value("nodes"_L1).toArray().at(1).toObject();
    order["fulfillments"_L1] = fulfillments;
    orders["nodes"_L1] = QJsonArray{order};
    orders["pageInfo"_L1] = QJsonObject{{"hasNextPage"_L1, false},
                                        {"endCursor"_L1, u"cursor-order-2"_s}};
    data["orders"_L1] = orders;
    body["data"_L1] = data;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray fulfillmentsAnswer(const QJsonArray &fulfillments)
{
    const QJsonObject data{
        {"order"_L1, QJsonObject{{"id"_L1, kOrderId}, {"fulfillments"_L1, fulfillments}}}};
    return QJsonDocument(QJsonObject{{"data"_L1, data}}).toJson(QJsonDocument::Compact);
}

QByteArray countAnswer()
{
    return R"({"data":{"ordersCount":{"count":1,"precision":"EXACT"},)"
           R"("currentAppInstallation":{"accessScopes":[{"handle":"read_orders"}]}}})";
}

} // namespace

class TestCutLists final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    QNetworkAccessManager m_network;

    // A full sync against a shop whose orders page shows `firstRead` and whose follow-up
    // shows `wholeRead`; returns the stored order.
    std::optional<Order> syncWith(const QJsonArray &firstRead,
                                  const QJsonArray &wholeRead,
                                  int *followUps = nullptr)
    {
        CannedHttpServer shop;
        // A full sync lists the open orders first (OrderList); this shop lists none, which
        // leaves the test's orders to the Orders answer.
        shop.setAnswer(u"OrderList"_s, {200, "application/json", kNoOrdersListed, false});
        shop.setAnswer(u"OrdersCount"_s, {200, "application/json", countAnswer(), false});
        shop.setAnswer(u"Orders"_s, {200, "application/json", ordersAnswer(firstRead), false});
        shop.setAnswer(u"OrderFulfillments"_s,
                       {200, "application/json", fulfillmentsAnswer(wholeRead), false});
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setAccessToken(u"test-token"_s);
        const SyncResult result = SyncRuns::sync(&client, m_book.get(), OrderSync::Mode::Full);
        if (!result.isOk()) {
            qWarning() << result.userMessage() << result.detail();
            return std::nullopt;
        }
        if (followUps)
            *followUps = shop.requestCount() - 3; // less the count, the listing and the page
        std::optional<Order> stored;
        if (m_book->order(kOrderId, &stored).isError())
            return std::nullopt;
        return stored;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"cut.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"cut.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void readsEveryShipmentAndParcelOfAListThatCameBackFull()
    {
        // Six shipments, the third with five parcels. The page asks for fewer shipments than
        // that: Shopify gives as many as asked, each with as many parcels as asked.
        const OrderPageSizes sizes;
        QVERIFY(sizes.fulfillments < 6 && sizes.trackingInfo < 5);
        const QJsonArray whole = shipments(6, 2, 5);
        QJsonArray cut;
        for (int i = 0; i < sizes.fulfillments; ++i) {
            QJsonObject shipment = whole.at(i).toObject();
            QJsonArray parcels = shipment.value("trackingInfo"_L1).toArray();
            while (parcels.size() > sizes.trackingInfo)
                parcels.removeLast();
            shipment["trackingInfo"_L1] = parcels;
            cut.append(shipment);
        }
        int followUps = 0;
        const std::optional<Order> order = syncWith(cut, whole, &followUps);
        QVERIFY(order);
        QCOMPARE(followUps, 1);
        QCOMPARE(order->fulfillments.size(), 6);
        QCOMPARE(order->fulfillments.at(2).tracking.size(), 5);
        QCOMPARE(order->fulfillments.at(2).tracking.at(4).number, u"10000000204"_s);
        QVERIFY(order->fulfillmentsComplete);
        // The table's tracking column has all ten numbers.
        const OrderSummary &row = m_book->at(m_book->rowOf(kOrderId));
        QCOMPARE(row.trackingNumbers.split(u' ').size(), 10);
    }

    void aShortListNeedsNoSecondRead()
    {
        int followUps = 0;
        const std::optional<Order> order = syncWith(shipments(2, 0, 2), {}, &followUps);
        QVERIFY(order);
        QCOMPARE(followUps, 0);
        QCOMPARE(order->fulfillments.size(), 2);
        QVERIFY(order->fulfillmentsComplete);
    }

    void anOrderTooBigToReadWholeIsMarkedAndNeverChecked()
    {
        // However much room is asked for, the shop fills it: the order is stored with what
        // came, marked as possibly cut.
        const QJsonArray huge = shipments(250, 0, 40);
        const std::optional<Order> order = syncWith(huge, huge);
        QVERIFY(order);
        QVERIFY(!order->fulfillmentsComplete);

        // A tracking change whose outcome is unknown is not judged from such a copy: a person
        // looks (Changed), rather than Smidig resending or calling it done.
        OutboxEntry entry;
        entry.action = OutboxEntry::Action::UpdateTracking;
        entry.orderId = kOrderId;
        entry.payload = {{"variables"_L1,
                          QJsonObject{{"fulfillmentId"_L1, u"gid://shopify/Fulfillment/1"_s}}},
                         {"numbers"_L1, QJsonArray{u"x"_s}}};
        QCOMPARE(OutboxVerifier::check(entry, order), OutboxVerifier::Outcome::Changed);
        entry.action = OutboxEntry::Action::CancelFulfillment;
        entry.payload = {{"variables"_L1, QJsonObject{{"id"_L1, u"gid://shopify/Fulfillment/1"_s}}}};
        QCOMPARE(OutboxVerifier::check(entry, order), OutboxVerifier::Outcome::Changed);
    }
};

QTEST_GUILESS_MAIN(TestCutLists)
#include "tst_cutlists.moc"
