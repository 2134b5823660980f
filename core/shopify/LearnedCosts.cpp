#include "core/shopify/LearnedCosts.h"

#include <algorithm>
#include <cmath>
#include <limits>

void LearnedCosts::learn(const QString &operation, double estimate, double requested, Kind kind)
{
    // An estimate of nothing says nothing about the ratio; absurd figures are not learnt.
    if (!(estimate >= 1) || !(requested > 0) || !std::isfinite(requested))
        return;
    m_kinds.insert(operation, kind);
    QList<double> &ratios = m_ratios[operation];
    ratios.append(std::min(requested / estimate, 1e6));
    while (ratios.size() > kWindow)
        ratios.removeFirst();
}

double LearnedCosts::factor(const QString &operation) const
{
    const auto it = m_ratios.constFind(operation);
    if (it == m_ratios.constEnd() || it->isEmpty()) {
        double dearest = 1.0;
        for (auto other = m_ratios.cbegin(); other != m_ratios.cend(); ++other) {
            if (m_kinds.value(other.key()) == Kind::Query && !other->isEmpty())
                dearest = std::max(dearest, *std::max_element(other->cbegin(), other->cend()));
        }
        return dearest;
    }
    const double largest = *std::max_element(it->cbegin(), it->cend());
    if (largest >= 1.0)
        return largest;
    // Every answer kept priced lower than the estimate; believe it once there are enough.
    return it->size() >= kConfirmations ? largest : 1.0;
}

int LearnedCosts::planned(const QString &operation, int estimate) const
{
    if (estimate <= 0)
        return estimate;
    // Rounded up, less a hair so that an exact factor (1.6 x 100) is not lifted by one.
    const double cost = std::ceil(double(estimate) * factor(operation) - 1e-6);
    return cost >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                           : int(cost);
}
