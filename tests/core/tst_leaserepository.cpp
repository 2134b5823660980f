#include "core/storage/Database.h"
#include "core/storage/LeaseRepository.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds kLease(45000);
const StationIdentity kPackingTable{u"Station 2"_s, u"Anna"_s};
const StationIdentity kBackRoom{u"Back room"_s, {}};

} // namespace

// Named leases on both engines, as two stations sharing one store see them: each through its
// own connection, as each station has one.
class TestLeaseRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;

    // Moves every lease's expiry by `ms` (negative: into the past), as time passing would.
    void age(qint64 ms)
    {
        QSqlQuery query(m_first->connection());
        QVERIFY(query.exec(u"UPDATE leases SET expires_at = expires_at + %1, "
                           "taken_at = taken_at + %1"_s.arg(ms)));
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_first = std::make_unique<Database>();
        StoreError opened = m_first->open(m_store->location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        m_second = std::make_unique<Database>();
        opened = m_second->open(m_store->location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
    }
    void cleanup()
    {
        m_second.reset();
        m_first.reset();
        m_store.reset();
    }

    void aHeldLeaseIsRefusedToAnotherHolderAndShowsWhoHasIt()
    {
        LeaseRepository first(m_first->connection());
        LeaseRepository second(m_second->connection());
        Lease lease;
        QVERIFY(!first
                     .take(u"order:1"_s,
                           u"p1"_s,
                           kPackingTable,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QCOMPARE(lease.holder, u"p1"_s);
        QCOMPARE(lease.who, kPackingTable);
        QVERIFY(lease.remainingMs > 40000 && lease.remainingMs <= 45000);

        QVERIFY(!second
                     .take(u"order:1"_s,
                           u"p2"_s,
                           kBackRoom,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QCOMPARE(lease.holder, u"p1"_s); // still the first station's
        QCOMPARE(lease.who.station, u"Station 2"_s);
        QCOMPARE(lease.who.packer, u"Anna"_s);

        // Another name is free.
        QVERIFY(!second
                     .take(u"order:2"_s,
                           u"p2"_s,
                           kBackRoom,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QCOMPARE(lease.holder, u"p2"_s);
        QCOMPARE(lease.who, kBackRoom);
    }

    void aLapsedLeaseIsFreeAndIsNotRenewed()
    {
        LeaseRepository first(m_first->connection());
        LeaseRepository second(m_second->connection());
        Lease lease;
        QVERIFY(!first
                     .take(u"order:1"_s,
                           u"p1"_s,
                           kPackingTable,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        age(-kLease.count() - 1000); // the first station stopped renewing 46 s ago

        QList<Lease> current;
        QVERIFY(!second.current(u"order:"_s, &current).isError());
        QVERIFY(current.isEmpty());
        QStringList held;
        QVERIFY(!first.renew(u"p1"_s, kLease, &held).isError());
        QVERIFY(held.isEmpty()); // too late: it may already have been seen free

        QVERIFY(!second
                     .take(u"order:1"_s,
                           u"p2"_s,
                           kBackRoom,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QCOMPARE(lease.holder, u"p2"_s);
        QVERIFY(lease.heldForMs < 5000); // a new lease, not the old one's age
    }

    void renewalKeepsWhenItWasTakenAndTakeoverStartsAgain()
    {
        LeaseRepository first(m_first->connection());
        LeaseRepository second(m_second->connection());
        Lease lease;
        QVERIFY(!first
                     .take(u"order:1"_s,
                           u"p1"_s,
                           kPackingTable,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        age(-8000); // taken 8 s ago, 37 s left
        QStringList held;
        QVERIFY(!first.renew(u"p1"_s, kLease, &held).isError());
        QCOMPARE(held, QStringList{u"order:1"_s});
        std::optional<Lease> found;
        QVERIFY(!second.find(u"order:1"_s, &found).isError());
        QVERIFY(found.has_value());
        QVERIFY(found->heldForMs >= 8000 && found->heldForMs < 13000);
        QVERIFY(found->remainingMs > 40000);
        // Taking it again as its own holder renews it too, and keeps its age.
        QVERIFY(!first
                     .take(u"order:1"_s,
                           u"p1"_s,
                           kPackingTable,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QVERIFY(lease.heldForMs >= 8000);

        QVERIFY(!second
                     .take(u"order:1"_s,
                           u"p2"_s,
                           kBackRoom,
                           kLease,
                           LeaseRepository::Take::TakeOver,
                           &lease)
                     .isError());
        QCOMPARE(lease.holder, u"p2"_s);
        QCOMPARE(lease.who, kBackRoom);
        QVERIFY(lease.heldForMs < 5000);
        // The first station learns on its next renewal that it lost it.
        QVERIFY(!first.renew(u"p1"_s, kLease, &held).isError());
        QVERIFY(held.isEmpty());
    }

    // A holder known to have ended (killed on this machine) gives way at once; a live one
    // keeps its lease.
    void aLeaseOfAnEndedHolderIsFreeAtOnce()
    {
        LeaseRepository first(m_first->connection());
        LeaseRepository second(m_second->connection());
        Lease lease;
        QVERIFY(!first
                     .take(u"sync"_s,
                           u"p1"_s,
                           kPackingTable,
                           kLease,
                           LeaseRepository::Take::IfFree,
                           &lease)
                     .isError());
        QString ended;
        auto endedIs = [](const QString &gone) {
            return [gone](const QString &holder) { return holder == gone; };
        };
        QVERIFY(!second
                     .takeUnlessLive(
                         u"sync"_s, u"p2"_s, kBackRoom, kLease, endedIs(u"p9"_s), &lease, &ended)
                     .isError());
        QCOMPARE(lease.holder, u"p1"_s);
        QVERIFY(ended.isEmpty());

        QVERIFY(!second
                     .takeUnlessLive(
                         u"sync"_s, u"p2"_s, kBackRoom, kLease, endedIs(u"p1"_s), &lease, &ended)
                     .isError());
        QCOMPARE(lease.holder, u"p2"_s);
        QCOMPARE(lease.who, kBackRoom);
        QCOMPARE(ended, u"p1"_s);
    }

    void releaseOnlyLetsGoOfOwnLeases()
    {
        LeaseRepository first(m_first->connection());
        LeaseRepository second(m_second->connection());
        Lease lease;
        for (const QString &name : {u"order:1"_s, u"order:2"_s, u"sync"_s}) {
            QVERIFY(!first
                         .take(name,
                               u"p1"_s,
                               kPackingTable,
                               kLease,
                               LeaseRepository::Take::IfFree,
                               &lease)
                         .isError());
        }
        QVERIFY(!second.release(u"order:1"_s, u"p2"_s).isError());
        QList<Lease> current;
        QVERIFY(!second.current(u"order:"_s, &current).isError());
        QCOMPARE(current.size(), 2);
        QCOMPARE(current.at(0).name, u"order:1"_s);
        QCOMPARE(current.at(1).name, u"order:2"_s);

        QVERIFY(!first.release(u"order:1"_s, u"p1"_s).isError());
        QVERIFY(!second.current(u"order:"_s, &current).isError());
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).name, u"order:2"_s);
        // The prefix is matched as text: "sync" is not an order, and "%" is no wildcard.
        QVERIFY(!second.current(u"%"_s, &current).isError());
        QVERIFY(current.isEmpty());
        QVERIFY(!second.current(u"sync"_s, &current).isError());
        QCOMPARE(current.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeaseRepository)
#include "tst_leaserepository.moc"
