#pragma once

#include "core/storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <memory>

class WalCheckpointer;

// The local store's SQLite connection: opened in write-ahead-log mode with foreign keys on,
// and migrated to the current schema step by step, each step in its own transaction.
// One Database per thread; its connection name is unique to it. The log is copied back into
// the file in the background (WalCheckpointer), not by the commit that filled it.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file and brings its schema up to date. The folder is
    // created too. On error the file is left as it was.
    // A competing writer is waited for up to `busyTimeout` before a write fails as Locked.
    StoreError open(const QString &path,
                    std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000));
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The schema version this build writes.
    static int latestSchemaVersion();

private:
    StoreError migrate();

    QString m_connectionName;
    QString m_path;
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
    StoreError commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    StoreError m_beginError;
};
