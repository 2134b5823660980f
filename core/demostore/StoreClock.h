#pragma once

#include "core/demostore/StoreData.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>

namespace demostore {

// The demo store's "now": the configured start plus the real time the store has been running
// (unless it is told to stand still), plus whatever advance() added. Mutations, the store's
// activity, `now` in search terms and token expiry all read it, so a test can move an hour
// forward in a moment and everything in the store agrees on the time. Lives in the store's
// thread.
class StoreClock final
{
public:
    enum class Mode { RealTime, StandStill };

    StoreClock(const QDateTime &start, Mode mode);

    // Milliseconds since the epoch, UTC.
    qint64 nowMs() const;
    // Whole seconds, as the store's timestamps are.
    Timestamp now() const { return nowMs() / 1000; }
    QDateTime nowDateTime() const;

    void advance(std::chrono::milliseconds by);

private:
    qint64 m_startMs;
    Mode m_mode;
    QElapsedTimer m_running;
    qint64 m_advancedMs = 0;
};

} // namespace demostore
