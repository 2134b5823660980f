#include "core/storage/StoreLocation.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Where the order store is, as a person gives it with --database or in the settings: a file,
// or a PostgreSQL database several stations share, never with a password in it and never in
// clear text to another machine.
class TestStoreLocation final : public QObject
{
    Q_OBJECT

private slots:
    void aPathIsAFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << u"/home/anna/orders.sqlite"_s << u"/home/anna/orders.sqlite"_s;
        QTest::newRow("relative") << u"orders.sqlite"_s << u"orders.sqlite"_s;
        QTest::newRow("spaces around") << u"  /data/Lager 2.sqlite "_s << u"/data/Lager 2.sqlite"_s;
    }
    void aPathIsAFile()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const StoreLocation location = StoreLocation::parse(text);
        QVERIFY(location.isValid());
        QCOMPARE(location.engine(), SqlDialect::Engine::Sqlite);
        QCOMPARE(location.filePath(), path);
        QCOMPARE(location.toString(), path);
    }

    void aPostgresAddressNamesServerUserAndDatabase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("asSaved");
        QTest::newRow("loopback, default port")
            << u"postgresql://smidig@127.0.0.1/orders"_s << u"127.0.0.1"_s << 5432 << u"smidig"_s
            << u"orders"_s << QString() << u"postgresql://smidig@127.0.0.1/orders"_s;
        QTest::newRow("postgres scheme, localhost, a port")
            << u"postgres://packer@localhost:5433/lager"_s << u"localhost"_s << 5433 << u"packer"_s
            << u"lager"_s << QString() << u"postgresql://packer@localhost:5433/lager"_s;
        QTest::newRow("IPv6 loopback")
            << u"postgresql://smidig@[::1]:6000/orders"_s << u"::1"_s << 6000 << u"smidig"_s
            << u"orders"_s << QString() << u"postgresql://smidig@[::1]:6000/orders"_s;
        QTest::newRow("another machine, encrypted")
            << u"postgresql://smidig@db.lager.example:5432/orders?sslmode=verify-full"_s
            << u"db.lager.example"_s << 5432 << u"smidig"_s << u"orders"_s << u"verify-full"_s
            << u"postgresql://smidig@db.lager.example/orders?sslmode=verify-full"_s;
        QTest::newRow("another machine, require")
            << u"postgresql://smidig@10.0.0.5/orders?sslmode=require"_s << u"10.0.0.5"_s << 5432
            << u"smidig"_s << u"orders"_s << u"require"_s
            << u"postgresql://smidig@10.0.0.5/orders?sslmode=require"_s;
        QTest::newRow("no user: libpq's default")
            << u"postgresql://127.0.0.1/orders"_s << u"127.0.0.1"_s << 5432 << QString()
            << u"orders"_s << QString() << u"postgresql://127.0.0.1/orders"_s;
        QTest::newRow("encoded names")
            << u"postgresql://anna%40lager@127.0.0.1/ordrer%20%C3%A6%C3%B8"_s << u"127.0.0.1"_s
            << 5432 << u"anna@lager"_s << u"ordrer æø"_s << QString()
            << u"postgresql://anna%40lager@127.0.0.1/ordrer%20%C3%A6%C3%B8"_s;
    }
    void aPostgresAddressNamesServerUserAndDatabase()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        QFETCH(QString, asSaved);
        const StoreLocation location = StoreLocation::parse(text);
        QVERIFY2(location.isValid(), qPrintable(location.problemMessage()));
        QCOMPARE(location.engine(), SqlDialect::Engine::Postgres);
        QCOMPARE(location.host(), host);
        QCOMPARE(location.port(), port);
        QCOMPARE(location.user(), user);
        QCOMPARE(location.databaseName(), database);
        QCOMPARE(location.sslMode(), sslMode);
        QCOMPARE(location.toString(), asSaved);
        // What is saved reads back as the same place.
        const StoreLocation again = StoreLocation::parse(location.toString());
        QVERIFY(again.isValid());
        QCOMPARE(again.toString(), asSaved);
        QCOMPARE(again.databaseName(), database);
        QCOMPARE(again.user(), user);
    }

    void refusesWhatItCannotUseAndSaysWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<StoreLocation::Problem>("problem");
        QTest::addColumn<QString>("message");
        using Problem = StoreLocation::Problem;
        const QString password
            = u"Leave the password out of the database address: Smidig keeps the address in its "
              "settings and its log. Put the password in ~/.pgpass (or in the file the "
              "PGPASSFILE variable names), where PostgreSQL finds it by itself."_s;
        const QString incomplete
            = u"This PostgreSQL address is not complete. Write it as "
              "postgresql://user@host/database, with the port after the host when it is not "
              "5432 (host:5433)."_s;
        QTest::newRow("empty")
            << u"  "_s << Problem::Empty
            << u"Give the order database as a file, or as the address of a PostgreSQL "
               "database: postgresql://user@host/database."_s;
        QTest::newRow("password") << u"postgresql://smidig:hemmelig@127.0.0.1/orders"_s
                                  << Problem::PasswordInAddress << password;
        QTest::newRow("empty password")
            << u"postgresql://smidig:@127.0.0.1/orders"_s << Problem::PasswordInAddress << password;
        QTest::newRow("password setting")
            << u"postgresql://smidig@127.0.0.1/orders?password=hemmelig"_s
            << Problem::PasswordInAddress << password;
        QTest::newRow("password in an address that is otherwise broken")
            << u"postgresql://smidig:hemmelig@127.0.0.1"_s << Problem::PasswordInAddress
            << password;
        QTest::newRow("another machine in clear text")
            << u"postgresql://smidig@db.lager.example/orders"_s << Problem::Unencrypted
            << u"The database server db.lager.example is on another machine, so the connection "
               "to it must be encrypted: add ?sslmode=verify-full (or ?sslmode=require) to the "
               "address."_s;
        QTest::newRow("another machine, prefer")
            << u"postgresql://smidig@10.0.0.5/orders?sslmode=prefer"_s << Problem::Unencrypted
            << u"The database server 10.0.0.5 is on another machine, so the connection to it "
               "must be encrypted: add ?sslmode=verify-full (or ?sslmode=require) to the "
               "address."_s;
        QTest::newRow("no database")
            << u"postgresql://smidig@127.0.0.1"_s << Problem::NotAnAddress << incomplete;
        QTest::newRow("no database after the slash")
            << u"postgresql://smidig@127.0.0.1:5432/"_s << Problem::NotAnAddress << incomplete;
        QTest::newRow("no host") << u"postgresql:///orders"_s << Problem::NotAnAddress
                                 << incomplete;
        QTest::newRow("a path after the database") << u"postgresql://smidig@127.0.0.1/orders/more"_s
                                                   << Problem::NotAnAddress << incomplete;
        QTest::newRow("bad port") << u"postgresql://smidig@127.0.0.1:port/orders"_s
                                  << Problem::NotAnAddress << incomplete;
        QTest::newRow("unknown setting")
            << u"postgresql://smidig@127.0.0.1/orders?host=elsewhere"_s << Problem::UnknownSetting
            << u"Smidig does not use the setting \"host\" of a database address; only sslmode "
               "may follow the \"?\"."_s;
        QTest::newRow("bad sslmode")
            << u"postgresql://smidig@127.0.0.1/orders?sslmode=always"_s << Problem::BadSslMode
            << u"\"always\" is not an sslmode. Use one of disable, allow, prefer, require, "
               "verify-ca or verify-full."_s;
        QTest::newRow("another database")
            << u"mysql://smidig@127.0.0.1/orders"_s << Problem::UnsupportedScheme
            << u"Smidig keeps its orders in a file or in PostgreSQL, not in \"mysql\". Give a "
               "file, or an address such as postgresql://user@host/database."_s;
    }
    void refusesWhatItCannotUseAndSaysWhy()
    {
        QFETCH(QString, text);
        QFETCH(StoreLocation::Problem, problem);
        QFETCH(QString, message);
        const StoreLocation location = StoreLocation::parse(text);
        QVERIFY(!location.isValid());
        QCOMPARE(location.problem(), problem);
        QCOMPARE(location.problemMessage(), message);
        QVERIFY(!location.problemMessage().contains(u"hemmelig"_s));
        QCOMPARE(location.toString(), QString());
    }

    void aFileMayLookLikeAnythingWhenSaidToBeOne()
    {
        const StoreLocation location = StoreLocation::file(u"postgresql://not/a/server"_s);
        QVERIFY(location.isValid());
        QCOMPARE(location.engine(), SqlDialect::Engine::Sqlite);
        QCOMPARE(location.filePath(), u"postgresql://not/a/server"_s);
        QVERIFY(!StoreLocation::file(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
