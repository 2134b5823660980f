#include "tests/testlib/SyncRuns.h"

#include <QEventLoop>
#include <QTimer>

namespace SyncRuns {

namespace {

constexpr int kPatienceMs = 120000;

// What a run that never ended returns: a failure its caller sees, never a success.
ShopifyError notFinished(const char *what)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::Timeout;
    error.detail = QStringLiteral("the %1 did not finish within %2 s")
                       .arg(QLatin1StringView(what))
                       .arg(kPatienceMs / 1000);
    return error;
}

} // namespace

SyncResult run(OrderSync *orderSync, OrderSync::Mode mode)
{
    SyncResult result;
    result.shopError = notFinished("sync");
    QEventLoop loop;
    const QMetaObject::Connection done
        = QObject::connect(orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
              result = r;
              loop.quit();
          });
    QTimer::singleShot(kPatienceMs, &loop, &QEventLoop::quit);
    orderSync->start(mode);
    loop.exec();
    QObject::disconnect(done);
    return result;
}

SyncResult sync(ShopifyClient *client, OrderBook *book, OrderSync::Mode mode)
{
    OrderSync orderSync(client, book);
    return run(&orderSync, mode);
}

InventorySyncResult readStock(ShopifyClient *client, InventoryBook *inventory)
{
    InventorySync stock(client, inventory);
    InventorySyncResult result;
    result.shopError = notFinished("stock read");
    QEventLoop loop;
    QObject::connect(&stock, &InventorySync::finished, &loop, [&](const InventorySyncResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(kPatienceMs, &loop, &QEventLoop::quit);
    stock.start();
    if (stock.isRunning())
        loop.exec();
    return result;
}

} // namespace SyncRuns
