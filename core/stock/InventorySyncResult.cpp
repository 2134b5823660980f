#include "core/stock/InventorySyncResult.h"

QString InventorySyncResult::userMessage() const
{
    if (shopError.isError())
        return tr("The stock could not be read: %1 The orders are not affected; the stock shown "
                  "is the last that was read, and it is read again after the next sync.")
            .arg(shopError.userMessage());
    if (storeError.isError())
        return tr("The stock that was read could not be saved: %1 The orders are not affected; "
                  "the stock shown is the last that was saved.")
            .arg(storeError.userMessage());
    return {};
}
