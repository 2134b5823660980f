#include "core/sync/SyncResult.h"

QString SyncResult::userMessage() const
{
    if (shopError.isError())
        return shopError.userMessage();
    if (storeError.isError())
        return tr("The orders read from the shop could not be saved, so the order list is as it "
                  "was before this sync. %1")
            .arg(storeError.userMessage());
    if (historyIsMissing())
        return historyMessage();
    return {};
}

QString SyncResult::historyMessage() const
{
    switch (history) {
    case History::NotRead:
    case History::Read:
        return {};
    case History::Failed:
        if (historyErrorCode == u"ACCESS_DENIED")
            return tr("The open orders are up to date, but Shopify refused to read the order "
                      "history: the app may not read all of it. Check the app's access to "
                      "orders in the shop's admin, then sync again.");
        if (historyErrorCode == u"TIMEOUT")
            return tr("The open orders are up to date, but Shopify ran out of time reading the "
                      "order history. Smidig asks again at the next sync.");
        return tr("The open orders are up to date, but Shopify could not finish reading the "
                  "order history (an error on Shopify's side). Smidig asks again at the next "
                  "sync.");
    case History::Canceled:
        return tr("The open orders are up to date, but reading the order history was canceled "
                  "on Shopify's side. Smidig asks again at the next sync.");
    case History::Expired:
        return tr("The open orders are up to date, but the order history Shopify had prepared "
                  "is no longer available. Smidig asks for it again at the next sync.");
    case History::DownloadBroken:
        return tr("The open orders are up to date and %n order(s) of the history are saved, "
                  "but the download of the rest broke off. Smidig goes on at the next sync.",
                  nullptr,
                  int(historyStored));
    case History::Refused:
        return tr("The open orders are up to date, but Shopify refused the request for the "
                  "order history. Please report this; the details are in the log.");
    case History::OtherRunning:
        return tr("The open orders are up to date, but another export of this app kept "
                  "Shopify busy, so the order history was not read. Smidig asks again at the "
                  "next sync.");
    }
    return {};
}
