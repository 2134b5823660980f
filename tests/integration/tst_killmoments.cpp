#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/CliProcess.h"
#include "tests/testlib/Requirements.h"
#include "tests/testlib/StoreComparison.h"
#include "tests/testlib/TestStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/syscall.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(demostore::FaultPlan::DropPoint)

namespace {

struct Pick
{
    QString id;
    QString name;
};

// The store's write lock, held by the test on its own connection: on PostgreSQL the advisory
// lock every transaction that stores orders takes (Transaction::serializeWithOtherWriters),
// on SQLite the file's one writer slot (BEGIN IMMEDIATE). A process that has Shopify's answer
// then waits before its local commit, for as long as this is held (up to its busy timeout).
class WriterLock final
{
public:
    explicit WriterLock(QSqlDatabase db)
        : m_db(db)
    {
        if (SqlDialect(db).engine() == SqlDialect::Engine::Postgres) {
            m_transaction = std::make_unique<Transaction>(db);
            m_error = m_transaction->beginError();
            if (!m_error.isError())
                m_error = m_transaction->serializeWithOtherWriters();
        } else {
            QSqlQuery begin(db);
            if (!begin.exec(u"BEGIN IMMEDIATE"_s))
                m_error = StoreError::fromSql(begin.lastError(), u"BEGIN IMMEDIATE"_s);
            m_sqliteHeld = !m_error.isError();
        }
    }
    ~WriterLock() { release(); }
    Q_DISABLE_COPY_MOVE(WriterLock)

    const StoreError &error() const { return m_error; }

    void release()
    {
        m_transaction.reset(); // rolled back: the advisory lock ends with it
        if (m_sqliteHeld) {
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            m_sqliteHeld = false;
        }
    }

private:
    QSqlDatabase m_db;
    std::unique_ptr<Transaction> m_transaction;
    bool m_sqliteHeld = false;
    StoreError m_error;
};

// Linux: whether the process's main thread is asleep in the kernel's nanosleep, as SQLite's
// busy handler sleeps between its tries for a lock (Qt's event loop waits in poll instead).
bool sleepsInNanosleep(qint64 pid)
{
    QFile file(u"/proc/%1/syscall"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const long call = QByteArray(file.readAll()).split(' ').value(0).toLong();
#ifdef SYS_nanosleep
    if (call == SYS_nanosleep)
        return true;
#endif
    return call == SYS_clock_nanosleep;
}

} // namespace

// Smidig-cli killed with SIGKILL at the moments that matter for sending each action to Shopify
// once (issue 15), on a SQLite file and on PostgreSQL. Each moment is chosen by what happened,
// never by the clock: the demo store holds its answers until the test lets them go, so a
// kill lands after Shopify carried a mutation out and before the answer; the test holds the
// store's write lock, so a kill lands after the answer and before the local commit; the demo
// store drops connections after the work, so a kill lands after an outcome was recorded as
// unknown and before it was checked. Another process takes over each time. In the end every
// order is fulfilled exactly once, the demo store refused no second create, and the local
// store agrees with the demo store.
class TestKillMoments final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<demostore::DemoStoreThread> m_demo;
    std::unique_ptr<CliProcess> m_cli;
    std::unique_ptr<Database> m_probe; // the test's own connection to the store
    QList<Pick> m_orders;              // open orders fulfilled with one shipment each

    const demostore::DemoStore &demo() const { return *m_demo->store(); }

    QStringList fulfil(const QList<Pick> &orders) const
    {
        QStringList arguments{u"fulfil"_s};
        for (const Pick &order : orders)
            arguments.append(order.name);
        return arguments;
    }

    // The outbox as stored: order id -> state, of every entry not done.
    QHash<QString, QString> openEntries() const
    {
        QHash<QString, QString> states;
        QSqlQuery query(m_probe->connection());
        if (!query.exec(u"SELECT order_id, state FROM outbox WHERE state <> 'done'"_s))
            qWarning("cannot read the outbox: %s", qPrintable(query.lastError().text()));
        while (query.next())
            states.insert(query.value(0).toString(), query.value(1).toString());
        return states;
    }

    QList<Pick> created(const QList<Pick> &orders) const
    {
        QList<Pick> done;
        for (const Pick &order : orders) {
            if (demo().fulfillmentsCreated(order.id) > 0)
                done.append(order);
        }
        return done;
    }

