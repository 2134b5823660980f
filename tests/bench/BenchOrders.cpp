#include "tests/bench/BenchOrders.h"

#include "core/demostore/DemoStore.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderPageSizes.h"
#include "core/shopify/OrderParser.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString fillWithDemoOrders(OrderBook *book, int orderCount, quint64 seed)
{
    demostore::DemoStoreConfig config;
    config.seed = seed;
    config.orderCount = orderCount;
    config.throttling = false;
    config.maxQueryCost = 100000000; // pages of 250 with every nested item, for speed
    demostore::DemoStore store(config);

    const GraphqlOperation orders = GraphqlOperation::load(u":/graphql/orders.graphql"_s,
                                                           u"Orders"_s);
    if (!orders.isValid())
        return orders.problem();
    OrderPageSizes sizes;
    sizes.lineItems = 100;
    sizes.fulfillmentOrders = 20;
    sizes.fulfillmentOrderLineItems = 100;
    sizes.fulfillments = 20;
    sizes.trackingInfo = 10;

    QJsonValue after = QJsonValue::Null;
    for (;;) {
        QJsonObject variables{{u"first"_s, 250},
                              {u"query"_s, QJsonValue::Null},
                              {u"after"_s, after}};
        sizes.addTo(variables);
        const QJsonObject request{{u"query"_s, orders.text()},
                                  {u"operationName"_s, orders.name()},
                                  {u"variables"_s, variables}};
        const demostore::ApiReply reply = store.post(
            QJsonDocument(request).toJson(QJsonDocument::Compact));
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        const auto page = OrderParser::ordersPage(answer.value(u"data"_s).toObject(),
                                                  OrderPageSizes{});
        if (!page.isOk())
            return page.problem + u": "_s + QString::fromUtf8(reply.body.left(300));
        const StoreError stored = book->upsert(page.value.orders);
        if (stored.isError())
            return stored.userMessage();
        if (!page.value.page.hasNextPage)
            return {};
        after = page.value.page.endCursor;
    }
}

SyncResult runFullSync(OrderSync *sync, double *seconds)
{
    SyncResult result;
    QEventLoop loop;
    QObject::connect(sync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    sync->start(OrderSync::Mode::Full);
    loop.exec();
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}
