#include "core/model/StationNaming.h"
#include "core/outbox/Outbox.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"

#include "tests/testlib/Requirements.h"
#include "tests/testlib/TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OutboxEntry entryFor(int number, OutboxEntry::Action action = OutboxEntry::Action::Fulfill)
{
    OutboxEntry entry;
    entry.action = action;
    entry.orderId = u"gid://shopify/Order/%1"_s.arg(number);
    entry.orderName = u"#%1"_s.arg(1000 + number);
    return entry;
}

const StationIdentity kStation2{u"Station 2"_s, u"Anna"_s};

} // namespace

// Each fulfilment a station puts in the outbox is recorded with the station, its packer and
// the time, on both engines: in the same transaction as the entry, gone with an entry taken
// back, and kept when the outbox prunes the finished entry.
class TestPackingHistory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<Outbox> m_outbox;

    void openOutbox()
    {
        m_outbox.reset();
        m_outbox = std::make_unique<Outbox>(m_db->connection(), m_book.get());
        const StoreError loaded = m_outbox->load();
        QVERIFY2(!loaded.isError(), qPrintable(loaded.detail));
        m_outbox->setUndoWindow(std::chrono::milliseconds(0));
        m_outbox->setStation(kStation2);
    }

    QList<PackingRecord> recordsOf(int number) const
    {
        QList<PackingRecord> records;
        const StoreError error = PackingHistory(m_db->connection())
                                     .forOrder(u"gid://shopify/Order/%1"_s.arg(number), &records);
        return error.isError() ? QList<PackingRecord>{PackingRecord{}} : records;
    }

    int outboxRows() const
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
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        openOutbox();
    }
    void cleanup()
    {
        m_outbox.reset();
        m_book.reset();
        m_db.reset();
        m_store.reset();
    }

    void aFulfilmentIsRecordedWithItsStationAndPacker()
    {
        QList<OutboxEntry> entries{entryFor(1),
                                   entryFor(2, OutboxEntry::Action::PreparePickup),
                                   entryFor(3, OutboxEntry::Action::UpdateTracking)};
        QVERIFY(!m_outbox->enqueue(&entries).isError());

        const QList<PackingRecord> fulfilled = recordsOf(1);
        QCOMPARE(fulfilled.size(), 1);
        QCOMPARE(fulfilled.first().who, kStation2);
        QCOMPARE(fulfilled.first().action, OutboxEntry::Action::Fulfill);
        QCOMPARE(fulfilled.first().outboxEntryId, entries.at(0).id);
        QCOMPARE(fulfilled.first().orderId, entries.at(0).orderId);
        // When it was made, to the millisecond the store keeps.
        QCOMPARE(fulfilled.first().at.toMSecsSinceEpoch(),
                 entries.at(0).createdAt.toMSecsSinceEpoch());
        QCOMPARE(fulfilled.first().outcome, PackingRecord::Outcome::Pending);
        // A pickup made ready is packing too; a tracking change is not.
        QCOMPARE(recordsOf(2).size(), 1);
        QCOMPARE(recordsOf(2).first().action, OutboxEntry::Action::PreparePickup);
        QVERIFY(recordsOf(3).isEmpty());

        // Another packer takes over: what is fulfilled from then on is theirs, a station
        // without a packer's name records none.
        m_outbox->setStation({u"Station 2"_s, u"Bo"_s});
        QList<OutboxEntry> more{entryFor(1)};
        QVERIFY(!m_outbox->enqueue(&more).isError());
        m_outbox->setStation({u"Bench"_s, QString()});
        QList<OutboxEntry> last{entryFor(4)};
        QVERIFY(!m_outbox->enqueue(&last).isError());
        QCOMPARE(recordsOf(1).size(), 2);
        QCOMPARE(recordsOf(1).at(1).who, (StationIdentity{u"Station 2"_s, u"Bo"_s}));
        QCOMPARE(recordsOf(4).first().who, (StationIdentity{u"Bench"_s, u""_s}));

        QHash<QString, QList<PackingRecord>> byOrder;
        QVERIFY(!PackingHistory(m_db->connection())
                     .forOrders({entries.at(0).orderId, entries.at(2).orderId, last.at(0).orderId},
                                &byOrder)
                     .isError());
        QCOMPARE(byOrder.size(), 2); // order 3 has none
        QCOMPARE(byOrder.value(entries.at(0).orderId), recordsOf(1));
        QCOMPARE(byOrder.value(last.at(0).orderId), recordsOf(4));
    }

    void aStationNeverNamedIsTheComputer()
    {
        Outbox unnamed(m_db->connection(), m_book.get());
        QVERIFY(!unnamed.load().isError());
        QList<OutboxEntry> entries{entryFor(1)};
        QVERIFY(!unnamed.enqueue(&entries).isError());
        QCOMPARE(recordsOf(1).size(), 1);
        QCOMPARE(recordsOf(1).first().who,
                 (StationIdentity{StationNaming::defaultStationName(), QString()}));
    }

    void aFulfilmentTakenBackLeavesNoRecord()
    {
        m_outbox->setUndoWindow(std::chrono::milliseconds(60000));
        QList<OutboxEntry> entries{entryFor(1), entryFor(2)};
        QVERIFY(!m_outbox->enqueue(&entries).isError());
        QCOMPARE(m_outbox->withdraw({entries.at(0).id}), 1);
        QVERIFY(recordsOf(1).isEmpty());
        QCOMPARE(recordsOf(2).size(), 1);
    }

    void aDroppedFailureLeavesNoRecord()
    {
        QList<OutboxEntry> entries{entryFor(1)};
        QVERIFY(!m_outbox->enqueue(&entries).isError());
        const std::optional<OutboxEntry> taken = m_outbox->takeDue(
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(taken);
        QVERIFY(!m_outbox->markFailed(*taken, u"Refused"_s).isError());
        QCOMPARE(recordsOf(1).first().outcome, PackingRecord::Outcome::Failed);
        QVERIFY(!m_outbox->drop(taken->id).isError());
        QVERIFY(recordsOf(1).isEmpty());
    }

    void theRecordOutlivesTheOutboxEntry()
    {
        QList<OutboxEntry> entries{entryFor(1)};
        QVERIFY(!m_outbox->enqueue(&entries).isError());
        const std::optional<OutboxEntry> taken = m_outbox->takeDue(
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(taken);
        QVERIFY(!m_outbox->finish(*taken, std::nullopt).isError());
        QCOMPARE(recordsOf(1).first().outcome, PackingRecord::Outcome::Done);

        // Finished over a week ago: the next start prunes the entry, not the record.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"UPDATE outbox SET finished_at = %1"_s.arg(
            QDateTime::currentDateTimeUtc().addDays(-8).toMSecsSinceEpoch())));
        openOutbox();
        QCOMPARE(outboxRows(), 0);
        const QList<PackingRecord> records = recordsOf(1);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().who, kStation2);
        QCOMPARE(records.first().outcome, PackingRecord::Outcome::Done);
    }

    // Pack mode's lines (issue 16): how each line was counted goes in with the record, is
    // read back with it, goes with an entry taken back, and stays when the outbox prunes.
    void packedLinesGoWithTheirRecord()
    {
        m_outbox->setUndoWindow(std::chrono::milliseconds(60000));
        OutboxEntry packed = entryFor(1);
        packed.packed = {{u"gid://shopify/LineItem/11"_s, 1, 0, 0},
                         {u"gid://shopify/LineItem/12"_s, 1, 10, 0},
                         {u"gid://shopify/LineItem/13"_s, 0, 0, 2}};
        OutboxEntry byDialog = entryFor(1); // fulfilled from the dialog: no lines
        OutboxEntry takenBack = entryFor(2);
        takenBack.packed = {{u"gid://shopify/LineItem/21"_s, 3, 0, 0}};
        QList<OutboxEntry> entries{packed, byDialog, takenBack};
        QVERIFY(!m_outbox->enqueue(&entries).isError());

        QList<PackingRecord> records = recordsOf(1);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).lines, packed.packed);
        QVERIFY(records.at(1).lines.isEmpty());
        QHash<QString, QList<PackingRecord>> byOrder;
        QVERIFY(!PackingHistory(m_db->connection())
                     .forOrders({u"gid://shopify/Order/1"_s, u"gid://shopify/Order/2"_s}, &byOrder)
                     .isError());
        QCOMPARE(byOrder.value(u"gid://shopify/Order/1"_s).first().lines, packed.packed);
        QCOMPARE(byOrder.value(u"gid://shopify/Order/2"_s).first().lines, takenBack.packed);

        QCOMPARE(m_outbox->withdraw({entries.at(2).id}), 1);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM packing_lines WHERE outbox_entry_id = %1"_s.arg(
            entries.at(2).id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        // Sent, finished and pruned a week later: the lines stay with the record.
        QVERIFY(query.exec(u"UPDATE outbox SET state = 'done', finished_at = %1"_s.arg(
            QDateTime::currentDateTimeUtc().addDays(-8).toMSecsSinceEpoch())));
        openOutbox();
        QCOMPARE(outboxRows(), 0);
        records = recordsOf(1);
        QCOMPARE(records.first().outcome, PackingRecord::Outcome::Done);
        QCOMPARE(records.first().lines, packed.packed);
    }

    // All or nothing: lines that cannot be written take their entry and record with them.
    void noEntryWithoutItsPackedLines()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DROP TABLE packing_lines"_s));
        OutboxEntry entry = entryFor(1);
        entry.packed = {{u"gid://shopify/LineItem/11"_s, 1, 0, 0}};
        QList<OutboxEntry> entries{entry};
        QVERIFY(m_outbox->enqueue(&entries).isError());
        QCOMPARE(outboxRows(), 0);
        QVERIFY(recordsOf(1).isEmpty());
    }

    // All or nothing: an entry whose record cannot be written is not written either.
    void noEntryWithoutItsRecord()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DROP TABLE packing_history"_s));
        QList<OutboxEntry> entries{entryFor(1)};
        const StoreError error = m_outbox->enqueue(&entries);
        QVERIFY(error.isError());
        QCOMPARE(outboxRows(), 0);
        QVERIFY(m_outbox->entries().isEmpty());
        QVERIFY(m_book->outboxMark(entries.at(0).orderId) == OutboxMark::None);
    }
};

QTEST_GUILESS_MAIN(TestPackingHistory)
#include "tst_packinghistory.moc"