    // Whether `process` waits for the write lock the test holds, before its local commit.
    bool waitsForTheWriteLock(const QProcess &process) const
    {
        if (m_store->engine() == SqlDialect::Engine::Postgres) {
            QSqlQuery query(m_probe->connection());
            return query.exec(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                              "NOT granted AND database = (SELECT oid FROM pg_database WHERE "
                              "datname = current_database())"_s)
                   && query.next() && query.value(0).toInt() > 0;
        }
        return sleepsInNanosleep(process.processId());
    }

    // Waits until `moment` is true, then kills `process` with SIGKILL. False when it ended
    // before the moment came (or the moment never came).
    bool killWhen(QProcess &process, const std::function<bool()> &moment)
    {
        if (!QTest::qWaitFor([&] { return moment() || process.state() == QProcess::NotRunning; },
                             120000)) {
            qWarning("the moment never came");
            return false;
        }
        if (process.state() == QProcess::NotRunning) {
            qWarning("smidig-cli ended before the moment came: %s",
                     process.readAllStandardError().constData());
            return false;
        }
        process.kill(); // SIGKILL: no clean-up, no flushing
        return process.waitForFinished();
    }

    QList<Pick> unknownAmong(const QList<Pick> &orders) const
    {
        const QHash<QString, QString> states = openEntries();
        QList<Pick> unknown;
        for (const Pick &order : orders) {
            if (states.value(order.id) == u"unknown")
                unknown.append(order);
        }
        return unknown;
    }

    // Starts smidig-cli fulfilling `orders` under a plan that holds and drops answers; lets
    // the first answer go (its connection is closed) and kills the process once it recorded
    // that outcome as unknown, before it could check it.
    void killAfterADroppedAnswer(const QList<Pick> &orders)
    {
        const qint64 before = demo().mutationCount();
        const auto process = m_cli->start(fulfil(orders));
        QVERIFY(QTest::qWaitFor([&] { return demo().mutationCount() > before; }, 120000));
        QCOMPARE(m_demo->releaseHeldAnswers(1), 1);
        QVERIFY(killWhen(*process, [&] { return !unknownAmong(orders).isEmpty(); }));
        const QList<Pick> dropped = unknownAmong(orders);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(demo().fulfillmentsCreated(dropped.first().id), 1);
    }

