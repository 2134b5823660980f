#include "core/storage/BulkInsert.h"

#include <algorithm>

using namespace Qt::StringLiterals;

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &intoColumns, qsizetype rows)
    : m_db(db)
    , m_intoColumns(intoColumns.simplified())
    , m_columns(int(intoColumns.count(u',')) + 1)
    , m_rowsLeft(rows)
{}

BulkInsert::~BulkInsert() = default;

std::unique_ptr<BulkStatement> BulkInsert::prepare(int rows)
{
    QString row = u"(?"_s;
    for (int column = 1; column < m_columns; ++column)
        row += u", ?"_s;
    row += u')';
    QString sql = u"INSERT INTO "_s + m_intoColumns + u" VALUES "_s;
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u", "_s;
        sql += row;
    }
    auto statement = std::make_unique<BulkStatement>(m_db, sql);
    if (statement->error().isError())
        m_error = statement->error();
    return statement;
}

bool BulkInsert::startStatement()
{
    if (m_error.isError())
        return false;
    if (m_rowsLeft <= 0) {
        failCount();
        return false;
    }
    m_currentRows = int(std::min<qsizetype>(kRows, m_rowsLeft));
    m_rowsLeft -= m_currentRows;
    std::unique_ptr<BulkStatement> &statement = m_currentRows == kRows ? m_full : m_last;
    if (!statement)
        statement = prepare(m_currentRows);
    m_current = statement.get();
    return !m_error.isError();
}

bool BulkInsert::writeCurrent()
{
    m_pending = 0;
    if (!m_current->execute())
        m_error = m_current->error();
    return !m_error.isError();
}

void BulkInsert::failCount()
{
    if (!m_error.isError())
        m_error = {StoreError::Kind::Failed,
                   u"INSERT INTO %1: not the rows or columns announced"_s.arg(
                       m_intoColumns.left(60))};
}

bool BulkInsert::finish()
{
    if (!m_error.isError() && (m_pending != 0 || m_rowsLeft != 0))
        failCount();
    return !m_error.isError();
}
