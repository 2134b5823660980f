#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/PostgresTestDatabase.h"
#include "tests/testlib/Requirements.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Four stations on one PostgreSQL store (issue 15), each fulfilling its own 50 of 200 orders
// against the demo store: one is this process's ShopServices (the window's parts), three are
// smidig-cli processes. One command line is killed with SIGKILL mid-way, one is frozen with
// SIGSTOP past its lease and then continued. The window's side takes over what they held;
// the frozen one wakes to find its entries gone and cannot record anything for them. Every
// order is fulfilled exactly once and the demo store saw no second create.
//
// The selections do not overlap yet: two stations choosing the same order is what order
// claims are for (issue 15, point 3).
class TestStations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreLocation m_store;

    std::unique_ptr<QProcess> start(const QUrl &shop,
                                    const QStringList &arguments,
                                    const QString &lease = u"45000"_s)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"STATIONS_TEST_TOKEN"_s, u"stations-token"_s);
        environment.insert(u"SMIDIG_OUTBOX_CHECK_DELAY_MS"_s, u"200"_s);
        environment.insert(u"SMIDIG_OUTBOX_LEASE_MS"_s, lease);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(SMIDIG_CLI_PATH),
                       QStringList{u"--shop"_s,
                                   shop.toString(),
                                   u"--token-env"_s,
                                   u"STATIONS_TEST_TOKEN"_s,
                                   u"--database"_s,
                                   m_store.toString()}
                           + arguments);
        return process;
    }

    // waitForFinished() says false for a process that already ended.
    static bool ended(QProcess &process)
    {
        return process.state() == QProcess::NotRunning || process.waitForFinished(300000);
    }

    static int createdAmong(const demostore::DemoStore &store, const QStringList &ids)
    {
        int created = 0;
        for (const QString &id : ids)
            created += store.fulfillmentsCreated(id);
        return created;
    }

private slots:
    void fourStationsFulfilEachOrderOnceThroughKillsAndFreezes()
    {
        PostgresTestDatabase shared;
        SMIDIG_REQUIRE(shared.isReady(), shared.problem());
        m_store = shared.location();

        demostore::DemoStoreConfig config;
        config.seed = 15;
        config.orderCount = 600;
        config.now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        config.accessToken = u"stations-token"_s;
        config.throttling = false;
        demostore::DemoStoreThread demo(config);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        {
            const auto sync = start(demo.url(), {u"sync"_s});
            QVERIFY(sync->waitForFinished(300000));
            QVERIFY2(sync->exitCode() == 0, sync->readAllStandardError().constData());
        }

        // 200 orders in four sets of 50: names for the command lines, requests for the window.
        QList<QStringList> names(4);
        QList<QStringList> ids(4);
        QList<FulfillmentRequest> windowRequests;
        QHash<QString, int> shipments;
        {
            Database db;
            QVERIFY(!db.open(m_store).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.load().isError());
            QList<Order> all;
            QVERIFY(!book.allOrders(&all).isError());
            for (const FulfillmentRequest &request : FulfillmentPlanner().planWhole(all).requests) {
                if (!shipments.contains(request.orderId)) {
                    if (shipments.size() == 200)
                        continue;
                    const qsizetype set = shipments.size() / 50;
                    names[set].append(request.orderName);
                    ids[set].append(request.orderId);
                }
                ++shipments[request.orderId];
                if (ids[3].contains(request.orderId))
                    windowRequests.append(request);
            }
        }
        QCOMPARE(shipments.size(), 200);

        // Answers are held, so a kill or a freeze catches requests on their way; some
        // connections drop after the work.
        demostore::FaultPlan faults;
        faults.delayRate = 1;
        faults.delayMs = 150;
        faults.dropAfterWorkRate = 0.05;
        faults.seed = 15;
        faults.scope = demostore::FaultPlan::Scope::MutationsOnly;
        demo.setFaultPlan(faults);
        const demostore::DemoStore &store = *demo.store();

        // Station 1 is killed a few fulfilments in.
        {
            const auto killed = start(demo.url(), QStringList{u"fulfil"_s} + names[0]);
            QVERIFY(QTest::qWaitFor([&] { return createdAmong(store, ids[0]) >= 4; }, 300000));
            killed->kill();
            QVERIFY(killed->waitForFinished());
        }

        // Station 4, the window's parts, opens the store and takes over what station 1 held.
        QNetworkAccessManager network;
        auto window = std::make_unique<ShopServices>(&network);
        ShopCredentials credentials;
        credentials.accessToken = u"stations-token"_s;
        QVERIFY(!window->open({ShopAddress::fromUrl(demo.url()), credentials, m_store, {}, {}})
                     .isError());
        window->outbox()->setLease(std::chrono::seconds(3));
        window->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        window->sender()->setCheckDelay(std::chrono::milliseconds(200));
        window->sender()->start();
        auto heldByWindow = [&](const QStringList &orders) {
            for (const OutboxEntry &entry : window->outbox()->entries()) {
                if (orders.contains(entry.orderId) && entry.owner != window->outbox()->holder())
                    return false;
            }
            return true;
        };
        // The bound: a killed station's entries are taken over within 60 s.
        QVERIFY(QTest::qWaitFor([&] { return heldByWindow(ids[0]); }, 60000));

        // Stations 2 and 3 start; the window fulfils its own set meanwhile.
        const auto frozen = start(demo.url(), QStringList{u"fulfil"_s} + names[1], u"2000"_s);
        const auto steady = start(demo.url(), QStringList{u"fulfil"_s} + names[2]);
        QVERIFY(!window->desk()->fulfill(windowRequests).isError());

        // Station 2 is frozen a few fulfilments in, past its 2 s lease: the window takes over
        // everything it held. Then it is continued.
        QVERIFY(QTest::qWaitFor([&] { return createdAmong(store, ids[1]) >= 4; }, 300000));
        QCOMPARE(::kill(pid_t(frozen->processId()), SIGSTOP), 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const bool seen = std::any_of(window->outbox()->entries().cbegin(),
                                              window->outbox()->entries().cend(),
                                              [&](const OutboxEntry &entry) {
                                                  return ids[1].contains(entry.orderId);
                                              });
                return seen && heldByWindow(ids[1]);
            },
            60000));
        QCOMPARE(::kill(pid_t(frozen->processId()), SIGCONT), 0);
        qInfo("station 2 was continued after the window took over what it held");

        QVERIFY(ended(*frozen));
        qInfo("station 2 ended with exit code %d", frozen->exitCode());
        QVERIFY(ended(*steady));
        qInfo("station 3 ended with exit code %d", steady->exitCode());
        QVERIFY2(steady->exitCode() == 0, steady->readAllStandardError().constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window->outbox()->pendingCount() == 0 && window->sender()->inFlight() == 0;
            },
            300000));
        window.reset();
        demo.setFaultPlan({});
        {
            const auto last = start(demo.url(), {u"sync"_s});
            QVERIFY(last->waitForFinished(300000));
            QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
        }

        QStringList problems;
        for (auto it = shipments.cbegin(); it != shipments.cend(); ++it) {
            const int created = store.fulfillmentsCreated(it.key());
            if (created != it.value())
                problems.append(u"%1: %2 of %3"_s.arg(it.key()).arg(created).arg(it.value()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(store.duplicateCreatesRefused(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStations)
#include "tst_stations.moc"
