#include "core/packing/ScanDetector.h"

#include <algorithm>

ScanDetector::ScanDetector()
    : ScanDetector(Settings())
{}

ScanDetector::ScanDetector(Settings settings)
    : m_settings(std::move(settings))
{}

void ScanDetector::setSettings(const Settings &settings)
{
    m_settings = settings;
}

ScanDetector::Step ScanDetector::typed(QChar character, qint64 atMs)
{
    Step step;
    // A key after too long a pause starts a new burst: what came before was a person's.
    if (const auto deadline = holdDeadline(); deadline && atMs > *deadline)
        step.replay = takeHeld();
    m_held.append(character);
    m_times.append(atMs);
    return step;
}

ScanDetector::Step ScanDetector::ended(qint64 atMs)
{
    Step step;
    if (const auto deadline = holdDeadline(); deadline && atMs > *deadline) {
        step.replay = takeHeld();
        step.passKey = true;
        return step;
    }
    if (isScan(atMs)) {
        step.scan = stripPrefixes(m_held, m_settings.prefix);
        takeHeld();
        return step;
    }
    step.replay = takeHeld();
    step.passKey = true;
    return step;
}

ScanDetector::Step ScanDetector::otherKey()
{
    Step step;
    step.replay = takeHeld();
    step.passKey = true;
    return step;
}

std::optional<qint64> ScanDetector::holdDeadline() const
{
    if (m_times.isEmpty())
        return std::nullopt;
    return m_times.last() + 2 * m_settings.maximumMedianGap.count();
}

ScanDetector::Step ScanDetector::expire(qint64 nowMs)
{
    Step step;
    if (const auto deadline = holdDeadline(); deadline && nowMs >= *deadline)
        step.replay = takeHeld();
    return step;
}

bool ScanDetector::isScan(qint64 endedAt) const
{
    if (m_held.size() < std::max(1, m_settings.minimumLength))
        return false;
    QList<qint64> gaps;
    gaps.reserve(m_times.size());
    for (qsizetype i = 1; i < m_times.size(); ++i)
        gaps.append(m_times.at(i) - m_times.at(i - 1));
    gaps.append(endedAt - m_times.last());
    // The upper median: of an even count, the larger middle gap decides.
    const auto middle = gaps.begin() + gaps.size() / 2;
    std::nth_element(gaps.begin(), middle, gaps.end());
    return *middle <= m_settings.maximumMedianGap.count();
}

QString ScanDetector::takeHeld()
{
    QString held;
    held.swap(m_held);
    m_times.clear();
    return held;
}

QString ScanDetector::stripPrefixes(const QString &raw, const QString &shopPrefix)
{
    auto stripAim = [](QString *code) {
        if (code->size() > 3 && code->at(0) == u']' && code->at(1).isLetter()
            && !code->at(2).isSpace())
            code->remove(0, 3);
    };
    auto stripShop = [&shopPrefix](QString *code) {
        if (!shopPrefix.isEmpty() && code->size() > shopPrefix.size()
            && code->startsWith(shopPrefix))
            code->remove(0, shopPrefix.size());
    };
    QString code = raw;
    stripAim(&code);
    stripShop(&code);
    stripAim(&code); // a scanner may put its identifier after the shop's prefix
    return code;
}
