#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <optional>

// What Shopify last said about the app's cost bucket (extensions.cost.throttleStatus), and
// what it must hold now: the bucket refills at restoreRate points per second up to its
// maximum. The client plans with it so that in normal work it is never throttled.
class ThrottleState final
{
public:
    // Takes the throttle status of a response read at nowMs (a monotonic clock). Returns false
    // and changes nothing when the response carries none.
    bool update(const QJsonObject &extensions, qint64 nowMs);

    bool isKnown() const { return m_known; }
    double maximumAvailable() const { return m_maximum; }
    double restoreRate() const { return m_restoreRate; }
    // The points the bucket holds at nowMs, by the last report and the restore rate since.
    double availableAt(qint64 nowMs) const;
    // How long to wait at nowMs until `cost` points are there beyond `reserved` ones already
    // promised to requests in flight. Zero when they are there, or when nothing is known yet.
    qint64 waitMsFor(double cost, double reserved, qint64 nowMs) const;

    // The cost Shopify put on the last request, when it said.
    std::optional<double> lastRequestedCost() const { return m_lastRequested; }
    std::optional<double> lastActualCost() const { return m_lastActual; }

private:
    bool m_known = false;
    double m_maximum = 0;
    double m_available = 0;
    double m_restoreRate = 0;
    qint64 m_readAtMs = 0;
    std::optional<double> m_lastRequested;
    std::optional<double> m_lastActual;
};
