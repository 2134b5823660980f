#include "core/storage/StoreError.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

// PostgreSQL's SQLSTATE: five digits or capital letters ("23505", "28P01"). SQLite's result
// codes, extended ones included, are decimal numbers of at most four digits.
bool isSqlState(const QString &code)
{
    if (code.size() != 5)
        return false;
    for (QChar c : code) {
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

} // namespace

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    const QString code = error.nativeErrorCode();
    const QString detail = context + u": "_s + error.text();
    if (isSqlState(code))
        return fromPostgres(code, error.databaseText(), detail);
    bool ok = false;
    const int sqliteCode = code.toInt(&ok);
    if (ok)
        return fromSqliteCode(sqliteCode, detail);
    // No code: libpq failed before the server answered, or Qt itself refused.
    StoreError result = fromPostgres({}, error.databaseText(), detail);
    if (result.kind == Kind::Failed && error.type() == QSqlError::ConnectionError)
        result.kind = Kind::ServerUnreachable;
    return result;
}

StoreError StoreError::fromPostgres(const QString &sqlState,
                                    const QString &message,
                                    const QString &detail)
{
    StoreError result{Kind::Failed, detail};
    const QString family = sqlState.left(2);
    if (family == "08"_L1 || sqlState == "57P01"_L1 || sqlState == "57P02"_L1
        || sqlState == "57P03"_L1 || sqlState == "25P03"_L1) {
        // connection exceptions; the server shutting down, crashed, or starting; the session
        // ended for sitting idle inside a transaction
        result.kind = Kind::ServerUnreachable;
    } else if (family == "28"_L1 || sqlState == "42501"_L1) {
        // invalid authorization; insufficient privilege
        result.kind = Kind::AccessDenied;
    } else if (sqlState == "3D000"_L1) { // invalid catalog name
        result.kind = Kind::NoSuchDatabase;
    } else if (sqlState == "55P03"_L1 || sqlState == "40P01"_L1 || sqlState == "40001"_L1) {
        // a lock not granted in time; a deadlock; a serialization failure
        result.kind = Kind::Locked;
    } else if (sqlState == "53100"_L1) { // disk full
        result.kind = Kind::DiskFull;
    }
    if (!sqlState.isEmpty())
        return result;

    // Before the server answers (or when it ends the session at once) there is no SQLSTATE,
    // only libpq's message and the server's in it. Recognised in English, libpq's and the
    // server's language unless either was set up otherwise; anything else that failed to
    // connect counts as unreachable (fromSql) and its own words are in the detail.
    const QString text = message.toLower();
    const auto has = [&text](const char *part) { return text.contains(QLatin1StringView(part)); };
    if (has("database \"") && has("does not exist")) {
        result.kind = Kind::NoSuchDatabase;
    } else if (has("password authentication failed") || has("no password supplied")
               || has("authentication failed") || has("pg_hba.conf")
               || (has("role \"") && has("does not exist")) || has("permission denied")) {
        result.kind = Kind::AccessDenied;
    } else if (has("could not connect") || has("connection refused")
               || has("could not translate host name") || has("timeout expired")
               || has("server closed the connection") || has("no connection to the server")
               || has("connection to server") || has("is the server running")) {
        result.kind = Kind::ServerUnreachable;
    }
    return result;
}

StoreError StoreError::fromSqliteCode(int code, const QString &detail)
{
    StoreError result;
    result.detail = detail;
    // SQLite's primary result codes (the low byte of extended codes).
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        result.kind = Kind::Locked;
        break;
    case 8: // SQLITE_READONLY
        result.kind = Kind::ReadOnly;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        result.kind = Kind::Corrupt;
        break;
    case 13: // SQLITE_FULL
        result.kind = Kind::DiskFull;
        break;
    case 14: // SQLITE_CANTOPEN
        result.kind = Kind::CannotOpen;
        break;
    default:
        result.kind = Kind::Failed;
        break;
    }
    return result;
}

QString StoreError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        return tr("Smidig cannot open its order database. Check that the data folder exists and "
                  "that you may write to it.");
    case Kind::Locked:
        return tr("The order database is in use by another program (perhaps a second Smidig). "
                  "Close it and try again.");
    case Kind::ReadOnly:
        return tr("The order database is read-only, so nothing new can be saved. Check the file's "
                  "permissions and the free disk space.");
    case Kind::Corrupt:
        return tr("The order database is damaged. Smidig left it untouched; move the file aside "
                  "and Smidig will build a new one from the shop on the next sync.");
    case Kind::DiskFull:
        return tr("The disk is full, so nothing new could be saved. Free some space and try "
                  "again.");
    case Kind::NewerSchema:
        return tr("The order database was written by a newer version of Smidig. Update Smidig "
                  "to use it.");
    case Kind::Failed:
        return tr("Smidig could not write to its order database. If this happens again, report "
                  "it with the log (Help > Open Log in the window, --verbose on the command "
                  "line).");
    case Kind::DriverMissing:
        return tr("Smidig cannot open its order database because Qt's driver for it is not "
                  "installed. Install the Debian packages libqt6sql6-sqlite and libqt6sql6-psql "
                  "(or reinstall Smidig) and start it again.");
    case Kind::ServerUnreachable:
        return tr("Smidig cannot reach the server of the shared order database. Check that the "
                  "PostgreSQL server is running, that the database address names it (host and "
                  "port) and that this PC may connect to it, then try again.");
    case Kind::AccessDenied:
        return tr("The server of the shared order database did not let Smidig in. Check the "
                  "user name in the database address, its password in ~/.pgpass (or in the file "
                  "PGPASSFILE names), and that the server admits this user (pg_hba.conf) and "
                  "gives it the rights to the database.");
    case Kind::NoSuchDatabase:
        return tr("The shared order database named in the address does not exist on its server. "
                  "Check the name in the address, or create the database (README, \"Several "
                  "stations\").");
    case Kind::Stale:
        return tr("Another Smidig took this over while this one was busy with it, so nothing "
                  "was changed here. The outbox shows how it went.");
    }
    return {};
}
