#include "core/demostore/StoreEvent.h"

namespace demostore {

QString eventName(StoreEventKind kind)
{
    static constexpr std::array<const char *, kStoreEventKinds> names{"order_created",
                                                                      "payment_captured",
                                                                      "fulfilled",
                                                                      "tracking_changed",
                                                                      "cancelled",
                                                                      "archived",
                                                                      "hold_placed",
                                                                      "hold_released",
                                                                      "fulfill_at_moved"};
    const auto i = std::size_t(kind);
    return i < names.size() ? QString::fromLatin1(names[i]) : QString();
}

} // namespace demostore
