#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The schema is written once, in SQLite's SQL; PostgreSQL gets it through one translation
// (SqlDialect::schemaStatement). Whether every step then runs is tst_database's business;
// this checks the translation itself.
class TestSqlDialect final : public QObject
{
    Q_OBJECT

private slots:
    void sqliteRunsTheStepsAsWritten()
    {
        const SqlDialect sqlite(SqlDialect::Engine::Sqlite);
        for (const QStringList &step : schemaMigrations()) {
            for (const QString &statement : step)
                QCOMPARE(sqlite.schemaStatement(statement), statement);
        }
    }

    void postgresGetsWideIntegersAndASequence_data()
    {
        QTest::addColumn<QString>("portable");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("id from a sequence")
            << u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL)"_s
            << u"CREATE TABLE t (id BIGSERIAL PRIMARY KEY, n BIGINT NOT NULL)"_s;
        QTest::newRow("a column added")
            << u"ALTER TABLE outbox ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"_s
            << u"ALTER TABLE outbox ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0"_s;
        QTest::newRow("a nullable time") << u"ALTER TABLE outbox ADD COLUMN lease_until INTEGER"_s
                                         << u"ALTER TABLE outbox ADD COLUMN lease_until BIGINT"_s;
        QTest::newRow("reals and blobs")
            << u"CREATE TABLE t (x REAL, b BLOB, t TEXT)"_s
            << u"CREATE TABLE t (x DOUBLE PRECISION, b BYTEA, t TEXT)"_s;
        QTest::newRow("names that hold a type's name stay")
            << u"CREATE TABLE integers (integer_count INTEGER)"_s
            << u"CREATE TABLE integers (integer_count BIGINT)"_s;
        QTest::newRow("unchanged") << u"DROP INDEX IF EXISTS line_items_inventory_item"_s
                                   << u"DROP INDEX IF EXISTS line_items_inventory_item"_s;
    }
    void postgresGetsWideIntegersAndASequence()
    {
        QFETCH(QString, portable);
        QFETCH(QString, postgres);
        QCOMPARE(SqlDialect(SqlDialect::Engine::Postgres).schemaStatement(portable), postgres);
    }

    void noStepKeepsAnSqliteOnlyWord()
    {
        const SqlDialect postgres(SqlDialect::Engine::Postgres);
        for (const QStringList &step : schemaMigrations()) {
            for (const QString &statement : step) {
                const QString translated = postgres.schemaStatement(statement);
                for (const char *word : {"AUTOINCREMENT", " INTEGER", "PRAGMA", "OR REPLACE"})
                    QVERIFY2(!translated.contains(QLatin1StringView(word)), qPrintable(translated));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
