#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

SqlDialect::SqlDialect(const QSqlDatabase &db)
    : m_engine(db.driverName() == "QPSQL"_L1 ? Engine::Postgres : Engine::Sqlite)
{}

QString SqlDialect::nowMillis() const
{
    switch (m_engine) {
    case Engine::Postgres:
        // clock_timestamp(), not now(): now() stands still for a whole transaction.
        return u"CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"_s;
    case Engine::Sqlite:
        break;
    }
    // julianday('now') has millisecond precision; 2440587.5 is the Julian day of 1970-01-01.
    return u"CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"_s;
}

// The schema's steps name their types in capitals, as SQLite reads them; PostgreSQL gets:
//   INTEGER PRIMARY KEY AUTOINCREMENT  BIGSERIAL PRIMARY KEY: ids from a sequence, never
//                                      reused, as AUTOINCREMENT promises
//   INTEGER                            BIGINT: SQLite's integers have 64 bits, PostgreSQL's
//                                      INTEGER 32, and the times are milliseconds since 1970
//   REAL                               DOUBLE PRECISION: SQLite's REAL has 8 bytes, not 4
//   BLOB                               BYTEA
// Everything else in the steps (TEXT, NOT NULL, DEFAULT, REFERENCES ... ON DELETE CASCADE,
// CREATE INDEX, DROP INDEX IF EXISTS, ALTER TABLE ... ADD COLUMN, plain DELETE) means the
// same to both. Flags stay integers 0 and 1 on both, so the queries compare them alike.
QString SqlDialect::schemaStatement(const QString &portable) const
{
    if (m_engine == Engine::Sqlite)
        return portable;
    static const QList<std::pair<QRegularExpression, QString>> rules{
        {QRegularExpression(u"\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"_s),
         u"BIGSERIAL PRIMARY KEY"_s},
        {QRegularExpression(u"\\bINTEGER\\b"_s), u"BIGINT"_s},
        {QRegularExpression(u"\\bREAL\\b"_s), u"DOUBLE PRECISION"_s},
        {QRegularExpression(u"\\bBLOB\\b"_s), u"BYTEA"_s},
    };
    QString statement = portable;
    for (const auto &[pattern, replacement] : rules)
        statement.replace(pattern, replacement);
    return statement;
}
