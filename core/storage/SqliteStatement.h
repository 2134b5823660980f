#pragma once

#include "core/storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on the SQLite connection under a QSqlDatabase, run through SQLite's
// own interface rather than QSqlQuery.
//
// Why: the order tables are written and read in bulk (a full sync stores 10,000 orders with
// their parts, a start reads 100,000 table rows). QSqlQuery wraps every bound value and
// every cell in a QVariant and names each bound position by formatting a string; for those
// two paths that cost more than SQLite's own work (docs/benchmarks.md). Everything else
// stays on QSqlQuery. The connection, its transactions and its settings remain Qt Sql's:
// this only borrows the driver's handle, which lives as long as the QSqlDatabase is open.
//
// Errors are kept, not thrown: after the first failure every further call does nothing and
// error() says what failed, so a caller can run a whole batch and check once.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds the values to the positions 1, 2, ... and runs the statement to its end; false
    // on an error. Text is bound as text even when null: the schema keeps "no text" as ''.
    template<typename... Values>
    bool run(const Values &...values)
    {
        if (!start())
            return false;
        int position = 0;
        (bind(++position, values), ...);
        return finish();
    }

    // Steps to the next row of a query without parameters, running it on the first call:
    // true while there is a row, false at the end or on an error.
    bool next();

    // The current row's columns, counted from 0.
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    const StoreError &error() const { return m_error; }

private:
    bool start(); // resets the statement for a new run
    bool finish();
    void bind(int position, const QString &text);
    void bind(int position, qint64 value);
    void bind(int position, int value) { bind(position, qint64(value)); }
    void bind(int position, bool value) { bind(position, qint64(value ? 1 : 0)); }
    void bind(int position, const std::optional<qint64> &value);
    void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Text is handed to SQLite as UTF-8, the store's encoding, converted into one buffer per
    // position that is reused from run to run: given UTF-16, SQLite would convert each value
    // into memory it allocates and frees again, over a quarter of a sync's storing
    // (docs/benchmarks.md).
    QStringEncoder m_toUtf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<std::string> m_utf8;
    QString m_context; // the statement's start, for error messages
    StoreError m_error;
};
