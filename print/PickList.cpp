#include "print/PickList.h"

#include "print/LinesToShip.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One row per SKU; an item without SKU is its variant (or, lacking that, its title), so two
// different unlabelled products never add up.
QString itemKey(const LineItem &item)
{
    if (!item.sku.isEmpty())
        return u"sku:"_s + item.sku;
    if (!item.variantId.isEmpty())
        return u"variant:"_s + item.variantId;
    return u"title:"_s + item.title + u'\n' + item.variantTitle;
}

QString locationKey(const Location &location)
{
    return location.id.isEmpty() ? location.name : location.id;
}

} // namespace

int PickList::AtLocation::total() const
{
    int sum = 0;
    for (const Item &item : items)
        sum += item.total;
    return sum;
}

int PickList::total() const
{
    int sum = 0;
    for (const AtLocation &location : locations)
        sum += location.total();
    return sum;
}

PickList PickList::of(const QList<Order> &orders)
{
    PickList list;
    QList<QStringList> keys; // per location: the item keys, parallel to its items
    for (const Order &order : orders) {
        const QList<LinesToShip::AtLocation> shipping = LinesToShip::of(order);
        if (!shipping.isEmpty())
            ++list.orderCount;
        for (const LinesToShip::AtLocation &from : shipping) {
            qsizetype at = 0;
            while (at < list.locations.size()
                   && locationKey(list.locations.at(at).location) != locationKey(from.location))
                ++at;
            if (at == list.locations.size()) {
                list.locations.append(AtLocation{from.location, {}});
                keys.append(QStringList());
            }
            AtLocation &location = list.locations[at];
            for (const LinesToShip::Line &line : from.lines) {
                const QString key = itemKey(line.item);
                qsizetype row = keys.at(at).indexOf(key);
                if (row < 0) {
                    location.items.append(
                        Item{line.item.sku, line.item.title, line.item.variantTitle, 0, {}});
                    keys[at].append(key);
                    row = location.items.size() - 1;
                }
                Item &item = location.items[row];
                item.total += line.quantity;
                if (!item.orders.isEmpty() && item.orders.last().orderName == order.name)
                    item.orders.last().quantity += line.quantity;
                else
                    item.orders.append(Need{order.name, line.quantity});
            }
        }
    }

    // Shelves are labelled by SKU: "A-2" before "A-10", as people sort.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (AtLocation &location : list.locations) {
        std::stable_sort(location.items.begin(),
                         location.items.end(),
                         [&collator](const Item &a, const Item &b) {
                             if (a.sku.isEmpty() != b.sku.isEmpty())
                                 return b.sku.isEmpty();
                             if (!a.sku.isEmpty())
                                 return collator.compare(a.sku, b.sku) < 0;
                             return collator.compare(a.title, b.title) < 0;
                         });
    }
    std::stable_sort(list.locations.begin(),
                     list.locations.end(),
                     [&collator](const AtLocation &a, const AtLocation &b) {
                         return collator.compare(a.location.name, b.location.name) < 0;
                     });
    return list;
}
