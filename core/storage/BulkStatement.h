#pragma once

#include "core/storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

// One prepared statement for the bulk reads and writes of the order tables: on SQLite through
// SQLite's own interface, on PostgreSQL through QSqlQuery. The callers write each statement
// once and never ask which engine runs it.
//
// Why SQLite's own interface: a full sync stores 10,000 orders with their parts, a start
// reads 100,000 table rows. QSqlQuery wraps every bound value and every cell in a QVariant
// and names each bound position by formatting a string; for those two paths that cost more
// than SQLite's own work (docs/benchmarks.md). The connection, its transactions and its
// settings remain Qt Sql's: this only borrows the driver's handle, which lives as long as
// the QSqlDatabase is open. On PostgreSQL every statement is a round trip to the server,
// which costs far more than the QVariants, so QSqlQuery's way is kept there.
//
// Errors are kept, not thrown: after the first failure every further call does nothing and
// error() says what failed.
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

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

    // For a statement of many rows (BulkInsert): binds the values to the positions first,
    // first + 1, ... without running it; execute() then runs it with everything bound.
    template<typename... Values>
    void bindFrom(int first, const Values &...values)
    {
        if (m_error.isError())
            return;
        int position = first - 1;
        (bind(++position, values), ...);
    }
    bool execute();

    // Steps to the next row of a query without parameters, running it on the first call:
    // true while there is a row, false at the end or on an error.
    bool next();

    // The current row's columns, counted from 0. A truth value (x IS NULL) reads as 1 or 0.
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
    void failSqlite(int code);
    void failQuery();

    // SQLite: the connection's handle and the statement.
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Text is handed to SQLite as UTF-8, the store's encoding, converted into one buffer per
    // position that is reused from run to run: given UTF-16, SQLite would convert each value
    // into memory it allocates and frees again, over a quarter of a sync's storing
    // (docs/benchmarks.md).
    QStringEncoder m_toUtf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<std::string> m_utf8;
    // Any other engine.
    std::unique_ptr<QSqlQuery> m_query;
    bool m_queryRan = false;

    QString m_context; // the statement's start, for error messages
    StoreError m_error;
};
