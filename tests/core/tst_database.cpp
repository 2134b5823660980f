#include "storage/Database.h"
#include "storage/OrderBook.h"

#include "SampleOrders.h"

#include <QFile>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    void reopeningKeepsTheOrders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.upsert({SampleOrders::make(1), SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled)}).isError());
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

    void reportsAReadOnlyFile()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root may write to read-only files; run as a normal user to check this");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        Database db;
        const StoreError error = db.open(path);
        QVERIFY(error.isError());
        QVERIFY(error.kind == StoreError::Kind::ReadOnly || error.kind == StoreError::Kind::CannotOpen);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
