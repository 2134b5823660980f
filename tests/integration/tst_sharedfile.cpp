#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/CliProcess.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window and smidig-cli on one SQLite file, both sending (issue 15). The window's side is
// the app's own ShopServices in this process; the command lines are real smidig-cli
// processes, killed with SIGKILL mid-way, while answers are held and some connections are
// dropped after the work. Both sides take over a killed command line's entries at the same
// moment; the store decides who holds each. In the end every order is fulfilled exactly
// once, and the demo store saw no second create of anything.
class TestSharedFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(u"shared.sqlite"_s); }

    CliProcess cli(const QUrl &shop) const
    {
        CliProcess cli(QStringLiteral(SMIDIG_CLI_PATH), m_dir.path());
        cli.setShop(shop, u"shared-token"_s);
        cli.setDatabase(database());
        return cli;
    }

    // Runs smidig-cli until the store has carried out `mutations` more mutations, then kills
    // it (the moment is chosen by what happened, not by the clock).
    void runAndKill(demostore::DemoStoreThread &store, const QStringList &arguments, int mutations)
    {
        const qint64 before = store.store()->mutationCount();
        const auto process = cli(store.url()).start(arguments);
        QVERIFY(process->waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return store.store()->mutationCount() >= before + mutations
                       || process->state() == QProcess::NotRunning;
            },
            300000));
        QVERIFY2(process->state() != QProcess::NotRunning,
                 "smidig-cli finished before it could be killed");
        process->kill();
        QVERIFY(process->waitForFinished());
    }

private slots:
    void theWindowAndTheCommandLineSendEachActionOnce()
    {
        demostore::DemoStoreConfig config;
        config.seed = 33;
        config.orderCount = 500;
        config.now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        config.accessToken = u"shared-token"_s;
        config.throttling = false;
        demostore::DemoStoreThread store(config);
        QString error;
        QVERIFY2(store.start(&error), qPrintable(error));
        {
            const auto sync = cli(store.url()).start({u"sync"_s});
            QVERIFY(sync->waitForFinished(300000));
            QCOMPARE(sync->exitCode(), 0);
        }

        // Two sets of 60 orders: the first for a command line that is killed, the second for
        // the one that runs beside the window.
        QStringList first;
        QStringList second;
        QHash<QString, int> shipments;
        {
            Database db;
            QVERIFY(!db.open(database()).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.load().isError());
            QList<Order> all;
            QVERIFY(!book.allOrders(&all).isError());
            for (const FulfillmentRequest &request : FulfillmentPlanner().planWhole(all).requests) {
                if (!shipments.contains(request.orderId)) {
                    if (second.size() == 60)
                        continue;
                    (first.size() < 60 ? first : second).append(request.orderName);
                }
                ++shipments[request.orderId];
            }
        }
        QCOMPARE(second.size(), 60);

        // Answers are held, so kills catch requests on their way; some connections drop after
        // the work, so some outcomes are unknown and must be checked.
        demostore::FaultPlan faults;
        faults.delayRate = 1;
        faults.delayMs = 150;
        faults.dropAfterWorkRate = 0.1;
        faults.seed = 7;
        faults.scope = demostore::FaultPlan::Scope::MutationsOnly;
        store.setFaultPlan(faults);

        runAndKill(store, QStringList{u"fulfil"_s} + first, 5);

        // The window opens the file while a second command line starts on it: both find the
        // killed one's entries and take them over at once (its process ended), the store
        // giving each to one of them.
        QNetworkAccessManager network;
        auto window = std::make_unique<ShopServices>(&network);
        ShopCredentials credentials;
        credentials.accessToken = u"shared-token"_s;
        const auto beside = cli(store.url()).start(QStringList{u"fulfil"_s} + second);
        QVERIFY(beside->waitForStarted());
        QVERIFY(!window
                     ->open({ShopAddress::fromUrl(store.url()),
                             credentials,
                             StoreLocation::file(database()),
                             {},
                             {}})
                     .isError());
        window->outbox()->setLease(std::chrono::seconds(3));
        window->sender()->setCheckDelay(std::chrono::milliseconds(200));
        window->sender()->start();
        QVERIFY(beside->waitForFinished(300000));
        const QByteArray besideSaid = beside->readAllStandardError();
        qInfo("the second command line ended with exit code %d", beside->exitCode());
        QVERIFY2(beside->exitCode() == 0 || beside->exitCode() == 4, besideSaid.constData());

        // The window sends what it holds, and takes over whatever the command line left
        // when it ended (its heartbeat finds it): nothing stays pending.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window->outbox()->pendingCount() == 0 && window->sender()->inFlight() == 0;
            },
            300000));
        window.reset();
        store.setFaultPlan({});
        {
            const auto last = cli(store.url()).start({u"sync"_s});
            QVERIFY(last->waitForFinished(300000));
            QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
        }

        int twice = 0;
        int missing = 0;
        QStringList problems;
        for (auto it = shipments.cbegin(); it != shipments.cend(); ++it) {
            const int created = store.store()->fulfillmentsCreated(it.key());
            if (created > it.value())
                ++twice;
            else if (created < it.value())
                ++missing;
            if (created != it.value())
                problems.append(u"%1: %2 of %3"_s.arg(it.key()).arg(created).arg(it.value()));
        }
        QVERIFY2(twice == 0 && missing == 0,
                 qPrintable(problems.join(u'\n') + u"\nThe second command line said:\n"_s
                            + QString::fromUtf8(besideSaid).right(2000)));
        QCOMPARE(store.store()->duplicateCreatesRefused(), 0);
        QVERIFY(store.store()->stats().droppedAfterWork > 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
