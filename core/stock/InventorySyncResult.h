#pragma once

#include "core/shopify/ShopifyError.h"
#include "core/storage/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

// How a stock read ended (InventorySync): apart from the order sync before it, since the
// orders are saved whatever happens to the stock.
struct InventorySyncResult
{
    Q_DECLARE_TR_FUNCTIONS(InventorySyncResult)

public:
    ShopifyError shopError;
    StoreError storeError;
    int itemCount = 0;
    int requestCount = 0;
    QStringList overflowItemIds; // stocked at more locations than one request reads
    bool full = true; // every item open orders need, not a refresh of a few after a fulfilment

    bool isOk() const { return !shopError.isError() && !storeError.isError(); }
    // What went wrong and what it means: the orders are not affected; the stock shown stays
    // as the last good read left it.
    QString userMessage() const;
    QString detail() const { return shopError.isError() ? shopError.detail : storeError.detail; }
};
