#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>

// Stock of one inventory item at one location, as Shopify's InventoryLevel.quantities names
// it. Keyed by inventory item id and location id, never by SKU: SKUs are not unique.
enum class InventoryPolicy : quint8 {
    Deny,     // stops selling at zero available
    Continue, // keeps selling below zero: where overselling comes from
    Unknown,  // a value this version does not know, or no variant
};

InventoryPolicy inventoryPolicyFromShopify(const QString &name);
QString shopifyName(InventoryPolicy policy);

struct InventoryQuantities
{
    int available = 0;
    int committed = 0;
    int onHand = 0;
    int incoming = 0;
    int reserved = 0;
    int damaged = 0;
    int qualityControl = 0;
    int safetyStock = 0;

    // Shopify's quantity names, in the order the operation asks for them.
    static const QStringList &shopifyNames();
    // Sets the quantity of a Shopify name; false for a name this version does not know.
    bool set(const QString &name, int quantity);
    friend bool operator==(const InventoryQuantities &, const InventoryQuantities &) = default;
};

struct InventoryLevel
{
    QString inventoryItemId;
    QString locationId;
    QString locationName;
    QString sku; // may be empty, and may be shared with other items
    bool tracked = true;
    InventoryPolicy policy = InventoryPolicy::Unknown;
    InventoryQuantities quantities;

    // What ships from the shelf: on hand, less what is damaged or in quality control. In 64
    // bits and clamped: any answer's quantities may be extreme, and int overflow is undefined
    // behaviour (found by fuzz_inventory).
    int shippable() const
    {
        const qint64 shelf = qint64(quantities.onHand) - quantities.damaged
                             - quantities.qualityControl;
        return int(std::clamp<qint64>(shelf,
                                      std::numeric_limits<int>::min(),
                                      std::numeric_limits<int>::max()));
    }
    friend bool operator==(const InventoryLevel &, const InventoryLevel &) = default;
};
