#include "core/sync/SyncResult.h"

QString SyncResult::userMessage() const
{
    if (shopError.isError())
        return shopError.userMessage();
    if (storeError.isError())
        return tr("The orders read from the shop could not be saved, so the order list is as it "
                  "was before this sync. %1")
            .arg(storeError.userMessage());
    return {};
}
