#include "SqliteStatement.h"

#include <QByteArrayView>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

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
    if (code != SQLITE_OK)
        fail(code);
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
    // SQLITE_STATIC: the text outlives the step, since run() holds it until it returns.
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty) : text.constData();
    sqlite3_bind_text16(m_statement, position, data, int(text.size() * sizeof(QChar)), SQLITE_STATIC);
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
