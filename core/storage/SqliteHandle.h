#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The SQLite connection under an open QSqlDatabase of the QSQLITE driver, or nullptr. It lives
// as long as the QSqlDatabase stays open; Qt Sql still owns it.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
