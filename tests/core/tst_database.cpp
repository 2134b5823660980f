#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include "tests/testlib/FileCreationWatcher.h"
#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/WithoutCapability.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
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

    void reopeningKeepsTheOrders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
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
    void stepFiveAddsTheShipToNameAndAsksForAFullSync()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
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
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
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

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db;
        const StoreError error = db.open(path);
        QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
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
