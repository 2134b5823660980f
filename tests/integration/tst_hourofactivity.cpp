#include "core/demostore/DemoStore.h"
#include "core/demostore/StoreEvent.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/StoreComparison.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// An hour of a shop's life compressed into a test: while others create, pay, fulfil and
// cancel orders in the demo store, the app syncs every minute incrementally and reconciles
// the open orders every ten minutes, exactly as SyncScheduler drives OrderSync. At the end
// the local store must equal the store, order by order and field by field.
class TestHourOfActivity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    static demostore::DemoStoreConfig config()
    {
        demostore::DemoStoreConfig c;
        c.seed = 11;
        c.orderCount = 200;
        c.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        c.clockRuns = false; // only advance() moves the store's clock: the same hour every run
        c.accessToken = u"hour-token"_s;
        c.throttling = false;
        c.activityRate = 12;    // changes per minute by staff, customers and other apps
        c.silentFraction = 0.1; // changes Shopify does not show in updatedAt
        c.activitySeed = 3;
        return c;
    }

    SyncResult sync(ShopifyClient *client, OrderBook *book, OrderSync::Mode mode)
    {
        OrderSync orderSync(client, book);
        SyncResult result; // a sync that never ends fails, it does not pass
        result.shopError.kind = ShopifyError::Kind::Timeout;
        result.shopError.detail = u"the sync did not finish within 120 s"_s;
        QEventLoop loop;
        connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        orderSync.start(mode);
        loop.exec();
        return result;
    }

    // The orders whose local copy differs from the store's (by number), with the reasons.
    static QHash<qint64, QString> differing(const demostore::DemoStore &store,
                                            const QList<Order> &local)
    {
        QHash<QString, Order> byId;
        for (const Order &order : local)
            byId.insert(order.id, order);
        QHash<qint64, QString> problems;
        for (int i = 0; i < store.data().orders.size(); ++i) {
            const QJsonObject expected = store.orderJson(i);
            const QString id = expected[u"id"].toString();
            const qint64 number = id.section(u'/', -1).toLongLong();
            if (!byId.contains(id)) {
                problems.insert(number, u"missing"_s);
                continue;
            }
            const QString difference = orderDifferences(byId.take(id), expected);
            if (!difference.isEmpty())
                problems.insert(number, expected[u"name"].toString() + u": "_s + difference);
        }
        for (const Order &extra : std::as_const(byId))
            problems.insert(extra.id.section(u'/', -1).toLongLong(),
                            extra.name + u": not in the store"_s);
        return problems;
    }

private slots:
    void theLocalStoreEqualsTheStoreAfterAnHour()
    {
        demostore::DemoStore store(config());
        QVERIFY(store.start());
        Database db;
        QVERIFY(!db.open(m_dir.filePath(u"hour.sqlite"_s)).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        ShopifyClient client(&m_network);
        client.setShop(ShopAddress::fromUrl(store.url()));
        client.setAccessToken(u"hour-token"_s);

        SyncResult first = sync(&client, &book, OrderSync::Mode::Automatic);
        QVERIFY2(first.isOk(), qPrintable(first.userMessage()));
        QCOMPARE(OrderSync::Mode(first.mode), OrderSync::Mode::Full);
        QCOMPARE(book.count(), 200);

        int events = 0;
        int incrementalOrders = 0;
        QSet<qint64> silentSinceReconcile;
        for (int minute = 1; minute <= 60; ++minute) {
            for (const demostore::StoreEvent &event : store.advance(1min)) {
                ++events;
                if (event.silent)
                    silentSinceReconcile.insert(event.orderId);
            }
            const SyncResult step = sync(&client, &book, OrderSync::Mode::Automatic);
            QVERIFY2(step.isOk(),
                     qPrintable(u"minute %1: %2"_s.arg(minute).arg(step.userMessage())));
            QCOMPARE(OrderSync::Mode(step.mode), OrderSync::Mode::Incremental);
            incrementalOrders += step.orderCount;
            if (minute % 10 == 0 && minute < 60) {
                const SyncResult reconcile = sync(&client, &book, OrderSync::Mode::Reconcile);
                QVERIFY2(reconcile.isOk(), qPrintable(reconcile.userMessage()));
                silentSinceReconcile.clear();
            }
        }
        QVERIFY2(events >= 500, qPrintable(QString::number(events)));
        QVERIFY2(store.data().orders.size() > 200, "no order was created in the hour");
        // Incremental syncs read what changed in the last minute plus the 5-minute overlap
        // (about 6 x 12 orders), not the whole shop again (60 x 200).
        QVERIFY2(incrementalOrders < 60 * 200 / 3, qPrintable(QString::number(incrementalOrders)));

        // Before the last reconciliation only changes Shopify hides from updatedAt can differ.
        QList<Order> local;
        QVERIFY(!book.allOrders(&local).isError());
        const QHash<qint64, QString> beforeReconcile = differing(store, local);
        for (auto it = beforeReconcile.cbegin(); it != beforeReconcile.cend(); ++it)
            QVERIFY2(silentSinceReconcile.contains(it.key()), qPrintable(it.value()));

        const SyncResult last = sync(&client, &book, OrderSync::Mode::Reconcile);
        QVERIFY2(last.isOk(), qPrintable(last.userMessage()));
        QVERIFY(!book.allOrders(&local).isError());
        QHash<qint64, QString> after = differing(store, local);
        QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.values()).join(u"\n"_s)));

        // What is on disk is what was in memory: a second reader of the file sees the same.
        OrderBook reader(db.connection());
        QVERIFY(!reader.load().isError());
        QList<Order> stored;
        QVERIFY(!reader.allOrders(&stored).isError());
        after = differing(store, stored);
        QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.values()).join(u"\n"_s)));
    }
};

QTEST_GUILESS_MAIN(TestHourOfActivity)
#include "tst_hourofactivity.moc"
