#include "core/storage/ConnectionWatch.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PackingHistory.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/FileCreationWatcher.h"
#include "tests/testlib/PostgresTestDatabase.h"
#include "tests/testlib/RefusedAddress.h"
#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/TestStore.h"
#include "tests/testlib/WithoutCapability.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <latch>
#include <thread>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The permission bits of the owner, group and others (Qt adds the "user" ones of the caller).
QFileDevice::Permissions ownAndOthers(QFileDevice::Permissions permissions)
{
    return permissions
           & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
              | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// Sets the schema version as an older Smidig would have left it.
bool setSchemaVersion(const Database &db, int version)
{
    QSqlQuery query(db.connection());
    if (db.location().isPostgres())
        return query.exec(u"UPDATE smidig_schema SET version = %1"_s.arg(version));
    return query.exec(u"PRAGMA user_version = %1"_s.arg(version));
}

// Takes the columns of schema steps 10 and 11 out again, as a store before them had none.
bool dropStepsTenOn(QSqlQuery &query)
{
    for (const char *column : {"shipping_company",
                               "shipping_address1",
                               "shipping_address2",
                               "shipping_zip",
                               "shipping_city",
                               "shipping_province",
                               "shipping_country",
                               "shipping_method",
                               "note",
                               "details_pending"}) { // step 11
        if (!query.exec(u"ALTER TABLE orders DROP COLUMN %1"_s.arg(QLatin1StringView(column))))
            return false;
    }
    return true;
}

// An address on the run's PostgreSQL server with another user or database name.
StoreLocation onTheTestServer(const QString &user, const QString &database, QString *problem)
{
    const StoreLocation server = PostgresTestDatabase::server(problem);
    if (!server.isValid())
        return {};
    return StoreLocation::parse(
        u"postgresql://%1@%2:%3/%4"_s.arg(user, server.host()).arg(server.port()).arg(database));
}

} // namespace

