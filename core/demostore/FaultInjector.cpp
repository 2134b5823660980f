#include "core/demostore/FaultInjector.h"

#include "core/demostore/DemoStoreStats.h"

#include <QMutexLocker>

namespace demostore {

FaultInjector::FaultInjector(DemoStoreStats &stats)
    : m_stats(stats)
{}

void FaultInjector::setPlan(const FaultPlan &plan)
{
    QMutexLocker locker(&m_mutex);
    m_plan = plan;
    m_random = Random(plan.seed);
    m_faultsInjected = 0;
}

FaultPlan FaultInjector::plan() const
{
    QMutexLocker locker(&m_mutex);
    return m_plan;
}

FaultDecision FaultInjector::decide(RequestKind kind)
{
    QMutexLocker locker(&m_mutex);
    if (m_plan.isEmpty())
        return {};
    if (m_plan.scope == FaultPlan::Scope::MutationsOnly && kind != RequestKind::Mutation)
        return {};
    if (m_plan.faultLimit >= 0 && m_faultsInjected >= m_plan.faultLimit)
        return {};
    // Always the same five draws, whatever they decide, so one request's outcome does not
    // shift the faults of the requests after it.
    static const QList<int> kServerErrors{500, 502, 503};
    const QList<int> &statuses = m_plan.failStatuses.isEmpty() ? kServerErrors
                                                               : m_plan.failStatuses;
    const bool fail = m_random.chance(m_plan.failBeforeWorkRate);
    const int statusIndex = m_random.below(int(statuses.size()));
    const bool drop = m_random.chance(m_plan.dropAfterWorkRate);
    const bool delay = m_random.chance(m_plan.delayRate);
    const bool malform = m_random.chance(m_plan.malformRate);

    FaultDecision decision;
    if (fail) {
        decision.failStatus = statuses.at(statusIndex);
        decision.retryAfterSeconds = m_plan.retryAfterSeconds;
        ++m_stats.failedBeforeWork;
    } else if (drop) {
        decision.drop = m_plan.dropPoint;
        ++m_stats.droppedAfterWork;
    } else if (malform) {
        decision.malform = m_plan.malformation;
        ++m_stats.malformed;
    }
    if (delay && m_plan.delayMs > 0) {
        decision.delayMs = m_plan.delayMs;
        ++m_stats.delayed;
    }
    if (m_plan.holdAnswers) {
        decision.hold = true;
        ++m_stats.held;
    }
    if (!decision.isNone())
        ++m_faultsInjected;
    return decision;
}

} // namespace demostore
