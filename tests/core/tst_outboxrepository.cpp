#include "core/storage/Database.h"
#include "core/storage/OutboxRepository.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/TestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OutboxEntry entryFor(int number)
{
    OutboxEntry entry;
    entry.action = OutboxEntry::Action::Fulfill;
    entry.state = OutboxEntry::State::Waiting;
    entry.orderId = u"gid://shopify/Order/%1"_s.arg(number);
    entry.orderName = u"#%1"_s.arg(1000 + number);
    entry.payload = QJsonObject{
        {u"variables"_s,
         QJsonObject{{u"fulfillment"_s,
                      QJsonObject{{u"notifyCustomer"_s, false},
                                  {u"trackingNumbers"_s, QJsonArray{u"1Z999AA10123456784"_s}}}}}}};
    entry.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).addSecs(number);
    entry.sendAfter = entry.createdAt.addSecs(5);
    entry.owner = u"station-a"_s;
    return entry;
}

constexpr std::chrono::milliseconds kLease(45000);

} // namespace

// The outbox's rows on both engines: what is written is read back whole, ids only grow, and
// finished entries leave the open list and are pruned.
class TestOutboxRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;

    int rowCount() const
    {
        QSqlQuery query(m_db->connection());
        return query.exec(u"SELECT COUNT(*) FROM outbox"_s) && query.next() ? query.value(0).toInt()
                                                                            : -1;
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
        m_db = std::make_unique<Database>();
        const StoreError opened = m_db->open(m_store->location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
    }
    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void entriesComeBackAsTheyWereWritten()
    {
        OutboxRepository outbox(m_db->connection());
        QList<OutboxEntry> entries{entryFor(1), entryFor(2)};
        entries[1].action = OutboxEntry::Action::UpdateTracking;
        entries[1].orderName.clear(); // an entry without a name keeps it empty
        QVERIFY(!outbox.insert(&entries, kLease).isError());
        QVERIFY(entries.at(0).id > 0);
        QVERIFY(entries.at(1).id > entries.at(0).id);

        QList<OutboxEntry> open;
        QVERIFY(!outbox.loadOpen(&open).isError());
        QCOMPARE(open, entries);

        // A change to every field the sender changes.
        OutboxEntry &changed = entries[1];
        changed.state = OutboxEntry::State::Failed;
        changed.attempts = 3;
        changed.message = u"Shopify sagde nej: ugyldig sporingsnummer ✗"_s;
        changed.sendAfter = changed.sendAfter.addSecs(600);
        changed.payload[u"checked"] = true;
        QVERIFY(!outbox.replace(changed, changed.owner, changed.epoch, kLease).isError());
        QVERIFY(!outbox.loadOpen(&open).isError());
        QCOMPARE(open, entries);
    }

    void finishedEntriesLeaveTheOpenListAndArePruned()
    {
        OutboxRepository outbox(m_db->connection());
        QList<OutboxEntry> entries{entryFor(1), entryFor(2)};
        QVERIFY(!outbox.insert(&entries, kLease).isError());
        entries[0].state = OutboxEntry::State::Done;
        QVERIFY(!outbox.replace(entries[0], entries[0].owner, entries[0].epoch, kLease).isError());

        QList<OutboxEntry> open;
        QVERIFY(!outbox.loadOpen(&open).isError());
        QCOMPARE(open, QList<OutboxEntry>{entries.at(1)});
        QCOMPARE(rowCount(), 2);
        // Kept until the time given has passed its finishing.
        QVERIFY(!outbox.pruneDone(QDateTime::currentDateTimeUtc().addDays(-1)).isError());
        QCOMPARE(rowCount(), 2);
        QVERIFY(!outbox.pruneDone(QDateTime::currentDateTimeUtc().addDays(1)).isError());
        QCOMPARE(rowCount(), 1);

        QVERIFY(
            !outbox.remove(entries.at(1).id, entries.at(1).state, entries.at(1).epoch).isError());
        QVERIFY(!outbox.loadOpen(&open).isError());
        QVERIFY(open.isEmpty());
        // An entry that is gone cannot be written.
        const StoreError gone = outbox.replace(entries.at(1), entries.at(1).owner, 0, kLease);
        QCOMPARE(gone.kind, StoreError::Kind::Stale);
    }

    // Issue 15: writes that depend on what the writer saw are compare-and-swaps, and leases
    // run by the database's clock (docs/architecture.md, "Exactly once across processes").
    void holdersAndEpochsDecideWhoWrites()
    {
        OutboxRepository outbox(m_db->connection());
        QList<OutboxEntry> entries{entryFor(1), entryFor(2)};
        entries[1].owner = u"station-b"_s;
        QVERIFY(!outbox.insert(&entries, kLease).isError());

        // A takes its entry: state and epoch change only as A last saw it.
        OutboxEntry taken = entries.at(0);
        taken.state = OutboxEntry::State::Sending;
        taken.epoch = 1;
        QCOMPARE(outbox.replace(taken, u"station-b"_s, 0, kLease).kind, StoreError::Kind::Stale);
        QCOMPARE(outbox.replace(taken, u"station-a"_s, 7, kLease).kind, StoreError::Kind::Stale);
        QVERIFY(!outbox.replace(taken, u"station-a"_s, 0, kLease).isError());
        QCOMPARE(outbox.replace(taken, u"station-a"_s, 0, kLease).kind, StoreError::Kind::Stale);
        // Undo only in the state and epoch seen.
        QCOMPARE(outbox.remove(taken.id, OutboxEntry::State::Waiting, 0).kind,
                 StoreError::Kind::Stale);

        QSet<qint64> held;
        QVERIFY(!outbox.renewLeases(u"station-a"_s, kLease, &held).isError());
        QCOMPARE(held, QSet<qint64>{taken.id});
        QStringList owners;
        QVERIFY(!outbox.openOwners(&owners).isError());
        owners.sort();
        QCOMPARE(owners, (QStringList{u"station-a"_s, u"station-b"_s}));

        // Live leases are not taken over; an ended holder's entries are, at once.
        int count = -1;
        QVERIFY(!outbox.takeOver(u"station-c"_s, kLease, {}, u"checked first"_s, &count).isError());
        QCOMPARE(count, 0);
        QVERIFY(
            !outbox.takeOver(u"station-c"_s, kLease, {u"station-a"_s}, u"checked first"_s, &count)
                 .isError());
        QCOMPARE(count, 1);
        QList<OutboxEntry> open;
        QVERIFY(!outbox.loadOpen(&open).isError());
        QCOMPARE(open.at(0).owner, u"station-c"_s);
        QCOMPARE(open.at(0).epoch, 2);
        QCOMPARE(open.at(0).state, OutboxEntry::State::Unknown); // it was being sent
        QCOMPARE(open.at(0).message, u"checked first"_s);
        QCOMPARE(open.at(1).owner, u"station-b"_s);
        QVERIFY(!outbox.renewLeases(u"station-a"_s, kLease, &held).isError());
        QVERIFY(held.isEmpty());

        // A lease that ran out by the database's clock is taken over too.
        QVERIFY(
            !outbox.renewLeases(u"station-b"_s, std::chrono::milliseconds(-1000), &held).isError());
        QVERIFY(!outbox.takeOver(u"station-c"_s, kLease, {}, u"checked first"_s, &count).isError());
        QCOMPARE(count, 1);
        QVERIFY(!outbox.loadOpen(&open).isError());
        QCOMPARE(open.at(1).owner, u"station-c"_s);
        QCOMPARE(open.at(1).state, OutboxEntry::State::Waiting); // never sent: stays as it was
        QCOMPARE(open.at(1).epoch, 1);
    }

    void anIdIsNeverGivenTwice()
    {
        OutboxRepository outbox(m_db->connection());
        QList<OutboxEntry> first{entryFor(1), entryFor(2)};
        QVERIFY(!outbox.insert(&first, kLease).isError());
        QVERIFY(!outbox.remove(first.at(1).id, first.at(1).state, 0).isError());
        QList<OutboxEntry> second{entryFor(3)};
        QVERIFY(!outbox.insert(&second, kLease).isError());
        QVERIFY(second.at(0).id > first.at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
