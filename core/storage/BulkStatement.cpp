#include "core/storage/BulkStatement.h"

#include "core/storage/SqliteHandle.h"

#include <QByteArrayView>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &sql)
    : m_sqlite(sqliteHandle(db))
    , m_context(sql.simplified().left(60))
{
    if (!db.isOpen()) {
        m_error = {StoreError::Kind::CannotOpen, m_context + u": the store is not open"_s};
        return;
    }
    if (!m_sqlite) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql))
            failQuery();
        return;
    }
    const int code = sqlite3_prepare16_v2(m_sqlite,
                                          sql.constData(),
                                          int(sql.size() * sizeof(QChar)),
                                          &m_statement,
                                          nullptr);
    if (code != SQLITE_OK) {
        failSqlite(code);
        return;
    }
    m_utf8.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

bool BulkStatement::start()
{
    if (m_error.isError())
        return false;
    // The last run's error, if any, was reported by finish(); reset only rewinds.
    if (m_statement)
        sqlite3_reset(m_statement);
    return true;
}

bool BulkStatement::finish()
{
    if (m_query) {
        if (!m_query->exec()) {
            failQuery();
            return false;
        }
        return true;
    }
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW) // a statement that returns rows, run for its effect
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        failSqlite(code);
        return false;
    }
    return true;
}

bool BulkStatement::execute()
{
    if (m_error.isError())
        return false;
    const bool done = finish();
    // Rewound at once, so that the next bindFrom() may bind (SQLite refuses binding a
    // statement that has run); its code repeats the step's, already reported.
    if (m_statement)
        sqlite3_reset(m_statement);
    return done;
}

bool BulkStatement::next()
{
    if (m_error.isError())
        return false;
    if (m_query) {
        if (!m_queryRan) {
            m_queryRan = true;
            if (!m_query->exec()) {
                failQuery();
                return false;
            }
        }
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            failQuery();
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        failSqlite(code);
    return false;
}

void BulkStatement::bind(int position, const QString &text)
{
    if (m_query) {
        m_query->bindValue(position - 1, text.isNull() ? u""_s : text);
        return;
    }
    // SQLITE_STATIC: the buffer outlives the step, since only the next run() rewrites it.
    std::string &utf8 = m_utf8.at(size_t(position - 1));
    const auto needed = size_t(m_toUtf8.requiredSpace(text.size()));
    if (utf8.size() < needed) // never shrinks, so a warm buffer is neither allocated nor cleared
        utf8.resize(needed);
    const char *end = m_toUtf8.appendToBuffer(utf8.data(), text);
    sqlite3_bind_text(m_statement, position, utf8.data(), int(end - utf8.data()), SQLITE_STATIC);
}

void BulkStatement::bind(int position, qint64 value)
{
    if (m_query)
        m_query->bindValue(position - 1, value);
    else
        sqlite3_bind_int64(m_statement, position, value);
}

void BulkStatement::bind(int position, const std::optional<qint64> &value)
{
    if (m_query) {
        m_query->bindValue(position - 1,
                           value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    } else if (value) {
        sqlite3_bind_int64(m_statement, position, *value);
    } else {
        sqlite3_bind_null(m_statement, position);
    }
}

QString BulkStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column)));
}

qint64 BulkStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool BulkStatement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void BulkStatement::failSqlite(int code)
{
    m_error = StoreError::fromSqliteCode(code,
                                         m_context + u": "_s
                                             + QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
}

void BulkStatement::failQuery()
{
    m_error = StoreError::fromSql(m_query->lastError(), m_context);
}
