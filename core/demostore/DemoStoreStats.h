#pragma once

#include <QtGlobal>

#include <atomic>

namespace demostore {

// What a demo store has answered, counted as it serves and read by tests and benchmarks,
// possibly from another thread than the one serving.
struct DemoStoreStats
{
    std::atomic<qint64> requests{0};        // every HTTP request, whatever the answer
    std::atomic<qint64> graphqlRequests{0}; // bodies that reached the GraphQL endpoint
    std::atomic<qint64> throttled{0};       // THROTTLED answers
    std::atomic<qint64> maxCostExceeded{0}; // MAX_COST_EXCEEDED refusals
};

} // namespace demostore
