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
    if (reconcileIsMissing())
        return reconcileMessage();
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

QString SyncResult::reconcileMessage() const
{
    switch (reconcileBulk) {
    case History::NotRead:
    case History::Read:
        return {};
    case History::Failed:
        if (reconcileErrorCode == u"ACCESS_DENIED")
            return tr("The open orders were not checked against the shop: Shopify refused to "
                      "read them all at once, so the order list is as it was. Check the app's "
                      "access to orders in the shop's admin, then sync again.");
        if (reconcileErrorCode == u"TIMEOUT")
            return tr("The open orders were not checked against the shop: Shopify ran out of "
                      "time reading them, so the order list is as it was. Smidig tries again at "
                      "the next sync.");
        return tr("The open orders were not checked against the shop: Shopify could not finish "
                  "reading them (an error on Shopify's side), so the order list is as it was. "
                  "Smidig tries again at the next sync.");
    case History::Canceled:
        return tr("The open orders were not checked against the shop: reading them was "
                  "canceled on Shopify's side, so the order list is as it was. Smidig tries "
                  "again at the next sync.");
    case History::Expired:
        return tr("The open orders were not checked against the shop: the list Shopify had "
                  "prepared is no longer available, so the order list is as it was. Smidig "
                  "asks for it again at the next sync.");
    case History::DownloadBroken:
        return tr("The open orders were not checked against the shop: their download broke "
                  "off, so the order list is as it was. Smidig goes on at the next sync.");
    case History::Refused:
        return tr("The open orders were not checked against the shop: Shopify refused the "
                  "request, so the order list is as it was. Please report this; the details "
                  "are in the log.");
    case History::OtherRunning:
        return tr("The open orders were not checked against the shop: another export of this "
                  "app kept Shopify busy, so the order list is as it was. Smidig tries again "
                  "at the next sync.");
    }
    return {};
}
