#pragma once

#include "shopify/ShopifyError.h"
#include "storage/StoreError.h"

#include <QDateTime>

// How a sync ended. At most one of the two errors is set; on any error the local store is
// as it was before the sync began.
struct SyncResult
{
    ShopifyError shopError;
    StoreError storeError;
    int mode = 0;         // OrderSync::Mode that ran
    int orderCount = 0;   // orders stored
    int requestCount = 0; // requests sent, follow-ups included
    QDateTime finishedAt;

    bool isOk() const { return !shopError.isError() && !storeError.isError(); }
    QString userMessage() const
    {
        return shopError.isError() ? shopError.userMessage() : storeError.userMessage();
    }
};
