#pragma once

#include <QtGlobal>

#include <random>

namespace demostore {

// The demo store's random numbers: std::mt19937_64, whose output the C++ standard fixes, with
// bounded numbers drawn here rather than by std::uniform_int_distribution, whose algorithm
// differs between standard libraries. Same seed, same store, on every platform.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    // A seed for a sub-sequence (one order, the catalogue), so that parts do not depend on
    // how many numbers other parts drew.
    static quint64 mix(quint64 seed, quint64 stream);

    quint64 next() { return m_engine(); }
    // Uniform in [0, bound), bound > 0.
    int below(int bound);
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    qint64 between64(qint64 low, qint64 high);
    // True with the given probability.
    bool chance(double probability);
    // An index drawn with the given relative weights.
    template<typename Weights>
    int weighted(const Weights &weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (const int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace demostore
