#pragma once

#include "core/storage/SqlDialect.h"
#include "core/storage/StoreLocation.h"

#include "tests/testlib/PostgresTestDatabase.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The store of a test that runs on both engines: a new file in a temporary folder (SQLite),
// or a new database on the run's private PostgreSQL server (PostgresTestDatabase).
//
//     void initTestCase_data() { TestStore::addEngines(); }
//     void init()
//     {
//         QFETCH_GLOBAL(SqlDialect::Engine, engine);
//         m_store = std::make_unique<TestStore>(engine);
//         SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
//         ...m_db->open(m_store->location())...
class TestStore final
{
public:
    explicit TestStore(SqlDialect::Engine engine);
    Q_DISABLE_COPY_MOVE(TestStore)

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    SqlDialect::Engine engine() const { return m_engine; }
    StoreLocation location() const { return m_location; }

    // The column "engine" (SqlDialect::Engine) with a row for each: "SQLite", "PostgreSQL".
    static void addEngines();

private:
    SqlDialect::Engine m_engine;
    QTemporaryDir m_folder;
    std::unique_ptr<PostgresTestDatabase> m_postgres;
    StoreLocation m_location;
    QString m_problem;
};
