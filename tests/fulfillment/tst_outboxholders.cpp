#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxRequests.h"
#include "core/outbox/SenderIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SampleOrders.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OutboxEntry fulfilEntry(int number)
{
    const Order order = SampleOrders::make(number);
    FulfillmentRequest request;
    request.orderId = order.id;
    request.orderName = order.name;
    request.location = order.fulfillmentOrders.first().location;
    for (const FulfillmentOrderLineItem &line : order.fulfillmentOrders.first().lineItems)
        request.lines.append({order.fulfillmentOrders.first().id,
                              line.id,
                              line.lineItemId,
                              line.remainingQuantity,
                              line.remainingQuantity});
    return OutboxRequests::fulfill(request);
}

// One process's view of a shared store: its own connection, book and outbox, as the window
// and smidig-cli each have on one file.
struct Station
{
    explicit Station(const QString &path,
                     std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000))
    {
        if (const StoreError error = db.open(path, busyTimeout); error.isError())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.detail));
        book = std::make_unique<OrderBook>(db.connection());
        outbox = std::make_unique<Outbox>(db.connection(), book.get());
        outbox->setUndoWindow(std::chrono::milliseconds(0));
    }
    ~Station()
    {
        outbox.reset();
        book.reset();
    }

    Database db;
    std::unique_ptr<OrderBook> book;
    std::unique_ptr<Outbox> outbox;
};

} // namespace

