#include "core/storage/OrderLookup.h"

#include "core/storage/OrderBook.h"

using namespace Qt::StringLiterals;

namespace OrderLookup {

QString find(const OrderBook &book, const QString &reference)
{
    const QString text = reference.trimmed();
    if (text.isEmpty())
        return {};
    if (text.startsWith("gid://"_L1))
        return book.rowOf(text) >= 0 ? text : QString();
    const QString name = text.startsWith(u'#') ? text : u'#' + text;
    for (const OrderSummary &row : book.rows()) {
        if (row.name.compare(name, Qt::CaseInsensitive) == 0)
            return row.id;
    }
    bool isNumber = false;
    text.toULongLong(&isNumber);
    if (isNumber) {
        const QString id = u"gid://shopify/Order/"_s + text;
        if (book.rowOf(id) >= 0)
            return id;
    }
    return {};
}

} // namespace OrderLookup
