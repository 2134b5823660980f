#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What went wrong with the local store, as a value, with a sentence for people.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        None,
        CannotOpen, // folder missing and not creatable, permissions, no driver
        Locked,     // another program holds the database
        ReadOnly,   // file or folder is read-only
        Corrupt,    // not a database, or damaged
        DiskFull,
        NewerSchema, // written by a newer Smidig
        Failed,      // any other database error
        // Qt's driver for the store's engine is not installed.
        DriverMissing,
        // PostgreSQL (a store several stations share):
        ServerUnreachable, // not running, wrong host or port, a firewall, the connection lost
        AccessDenied,      // wrong user or password, not allowed in by the server, no rights
        NoSuchDatabase,    // the server has no database of that name
        Stale,             // the row changed hands (another process took it over): nothing written
    };

    Kind kind = Kind::None;
    QString detail; // the driver's message and the file, untranslated

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;

    // From either engine's error: SQLite's result code, or PostgreSQL's SQLSTATE and, for a
    // connection that failed before any statement, libpq's message.
    static StoreError fromSql(const QSqlError &error, const QString &context);
    // From an SQLite result code (primary or extended) and the message to keep as detail.
    static StoreError fromSqliteCode(int code, const QString &detail);
    // From PostgreSQL's SQLSTATE (empty when libpq failed before the server answered), libpq's
    // message and the message to keep as detail.
    static StoreError fromPostgres(const QString &sqlState,
                                   const QString &message,
                                   const QString &detail);
};
