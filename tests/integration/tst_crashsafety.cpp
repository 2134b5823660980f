#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/CliProcess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Kill smidig-cli with SIGKILL at random moments during a bulk fulfil of 200 orders, start it
// again each time, and in the end every order is fulfilled exactly once: none twice, none
// missing. The demo store lives in this process, so it outlives every killed client.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(u"crash.sqlite"_s); }

    CliProcess cli(const QUrl &shop) const
    {
        CliProcess cli(QStringLiteral(SMIDIG_CLI_PATH), m_dir.path());
        cli.setShop(shop, u"crash-token"_s);
        cli.setDatabase(database());
        return cli;
    }

private slots:
    void killedMidFulfilmentEveryOrderShipsExactlyOnce()
    {
        demostore::DemoStoreConfig config;
        config.seed = 21;
        config.orderCount = 600;
        config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        config.accessToken = u"crash-token"_s;
        config.throttling = false; // the pacing has tests of its own; here only the kills matter
        demostore::DemoStoreThread store(config);
        QString error;
        QVERIFY2(store.start(&error), qPrintable(error));

        const CliProcess smidig = cli(store.url());
        QString errors;
        QCOMPARE(smidig.run({u"sync"_s}, &errors), 0);

        // The 200 orders to fulfil, and how many shipments (locations) each needs.
        QStringList names;
        QHash<QString, int> shipments;
        {
            Database db;
            QVERIFY(!db.open(database()).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.load().isError());
            QList<Order> all;
            QVERIFY(!book.allOrders(&all).isError());
            const FulfillmentPlanner::Plan plan = FulfillmentPlanner().planWhole(all);
            for (const FulfillmentRequest &request : plan.requests) {
                if (!shipments.contains(request.orderId) && shipments.size() == 200)
                    continue;
                if (!shipments.contains(request.orderId))
                    names.append(request.orderName);
                ++shipments[request.orderId];
            }
        }
        QCOMPARE(names.size(), 200);

        // Each mutation's answer is held a little, so a kill right after the store carried
        // one out finds the client still waiting for it: the outcome it must check later.
        demostore::FaultPlan slow;
        slow.delayRate = 1;
        slow.delayMs = 300;
        slow.scope = demostore::FaultPlan::Scope::MutationsOnly;
        store.setFaultPlan(slow);

        // Each run is killed once the store has carried out a random few more mutations: the
        // moment is chosen by what happened, not by the clock, so every kill lands among
        // the mutations however fast or slow the machine. 12 runs take at most 96 of the
        // 200 orders, so none ends by itself.
        QStringList fulfil{u"fulfil"_s};
        fulfil += names;
        QRandomGenerator random(4242);
        constexpr int kKills = 12;
        int kills = 0;
        for (int run = 0; run < kKills; ++run) {
            const qint64 before = store.store()->mutationCount();
            const int more = random.bounded(1, 9);
            const std::unique_ptr<QProcess> process = smidig.start(fulfil);
            QVERIFY(process->waitForStarted());
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return store.store()->mutationCount() >= before + more
                           || process->state() == QProcess::NotRunning;
                },
                300000));
            if (process->state() != QProcess::NotRunning) {
                process->kill(); // SIGKILL: no clean-up, no flushing
                process->waitForFinished();
                ++kills;
            }
        }
        QCOMPARE(kills, kKills);
        // The kills must have caught the fulfilment under way, not only the sync before it.
        int shippedBeforeTheLastRun = 0;
        for (auto it = shipments.cbegin(); it != shipments.cend(); ++it)
            shippedBeforeTheLastRun += store.store()->fulfillmentsCreated(it.key()) > 0 ? 1 : 0;
        qInfo("%d of 200 orders had shipped before the last, unkilled run", shippedBeforeTheLastRun);
        QVERIFY(shippedBeforeTheLastRun > 0);

        // Start again without killing: what waits is sent (or checked), what never got
        // queued is fulfilled now, and a last sync leaves nothing pending.
        const int code = smidig.run(fulfil, &errors);
        QVERIFY2(code == 0 || code == 4, qPrintable(errors));
        QCOMPARE(smidig.run({u"sync"_s}, &errors), 0);
        QVERIFY2(!errors.contains(u"wait in the outbox"_s), qPrintable(errors));

        int twice = 0;
        int missing = 0;
        for (auto it = shipments.cbegin(); it != shipments.cend(); ++it) {
            const int created = store.store()->fulfillmentsCreated(it.key());
            if (created > it.value())
                ++twice;
            else if (created < it.value())
                ++missing;
        }
        QCOMPARE(twice, 0);
        QCOMPARE(missing, 0);
        // Shopify refuses a second create of a whole quantity, and the client then finds the
        // work done: only the store's count shows that such a second request was ever sent.
        QCOMPARE(store.store()->duplicateCreatesRefused(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
