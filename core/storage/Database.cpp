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
    close();
    m_path = path;
    const QFileInfo file(path);
    if (!makeOwnerOnlyFolders(file.absolutePath())) {
        return {StoreError::Kind::CannotOpen,
                u"cannot create the folder %1"_s.arg(file.absolutePath())};
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return {StoreError::Kind::CannotOpen, u"the Qt SQLite driver (QSQLITE) is not installed"_s};

    stopSqliteMemoryStatistics();
    createOwnerOnly(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    // Wait for a competing writer a few seconds rather than failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeout.count()));
    if (!db.open()) {
        const StoreError error = StoreError::fromSql(db.lastError(), path);
        close();
        return error;
    }
    // Reading the schema first tells a damaged or foreign file from a good one before
    // anything is written to it.
    for (const QString &pragma : {u"PRAGMA schema_version"_s,
                                  u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            const StoreError error = StoreError::fromSql(query.lastError(), path);
            close();
            return error;
        }
    }
    const StoreError migrated = migrate();
    if (migrated.isError()) {
        close();
        return migrated;
    }
    if (sqlite3 *handle = sqliteHandle(db))
        m_checkpointer = std::make_unique<WalCheckpointer>(handle, path);
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StoreError Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current < 0)
        return {StoreError::Kind::Corrupt, u"cannot read the schema version of %1"_s.arg(m_path)};
    const auto &steps = schemaMigrations();
    if (current > steps.size()) {
        return {StoreError::Kind::NewerSchema,
                u"%1 has schema version %2; this build knows up to %3"_s.arg(m_path).arg(current).arg(
                    steps.size())};
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        Transaction transaction(db);
        if (transaction.beginError().isError())
            return transaction.beginError();
        for (const QString &statement : steps.at(version - 1)) {
            const StoreError error = exec(db, statement);
            if (error.isError())
                return error;
        }
        const StoreError error = exec(db, u"PRAGMA user_version = %1"_s.arg(version));
        if (error.isError())
            return error;
        const StoreError committed = transaction.commit();
        if (committed.isError())
            return committed;
    }
    return {};
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
