#pragma once

#include "core/shopify/ShopifyError.h"
#include "core/storage/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

// How a sync ended. At most one of the two errors is set; on any error the local store is
// as it was before the sync began, but for a big shop's full sync: its open orders are stored
// first, and the history (read through a bulk query) whole order by whole order, the sync
// counting as done only when all of it is in (`history` says how that part ended).
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

    // A big shop's full sync reads its history through a Shopify bulk query; how that ended.
    enum class History {
        NotRead,        // no bulk query in this sync
        Read,           // every closed order is stored
        Failed,         // FAILED on Shopify's side: historyErrorCode says why
        Canceled,       // canceled on Shopify's side
        Expired,        // the file Shopify had prepared was gone before it was read
        DownloadBroken, // the download broke off, also when tried again
        Refused,        // Shopify refused to run the query (userErrors)
        OtherRunning,   // another bulk query of this app ran for too long
    };
    History history = History::NotRead;
    QString historyErrorCode; // ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT
    int openOrderCount = 0;   // stored by the first part of a big shop's full sync
    qint64 historyStored = 0; // history orders stored (also when the rest did not come)

    // A reconciliation of more open orders than the bulk threshold reads them through a bulk
    // query too; how that ended (NotRead: it paged). When it did not end in Read, nothing of
    // the reconciliation was stored.
    History reconcileBulk = History::NotRead;
    QString reconcileErrorCode; // as historyErrorCode

    bool historyIsMissing() const
    {
        return history != History::NotRead && history != History::Read;
    }
    bool reconcileIsMissing() const
    {
        return reconcileBulk != History::NotRead && reconcileBulk != History::Read;
    }
    bool isOk() const
    {
        return !shopError.isError() && !storeError.isError() && !historyIsMissing()
               && !reconcileIsMissing();
    }
    // What went wrong, what that means for what was saved, and what to do.
    QString userMessage() const;
    // How the history part ended, for a person; empty when it was read or not needed.
    QString historyMessage() const;
    // How a reconciliation's bulk read ended, for a person; empty when it was read or paged.
    QString reconcileMessage() const;
    // The technical detail (HTTP status, JSON path, SQL error) for the log and --verbose.
    QString detail() const { return shopError.isError() ? shopError.detail : storeError.detail; }
};
