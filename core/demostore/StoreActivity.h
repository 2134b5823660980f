#pragma once

#include "core/demostore/Random.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/StoreEvent.h"

#include <QList>

#include <limits>
#include <optional>

namespace demostore {

struct DemoStoreStats;

// How much a shop changes by itself while the app runs.
struct ActivitySettings
{
    double eventsPerMinute = 0;  // on average; 0: the store changes only through the app
    double silentFraction = 0.1; // of the events, the share that leaves updatedAt alone
    quint64 seed = 1;
};

// A shop's life while the app runs: customers place orders, payments are captured, staff in
// Shopify's admin or the fulfillment service ship and correct tracking numbers, orders are
// cancelled, archived, held and released, dates of scheduled fulfillment orders move. Events
// come at random moments (on average eventsPerMinute a minute of the store's clock) from a
// PRNG seeded with `seed`: the same seed gives the same moments and, on the same data, the
// same changes, however the time is cut into runUntil() calls.
//
// Each event changes one order the way Shopify would: its updatedAt becomes the event's
// time, strictly later than before (an order changed in this second already is left for
// another), except for silent events (a hold released, a fulfillAt moved), which Shopify
// does not show in the order's updatedAt. Derived numbers (OrderRules) and committed stock
// follow, so the store keeps every invariant the generator keeps.
class StoreActivity final
{
public:
    StoreActivity(StoreData &data,
                  DemoStoreStats &stats,
                  const ActivitySettings &settings,
                  qint64 startMs);

    const ActivitySettings &settings() const { return m_settings; }
    // When the next event is due (milliseconds on the store's clock); the largest qint64
    // when the store never changes by itself.
    qint64 nextEventMs() const { return m_nextMs; }
    // Applies every event due up to `untilMs`, in time order, and says what happened.
    QList<StoreEvent> runUntil(qint64 untilMs);

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    qint64 interval();
    std::optional<StoreEvent> happen(StoreEventKind kind, Timestamp at, bool silent);

    // Each returns the position of the order it changed, or nothing when no order fits.
    std::optional<int> createOrder(Timestamp at);
    std::optional<int> capturePayment(Timestamp at);
    std::optional<int> fulfil(Timestamp at);
    std::optional<int> changeTracking(Timestamp at);
    std::optional<int> cancel(Timestamp at);
    std::optional<int> archive(Timestamp at);
    std::optional<int> placeHold(Timestamp at);
    std::optional<int> releaseHold(Timestamp at, bool silent);
    std::optional<int> moveFulfillAt(Timestamp at);

    // A random order among those `fits` accepts; for an event that moves updatedAt, only
    // orders last updated before `at`.
    template<typename Predicate>
    std::optional<int> pickOrder(Timestamp at, bool movesUpdatedAt, Predicate fits);
    // Adds (sign 1) or takes back (-1) what an order's open fulfillment orders commit.
    void commit(const Order &order, int sign);
    // A fulfillment order's status once its holds are gone.
    static FulfillmentOrderStatus statusWithoutHolds(const FulfillmentOrder &fulfillmentOrder);

    StoreData &m_data;
    DemoStoreStats &m_stats;
    ActivitySettings m_settings;
    Random m_schedule; // when events come, of which kind, silent or not
    Random m_random;   // everything else: which order, which items, what tracking
    qint64 m_nextMs = kNever;
    int m_lastNumber = 1000;
    QList<int> m_ownLocations;     // the merchant's
    QList<int> m_serviceLocations; // fulfillment services'
};

} // namespace demostore
