#pragma once

#include "core/shopify/ShopifyError.h"
#include "core/storage/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

// How a sync ended. At most one of the two errors is set; on any error the local store is
// as it was before the sync began.
struct SyncResult
{
    Q_DECLARE_TR_FUNCTIONS(SyncResult)

public:
    ShopifyError shopError;
    StoreError storeError;
    int mode = 0;         // OrderSync::Mode that ran
    int orderCount = 0;   // orders stored
    int requestCount = 0; // requests sent, follow-ups included
    QDateTime finishedAt;
    // Orders stored without the customer's details: Shopify left them out because the app may
    // not read protected customer data.
    int customerHiddenCount = 0;
    // Open orders Shopify stopped showing the app (older than 60 days, no read_all_orders):
    // kept and marked, not removed. Those marked by this sync.
    int unreadableCount = 0;
    bool readsAllOrders = false; // the app holds read_all_orders (as the sync found)

    bool isOk() const { return !shopError.isError() && !storeError.isError(); }
    // What went wrong, what that means for what was saved, and what to do.
    QString userMessage() const;
    // The technical detail (HTTP status, JSON path, SQL error) for the log and --verbose.
    QString detail() const { return shopError.isError() ? shopError.detail : storeError.detail; }
};
