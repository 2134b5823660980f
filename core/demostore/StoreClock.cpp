#include "core/demostore/StoreClock.h"

#include <QTimeZone>

namespace demostore {

StoreClock::StoreClock(const QDateTime &start, Mode mode)
    : m_startMs(start.toMSecsSinceEpoch())
    , m_mode(mode)
{
    m_running.start();
}

qint64 StoreClock::nowMs() const
{
    const qint64 elapsed = m_mode == Mode::RealTime ? m_running.elapsed() : 0;
    return m_startMs + elapsed + m_advancedMs;
}

QDateTime StoreClock::nowDateTime() const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::UTC);
#endif
}

void StoreClock::advance(std::chrono::milliseconds by)
{
    if (by.count() > 0)
        m_advancedMs += by.count();
}

} // namespace demostore
