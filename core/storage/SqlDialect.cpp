#include "core/storage/SqlDialect.h"

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
