#include "core/demostore/Random.h"

namespace demostore {

quint64 Random::mix(quint64 seed, quint64 stream)
{
    // SplitMix64's finaliser: nearby inputs give unrelated seeds.
    quint64 z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int Random::below(int bound)
{
    if (bound <= 1)
        return 0;
    return int(between64(0, bound - 1));
}

qint64 Random::between64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 range = quint64(high - low) + 1;
    if (range == 0) // the full 64-bit range
        return qint64(next());
    // Rejection sampling: drop the top partial block so every value is equally likely.
    const quint64 limit = ~quint64(0) - (~quint64(0) % range + 1) % range;
    quint64 r = next();
    while (r > limit)
        r = next();
    return low + qint64(r % range);
}

bool Random::chance(double probability)
{
    // 53 random bits as a double in [0, 1).
    return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability;
}

} // namespace demostore
