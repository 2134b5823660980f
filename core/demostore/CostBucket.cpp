#include "core/demostore/CostBucket.h"

#include <algorithm>

namespace demostore {

CostBucket::CostBucket(double maximumAvailable, double restoreRate, Clock clock)
    : m_maximum(std::max(0.0, maximumAvailable))
    , m_restoreRate(std::max(0.0, restoreRate))
    , m_clock(std::move(clock))
    , m_available(m_maximum)
{
    if (!m_clock) {
        m_timer.start();
        m_clock = [this] { return m_timer.elapsed(); };
    }
    m_lastMs = m_clock();
}

void CostBucket::restore() const
{
    const qint64 now = m_clock();
    if (now > m_lastMs) {
        m_available = std::min(m_maximum,
                               m_available + m_restoreRate * double(now - m_lastMs) / 1000.0);
        m_lastMs = now;
    }
}

double CostBucket::currentlyAvailable() const
{
    if (m_unlimited)
        return m_maximum;
    restore();
    return m_available;
}

bool CostBucket::tryCharge(double cost)
{
    if (m_unlimited)
        return true;
    restore();
    if (cost > m_available)
        return false;
    m_available -= cost;
    return true;
}

void CostBucket::refund(double points)
{
    if (m_unlimited || points <= 0)
        return;
    restore();
    m_available = std::min(m_maximum, m_available + points);
}

} // namespace demostore
