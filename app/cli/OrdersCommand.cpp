#include "app/cli/OrdersCommand.h"

#include "app/cli/CliSession.h"
#include "app/cli/Console.h"
#include "app/cli/OrderOutput.h"

#include <QSet>

#include <algorithm>

namespace OrdersCommand {

int run(CliSession &session, const CliOptions &options)
{
    QSet<QString> wanted;
    for (const OrderSummary &row : session.book()->rows()) {
        if (options.filter.matches(row))
            wanted.insert(row.id);
    }
    QList<Order> all;
    const StoreError read = session.book()->allOrders(&all);
    if (read.isError()) {
        Console::err(read.userMessage());
        return Console::StoreFailure;
    }
    QList<Order> orders;
    for (Order &order : all) {
        if (wanted.contains(order.id))
            orders.append(std::move(order));
    }
    std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
        return a.number < b.number;
    });
    const OrderOutput::Format format = *OrderOutput::formatFromName(options.format);
    OrderOutput::PackingByOrder packing;
    if (format == OrderOutput::Format::Json) {
        QStringList ids;
        for (const Order &order : std::as_const(orders))
            ids.append(order.id);
        if (const StoreError error = session.packingHistory()->forOrders(ids, &packing);
            error.isError()) {
            Console::err(error.userMessage());
            return Console::StoreFailure;
        }
    }
    Console::out(OrderOutput::render(orders, format, packing));
    return Console::Ok;
}

} // namespace OrdersCommand