// The store's connection on both engines (the tests with an engine column run on a new SQLite
// file and on a new PostgreSQL database), and what only one of them has: SQLite's files and
// their permissions, PostgreSQL's server, users and stations starting together.
class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyStoreToTheLatestSchema_data() { TestStore::addEngines(); }
    void migratesAnEmptyStoreToTheLatestSchema()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        {
            Database db;
            const StoreError error = db.open(store.location());
            QVERIFY2(!error.isError(), qPrintable(error.detail));
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(db.dialect().engine(), engine);
            QStringList tables = db.connection().tables();
            tables.removeAll(u"sqlite_sequence"_s); // SQLite's own
            tables.removeAll(u"smidig_schema"_s);   // the version, on PostgreSQL
            tables.sort();
            QCOMPARE(tables,
                     (QStringList{u"fulfillment_holds"_s,
                                  u"fulfillment_order_line_items"_s,
                                  u"fulfillment_orders"_s,
                                  u"fulfillments"_s,
                                  u"inventory_levels"_s,
                                  u"leases"_s,
                                  u"line_items"_s,
                                  u"orders"_s,
                                  u"outbox"_s,
                                  u"packing_history"_s,
                                  u"packing_lines"_s,
                                  u"sync_state"_s,
                                  u"tracking_info"_s}));
            // Every step ran, the last ones too: step 5's columns are there.
            const QSqlRecord orders = db.connection().record(u"orders"_s);
            QStringList columns;
            for (int i = 0; i < orders.count(); ++i)
                columns.append(orders.fieldName(i));
            QCOMPARE(columns,
                     (QStringList{u"id"_s,
                                  u"name"_s,
                                  u"number"_s,
                                  u"created_at"_s,
                                  u"updated_at"_s,
                                  u"processed_at"_s,
                                  u"cancelled_at"_s,
                                  u"closed"_s,
                                  u"email"_s,
                                  u"customer_name"_s,
                                  u"financial_status"_s,
                                  u"fulfillment_status"_s,
                                  u"total_minor"_s,
                                  u"currency"_s,
                                  u"item_count"_s,
                                  u"location_names"_s,
                                  u"tracking_numbers"_s,
                                  u"skus"_s,
                                  u"shipping_name"_s,
                                  u"test"_s,
                                  u"customer_hidden"_s,
                                  u"fulfillments_complete"_s,
                                  u"unreadable_since"_s,
                                  u"awaiting_routing"_s,
                                  u"pickup"_s,
                                  u"shipping_company"_s,
                                  u"shipping_address1"_s,
                                  u"shipping_address2"_s,
                                  u"shipping_zip"_s,
                                  u"shipping_city"_s,
                                  u"shipping_province"_s,
                                  u"shipping_country"_s,
                                  u"shipping_method"_s,
                                  u"note"_s,
                                  u"details_pending"_s}));
            QVERIFY(db.connection().record(u"fulfillment_orders"_s).contains(u"delivery_method"_s));
        }
        // Opening again finds the schema done and changes nothing.
        Database again;
        QVERIFY(!again.open(store.location()).isError());
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    }

    void createsTheFileAndItsFolderWithTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/orders.sqlite"));
        Database db;
        const StoreError error = db.open(path);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery keys(db.connection());
        QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
    }

    // The store holds customers' names and addresses: the folders made for it, the file and
    // SQLite's files beside it are the owner's alone, as the log is.
    void theStoreAndItsFilesAreTheOwnersAlone()
    {
        QTemporaryDir dir;
        const mode_t umaskBefore = umask(022);
        const auto restoreUmask = qScopeGuard([umaskBefore] { umask(umaskBefore); });
        const QString path = dir.filePath(QStringLiteral("nested/folder/orders.sqlite"));
        Database db;
        QVERIFY(!db.open(path).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());

        const QFileDevice::Permissions folder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner;
        const QFileDevice::Permissions file = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(ownAndOthers(QFileInfo(dir.filePath(QStringLiteral("nested"))).permissions()),
                 folder);
        QCOMPARE(ownAndOthers(
                     QFileInfo(dir.filePath(QStringLiteral("nested/folder"))).permissions()),
                 folder);
        // SQLite's write-ahead log and its index are there while the store is open.
        for (const QString &name :
             QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(name), qPrintable(name));
            QCOMPARE(ownAndOthers(QFileInfo(name).permissions()), file);
        }
    }

    // Never made readable to others and narrowed after, even for a moment: another user
    // could open the file in between and read through that handle ever after.
    void noFileOfTheStoreIsEverOpenToOthers()
    {
        QTemporaryDir dir;
        FileCreationWatcher watcher(dir.path());
        SMIDIG_REQUIRE(watcher.isWatching(),
                       u"watching file creation needs fanotify and CAP_SYS_ADMIN: "_s
                           + watcher.problem());
        // The usual umask, which lets a file be made readable by others.
        const mode_t umaskBefore = umask(022);
        const auto restoreUmask = qScopeGuard([umaskBefore] { umask(umaskBefore); });
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
        }
        const QHash<QString, QFileDevice::Permissions> seen = watcher.widestSeen();
        for (const QString &name :
             {u"orders.sqlite"_s, u"orders.sqlite-wal"_s, u"orders.sqlite-shm"_s})
            QVERIFY2(seen.contains(name), qPrintable(QStringList(seen.keys()).join(u", "_s)));
        QCOMPARE(watcher.openToOthers(), QStringList());
    }

    void bigCommitsAreCopiedIntoTheFileInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        const QString log = path + QStringLiteral("-wal");
        // 3,000 of these orders fill about 1,100 pages of the log, more than the 1,000 from
        // which a commit asks for a checkpoint.
        constexpr int perCommit = 3000;
        constexpr int commits = 3;
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            qint64 fileSize = QFileInfo(path).size();
            qint64 largestLog = 0;
            for (int batch = 0; batch < commits; ++batch) {
                QList<Order> orders;
                for (int i = 1; i <= perCommit; ++i)
                    orders.append(SampleOrders::make(batch * perCommit + i));
                const StoreError error = book.upsert(orders);
                QVERIFY2(!error.isError(), qPrintable(error.detail));
                // The commit no longer copies the log itself; the background connection
                // does, and the file holds the orders while the app's connection stays open.
                const qint64 expected = fileSize + 3 * 1024 * 1024;
                QTRY_VERIFY2(QFileInfo(path).size() > expected,
                             qPrintable(QStringLiteral("file %1 bytes, log %2 bytes")
                                            .arg(QFileInfo(path).size())
                                            .arg(QFileInfo(log).size())));
                fileSize = QFileInfo(path).size();
                largestLog = qMax(largestLog, QFileInfo(log).size());
            }
            // A copied log is written over from its start, so it does not grow with every
            // commit: it stays about the size of the largest single commit.
            QVERIFY2(QFileInfo(log).size() <= largestLog,
                     qPrintable(QString::number(QFileInfo(log).size())));
            QVERIFY2(largestLog < 3 * QFileInfo(path).size() / 4,
                     qPrintable(QStringLiteral("log %1 bytes, file %2 bytes")
                                    .arg(largestLog)
                                    .arg(QFileInfo(path).size())));
            QCOMPARE(book.count(), commits * perCommit);
        }
        // Closed cleanly: the log is gone and every order is there for the next start.
        QVERIFY(!QFile::exists(log));
        Database db;
        QVERIFY(!db.open(path).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QCOMPARE(book.count(), commits * perCommit);
    }

    void reopeningKeepsTheOrders_data() { TestStore::addEngines(); }
    void reopeningKeepsTheOrders()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        const StoreLocation path = store.location();
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1),
                                  SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled)})
                         .isError());
        }
        Database db;
        QVERIFY(!db.open(path).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QCOMPARE(book.count(), 2);
        std::optional<Order> order;
        QVERIFY(!book.order(QStringLiteral("gid://shopify/Order/2"), &order).isError());
        QVERIFY(order);
        QCOMPARE(*order, SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled));
    }

    // Step 5 keeps the ship-to name apart from the customer's (and adds what real shops send:
    // test orders, hidden customers, cut lists, the 60-day window, pickups). Orders stored
    // before it had the ship-to name in the customer's place, so the step takes the watermark
    // away and the next sync is a full one that stores every order again.
    void stepFiveAddsTheShipToNameAndAsksForAFullSync_data() { TestStore::addEngines(); }
    void stepFiveAddsTheShipToNameAndAsksForAFullSync()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        const StoreLocation path = store.location();
        const QString watermark = QString::fromLatin1(OrderSync::kWatermarkKey);
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
            QVERIFY(
                !book.setSyncValue(watermark, QStringLiteral("2026-11-02T00:00:00.000Z")).isError());
            // The store as schema step 4 left it.
            QSqlQuery query(db.connection());
            for (const char *column : {"shipping_name",
                                       "test",
                                       "customer_hidden",
                                       "fulfillments_complete",
                                       "unreadable_since",
                                       "awaiting_routing",
                                       "pickup"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN %1")
                                       .arg(QLatin1StringView(column))));
            QVERIFY(query.exec(
                QStringLiteral("ALTER TABLE fulfillment_orders DROP COLUMN delivery_method")));
            for (const char *column : {"owner", "epoch", "lease_until"}) // step 6
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN %1")
                                       .arg(QLatin1StringView(column))));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE leases")));          // step 7
            QVERIFY(query.exec(QStringLiteral("DROP TABLE packing_history"))); // step 8
            QVERIFY(query.exec(QStringLiteral("DROP TABLE packing_lines")));   // step 9
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE line_items DROP COLUMN barcode")));
            QVERIFY(dropStepsTenOn(query));
            QVERIFY(setSchemaVersion(db, 4));
        }
        Database db;
        const StoreError opened = db.open(path);
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QCOMPARE(book.count(), 1);
        QString value = QStringLiteral("not read");
        QVERIFY(!book.syncValue(watermark, &value).isError());
        QVERIFY(value.isEmpty()); // no watermark: the next automatic sync is a full one
        Order guest = SampleOrders::make(2);
        guest.customerName.clear();
        guest.shippingName = QStringLiteral("Bo Holm");
        QVERIFY(!book.upsert({guest}).isError());
        std::optional<Order> stored;
        QVERIFY(!book.order(guest.id, &stored).isError());
        QVERIFY(stored);
        QCOMPARE(stored->shippingName, QStringLiteral("Bo Holm"));
        QCOMPARE(stored->customerName, QString());
    }

    // Step 8 adds the packing history to a store in use: the orders and the outbox entries
    // waiting in it stay as they were, and the history starts empty (what was fulfilled
    // before was not recorded with a station).
    void stepEightAddsThePackingHistoryAndKeepsTheRest_data() { TestStore::addEngines(); }
    void stepEightAddsThePackingHistoryAndKeepsTheRest()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        OutboxEntry waiting;
        waiting.orderId = SampleOrders::make(1).id;
        waiting.orderName = SampleOrders::make(1).name;
        waiting.createdAt = QDateTime::currentDateTimeUtc();
        waiting.sendAfter = waiting.createdAt;
        waiting.owner = u"station-a"_s;
        {
            Database db;
            QVERIFY(!db.open(store.location()).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
            QList<OutboxEntry> entries{waiting};
            QVERIFY(!OutboxRepository(db.connection())
                         .insert(&entries, std::chrono::milliseconds(45000))
                         .isError());
            waiting.id = entries.first().id;
            // The store as schema step 7 left it.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"DROP TABLE packing_history"_s));
            QVERIFY(query.exec(u"DROP TABLE packing_lines"_s));                   // step 9
            QVERIFY(query.exec(u"ALTER TABLE line_items DROP COLUMN barcode"_s)); // step 9
            QVERIFY(dropStepsTenOn(query));
            QVERIFY(setSchemaVersion(db, 7));
        }
        Database db;
        const StoreError opened = db.open(store.location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        std::optional<Order> order;
        QVERIFY(!book.order(waiting.orderId, &order).isError());
        QVERIFY(order);
        Order before = SampleOrders::make(1);
        before.lineItems[0].barcode.clear(); // step 9's, filled by the next (full) sync
        QCOMPARE(*order, before);
        QList<OutboxEntry> open;
        QVERIFY(!OutboxRepository(db.connection()).loadOpen(&open).isError());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, waiting.id);
        QCOMPARE(open.first().owner, waiting.owner);

        PackingHistory history(db.connection());
        QList<PackingRecord> records;
        QVERIFY(!history.forOrder(waiting.orderId, &records).isError());
        QVERIFY(records.isEmpty());
        QVERIFY(!history.record(open, {u"Station 2"_s, u"Anna"_s}).isError());
        QVERIFY(!history.forOrder(waiting.orderId, &records).isError());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().who, (StationIdentity{u"Station 2"_s, u"Anna"_s}));
    }

    // Step 9 (pack mode) adds the variants' barcodes to the line items: the orders stored
    // before have none, so the watermark goes and the next sync is a full one that fills
    // them; the orders stay readable meanwhile, and a barcode stored from then on is read back.
    void stepNineAddsBarcodesAndAsksForAFullSync_data() { TestStore::addEngines(); }
    void stepNineAddsBarcodesAndAsksForAFullSync()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        const QString watermark = QString::fromLatin1(OrderSync::kWatermarkKey);
        {
            Database db;
            QVERIFY(!db.open(store.location()).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
            QVERIFY(!book.setSyncValue(watermark, u"2026-11-02T00:00:00.000Z"_s).isError());
            // The store as schema step 8 left it.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"DROP TABLE packing_lines"_s));
            QVERIFY(query.exec(u"ALTER TABLE line_items DROP COLUMN barcode"_s));
            QVERIFY(dropStepsTenOn(query));
            QVERIFY(setSchemaVersion(db, 8));
        }
        Database db;
        const StoreError opened = db.open(store.location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QString value = u"not read"_s;
        QVERIFY(!book.syncValue(watermark, &value).isError());
        QVERIFY(value.isEmpty()); // no watermark: the next automatic sync is a full one
        std::optional<Order> stored;
        QVERIFY(!book.order(SampleOrders::make(1).id, &stored).isError());
        QVERIFY(stored);
        QCOMPARE(stored->lineItems.first().barcode, QString()); // not known until that sync
        QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
        QVERIFY(!book.order(SampleOrders::make(1).id, &stored).isError());
        QCOMPARE(*stored, SampleOrders::make(1));
        QCOMPARE(stored->lineItems.first().barcode, u"5701234000013"_s);
    }

    // Step 10 (packing slips) adds the shipping address lines, the shipping method and the
    // note: the orders stored before have none of them, so the watermark goes and the next
    // sync is a full one that fills them; what is stored from then on is read back whole.
    void stepTenAddsWhatASlipPrintsAndAsksForAFullSync_data() { TestStore::addEngines(); }
    void stepTenAddsWhatASlipPrintsAndAsksForAFullSync()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        const QString watermark = QString::fromLatin1(OrderSync::kWatermarkKey);
        {
            Database db;
            QVERIFY(!db.open(store.location()).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
            QVERIFY(!book.setSyncValue(watermark, u"2026-11-02T00:00:00.000Z"_s).isError());
            // The store as schema step 9 left it.
            QSqlQuery query(db.connection());
            QVERIFY(dropStepsTenOn(query));
            QVERIFY(setSchemaVersion(db, 9));
        }
        Database db;
        const StoreError opened = db.open(store.location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QString value = u"not read"_s;
        QVERIFY(!book.syncValue(watermark, &value).isError());
        QVERIFY(value.isEmpty()); // no watermark: the next automatic sync is a full one
        std::optional<Order> stored;
        QVERIFY(!book.order(SampleOrders::make(1).id, &stored).isError());
        QVERIFY(stored);
        QCOMPARE(*stored, SampleOrders::make(1));

        Order shipped = SampleOrders::make(2);
        shipped.shippingName = u"Jürgen Weiß"_s;
        shipped.shippingAddress = {u"Weiß & Söhne GmbH"_s,
                                   u"Königstraße 12"_s,
                                   u"Hinterhaus, 2. OG"_s,
                                   u"24937"_s,
                                   u"Flensburg"_s,
                                   u"Schleswig-Holstein"_s,
                                   u"DE"_s};
        shipped.shippingMethod = u"DHL Paket"_s;
        shipped.note = u"Bitte nicht knicken.\nDanke!"_s;
        QVERIFY(!book.upsert({shipped}).isError());
        QVERIFY(!book.order(shipped.id, &stored).isError());
        QVERIFY(stored);
        QCOMPARE(*stored, shipped);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write("this is not SQLite at all\n" + garbage);
        file.close();
        Database db;
        const StoreError error = db.open(path);
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY(error.userMessage().contains(QStringLiteral("damaged")));
        // Left untouched for the user to move aside.
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().startsWith("this is not SQLite at all"));
    }

    void refusesADatabaseFromANewerVersion_data() { TestStore::addEngines(); }
    void refusesADatabaseFromANewerVersion()
    {
        QFETCH(SqlDialect::Engine, engine);
        TestStore store(engine);
        SMIDIG_REQUIRE(store.isReady(), store.problem());
        {
            Database db;
            QVERIFY(!db.open(store.location()).isError());
            QVERIFY(setSchemaVersion(db, 999));
        }
        Database db;
        const StoreError error = db.open(store.location());
        QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
        QVERIFY(!db.isOpen());
    }

    // Stations that start at the same moment on a new shared store: one runs each schema
    // step, the others wait for it and find it done; none fails. Each station's connection
    // lives on a thread of its own, as a connection must. Several rounds, each on a new
    // database, so that a missing lock would show.
    void stationsStartingTogetherMigrateASharedStoreOnce()
    {
        constexpr int rounds = 3;
        constexpr int stations = 3;
        for (int round = 0; round < rounds; ++round) {
            PostgresTestDatabase shared;
            SMIDIG_REQUIRE(shared.isReady(), shared.problem());
            std::latch ready(stations);
            std::array<StoreError, stations> errors;
            std::array<int, stations> versions{};
            std::vector<std::thread> threads;
            for (int i = 0; i < stations; ++i) {
                threads.emplace_back([&, i] {
                    Database db;
                    ready.arrive_and_wait();
                    errors.at(size_t(i)) = db.open(shared.location());
                    versions.at(size_t(i)) = db.schemaVersion();
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            for (int i = 0; i < stations; ++i) {
                QVERIFY2(!errors.at(size_t(i)).isError(), qPrintable(errors.at(size_t(i)).detail));
                QCOMPARE(versions.at(size_t(i)), Database::latestSchemaVersion());
            }
            Database db;
            QVERIFY(!db.open(shared.location()).isError());
            QSqlQuery rows(db.connection());
            QVERIFY(rows.exec(u"SELECT COUNT(*) FROM smidig_schema"_s) && rows.next());
            QCOMPARE(rows.value(0).toInt(), 1);
        }
    }

    // The server ends a station's connection (a restart, a station frozen inside a
    // transaction past the idle timeout): the watch opens it again with the session's
    // settings, and the books, which hold copies of the connection, work again.
    void aConnectionTheServerEndedIsOpenedAgain()
    {
        PostgresTestDatabase shared;
        SMIDIG_REQUIRE(shared.isReady(), shared.problem());
        Database db;
        QVERIFY(!db.open(shared.location(), std::chrono::milliseconds(300)).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
        ConnectionWatch watch(&db);
        QSignalSpy reopened(&watch, &ConnectionWatch::reopened);
        watch.check();
        QCOMPARE(reopened.count(), 0); // it stands: nothing to do

        Database admin;
        QVERIFY(!admin.open(shared.location()).isError());
        QSqlQuery end(admin.connection());
        QVERIFY(end.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
        QCOMPARE(book.upsert({SampleOrders::make(2)}).kind, StoreError::Kind::ServerUnreachable);

        watch.check();
        QCOMPARE(reopened.count(), 1);
        QVERIFY(!book.upsert({SampleOrders::make(2)}).isError());
        QCOMPARE(book.count(), 2);
        for (const auto &[setting, value] :
             {std::pair{u"lock_timeout"_s, u"300ms"_s},
              std::pair{u"idle_in_transaction_session_timeout"_s, u"15s"_s}}) {
            QSqlQuery show(db.connection());
            QVERIFY(show.exec(u"SHOW "_s + setting) && show.next());
            QCOMPARE(show.value(0).toString(), value);
        }
        watch.check();
        QCOMPARE(reopened.count(), 1);
    }

    void aServerThatDoesNotAnswerSaysWhatToCheck()
    {
        const RefusedAddress refused;
        QVERIFY(refused.isValid());
        Database db;
        const StoreError error = db.open(StoreLocation::parse(
            u"postgresql://smidig@127.0.0.1:%1/orders"_s.arg(refused.url().port())));
        QCOMPARE(error.kind, StoreError::Kind::ServerUnreachable);
        QCOMPARE(error.userMessage(),
                 u"Smidig cannot reach the server of the shared order database. Check that the "
                 "PostgreSQL server is running, that the database address names it (host and "
                 "port) and that this PC may connect to it, then try again."_s);
        QVERIFY(!db.isOpen());
    }

    void aDatabaseTheServerDoesNotHaveIsNamed()
    {
        QString problem;
        const StoreLocation missing = onTheTestServer(u"smidig_test"_s, u"no_such_shop"_s, &problem);
        SMIDIG_REQUIRE(missing.isValid(), problem);
        Database db;
        const StoreError error = db.open(missing);
        QCOMPARE(error.kind, StoreError::Kind::NoSuchDatabase);
        QVERIFY2(error.detail.contains(u"no_such_shop"_s), qPrintable(error.detail));
        QVERIFY(!db.isOpen());
    }

    void aUserWithoutTheRightPasswordIsNotLetIn_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("passwordLine"); // in the password file; %1 is the port
        QTest::newRow("no password for the user") << u"stranger"_s << QString();
        QTest::newRow("a wrong password")
            << u"smidig_test"_s << u"127.0.0.1:%1:*:smidig_test:not-the-password"_s;
    }
    void aUserWithoutTheRightPasswordIsNotLetIn()
    {
        QFETCH(QString, user);
        QFETCH(QString, passwordLine);
        QString problem;
        const StoreLocation location = onTheTestServer(user, u"postgres"_s, &problem);
        SMIDIG_REQUIRE(location.isValid(), problem);
        QTemporaryDir dir;
        const QString passwords = dir.filePath(u"pgpass"_s);
        QFile file(passwords);
        QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        if (!passwordLine.isEmpty())
            file.write(passwordLine.arg(location.port()).toUtf8() + '\n');
        file.close();
        const QByteArray before = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(passwords));
        const auto restore = qScopeGuard([&before] { qputenv("PGPASSFILE", before); });

        Database db;
        const StoreError error = db.open(location);
        QCOMPARE(error.kind, StoreError::Kind::AccessDenied);
        QCOMPARE(error.userMessage(),
                 u"The server of the shared order database did not let Smidig in. Check the user "
                 "name in the database address, its password in ~/.pgpass (or in the file "
                 "PGPASSFILE names), and that the server admits this user (pg_hba.conf) and "
                 "gives it the rights to the database."_s);
        QVERIFY(!db.isOpen());
    }

    void aReadOnlyFileKeepsWhatItHasAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto restore = qScopeGuard(
            [&] { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
        // Root writes to any file whatever its permissions, unless it gives up the capability
        // that lets it: this thread does (CI runs the tests as root).
        const WithoutCapability asAnyUser(WithoutCapability::Capability::OverrideFilePermissions);
        QVERIFY(asAnyUser.isEffective());

        Database db;
        const StoreError opened = db.open(path);
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        OrderBook book(db.connection());
        QVERIFY(!book.load().isError());
        QCOMPARE(book.count(), 1); // what it had is there to work with
        const StoreError error = book.upsert({SampleOrders::make(2)});
        QCOMPARE(error.kind, StoreError::Kind::ReadOnly);
        QVERIFY(error.userMessage().contains(QStringLiteral("read-only")));
        QCOMPARE(book.count(), 1);
    }

    void aDatabaseInUseElsewhereSaysSoAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        Database db;
        QVERIFY(!db.open(path, std::chrono::milliseconds(200)).isError());
        OrderBook book(db.connection());
        QVERIFY(!book.upsert({SampleOrders::make(1)}).isError());

        // Another program holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        const StoreError error = book.upsert({SampleOrders::make(2)});
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QVERIFY(error.userMessage().contains(QStringLiteral("another program")));
        QCOMPARE(book.count(), 1);

        QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!book.upsert({SampleOrders::make(2)}).isError()); // works again once it is free
        QCOMPARE(book.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
