#pragma once

#include "core/storage/SqlDialect.h"
#include "core/storage/StoreError.h"
#include "core/storage/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <memory>

class WalCheckpointer;

// The order store's connection, to either engine (docs/architecture.md, "Two engines"):
// - a file (SQLite): opened in write-ahead-log mode with foreign keys on; the log is copied
//   back into the file in the background (WalCheckpointer), not by the commit that filled it;
// - a PostgreSQL database several stations share (Qt's QPSQL driver).
// Either is migrated to the current schema step by step, each step in its own transaction,
// from the one list of steps (Migrations.cpp).
// One Database per thread; its connection name is unique to it.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the store and brings its schema up to date. A file is created if needed, and its
    // folder too. On error the store is left as it was.
    // A competing writer is waited for up to `busyTimeout` before a write fails as Locked
    // (on PostgreSQL: a lock another station holds).
    StoreError open(const StoreLocation &location,
                    std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000));
    // Opens the file at `path` (SQLite), whatever its name looks like.
    StoreError open(const QString &path,
                    std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000));
    void close();
    bool isOpen() const;

    // PostgreSQL: when the server has ended this connection, opens it again (same
    // QSqlDatabase, same session settings) and sets `reopened`. Anything else that fails is
    // returned. SQLite: nothing to do.
    StoreError reopenIfLost(bool *reopened);

    QSqlDatabase connection() const;
    const StoreLocation &location() const { return m_location; }
    SqlDialect dialect() const { return SqlDialect(m_location.engine()); }
    // -1 when it cannot be read.
    int schemaVersion() const;

    // The schema version this build writes.
    static int latestSchemaVersion();

private:
    StoreError openSqlite(std::chrono::milliseconds busyTimeout);
    StoreError openPostgres(std::chrono::milliseconds busyTimeout);
    StoreError configurePostgresSession();
    StoreError migrate();
    StoreError lockSchema();
    StoreError readSchemaVersion(int *version) const;
    StoreError writeSchemaVersion(int version);

    QString m_connectionName;
    StoreLocation m_location;
    std::chrono::milliseconds m_busyTimeout{5000};
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// A transaction that rolls back unless commit() succeeded: early returns cannot leave half a
// change behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const StoreError &beginError() const { return m_beginError; }
    // Waits until no other process writes orders or stock in a transaction, and keeps them
    // waiting until this one ends. SQLite has one writer at a time anyway; on PostgreSQL two
    // stations storing the same orders at once (a sync each) would otherwise collide on
    // their rows and one sync would fail.
    StoreError serializeWithOtherWriters();
    StoreError commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    StoreError m_beginError;
};
