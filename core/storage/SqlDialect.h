#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where the store's SQL differs between SQLite (one station) and PostgreSQL
// (several stations sharing one store). Everything else is written once, in the SQL both
// engines understand.
class SqlDialect final
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(const QSqlDatabase &db);
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }

    // An expression for the database's own clock as UTC milliseconds since the epoch. Leases
    // and claims expire by this clock, so stations whose clocks disagree still agree on who
    // holds what.
    QString nowMillis() const;

    // A statement of the schema's steps (Migrations.cpp), which are written once, in SQLite's
    // SQL, as this engine runs it. The one place where the schema is translated (below).
    QString schemaStatement(const QString &portable) const;

private:
    Engine m_engine;
};
