#pragma once

#include "core/model/InventoryLevel.h"
#include "core/shopify/OrderParser.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Reads the answer to the InventoryItems operation (core/shopify/operations/inventory.graphql)
// strictly: one InventoryLevel per item and location. An item with no level (never stocked
// anywhere) gives one level with an empty location, so that "untracked" is still known.
struct InventoryPage
{
    QList<InventoryLevel> levels;
    QStringList foundItemIds;    // the items Shopify answered for (a deleted one is null)
    QStringList overflowItemIds; // items stocked at more locations than the page held
};

namespace InventoryParser {
Parsed<InventoryPage> inventoryItems(const QJsonObject &data);
}
