#pragma once

#include "core/demostore/StoreEvent.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#include <array>
#include <atomic>

namespace demostore {

// What a demo store has answered and done, counted as it serves and read by tests and
// benchmarks, possibly from another thread than the one serving: the counters are atomic and
// the per-order counts sit behind a mutex.
struct DemoStoreStats
{
    std::atomic<qint64> requests{0};        // every HTTP request, whatever the answer
    std::atomic<qint64> graphqlRequests{0}; // bodies that reached the GraphQL endpoint
    std::atomic<qint64> throttled{0};       // THROTTLED answers
    std::atomic<qint64> maxCostExceeded{0}; // MAX_COST_EXCEEDED refusals

    // Mutations, counted when they ran (a throttled one did not).
    std::atomic<qint64> mutations{0};        // top-level mutation fields executed
    std::atomic<qint64> mutationsRefused{0}; // of those, answered with userErrors
    std::atomic<qint64> fulfillmentsCreated{0};
    // Creates refused because their work was done already: a client that sent one request
    // twice. Shopify's refusal hides this from the client; an exactly-once test counts it.
    std::atomic<qint64> duplicateCreatesRefused{0};
    std::atomic<qint64> trackingUpdates{0};
    std::atomic<qint64> fulfillmentsCancelled{0};
    std::atomic<qint64> pickupsPrepared{0};   // fulfillment orders made ready for pickup
    std::atomic<qint64> notificationsSent{0}; // customer emails a shop would have sent

    // Faults injected by the FaultPlan.
    std::atomic<qint64> failedBeforeWork{0}; // any status in failStatuses: 401 ... 504
    std::atomic<qint64> droppedAfterWork{0};
    std::atomic<qint64> delayed{0};
    std::atomic<qint64> held{0};      // answers held until released (holdAnswers)
    std::atomic<qint64> malformed{0}; // answers replaced by HTML or damaged JSON

    // Access: requests refused for their token (missing, wrong, expired, revoked; injected
    // 401s are counted as faults), client-credentials grants, ACCESS_DENIED field errors.
    std::atomic<qint64> unauthorized{0};
    std::atomic<qint64> tokensIssued{0};
    std::atomic<qint64> tokenRequestsRefused{0};
    std::atomic<qint64> accessDenied{0};

    // What StoreActivity did, by kind; silent ones are counted in their kind too.
    std::array<std::atomic<qint64>, kStoreEventKinds> events{};
    std::atomic<qint64> silentEvents{0};
    // Scheduled events that found no order they could apply to (none is then applied).
    std::atomic<qint64> skippedEvents{0};

    qint64 eventCount(StoreEventKind kind) const { return events[std::size_t(kind)]; }
    qint64 eventTotal() const
    {
        qint64 sum = 0;
        for (const auto &count : events)
            sum += count;
        return sum;
    }

    // Fulfillments created and cancelled by mutations, per order id (the number in its gid).
    void countCreated(qint64 orderId) { add(orderId, 1, 0); }
    void countCancelled(qint64 orderId) { add(orderId, 0, 1); }
    int createdFor(qint64 orderId) const
    {
        QMutexLocker locker(&m_mutex);
        return m_perOrder.value(orderId).created;
    }
    int cancelledFor(qint64 orderId) const
    {
        QMutexLocker locker(&m_mutex);
        return m_perOrder.value(orderId).cancelled;
    }

private:
    struct PerOrder
    {
        int created = 0;
        int cancelled = 0;
    };

    void add(qint64 orderId, int created, int cancelled)
    {
        QMutexLocker locker(&m_mutex);
        PerOrder &counts = m_perOrder[orderId];
        counts.created += created;
        counts.cancelled += cancelled;
    }

    mutable QMutex m_mutex;
    QHash<qint64, PerOrder> m_perOrder;
};

} // namespace demostore
