#include "tests/testlib/TestStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

TestStore::TestStore(SqlDialect::Engine engine)
    : m_engine(engine)
{
    if (engine == SqlDialect::Engine::Postgres) {
        m_postgres = std::make_unique<PostgresTestDatabase>();
        m_problem = m_postgres->problem();
        m_location = m_postgres->location();
        return;
    }
    if (!m_folder.isValid()) {
        m_problem = u"no temporary folder: "_s + m_folder.errorString();
        return;
    }
    m_location = StoreLocation::file(m_folder.filePath(u"store.sqlite"_s));
}

void TestStore::addEngines()
{
    QTest::addColumn<SqlDialect::Engine>("engine");
    QTest::newRow("SQLite") << SqlDialect::Engine::Sqlite;
    QTest::newRow("PostgreSQL") << SqlDialect::Engine::Postgres;
}
