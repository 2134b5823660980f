#pragma once

#include "core/demostore/FaultPlan.h"
#include "core/demostore/Random.h"

#include <QMutex>

#include <optional>

namespace demostore {

struct DemoStoreStats;

// What to do to one request's answer.
struct FaultDecision
{
    int failStatus = 0; // non-zero: answer with this HTTP status before doing anything
    std::optional<FaultPlan::DropPoint> drop; // set: do the work, then close the connection there
    std::optional<FaultPlan::Malformation> malform; // set: do the work, then spoil the answer
    double retryAfterSeconds = 0;                   // for a 429 or 503
    int delayMs = 0;
    bool hold = false; // answer only when released

    bool isNone() const { return failStatus == 0 && !drop && !malform && delayMs == 0 && !hold; }
};

// Decides the faults of each request by the current FaultPlan and counts them in the stats.
// Thread-safe: the plan may be replaced from another thread while the store serves.
class FaultInjector final
{
public:
    enum class RequestKind { Query, Mutation };

    explicit FaultInjector(DemoStoreStats &stats);

    // Takes effect from the next request: restarts the PRNG from plan.seed and the count
    // towards plan.faultLimit.
    void setPlan(const FaultPlan &plan);
    FaultPlan plan() const;

    FaultDecision decide(RequestKind kind);

private:
    DemoStoreStats &m_stats;
    mutable QMutex m_mutex;
    FaultPlan m_plan;
    Random m_random{1};
    int m_faultsInjected = 0;
};

} // namespace demostore
