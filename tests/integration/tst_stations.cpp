#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/outbox/SenderIdentity.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/PostgresTestDatabase.h"
#include "tests/testlib/Requirements.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Four stations on one PostgreSQL store (issue 15) fulfil overlapping selections of 200
// orders against the demo store: each order is in two stations' selections. One station is
// this process's ShopServices (the window's parts), three are smidig-cli processes. One
// command line is killed with SIGKILL mid-way, one is frozen with SIGSTOP past its lease and
// then continued. The window's side takes over what they held; the frozen one wakes to find
// its entries gone and cannot record anything for them. Order claims and the desk's reading
// of the store keep two stations from queueing the same order: every order is fulfilled
// exactly once and the demo store saw no second create.
class TestStations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreLocation m_store;
    QString m_killedHolder;
    std::unique_ptr<Database> m_probe;

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

    // The outbox holder names of a process all start so (SenderIdentity: the random part
    // at the end differs).
    static QString holderPrefix(const QProcess &process)
    {
        return SenderIdentity::forProcess(process.processId()).name().section(u'/', 0, -2) + u'/';
    }

    // The orders of the outbox entries a process holds or held (done ones included), and of
    // the orders it claims, as the store has them now.
    QStringList ownedBy(const QString &holderPrefix)
    {
        // One connection for all the polls: opening one each time kept this process (the
        // window's) from its heartbeat for longer.
        if (!m_probe) {
            m_probe = std::make_unique<Database>();
            if (m_probe->open(m_store).isError()) {
                m_probe.reset();
                return {};
            }
        }
        QSqlQuery query(m_probe->connection());
        query.prepare(u"SELECT order_id FROM outbox WHERE substr(owner, 1, ?) = ? UNION "
                      "SELECT substr(name, 7) FROM leases WHERE name LIKE 'order:%' "
                      "AND substr(holder, 1, ?) = ?"_s);
        query.bindValue(0, int(holderPrefix.size()));
        query.bindValue(1, holderPrefix);
        query.bindValue(2, int(holderPrefix.size()));
        query.bindValue(3, holderPrefix);
        QStringList orders;
        if (!query.exec())
            return {};
        while (query.next())
            orders.append(query.value(0).toString());
        return orders;
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

        // 200 orders in four blocks of 50. Each station's selection is two blocks, so every
        // order is in two selections: station 1 (killed) A and B, station 2 (frozen) C and B,
        // station 3 D and C (from its end, so stations 2 and 3 meet in the middle of C while
        // both run), the window D and A.
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
            const QList<FulfillmentRequest> requests = FulfillmentPlanner().planWhole(all).requests;
            for (const FulfillmentRequest &request : requests) {
                if (!shipments.contains(request.orderId)) {
                    if (shipments.size() == 200)
                        continue;
                    const qsizetype block = shipments.size() / 50;
                    names[block].append(request.orderName);
                    ids[block].append(request.orderId);
                }
                ++shipments[request.orderId];
            }
            for (const FulfillmentRequest &request : requests) {
                if (ids[3].contains(request.orderId) || ids[0].contains(request.orderId))
                    windowRequests.append(request);
            }
        }
        QCOMPARE(shipments.size(), 200);
        QStringList reversedC = names[2];
        std::reverse(reversedC.begin(), reversedC.end());
        const QStringList killedSelection = names[0] + names[1];
        const QStringList frozenSelection = names[2] + names[1];
        const QStringList steadySelection = names[3] + reversedC;

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
            const auto killed = start(demo.url(), QStringList{u"fulfil"_s} + killedSelection);
            QVERIFY(killed->waitForStarted());
            m_killedHolder = holderPrefix(*killed);
            QVERIFY(
                QTest::qWaitFor([&] { return createdAmong(store, ids[0] + ids[1]) >= 4; }, 300000));
            killed->kill();
            QVERIFY(killed->waitForFinished());
        }

        // Station 4, the window's parts, opens the store and takes over what station 1 held.
        QNetworkAccessManager network;
        auto window = std::make_unique<ShopServices>(&network);
        ShopCredentials credentials;
        credentials.accessToken = u"stations-token"_s;
        const StationIdentity windowStation{u"Station 4"_s, u"Dana"_s};
        QVERIFY(
            !window
                 ->open({ShopAddress::fromUrl(demo.url()), credentials, m_store, {}, windowStation})
                 .isError());
        // Long enough that a write waiting out the store's 5 s lock timeout (another station
        // frozen while it holds the writers' lock) cannot keep the window's heartbeat away
        // past the lease: others may take the window's entries only when it truly stopped.
        window->outbox()->setLease(std::chrono::seconds(20));
        window->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        window->sender()->setCheckDelay(std::chrono::milliseconds(200));
        window->sender()->start();
        auto holds = [&](const QString &prefix) {
            return std::any_of(window->outbox()->entries().cbegin(),
                               window->outbox()->entries().cend(),
                               [&](const OutboxEntry &entry) {
                                   return entry.owner.startsWith(prefix);
                               });
        };
        // The bound: a killed station's entries are taken over within 60 s.
        QVERIFY(QTest::qWaitFor([&] { return !holds(m_killedHolder); }, 60000));

        // Stations 2 and 3 start; the window fulfils its selection meanwhile. Station 1 queued
        // all of block A before it was killed, so the window refuses every order of it: its
        // plan was made before, but the desk reads what is queued.
        const auto frozen = start(demo.url(), QStringList{u"fulfil"_s} + frozenSelection, u"2000"_s);
        QVERIFY(frozen->waitForStarted());
        const QString frozenHolder = holderPrefix(*frozen);
        // Station 3 starts once station 2 is at work, so that station 2 has orders of its
        // own to be frozen with; station 3 then meets its claims, or what it queued, in C.
        QVERIFY(QTest::qWaitFor([&] { return !ownedBy(frozenHolder).isEmpty(); }, 300000));
        const auto steady = start(demo.url(), QStringList{u"fulfil"_s} + steadySelection);
        QVERIFY(steady->waitForStarted());
        QList<qint64> windowEntries;
        QList<FulfillmentPlanner::Refusal> windowRefusals;
        // In batches of ten, as a person confirms a few orders at a time: one call for all
        // would keep the window's event loop, and so its heartbeat, waiting for seconds.
        for (qsizetype first = 0; first < windowRequests.size(); first += 10) {
            QList<qint64> entries;
            QList<FulfillmentPlanner::Refusal> refusals;
            QVERIFY(!window->desk()
                         ->fulfill(windowRequests.mid(first, 10), &entries, &refusals)
                         .isError());
            windowEntries += entries;
            windowRefusals += refusals;
            QCoreApplication::processEvents();
        }
        QSet<QString> refusedByWindow;
        for (const FulfillmentPlanner::Refusal &refusal : std::as_const(windowRefusals))
            refusedByWindow.insert(refusal.orderId);
        QSet<QString> blockA(ids[0].cbegin(), ids[0].cend());
        QVERIFY(blockA.subtract(refusedByWindow).isEmpty());
        qInfo("the window queued %lld entries and left %lld orders to other stations",
              qint64(windowEntries.size()),
              qint64(windowRefusals.size()));

        // Station 2 is frozen a few fulfilments in, past its 2 s lease: the window takes over
        // everything it held. Then it is continued.
        QVERIFY(QTest::qWaitFor([&] { return createdAmong(store, ownedBy(frozenHolder)) >= 4; },
                                300000));
        QCOMPARE(::kill(pid_t(frozen->processId()), SIGSTOP), 0);
        QVERIFY(QTest::qWaitFor([&] { return !holds(frozenHolder); }, 60000));
        QCOMPARE(::kill(pid_t(frozen->processId()), SIGCONT), 0);
        qInfo("station 2 was continued after the window took over what it held");

        QVERIFY(ended(*frozen));
        qInfo("station 2 ended with exit code %d", frozen->exitCode());
        QVERIFY(ended(*steady));
        const QString steadySaid = QString::fromUtf8(steady->readAllStandardError());
        qInfo("station 3 ended with exit code %d; it left %lld orders to other stations",
              steady->exitCode(),
              qint64(steadySaid.count(u"being packed at"_s)
                     + steadySaid.count(u"already being fulfilled at"_s)));
        // Done, or some orders refused (already fulfilled, on their way) or skipped (another
        // station packs or fulfils them): nothing failed, the shop and the store answered.
        // What it said beyond the orders it left to others, for a failure's message.
        QStringList notable = steadySaid.split(u'\n', Qt::SkipEmptyParts);
        notable.removeIf([](const QString &line) {
            return line.contains(u"being packed at"_s) || line.contains(u"being fulfilled at"_s);
        });
        const QString notableText = notable.join(u'\n').right(1500);
        QVERIFY2(steady->exitCode() == 0 || steady->exitCode() == 4 || steady->exitCode() == 5,
                 qPrintable(notableText));
        QVERIFY2(!steadySaid.contains(u": failed: "_s), qPrintable(notableText));
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
        m_probe.reset();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(store.duplicateCreatesRefused(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStations)
#include "tst_stations.moc"
