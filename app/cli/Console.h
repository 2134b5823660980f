#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// smidig-cli's two streams: results on stdout (for pipes), everything for people on stderr.
namespace Console {

// Exit codes scripts can tell apart.
enum ExitCode {
    Ok = 0,
    UsageError = 1,   // the command line is wrong
    ShopError = 2,    // the shop or the network failed; nothing was lost
    StoreFailure = 3, // the local store failed
    Refused = 4,      // some input was refused (an order that cannot be fulfilled, a bad row)
    // Left to another station: `sync` (it syncs the shared store; nothing was synced here) or
    // `fulfil` (it packs some of the orders; they were skipped)
    AnotherStation = 5,
};

void out(const QByteArray &bytes);
// Rows of cells as aligned columns for a terminal; the first row is the header.
QByteArray table(const QList<QStringList> &rows);
void err(const QString &line);

} // namespace Console
