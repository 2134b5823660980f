#include "core/storage/StoreError.h"

#include <QSqlError>

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = context + QStringLiteral(": ") + error.text();
    if (!ok)
        return {Kind::Failed, detail};
    return fromSqliteCode(code, detail);
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
    case Kind::Stale:
        return tr("Another Smidig took this over while this one was busy with it, so nothing "
                  "was changed here. The outbox shows how it went.");
    }
    return {};
}
