// The command line's order references ("#1001", "1001", a global id, whatever was typed or
// pasted) against a store of a few orders: OrderLookup::find never crashes, and what it
// answers is empty or the id of an order the store has.

#include "tests/fuzz/FuzzSupport.h"

#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OrderLookup.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

Order order(int number, const QString &name)
{
    Order o;
    o.id = u"gid://shopify/Order/"_s + QString::number(number);
    o.name = name;
    o.number = number;
    o.createdAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    o.updatedAt = o.createdAt;
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_order_lookup";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // Never destroyed: at exit Qt's SQL connection registry may already be gone.
    static auto *db = new Database;
    static auto *book = [] {
        if (db->open(dir.filePath(u"lookup.sqlite"_s)).isError())
            std::abort();
        auto *b = new OrderBook(db->connection());
        // Names as shops write them: plain numbers, a prefix, a suffix, letters beyond ASCII.
        if (b->upsert({order(1001, u"#1001"_s),
                       order(42, u"#SHOP-42"_s),
                       order(7, u"#7-DK"_s),
                       order(99, u"#Ærø99"_s)})
                .isError())
            std::abort();
        return b;
    }();

    for (const QString &reference : {fuzz::utf8Text(data, size), fuzz::utf16Text(data, size)}) {
        const QString id = OrderLookup::find(*book, reference);
        if (!id.isEmpty() && book->rowOf(id) < 0)
            std::abort(); // an answer that is not one of the store's orders
    }
    return 0;
}
