#include "core/storage/SqliteStatement.h"

#include "core/storage/SqliteHandle.h"

#include <QByteArrayView>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(sqliteHandle(db))
    , m_context(sql.simplified().left(60))
{
    if (!m_db) {
        m_error = {StoreError::Kind::CannotOpen, m_context + u": the store is not open"_s};
        return;
    }
    const int code = sqlite3_prepare16_v2(m_db,
                                          sql.constData(),
                                          int(sql.size() * sizeof(QChar)),
                                          &m_statement,
                                          nullptr);
    if (code != SQLITE_OK) {
        fail(code);
        return;
    }
    m_utf8.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

bool SqliteStatement::start()
{
    if (m_error.isError())
        return false;
    // The last run's error, if any, was reported by finish(); reset only rewinds.
    sqlite3_reset(m_statement);
    return true;
}

bool SqliteStatement::finish()
{
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW) // a statement that returns rows, run for its effect
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        fail(code);
        return false;
    }
    return true;
}

bool SqliteStatement::next()
{
    if (m_error.isError())
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

void SqliteStatement::bind(int position, const QString &text)
{
    // SQLITE_STATIC: the buffer outlives the step, since only the next run() rewrites it.
    std::string &utf8 = m_utf8.at(size_t(position - 1));
    const auto needed = size_t(m_toUtf8.requiredSpace(text.size()));
    if (utf8.size() < needed) // never shrinks, so a warm buffer is neither allocated nor cleared
        utf8.resize(needed);
    const char *end = m_toUtf8.appendToBuffer(utf8.data(), text);
    sqlite3_bind_text(m_statement, position, utf8.data(), int(end - utf8.data()), SQLITE_STATIC);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(m_statement, position, *value);
    else
        sqlite3_bind_null(m_statement, position);
}

QString SqliteStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column)));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::fail(int code)
{
    m_error = StoreError::fromSqliteCode(code,
                                         m_context + u": "_s
                                             + QString::fromUtf8(sqlite3_errmsg(m_db)));
}
