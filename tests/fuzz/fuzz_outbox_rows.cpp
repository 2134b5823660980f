// Outbox rows read back from a damaged local store (a disk error, a hand edit, a file from
// another version): the input is one row of the outbox table, its text columns one a line
// (action, state, order id, order name, payload; the rest is the message), written with SQL as a damaged file
// would hold it. Loading the outbox then refuses or reads it; it never crashes, and whatever
// it loads has an object for its payload.

#include "tests/fuzz/FuzzSupport.h"

#include "core/outbox/Outbox.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // One store for every input: opening (and migrating) it per input would be most of the
    // time. Each input replaces the outbox's rows. The SQLite driver is a plugin, found
    // through the application object.
    static int argc = 1;
    static char name[] = "fuzz_outbox_rows";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // Never destroyed: at exit Qt's SQL connection registry may already be gone.
    static auto *db = new Database;
    static const bool opened = !db->open(dir.filePath(u"outbox.sqlite"_s)).isError();
    if (!opened)
        std::abort();
    static auto *book = new OrderBook(db->connection());

    const QStringList fields = fuzz::utf8Text(data, size).split(u'\n');
    // Never a null QString: Qt binds it as NULL, which the NOT NULL columns refuse.
    const auto field = [&fields](qsizetype i) {
        const QString text = i < fields.size() ? fields.at(i) : QString();
        return text.isNull() ? u""_s : text;
    };
    QSqlQuery query(db->connection());
    if (!query.exec(u"DELETE FROM outbox"_s))
        std::abort();
    if (!query.prepare(u"INSERT INTO outbox (action, state, order_id, order_name, payload, "
                       u"created_at, send_after, attempts, message) "
                       u"VALUES (?, ?, ?, ?, ?, 1767225600000, 0, 0, ?)"_s))
        std::abort();
    for (int i = 0; i < 5; ++i)
        query.addBindValue(field(i));
    const QString message = fields.mid(5).join(u'\n');
    query.addBindValue(message.isNull() ? u""_s : message);
    if (!query.exec())
        std::abort();

    Outbox outbox(db->connection(), book);
    if (outbox.load().isError())
        return 0;
    for (const OutboxEntry &entry : outbox.entries()) {
        (void) OutboxEntry::actionName(entry.action);
        (void) entry.payload.keys();
    }
    (void) outbox.pendingCount();
    (void) outbox.failedCount();
    return 0;
}
