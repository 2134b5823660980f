#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqliteHandle.h"
#include "core/storage/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// The advisory lock that PostgreSQL stations take to migrate the schema: "Smidig" in ASCII.
// Other advisory locks of Smidig use other numbers.
constexpr qint64 kSchemaLockKey = 0x536D69646967;
// The advisory lock of transactions that write orders or stock ("Smidih").
constexpr qint64 kWriterLockKey = 0x536D69646968;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"smidig-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

StoreError exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError(), sql.simplified().left(60));
    return {};
}

// SQLite keeps statistics of its memory under a global lock unless told otherwise before its
// first use; storing a sync's orders allocates often enough for that lock to be a tenth of the
// work (docs/benchmarks.md), and nothing in Smidig reads the statistics. Once the library is in
// use SQLite refuses the setting and carries on as before, which is only slower.
void stopSqliteMemoryStatistics()
{
    [[maybe_unused]] static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// The store holds customers' names and addresses: what is made for it is its owner's alone
// from the first moment, never made readable to others and narrowed after (another user
// could open it in between and keep reading). Folders that exist are left as they are (the
// path may be any folder given with --database).
bool makeOwnerOnlyFolders(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (info.exists() || !makeOwnerOnlyFolders(info.absolutePath()))
        return false;
    return QDir().mkdir(folder,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
           || QFileInfo(folder).isDir();
}

// A new store file is made empty with owner-only permissions before SQLite opens it: SQLite
// gives its journal, write-ahead log and shared-memory files the permissions of the store.
void createOwnerOnly(const QString &path)
{
    if (QFileInfo::exists(path))
        return;
    QFile file(path);
    // Failing here (a folder that cannot be written) is left for SQLite to report.
    [[maybe_unused]] const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                                    QFileDevice::ReadOwner
                                                        | QFileDevice::WriteOwner);
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    m_checkpointer.reset(); // before the connection it watches goes
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError Database::open(const QString &path, std::chrono::milliseconds busyTimeout)
{
    return open(StoreLocation::file(path), busyTimeout);
}

StoreError Database::open(const StoreLocation &location, std::chrono::milliseconds busyTimeout)
{
    close();
    m_location = location;
    if (!location.isValid())
        return {StoreError::Kind::CannotOpen, location.problemMessage()};
    StoreError error = location.isPostgres() ? openPostgres(busyTimeout) : openSqlite(busyTimeout);
    if (!error.isError())
        error = migrate();
    if (error.isError()) {
        close();
        return error;
    }
    if (sqlite3 *handle = sqliteHandle(connection()))
        m_checkpointer = std::make_unique<WalCheckpointer>(handle, location.filePath());
    return {};
}

StoreError Database::openSqlite(std::chrono::milliseconds busyTimeout)
{
    const QString path = m_location.filePath();
    const QFileInfo file(path);
    if (!makeOwnerOnlyFolders(file.absolutePath())) {
        return {StoreError::Kind::CannotOpen,
                u"cannot create the folder %1"_s.arg(file.absolutePath())};
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return {StoreError::Kind::DriverMissing,
                u"Qt's SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not "
                "installed"_s};
    }

    stopSqliteMemoryStatistics();
    createOwnerOnly(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    // Wait for a competing writer a few seconds rather than failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeout.count()));
    if (!db.open())
        return StoreError::fromSql(db.lastError(), path);
    // Reading the schema first tells a damaged or foreign file from a good one before
    // anything is written to it.
    for (const QString &pragma : {u"PRAGMA schema_version"_s,
                                  u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return StoreError::fromSql(query.lastError(), path);
    }
    return {};
}

StoreError Database::openPostgres(std::chrono::milliseconds busyTimeout)
{
    const QString address = m_location.toString(); // holds no password (StoreLocation)
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return {StoreError::Kind::DriverMissing,
                u"Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                "installed"_s};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.databaseName());
    // libpq's own settings (no password: libpq reads ~/.pgpass or PGPASSFILE itself). A
    // server that does not answer is given up on after 10 s, not after the system's minutes.
    QStringList options{u"connect_timeout=10"_s, u"application_name=Smidig"_s};
    if (!m_location.sslMode().isEmpty())
        options.append(u"sslmode="_s + m_location.sslMode());
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return StoreError::fromSql(db.lastError(), address);
    m_busyTimeout = busyTimeout;
    return configurePostgresSession();
}

StoreError Database::configurePostgresSession()
{
    QSqlDatabase db = connection();
    // A row another station holds locked is waited for as long as SQLite waits for a
    // competing writer. A station that stops in the middle of a transaction (frozen,
    // suspended, its cable pulled) would keep its locks, and every other station waiting,
    // until the server noticed the connection gone, which can take hours: the server ends a
    // session idle in a transaction for 15 s. Smidig's transactions never wait for anything
    // but the database. The server's notices (such as "already exists, skipping") would go
    // to standard error: only warnings and errors come back.
    for (const QString &setting : {u"SET lock_timeout = %1"_s.arg(m_busyTimeout.count()),
                                   u"SET idle_in_transaction_session_timeout = 15000"_s,
                                   u"SET client_min_messages = warning"_s}) {
        if (const StoreError error = exec(db, setting); error.isError())
            return error;
    }
    return {};
}

// libpq does not reconnect by itself: a connection the server ended (a restart, a station
// frozen inside a transaction past idle_in_transaction_session_timeout, a network that
// dropped it) fails every statement from then on. The same QSqlDatabase is opened again, so
// every copy of it the books hold works again too.
StoreError Database::reopenIfLost(bool *reopened)
{
    *reopened = false;
    if (dialect().engine() != SqlDialect::Engine::Postgres
        || !QSqlDatabase::contains(m_connectionName))
        return {};
    // Qt's driver marks the connection closed once a statement found it gone.
    if (connection().isOpen()) {
        const StoreError alive = exec(connection(), u"SELECT 1"_s);
        if (alive.kind != StoreError::Kind::ServerUnreachable)
            return alive;
    }
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return StoreError::fromSql(db.lastError(), m_location.toString());
    if (const StoreError error = configurePostgresSession(); error.isError())
        return error;
    *reopened = true;
    return {};
}

int Database::schemaVersion() const
{
    int version = -1;
    return readSchemaVersion(&version).isError() ? -1 : version;
}

// Every step runs in a transaction of its own that first takes the schema lock and reads the
// version again: of several stations that open a new PostgreSQL store at the same moment,
// one runs each step and the others find it done.
StoreError Database::migrate()
{
    QSqlDatabase db = connection();
    const SqlDialect sql = dialect();
    const auto &steps = schemaMigrations();
    for (;;) {
        Transaction transaction(db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        if (const StoreError locked = lockSchema(); locked.isError())
            return locked;
        int current = -1;
        if (const StoreError read = readSchemaVersion(&current); read.isError())
            return read;
        if (current > steps.size()) {
            return {StoreError::Kind::NewerSchema,
                    u"%1 has schema version %2; this build knows up to %3"_s
                        .arg(m_location.toString())
                        .arg(current)
                        .arg(steps.size())};
        }
        if (current == steps.size())
            return {}; // rolling back only lets the lock go
        for (const QString &statement : steps.at(current)) {
            if (const StoreError error = exec(db, sql.schemaStatement(statement)); error.isError())
                return error;
        }
        if (const StoreError error = writeSchemaVersion(current + 1); error.isError())
            return error;
        if (const StoreError committed = transaction.commit(); committed.isError())
            return committed;
    }
}

// PostgreSQL: an advisory lock that ends with the transaction, and the table that keeps the
// schema version (SQLite keeps it in the file's header, PRAGMA user_version). A station
// waits for another's migration up to a minute, longer than for a row.
StoreError Database::lockSchema()
{
    if (dialect().engine() != SqlDialect::Engine::Postgres)
        return {};
    QSqlDatabase db = connection();
    for (const QString &statement :
         {u"SET LOCAL lock_timeout = 60000"_s,
          u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kSchemaLockKey),
          u"CREATE TABLE IF NOT EXISTS smidig_schema (version INTEGER NOT NULL)"_s}) {
        if (const StoreError error = exec(db, statement); error.isError())
            return error;
    }
    return {};
}

StoreError Database::readSchemaVersion(int *version) const
{
    const QString sql = dialect().engine() == SqlDialect::Engine::Postgres
                            ? u"SELECT COALESCE(MAX(version), 0) FROM smidig_schema"_s
                            : u"PRAGMA user_version"_s;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError(), sql);
    if (!query.next()) {
        return {StoreError::Kind::Corrupt,
                u"cannot read the schema version of %1"_s.arg(m_location.toString())};
    }
    *version = query.value(0).toInt();
    return {};
}

StoreError Database::writeSchemaVersion(int version)
{
    QSqlDatabase db = connection();
    if (dialect().engine() != SqlDialect::Engine::Postgres)
        return exec(db, u"PRAGMA user_version = %1"_s.arg(version));
    if (const StoreError error = exec(db, u"DELETE FROM smidig_schema"_s); error.isError())
        return error;
    return exec(db, u"INSERT INTO smidig_schema (version) VALUES (%1)"_s.arg(version));
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = StoreError::fromSql(m_db.lastError(), u"begin transaction"_s);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

StoreError Transaction::serializeWithOtherWriters()
{
    if (!m_active || SqlDialect(m_db).engine() != SqlDialect::Engine::Postgres)
        return {};
    return exec(m_db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriterLockKey));
}

StoreError Transaction::commit()
{
    if (!m_active)
        return m_beginError.isError() ? m_beginError
                                      : StoreError{StoreError::Kind::Failed, u"no transaction"_s};
    if (!m_db.commit()) {
        const StoreError error = StoreError::fromSql(m_db.lastError(), u"commit"_s);
        m_db.rollback();
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}
