#include "tests/testlib/SyncRuns.h"

#include <QEventLoop>
#include <QTimer>

namespace SyncRuns {

namespace {

constexpr int kPatienceMs = 120000;

} // namespace

SyncResult sync(ShopifyClient *client, OrderBook *book, OrderSync::Mode mode)
{
    OrderSync orderSync(client, book);
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(kPatienceMs, &loop, &QEventLoop::quit);
    orderSync.start(mode);
    loop.exec();
    return result;
}

InventorySyncResult readStock(ShopifyClient *client, InventoryBook *inventory)
{
    InventorySync stock(client, inventory);
    InventorySyncResult result;
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