    // What every case ends with: each order fulfilled exactly once in the demo store, no
    // create refused as a duplicate, nothing left in the outbox, and the local store shows
    // each order as the demo store has it.
    void verifyEachOrderFulfilledOnce(const QList<Pick> &orders)
    {
        QStringList problems;
        for (const Pick &order : orders) {
            const int count = demo().fulfillmentsCreated(order.id);
            if (count != 1)
                problems.append(u"%1: %2 creates"_s.arg(order.name).arg(count));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(demo().duplicateCreatesRefused(), 0);
        QCOMPARE(openEntries(), (QHash<QString, QString>()));

        QHash<QString, QJsonObject> shop;
        m_demo->runInStoreThread([&shop](demostore::DemoStore &store) {
            for (int i = 0; i < store.data().orders.size(); ++i) {
                const QJsonObject order = store.orderJson(i);
                shop.insert(order[u"id"].toString(), order);
            }
        });
        OrderBook book(m_probe->connection());
        QVERIFY(!book.load().isError());
        QList<Order> stored;
        QVERIFY(!book.allOrders(&stored).isError());
        QHash<QString, Order> local;
        for (const Order &order : std::as_const(stored))
            local.insert(order.id, order);
        for (const Pick &pick : orders) {
            QVERIFY2(local.contains(pick.id), qPrintable(pick.name));
            const Order &order = local[pick.id];
            QCOMPARE(order.fulfillmentStatusName, u"FULFILLED"_s);
            const QString differences = orderDifferences(order, shop.value(pick.id));
            QVERIFY2(differences.isEmpty(), qPrintable(pick.name + u": "_s + differences));
        }
    }

    enum class Postponed {
        Wait,    // entries keep the time their last holder set for their next try
        SendNow, // as the window does when the shop answers again after an outage
    };

    // The window's parts in this process take over what a killed command line left (its
    // process has ended, so at once), check it with Shopify and send the rest; and fulfil
    // `more` orders of their own.
    void takeOverInThisProcess(const QList<Pick> &more = {}, Postponed postponed = Postponed::Wait)
    {
        QNetworkAccessManager network;
        ShopServices window(&network);
        ShopServices::Setup setup;
        setup.shop = ShopAddress::fromUrl(m_demo->url());
        setup.credentials.accessToken = u"kill-token"_s;
        setup.store = m_store->location();
        QVERIFY(!window.open(setup).isError());
        window.outbox()->setUndoWindow(std::chrono::milliseconds(0));
        window.sender()->setCheckDelay(std::chrono::milliseconds(200));
        QVERIFY(window.outbox()->pendingCount() > 0);
        if (!more.isEmpty()) {
            QStringList ids;
            for (const Pick &order : more)
                ids.append(order.id);
            StoreError error;
            const FulfillmentPlanner::Plan plan = window.desk()->planWhole(ids, &error);
            QVERIFY(!error.isError());
            QCOMPARE(plan.requests.size(), more.size());
            QVERIFY(!window.desk()->fulfill(plan.requests).isError());
        }
        if (postponed == Postponed::SendNow)
            QVERIFY(!window.outbox()->sendPostponedNow().isError());
        window.sender()->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return window.outbox()->pendingCount() == 0 && window.sender()->inFlight() == 0; },
            120000));
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }

    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());

        demostore::DemoStoreConfig config;
        config.seed = 27;
        config.orderCount = 60;
        config.now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        config.accessToken = u"kill-token"_s;
        config.throttling = false;
        m_demo = std::make_unique<demostore::DemoStoreThread>(config);
        QString error;
        QVERIFY2(m_demo->start(&error), qPrintable(error));

        m_cli = std::make_unique<CliProcess>(QStringLiteral(SMIDIG_CLI_PATH), m_home->path());
        m_cli->setShop(m_demo->url(), u"kill-token"_s);
        m_cli->setDatabase(m_store->location().toString());
        QString errors;
        QVERIFY2(m_cli->run({u"sync"_s}, &errors) == 0, qPrintable(errors));

        m_probe = std::make_unique<Database>();
        QVERIFY(!m_probe->open(m_store->location()).isError());
        OrderBook book(m_probe->connection());
        QVERIFY(!book.load().isError());
        QList<Order> all;
        QVERIFY(!book.allOrders(&all).isError());
        QHash<QString, int> shipments;
        QList<Pick> candidates;
        for (const FulfillmentRequest &request : FulfillmentPlanner().planWhole(all).requests) {
            if (++shipments[request.orderId] == 1)
                candidates.append({request.orderId, request.orderName});
        }
        m_orders.clear();
        for (const Pick &candidate : std::as_const(candidates)) {
            if (shipments.value(candidate.id) == 1)
                m_orders.append(candidate);
        }
        QVERIFY2(m_orders.size() >= 5, qPrintable(QString::number(m_orders.size())));
    }

    void cleanup()
    {
        m_probe.reset();
        m_cli.reset();
        m_demo.reset();
        m_home.reset();
        m_store.reset();
    }

    // Shopify carried the fulfilment out and its answer is on the way: the killed process
    // never learns it. The next one must ask Shopify, not send it again.
    void killedAfterTheWorkBeforeTheAnswer()
    {
        const QList<Pick> orders = m_orders.mid(0, 3);
        demostore::FaultPlan hold;
        hold.holdAnswers = true;
        hold.scope = demostore::FaultPlan::Scope::MutationsOnly;
        m_demo->setFaultPlan(hold);

        const auto process = m_cli->start(fulfil(orders));
        // Once the shop has created a fulfilment (the mutation is counted when it arrives,
        // a moment before its work is done).
        QVERIFY(killWhen(*process, [&] { return !created(orders).isEmpty(); }));

        // Carried out in the shop, still being sent here.
        const QList<Pick> carriedOut = created(orders);
        QVERIFY(!carriedOut.isEmpty());
        const QHash<QString, QString> left = openEntries();
        for (const Pick &order : carriedOut)
            QCOMPARE(left.value(order.id), u"sending"_s);
        qInfo("killed with %lld of 3 orders carried out and unanswered", qint64(carriedOut.size()));

        m_demo->setFaultPlan({});
        takeOverInThisProcess();
        verifyEachOrderFulfilledOnce(orders);
    }

    // Shopify's answer has arrived and the process waits for the store's write lock to record
    // it: killed there, nothing of the answer is stored. The next process finds the entry
    // being sent by a process that ended, and asks Shopify.
    void killedBetweenTheAnswerAndTheLocalCommit()
    {
        const QList<Pick> orders = m_orders.mid(0, 2);
        demostore::FaultPlan hold;
        hold.holdAnswers = true;
        hold.scope = demostore::FaultPlan::Scope::MutationsOnly;
        m_demo->setFaultPlan(hold);

        const qint64 before = demo().mutationCount();
        const auto process = m_cli->start(fulfil(orders));
        // The answers are held until the test holds the write lock: none can be recorded
        // before.
        QVERIFY(QTest::qWaitFor([&] { return demo().mutationCount() > before; }, 120000));
        WriterLock lock(m_probe->connection());
        QVERIFY2(!lock.error().isError(), qPrintable(lock.error().detail));
        QVERIFY(m_demo->releaseHeldAnswers() > 0);
        QVERIFY(killWhen(*process, [&] { return waitsForTheWriteLock(*process); }));

        // Answered by the shop, not recorded here.
        const QList<Pick> carriedOut = created(orders);
        QVERIFY(!carriedOut.isEmpty());
        const QHash<QString, QString> left = openEntries();
        for (const Pick &order : carriedOut)
            QCOMPARE(left.value(order.id), u"sending"_s);
        qInfo("killed waiting for the write lock with %lld of 2 orders answered",
              qint64(carriedOut.size()));
        lock.release();

        // A second command line takes over: it checks, and sends nothing twice.
        m_demo->setFaultPlan({});
        QString errors;
        QVERIFY2(m_cli->run({u"sync"_s}, &errors) == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(u"wait in the outbox"_s), qPrintable(errors));
        verifyEachOrderFulfilledOnce(orders);
    }

    void droppedConnectionsAndKills_data()
    {
        QTest::addColumn<demostore::FaultPlan::DropPoint>("dropPoint");
        QTest::newRow("closed before the answer") << demostore::FaultPlan::DropPoint::BeforeAnswer;
        QTest::newRow("closed half-way through the answer")
            << demostore::FaultPlan::DropPoint::DuringAnswer;
    }

    // The connection drops after Shopify did the work; the process records the outcome as
    // unknown, to be checked later, and is killed before it checks. Twice: the second command
    // line takes over the first one's unknown outcome and is killed the same way with its own.
    // The window's parts take over both, and see their own connections dropped too.
    void droppedConnectionsAndKills()
    {
        QFETCH(demostore::FaultPlan::DropPoint, dropPoint);
        demostore::FaultPlan drops;
        drops.dropAfterWorkRate = 1;
        drops.dropPoint = dropPoint;
        drops.holdAnswers = true;
        drops.scope = demostore::FaultPlan::Scope::MutationsOnly;
        m_demo->setFaultPlan(drops);
        // The command lines would check an unknown outcome only after ten minutes: each is
        // killed long before.
        m_cli->setEnvironment(u"SMIDIG_OUTBOX_CHECK_DELAY_MS"_s, u"600000"_s);

        const QList<Pick> first = m_orders.mid(0, 1);
        killAfterADroppedAnswer(first);
        if (QTest::currentTestFailed())
            return;
        const QList<Pick> second = m_orders.mid(1, 2);
        killAfterADroppedAnswer(second);
        if (QTest::currentTestFailed())
            return;
        const qint64 dropsBefore = demo().stats().droppedAfterWork;

        // The window's parts fulfil two more orders, and each of their fulfilments is dropped
        // after the work as well: they check them themselves. The unknown outcomes they take
        // over kept the killed processes' ten minutes; they are checked at once, as the window
        // does when the shop answers again (DeskSession, SyncScheduler::backOnline).
        const QList<Pick> third = m_orders.mid(3, 2);
        drops.holdAnswers = false;
        m_demo->setFaultPlan(drops);
        takeOverInThisProcess(third, Postponed::SendNow);
        QVERIFY(demo().stats().droppedAfterWork - dropsBefore >= third.size());
        verifyEachOrderFulfilledOnce(first + second + third);
    }
};

QTEST_GUILESS_MAIN(TestKillMoments)
#include "tst_killmoments.moc"
