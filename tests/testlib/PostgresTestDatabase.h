#pragma once

#include "core/storage/StoreLocation.h"

#include <QString>

// A database of its own on this ctest run's private PostgreSQL server
// (tests/testlib/postgres-test-server, started by the fixture postgres_server): made empty
// when this is made, dropped when it goes. A test finds the server through the variables
// SMIDIG_POSTGRES_STATE and PGPASSFILE, which smidig_add_test(... POSTGRES) sets.
class PostgresTestDatabase final
{
public:
    PostgresTestDatabase();
    ~PostgresTestDatabase();
    Q_DISABLE_COPY_MOVE(PostgresTestDatabase)

    // False, with the reason, when there is no server (not installed, or the test was not
    // started by ctest) or the database could not be made.
    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    StoreLocation location() const { return m_location; }

    // The server itself, as postgresql://ROLE@127.0.0.1:PORT/postgres; on a problem an
    // invalid location and the reason.
    static StoreLocation server(QString *problem);
    // Runs one statement on the server's own database `postgres`; false with the reason.
    static bool runOnServer(const QString &sql, QString *problem);

private:
    QString m_name;
    StoreLocation m_location;
    QString m_problem;
};
