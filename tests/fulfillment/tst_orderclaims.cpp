#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/SenderIdentity.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/LeaseRepository.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/TestStore.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const StationIdentity kPackingTable{u"Station 2"_s, u"Anna"_s};
const StationIdentity kBackRoom{u"Station 3"_s, {}};

const QString kFirst = SampleOrders::make(1).id;
const QString kSecond = SampleOrders::make(2).id;

} // namespace

// Order claims (issue 15, point 3) on both engines, as two stations sharing one store see
// them: each is a ShopServices of its own, with its own connection, outbox and claims, as
// each station's process has.
class TestOrderClaims final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ShopServices> m_a; // Station 2 (Anna)
    std::unique_ptr<ShopServices> m_b; // Station 3

    std::unique_ptr<ShopServices> station(const StationIdentity &who)
    {
        auto services = std::make_unique<ShopServices>(&m_network);
        const StoreError opened = services->open(
            {ShopAddress(), ShopCredentials(), m_store->location(), {}, who});
        if (opened.isError())
            qFatal("cannot open the store: %s", qPrintable(opened.detail));
        services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        return services;
    }

    // Moves every claim's times by `ms` (negative: into the past), as time passing would.
    void age(qint64 ms)
    {
        Database db;
        QVERIFY(!db.open(m_store->location()).isError());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE leases SET expires_at = expires_at + %1, "
                           "taken_at = taken_at + %1 WHERE name LIKE 'order:%'"_s.arg(ms)));
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_a = station(kPackingTable);
        m_b = station(kBackRoom);
        QVERIFY(!m_a->book()->upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
        QVERIFY(!m_b->book()->load().isError());
    }
    void cleanup()
    {
        m_b.reset();
        m_a.reset();
        m_store.reset();
    }

    void aClaimShowsAtTheOtherStationWithWhoAndSinceWhen()
    {
        QSignalSpy changed(m_b->claims(), &OrderClaims::changed);
        const OrderClaims::Attempt attempt = m_a->claims()->claim(kFirst);
        QCOMPARE(attempt.result, OrderClaims::Result::Claimed);
        QVERIFY(m_a->claims()->holds(kFirst));
        QVERIFY(!m_a->claims()->elsewhere(kFirst)); // its own claim is not "elsewhere"

        QVERIFY(!m_b->claims()->refresh().isError());
        QVERIFY(!changed.isEmpty());
        const std::optional<Lease> seen = m_b->claims()->elsewhere(kFirst);
        QVERIFY(seen);
        QCOMPARE(seen->who, kPackingTable);
        QVERIFY(seen->heldForMs < 45000);
        QVERIFY(seen->remainingMs > 0 && seen->remainingMs <= 45000);
        QCOMPARE(m_b->claims()->allElsewhere().keys(), QList<QString>{kFirst});
        QVERIFY(!m_b->claims()->elsewhere(kSecond));
        QCOMPARE(OrderClaims::describe(seen->who), u"Station 2 (Anna)"_s);
        QCOMPARE(OrderClaims::describe(kBackRoom), u"Station 3"_s);
        QCOMPARE(OrderClaims::describe({}), u"another station"_s);

        // Its time counts up as the claim is held.
        age(-5000);
        QVERIFY(!m_b->claims()->refresh().isError());
        QVERIFY(m_b->claims()->elsewhere(kFirst)->heldForMs >= 5000);

        // The other station cannot have it too; the other order is free.
        const OrderClaims::Attempt refused = m_b->claims()->claim(kFirst);
        QCOMPARE(refused.result, OrderClaims::Result::HeldElsewhere);
        QCOMPARE(refused.lease.who, kPackingTable);
        QVERIFY(!m_b->claims()->holds(kFirst));
        QCOMPARE(m_b->claims()->claim(kSecond).result, OrderClaims::Result::Claimed);

        // Let go, it is free for the other station.
        QVERIFY(!m_a->claims()->release(kFirst).isError());
        QVERIFY(!m_b->claims()->refresh().isError());
        QVERIFY(!m_b->claims()->elsewhere(kFirst));
        QCOMPARE(m_b->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
    }

    void aLapsedClaimFreesItselfAndItsHolderLearnsItLostIt()
    {
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        age(-46000); // station 2 stopped renewing 46 s ago (crashed, frozen, cut off)

        QVERIFY(!m_b->claims()->refresh().isError());
        QVERIFY(!m_b->claims()->elsewhere(kFirst));
        QCOMPARE(m_b->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);

        // Station 2 wakes: its renewal finds the claim gone, and who has it now.
        QSignalSpy lost(m_a->claims(), &OrderClaims::lost);
        QVERIFY(!m_a->claims()->refresh().isError());
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().at(0).toString(), kFirst);
        QCOMPARE(lost.first().at(1).value<Lease>().who, kBackRoom);
        QVERIFY(!m_a->claims()->holds(kFirst));
    }

    // A station's process that was killed mid-way leaves its claims behind; on this machine
    // its end is certain, so its orders are free at once, not after 45 s. A live process's
    // claim is not.
    void aClaimOfAnEndedProcessIsFreeAtOnce()
    {
        QProcess packer;
        packer.start(u"sleep"_s, {u"60"_s});
        QVERIFY2(packer.waitForStarted(), "sleep(1) is needed to stand in for a station");
        const QString holder = SenderIdentity::forProcess(packer.processId()).name();
        {
            Database db;
            QVERIFY(!db.open(m_store->location()).isError());
            Lease lease;
            QVERIFY(!LeaseRepository(db.connection())
                         .take(u"order:"_s + kFirst,
                               holder,
                               kPackingTable,
                               std::chrono::seconds(45),
                               LeaseRepository::Take::IfFree,
                               &lease)
                         .isError());
        }
        QCOMPARE(m_b->claims()->claim(kFirst).result, OrderClaims::Result::HeldElsewhere);

        packer.kill();
        QVERIFY(packer.waitForFinished());
        const OrderClaims::Attempt attempt = m_b->claims()->claim(kFirst);
        QCOMPARE(attempt.result, OrderClaims::Result::Claimed);
        QCOMPARE(attempt.lease.who, kBackRoom);
        QVERIFY(!m_a->claims()->refresh().isError());
        QCOMPARE(m_a->claims()->elsewhere(kFirst)->who, kBackRoom);
    }

    void aLapsedClaimIsNotRenewed()
    {
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        age(-46000);
        // Nobody took it, but it lapsed: the holder may no longer count on it.
        QSignalSpy lost(m_a->claims(), &OrderClaims::lost);
        QVERIFY(!m_a->claims()->refresh().isError());
        QCOMPARE(lost.size(), 1);
        QVERIFY(!lost.first().at(1).value<Lease>().isValid());
        bool held = true;
        QVERIFY(!m_a->claims()->stillHolds(kFirst, &held).isError());
        QVERIFY(!held);
    }

    void aTakeoverIsLoggedWithBothStationsAndTheLoserIsTold()
    {
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"order #1001 taken over by Station 3 from "
                                                "Station 2 \\(Anna\\)"_s));
        const OrderClaims::Attempt taken = m_b->claims()->takeOver(kFirst);
        QCOMPARE(taken.result, OrderClaims::Result::Claimed);
        QCOMPARE(taken.lease.who, kBackRoom);
        QVERIFY(m_b->claims()->holds(kFirst));

        QSignalSpy lost(m_a->claims(), &OrderClaims::lost);
        QVERIFY(!m_a->claims()->refresh().isError());
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().at(0).toString(), kFirst);
        QCOMPARE(lost.first().at(1).value<Lease>().who, kBackRoom);
        QVERIFY(!m_a->claims()->holds(kFirst));
        QCOMPARE(m_a->claims()->elsewhere(kFirst)->who, kBackRoom);
        // Letting go of what it no longer has leaves the new holder's claim alone.
        QVERIFY(!m_a->claims()->release(kFirst).isError());
        bool held = false;
        QVERIFY(!m_b->claims()->stillHolds(kFirst, &held).isError());
        QVERIFY(held);
    }

    // An order claimed while already on hold (a person fulfils the part not held) is not
    // stopped by that same hold each time the book changes; a cancellation still stops it.
    void onlyAHoldThatArrivesInterrupts()
    {
        QVERIFY(
            !m_a->book()->upsert({SampleOrders::make(1, OrderFulfillmentStatus::OnHold)}).isError());
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        QSignalSpy interrupted(m_a->claims(), &OrderClaims::interrupted);
        QVERIFY(
            !m_a->book()->upsert({SampleOrders::make(1, OrderFulfillmentStatus::OnHold)}).isError());
        QVERIFY(!m_a->book()->upsert({SampleOrders::make(2)}).isError());
        QCOMPARE(interrupted.size(), 0);
        QVERIFY(m_a->claims()->holds(kFirst));

        Order cancelled = SampleOrders::make(1, OrderFulfillmentStatus::OnHold);
        cancelled.cancelledAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        QVERIFY(!m_a->book()->upsert({cancelled}).isError());
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().at(1).toString(), u"it was cancelled"_s);
        QVERIFY(!m_a->claims()->holds(kFirst));
    }

    void aHoldOrCancellationInterruptsTheStationPackingIt()
    {
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        QCOMPARE(m_a->claims()->claim(kSecond).result, OrderClaims::Result::Claimed);
        QSignalSpy interrupted(m_a->claims(), &OrderClaims::interrupted);
        // A sync stores the first order on hold: packing it stops, the second goes on.
        QVERIFY(
            !m_a->book()->upsert({SampleOrders::make(1, OrderFulfillmentStatus::OnHold)}).isError());
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().at(0).toString(), kFirst);
        QCOMPARE(interrupted.first().at(1).toString(), u"it was put on hold"_s);
        QVERIFY(!m_a->claims()->holds(kFirst));
        QCOMPARE(m_b->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);

        Order cancelled = SampleOrders::make(2);
        cancelled.cancelledAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        QVERIFY(!m_a->book()->upsert({cancelled}).isError());
        QCOMPARE(interrupted.size(), 2);
        QCOMPARE(interrupted.last().at(1).toString(), u"it was cancelled"_s);
        QVERIFY(!m_a->claims()->holds(kSecond));
    }

    void anOrderClaimedElsewhereIsNotFulfilled()
    {
        // Station 2 has the order open in its dialog.
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        const FulfillmentPlanner::Plan plan = m_b->desk()->planWhole({kFirst, kSecond});
        QCOMPARE(plan.requests.size(), 2);
        QList<qint64> ids;
        QList<FulfillmentPlanner::Refusal> refusals;
        QVERIFY(!m_b->desk()->fulfill(plan.requests, &ids, &refusals).isError());
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().orderId, kFirst);
        QCOMPARE(refusals.first().message(), u"being packed at Station 2 (Anna)"_s);
        // The other order went, and its claim was let go once it was queued.
        QCOMPARE(ids.size(), 1);
        QCOMPARE(m_b->outbox()->entry(ids.first())->orderId, kSecond);
        QVERIFY(!m_b->claims()->holds(kSecond));
        QVERIFY(!m_a->claims()->refresh().isError());
        QVERIFY(!m_a->claims()->elsewhere(kSecond));

        // Taken over, it goes.
        QCOMPARE(m_b->claims()->takeOver(kFirst).result, OrderClaims::Result::Claimed);
        QVERIFY(!m_b->desk()
                     ->fulfill(m_b->desk()->planWhole({kFirst}).requests, &ids, &refusals)
                     .isError());
        QVERIFY(refusals.isEmpty());
        QCOMPARE(ids.size(), 1);
        // The caller held that claim before (a dialog), so it is still the caller's to let go.
        QVERIFY(m_b->claims()->holds(kFirst));
    }

    void workQueuedAtAnotherStationIsReadFromTheStore()
    {
        // Station 3 planned before station 2 queued the order, and has not read the outbox
        // since: its memory says the order is free.
        const FulfillmentPlanner::Plan plan = m_b->desk()->planWhole({kFirst});
        QCOMPARE(plan.requests.size(), 1);
        QList<qint64> ids;
        QVERIFY(!m_a->desk()->fulfill(m_a->desk()->planWhole({kFirst}).requests, &ids).isError());
        QCOMPARE(ids.size(), 1);
        QVERIFY(!m_a->claims()->holds(kFirst));

        QList<FulfillmentPlanner::Refusal> refusals;
        QVERIFY(!m_b->desk()->fulfill(plan.requests, &ids, &refusals).isError());
        QVERIFY(ids.isEmpty());
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().message(), u"already being fulfilled at Station 2 (Anna)"_s);
        QCOMPARE(m_b->outbox()->heldPendingCount(), 0);
        QVERIFY(!m_b->claims()->holds(kFirst));
    }

    void aPlanMadeBeforeThisStationQueuedTheOrderIsNotQueuedAgain()
    {
        const FulfillmentPlanner::Plan plan = m_a->desk()->planWhole({kFirst});
        QList<qint64> ids;
        QVERIFY(!m_a->desk()->fulfill(plan.requests, &ids).isError());
        QCOMPARE(ids.size(), 1);
        QList<FulfillmentPlanner::Refusal> refusals;
        QVERIFY(!m_a->desk()->fulfill(plan.requests, &ids, &refusals).isError());
        QVERIFY(ids.isEmpty());
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().reason, FulfillmentPlanner::Reason::Pending);
        QCOMPARE(m_a->outbox()->pendingCount(), 1);
    }

    void anOrderFulfilledInTheStoreSincePlanningIsRefused()
    {
        const FulfillmentPlanner::Plan plan = m_b->desk()->planWhole({kFirst});
        QCOMPARE(plan.requests.size(), 1);
        // Station 2's fulfilment was sent and stored (or a sync brought it in).
        QVERIFY(!m_a->book()
                     ->upsert({SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled)})
                     .isError());
        QList<qint64> ids;
        QList<FulfillmentPlanner::Refusal> refusals;
        QVERIFY(!m_b->desk()->fulfill(plan.requests, &ids, &refusals).isError());
        QVERIFY(ids.isEmpty());
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().reason, FulfillmentPlanner::Reason::ChangedMeanwhile);
        QCOMPARE(m_b->outbox()->pendingCount(), 0);
    }

    void aStationThatLostItsClaimCannotFulfil()
    {
        // Station 2 opened the order, then station 3 took it over.
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        const FulfillmentPlanner::Plan plan = m_a->desk()->planWhole({kFirst});
        QCOMPARE(m_b->claims()->takeOver(kFirst).result, OrderClaims::Result::Claimed);
        QList<qint64> ids;
        QList<FulfillmentPlanner::Refusal> refusals;
        QVERIFY(!m_a->desk()->fulfill(plan.requests, &ids, &refusals).isError());
        QVERIFY(ids.isEmpty());
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().message(), u"being packed at Station 3"_s);
        QCOMPARE(m_a->outbox()->pendingCount(), 0);
    }

    void closingAStationLetsItsClaimsGo()
    {
        QCOMPARE(m_a->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
        m_a.reset();
        QVERIFY(!m_b->claims()->refresh().isError());
        QVERIFY(m_b->claims()->allElsewhere().isEmpty());
        QCOMPARE(m_b->claims()->claim(kFirst).result, OrderClaims::Result::Claimed);
    }

    void anOutboxHolderIsNamedByItsStation()
    {
        std::optional<StationIdentity> who;
        QVERIFY(!m_b->claims()->stationOf(m_a->outbox()->holder(), &who).isError());
        QCOMPARE(who.value_or(StationIdentity{}), kPackingTable);
        QVERIFY(!m_b->claims()->stationOf(u"no such process"_s, &who).isError());
        QVERIFY(!who);
    }
};

QTEST_GUILESS_MAIN(TestOrderClaims)
#include "tst_orderclaims.moc"
