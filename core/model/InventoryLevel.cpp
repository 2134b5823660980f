#include "core/model/InventoryLevel.h"

using namespace Qt::StringLiterals;

InventoryPolicy inventoryPolicyFromShopify(const QString &name)
{
    if (name == "DENY"_L1)
        return InventoryPolicy::Deny;
    if (name == "CONTINUE"_L1)
        return InventoryPolicy::Continue;
    return InventoryPolicy::Unknown;
}

QString shopifyName(InventoryPolicy policy)
{
    switch (policy) {
    case InventoryPolicy::Deny:
        return u"DENY"_s;
    case InventoryPolicy::Continue:
        return u"CONTINUE"_s;
    case InventoryPolicy::Unknown:
        break;
    }
    return {};
}

const QStringList &InventoryQuantities::shopifyNames()
{
    static const QStringList names{u"available"_s,
                                   u"committed"_s,
                                   u"on_hand"_s,
                                   u"incoming"_s,
                                   u"reserved"_s,
                                   u"damaged"_s,
                                   u"quality_control"_s,
                                   u"safety_stock"_s};
    return names;
}

bool InventoryQuantities::set(const QString &name, int quantity)
{
    int *field = nullptr;
    if (name == "available"_L1)
        field = &available;
    else if (name == "committed"_L1)
        field = &committed;
    else if (name == "on_hand"_L1)
        field = &onHand;
    else if (name == "incoming"_L1)
        field = &incoming;
    else if (name == "reserved"_L1)
        field = &reserved;
    else if (name == "damaged"_L1)
        field = &damaged;
    else if (name == "quality_control"_L1)
        field = &qualityControl;
    else if (name == "safety_stock"_L1)
        field = &safetyStock;
    if (!field)
        return false;
    *field = quantity;
    return true;
}