// Several processes on one store (docs/architecture.md, "Exactly once across processes"):
// each entry is held by one of them under a lease, only its holder sends it, and a process
// that lost an entry cannot record anything for it.
class TestOutboxHolders final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // What the store says of an entry, read on a connection of its own.
    QVariantList stored(qint64 id)
    {
        Database db;
        if (db.open(m_path).isError())
            return {};
        QSqlQuery query(db.connection());
        query.prepare(u"SELECT state, owner, epoch FROM outbox WHERE id = ?"_s);
        query.bindValue(0, id);
        if (!query.exec() || !query.next())
            return {};
        return {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()};
    }

    // The station's outbox loaded, order 1's fulfilment queued and taken to send; empty when
    // any of it failed.
    static std::optional<OutboxEntry> sendingOne(Station &station)
    {
        QList<OutboxEntry> entries{fulfilEntry(1)};
        if (station.outbox->load().isError() || station.outbox->enqueue(&entries).isError())
            return std::nullopt;
        return station.outbox->takeDue(QDateTime::currentDateTimeUtc());
    }

    // As if the holder had been frozen past its lease.
    void expireLeases()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE outbox SET lease_until = 0"_s));
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(u"shared.sqlite"_s);
        QFile::remove(m_path);
        Station seed(m_path);
        QVERIFY(!seed.book->upsert({SampleOrders::make(1), SampleOrders::make(2)}).isError());
    }

    void aLiveHolderKeepsItsEntries()
    {
        Station a(m_path);
        Station b(m_path);
        QVERIFY(!a.outbox->load().isError());
        QVERIFY(!b.outbox->load().isError());
        QVERIFY(a.outbox->holder() != b.outbox->holder());
        QList<OutboxEntry> entries{fulfilEntry(1)};
        QVERIFY(!a.outbox->enqueue(&entries).isError());

        QVERIFY(!b.outbox->heartbeat().isError());
        // B sees it (its order shows as pending there too) but may not send it.
        QCOMPARE(b.outbox->entries().size(), 1);
        QCOMPARE(b.outbox->pendingOrderIds(), QSet<QString>{entries.first().orderId});
        QCOMPARE(b.outbox->heldPendingCount(), 0);
        QVERIFY(!b.outbox->takeDue(QDateTime::currentDateTimeUtc()));
        QVERIFY(!b.outbox->nextDueTime().isValid());

        const auto taken = a.outbox->takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(taken);
        QVERIFY(a.outbox->maySend(*taken));
        // A second process opening the store meanwhile leaves a live holder's sending alone.
        Station c(m_path);
        QVERIFY(!c.outbox->load().isError());
        QCOMPARE(c.outbox->entry(taken->id)->state, OutboxEntry::State::Sending);
        QCOMPARE(c.outbox->entry(taken->id)->owner, a.outbox->holder());

        QVERIFY(!a.outbox->finish(*taken, std::nullopt).isError());
        QVERIFY(!b.outbox->heartbeat().isError());
        QCOMPARE(b.outbox->pendingCount(), 0);
    }

    // Shopify answered, but another process holds the store's write lock longer than this one
    // waits: the outcome is not lost. The entry stays Sending and held (a command line keeps
    // waiting for it, nobody else sends it), and the outcome is stored once the lock is gone.
    void anOutcomeTheStoreRefusesForNowIsStoredLater()
    {
        Station a(m_path, std::chrono::milliseconds(100));
        const auto taken = sendingOne(a);
        QVERIFY(taken);
        QSignalSpy finished(a.outbox.get(), &Outbox::entryFinished);

        Database other;
        QVERIFY(!other.open(m_path).isError());
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        const StoreError refused = a.outbox->finish(*taken, SampleOrders::make(1));
        QCOMPARE(refused.kind, StoreError::Kind::Locked);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(a.outbox->heldPendingCount(), 1);
        QCOMPARE(stored(taken->id).value(0).toString(), u"sending"_s);

        QVERIFY(lock.exec(u"COMMIT"_s));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toLongLong(), taken->id);
        QCOMPARE(stored(taken->id).value(0).toString(), u"done"_s);
        QCOMPARE(a.outbox->heldPendingCount(), 0);
    }

    // ...unless another process took the entry over meanwhile: then the kept outcome is
    // dropped, and the new holder decides (it checks with Shopify first).
    void aKeptOutcomeOfAnEntryTakenOverIsDropped()
    {
        Station a(m_path, std::chrono::milliseconds(100));
        const auto taken = sendingOne(a);
        QVERIFY(taken);
        QSignalSpy finished(a.outbox.get(), &Outbox::entryFinished);

        Database other;
        QVERIFY(!other.open(m_path).isError());
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        QCOMPARE(a.outbox->finish(*taken, SampleOrders::make(1)).kind, StoreError::Kind::Locked);
        QVERIFY(lock.exec(u"UPDATE outbox SET owner = 'another', epoch = epoch + 1, "
                          "state = 'unknown'"_s));
        QVERIFY(lock.exec(u"COMMIT"_s));

        QTRY_COMPARE(a.outbox->heldPendingCount(), 0);
        QCOMPARE(stored(taken->id).value(0).toString(), u"unknown"_s);
        QCOMPARE(stored(taken->id).value(1).toString(), u"another"_s);
        QCOMPARE(finished.count(), 0);
    }

    void anExpiredLeaseIsTakenOverAndTheOldHolderCannotRecord()
    {
        Station a(m_path);
        Station b(m_path);
        QVERIFY(!a.outbox->load().isError());
        QVERIFY(!b.outbox->load().isError());
        QList<OutboxEntry> entries{fulfilEntry(1)};
        QVERIFY(!a.outbox->enqueue(&entries).isError());
        const auto taken = a.outbox->takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(taken);
        QCOMPARE(taken->epoch, 1);

        expireLeases();
        QVERIFY(!b.outbox->heartbeat().isError());
        const auto takenOver = b.outbox->entry(taken->id);
        QCOMPARE(takenOver->owner, b.outbox->holder());
        QCOMPARE(takenOver->epoch, 2);
        // It may have reached Shopify: B checks before anything is sent again.
        QCOMPARE(takenOver->state, OutboxEntry::State::Unknown);

        // A wakes up: its heartbeat finds the entry gone, it may no longer send it, and
        // whatever outcome it has is refused and changes nothing.
        QVERIFY(!a.outbox->heartbeat().isError());
        QVERIFY(!a.outbox->maySend(*taken));
        const StoreError finished = a.outbox->finish(*taken, std::nullopt);
        QCOMPARE(finished.kind, StoreError::Kind::Stale);
        QCOMPARE(a.outbox->markFailed(*taken, u"refused"_s).kind, StoreError::Kind::Stale);
        QCOMPARE(stored(taken->id), (QVariantList{u"unknown"_s, b.outbox->holder(), qint64(2)}));
        // A's view follows the store: the order is still pending, now held by B.
        QCOMPARE(a.outbox->entry(taken->id)->owner, b.outbox->holder());

        const auto check = b.outbox->takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(check);
        QVERIFY(check->payload.value("checking"_L1).toBool());
        QCOMPARE(check->epoch, 3);
    }

    void aStaleViewLosesTheRaceAndTakesNothing()
    {
        Station a(m_path);
        Station b(m_path);
        QVERIFY(!a.outbox->load().isError());
        QVERIFY(!b.outbox->load().isError());
        QList<OutboxEntry> entries{fulfilEntry(1)};
        QVERIFY(!a.outbox->enqueue(&entries).isError());
        expireLeases();
        QVERIFY(!b.outbox->heartbeat().isError()); // B holds it now, still ready
        QCOMPARE(b.outbox->entry(entries.first().id)->state, OutboxEntry::State::Ready);

        // A still believes it holds the entry; the store decides.
        QCOMPARE(a.outbox->entry(entries.first().id)->owner, a.outbox->holder());
        QVERIFY(!a.outbox->takeDue(QDateTime::currentDateTimeUtc()));
        QCOMPARE(a.outbox->entry(entries.first().id)->owner, b.outbox->holder());
        const auto taken = b.outbox->takeDue(QDateTime::currentDateTimeUtc());
        QVERIFY(taken);
        QCOMPARE(stored(taken->id), (QVariantList{u"sending"_s, b.outbox->holder(), qint64(2)}));
    }

    void anUndoLosesToAnotherProcessThatTookTheEntry()
    {
        Station a(m_path);
        Station b(m_path);
        a.outbox->setUndoWindow(std::chrono::minutes(1));
        QVERIFY(!a.outbox->load().isError());
        QVERIFY(!b.outbox->load().isError());
        QList<OutboxEntry> entries{fulfilEntry(1)};
        QVERIFY(!a.outbox->enqueue(&entries).isError());
        expireLeases();
        QVERIFY(!b.outbox->heartbeat().isError());
        QVERIFY(b.outbox->takeDue(QDateTime::currentDateTimeUtc().addSecs(61)));

        StoreError error;
        QCOMPARE(a.outbox->withdraw({entries.first().id}, &error), 0);
        QVERIFY(!error.isError());
        QCOMPARE(stored(entries.first().id).value(0).toString(), u"sending"_s);
        QCOMPARE(a.outbox->entry(entries.first().id)->state, OutboxEntry::State::Sending);
    }

    void entriesFromBeforeHoldersAreTakenOverAtOnce()
    {
        qint64 id = 0;
        {
            Station old(m_path);
            QVERIFY(!old.outbox->load().isError());
            QList<OutboxEntry> entries{fulfilEntry(1)};
            QVERIFY(!old.outbox->enqueue(&entries).isError());
            QVERIFY(old.outbox->takeDue(QDateTime::currentDateTimeUtc()));
            id = entries.first().id;
        }
        {
            // As schema step 6 leaves an entry a Smidig before it was sending.
            Database db;
            QVERIFY(!db.open(m_path).isError());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"UPDATE outbox SET owner = '', epoch = 0, lease_until = NULL"_s));
        }
        Station now(m_path);
        QVERIFY(!now.outbox->load().isError());
        QCOMPARE(now.outbox->entry(id)->state, OutboxEntry::State::Unknown);
        QCOMPARE(now.outbox->entry(id)->owner, now.outbox->holder());
    }

    void anEndedProcessesEntriesAreTakenOverAtOnce()
    {
        QProcess holder;
        holder.start(u"sleep"_s, {u"60"_s});
        QVERIFY2(holder.waitForStarted(), "sleep(1) is needed to stand in for a process");
        const SenderIdentity identity = SenderIdentity::forProcess(holder.processId());
        QVERIFY(!identity.hasEnded());
        QVERIFY(!SenderIdentity::forThisProcess().hasEnded());

        qint64 id = 0;
        {
            Station other(m_path);
            QVERIFY(!other.outbox->load().isError());
            QList<OutboxEntry> entries{fulfilEntry(2)};
            QVERIFY(!other.outbox->enqueue(&entries).isError());
            QVERIFY(other.outbox->takeDue(QDateTime::currentDateTimeUtc()));
            id = entries.first().id;
        }
        {
            Database db;
            QVERIFY(!db.open(m_path).isError());
            QSqlQuery query(db.connection());
            query.prepare(u"UPDATE outbox SET owner = ?"_s);
            query.bindValue(0, identity.name());
            QVERIFY(query.exec());
        }
        {
            // Alive: its lease holds.
            Station station(m_path);
            QVERIFY(!station.outbox->load().isError());
            QCOMPARE(station.outbox->entry(id)->owner, identity.name());
        }
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(identity.hasEnded());
        Station station(m_path);
        QVERIFY(!station.outbox->load().isError());
        QCOMPARE(station.outbox->entry(id)->owner, station.outbox->holder());
        QCOMPARE(station.outbox->entry(id)->state, OutboxEntry::State::Unknown);
    }

    void namesOfOtherMachinesOrGarbageNeverCountAsEnded()
    {
        const QString mine = SenderIdentity::forThisProcess().name();
        QStringList parts = mine.split(u'/');
        QCOMPARE(parts.size(), 5);
        parts[0] = u"another-machine"_s;
        parts[2] = u"999999999"_s; // no such process here, but it is not ours to judge
        QVERIFY(!SenderIdentity::fromName(parts.join(u'/')).hasEnded());
        QVERIFY(!SenderIdentity::fromName(QString()).hasEnded());
        QVERIFY(!SenderIdentity::fromName(u"a/b/c"_s).hasEnded());
        QVERIFY(SenderIdentity::forThisProcess().name() != mine); // the random part differs
    }
};

QTEST_GUILESS_MAIN(TestOutboxHolders)
#include "tst_outboxholders.moc"
