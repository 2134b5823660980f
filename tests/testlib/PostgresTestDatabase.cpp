#include "tests/testlib/PostgresTestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString readState(const QString &name)
{
    QFile file(QDir(qEnvironmentVariable("SMIDIG_POSTGRES_STATE")).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

StoreLocation PostgresTestDatabase::server(QString *problem)
{
    if (qEnvironmentVariableIsEmpty("SMIDIG_POSTGRES_STATE")) {
        *problem = u"no private PostgreSQL server: ctest starts one for the tests that need it "
                   "(fixture postgres_server); run this test through ctest"_s;
        return {};
    }
    if (const QString missing = readState(u"problem"_s); !missing.isEmpty()) {
        *problem = u"no private PostgreSQL server: "_s + missing;
        return {};
    }
    const QString url = readState(u"url"_s);
    const StoreLocation location = StoreLocation::parse(url);
    if (url.isEmpty() || !location.isPostgres() || !location.isValid()) {
        *problem = u"the private PostgreSQL server is not running (no address in %1)"_s.arg(
            qEnvironmentVariable("SMIDIG_POSTGRES_STATE"));
        return {};
    }
    return location;
}

bool PostgresTestDatabase::runOnServer(const QString &sql, QString *problem)
{
    const StoreLocation location = server(problem);
    if (!location.isValid())
        return false;
    static QAtomicInteger<int> connections;
    const QString connectionName = u"postgres-test-admin-%1"_s.arg(
        connections.fetchAndAddRelaxed(1));
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.databaseName());
        db.setConnectOptions(u"connect_timeout=10"_s);
        if (!db.open()) {
            *problem = u"cannot connect to the private PostgreSQL server: "_s
                       + db.lastError().text();
        } else {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                *problem = sql + u": "_s + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return done;
}

PostgresTestDatabase::PostgresTestDatabase()
{
    const StoreLocation serverLocation = server(&m_problem);
    if (!serverLocation.isValid())
        return;
    // Unique on the server for this run: the process and a count within it.
    static QAtomicInteger<int> made;
    m_name = u"smidig_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(made.fetchAndAddRelaxed(1));
    if (!runOnServer(u"CREATE DATABASE "_s + m_name, &m_problem)) {
        m_name.clear();
        return;
    }
    m_location = StoreLocation::parse(
        u"postgresql://%1@%2:%3/%4"_s.arg(serverLocation.user(), serverLocation.host())
            .arg(serverLocation.port())
            .arg(m_name));
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (m_name.isEmpty())
        return;
    // FORCE: a connection a failed test left open does not keep the database.
    QString problem;
    if (!runOnServer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name), &problem))
        qWarning("%s", qPrintable(problem));
}
