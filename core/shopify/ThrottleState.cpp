#include "core/shopify/ThrottleState.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

bool ThrottleState::update(const QJsonObject &extensions, qint64 nowMs)
{
    const QJsonObject cost = extensions.value("cost"_L1).toObject();
    const QJsonObject status = cost.value("throttleStatus"_L1).toObject();
    const QJsonValue maximum = status.value("maximumAvailable"_L1);
    const QJsonValue available = status.value("currentlyAvailable"_L1);
    const QJsonValue rate = status.value("restoreRate"_L1);
    if (!maximum.isDouble() || !available.isDouble() || !rate.isDouble())
        return false;
    m_known = true;
    m_maximum = std::max(0.0, maximum.toDouble());
    m_available = std::clamp(available.toDouble(), 0.0, m_maximum);
    m_restoreRate = std::max(0.0, rate.toDouble());
    m_readAtMs = nowMs;
    const QJsonValue requested = cost.value("requestedQueryCost"_L1);
    const QJsonValue actual = cost.value("actualQueryCost"_L1);
    m_lastRequested = requested.isDouble() ? std::optional(requested.toDouble()) : std::nullopt;
    m_lastActual = actual.isDouble() ? std::optional(actual.toDouble()) : std::nullopt;
    return true;
}

double ThrottleState::availableAt(qint64 nowMs) const
{
    if (!m_known)
        return 0;
    const double elapsedSeconds = double(std::max<qint64>(0, nowMs - m_readAtMs)) / 1000.0;
    return std::min(m_maximum, m_available + elapsedSeconds * m_restoreRate);
}

qint64 ThrottleState::waitMsFor(double cost, double reserved, qint64 nowMs) const
{
    if (!m_known)
        return 0;
    const double missing = cost + reserved - availableAt(nowMs);
    if (missing <= 0)
        return 0;
    if (m_restoreRate <= 0)
        return 1000; // a bucket that does not refill: look again in a second
    // A restore rate near zero (only a broken answer says so) would make the wait overflow
    // qint64, which is undefined behaviour (found by fuzz_shopify_response): an hour at most.
    constexpr double maxWaitMs = 3600.0 * 1000.0;
    const double waitMs = std::ceil(missing / m_restoreRate * 1000.0);
    return waitMs < maxWaitMs ? qint64(waitMs) : qint64(maxWaitMs);
}
