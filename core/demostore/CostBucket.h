#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <functional>

namespace demostore {

// Shopify's leaky bucket of query cost points: it holds up to maximumAvailable, refills
// continuously at restoreRate points per second, and a query runs only when its requested
// cost is there. Time comes from an injectable monotonic clock (milliseconds), a
// QElapsedTimer unless a test gives another.
class CostBucket final
{
public:
    using Clock = std::function<qint64()>;

    CostBucket(double maximumAvailable, double restoreRate, Clock clock = {});
    Q_DISABLE_COPY_MOVE(CostBucket) // the default clock refers to this object

    // An unlimited bucket never throttles and always reports itself full.
    void setUnlimited(bool unlimited) { m_unlimited = unlimited; }
    bool isUnlimited() const { return m_unlimited; }

    double maximumAvailable() const { return m_maximum; }
    double restoreRate() const { return m_restoreRate; }
    double currentlyAvailable() const;

    // Takes `cost` points if the bucket holds them; false (and nothing taken) if not.
    bool tryCharge(double cost);
    // Gives points back (requested minus actual cost), never above the maximum.
    void refund(double points);

private:
    void restore() const;

    double m_maximum;
    double m_restoreRate;
    Clock m_clock;
    QElapsedTimer m_timer;
    bool m_unlimited = false;
    mutable double m_available;
    mutable qint64 m_lastMs;
};

} // namespace demostore
