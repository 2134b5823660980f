#pragma once

#include "core/storage/BulkStatement.h"
#include "core/storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// Inserts rows into one table several to a statement: INSERT INTO t (a, b) VALUES (?, ?),
// (?, ?)... A statement's fixed costs (starting it, opening and closing its cursors, ending
// it) were a good part of storing a sync's orders row by row on SQLite (docs/benchmarks.md),
// and on PostgreSQL each statement is a round trip to the server.
//
// The caller says how many rows it will add, so that the last statement can be made for the
// rows left (the values are bound as they come, never kept). A caller that inserts rows which
// refer to others (line items to their order) adds all of the table referred to first.
// Errors are kept as BulkStatement keeps them.
class BulkInsert final
{
public:
    // `intoColumns`: the table and its columns, "orders (id, name, number)".
    BulkInsert(const QSqlDatabase &db, const QString &intoColumns, qsizetype rows);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // One row, its values in the order of the columns; written once its statement is full.
    // False once something failed.
    template<typename... Values>
    bool add(const Values &...values)
    {
        if (sizeof...(Values) != size_t(m_columns)) {
            failCount();
            return false;
        }
        if (m_pending == 0 && !startStatement())
            return false;
        m_current->bindFrom(m_pending * m_columns + 1, values...);
        ++m_pending;
        return m_pending < m_currentRows || writeCurrent();
    }
    // Whether every row announced was added and written.
    bool finish();

    const StoreError &error() const { return m_error; }

private:
    // Rows to a statement: enough to spread a statement's fixed costs, few enough that making
    // the statement (once for each batch of orders) stays cheap.
    static constexpr int kRows = 16;

    bool startStatement();
    bool writeCurrent();
    void failCount();
    std::unique_ptr<BulkStatement> prepare(int rows);

    QSqlDatabase m_db;
    QString m_intoColumns;
    int m_columns = 0;
    qsizetype m_rowsLeft = 0;              // announced and not yet in a statement
    std::unique_ptr<BulkStatement> m_full; // kRows rows
    std::unique_ptr<BulkStatement> m_last; // the rows left at the end
    BulkStatement *m_current = nullptr;
    int m_currentRows = 0;
    int m_pending = 0; // rows bound into m_current
    StoreError m_error;
};
