#pragma once

#include "core/model/Order.h"

#include <QList>
#include <QString>

// Everything a batch of orders needs from the shelves (issue 17, point 2): grouped by
// location, then by SKU, each with its total and the orders that need it, so one walk through
// the store serves the whole batch. What counts is LinesToShip's: what is left to ship now.
struct PickList
{
    struct Need
    {
        QString orderName;
        int quantity = 0;
    };

    struct Item
    {
        QString sku; // empty for items without one: those are told apart by variant
        QString title;
        QString variantTitle;
        int total = 0;
        QList<Need> orders; // in the batch's order
    };

    struct AtLocation
    {
        Location location;
        QList<Item> items; // by SKU; items without SKU last, by title
        int total() const;
    };

    QList<AtLocation> locations; // by name
    int orderCount = 0;          // orders with something to pick

    int total() const;

    static PickList of(const QList<Order> &orders);
};
