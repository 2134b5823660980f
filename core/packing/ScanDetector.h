#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// Tells a barcode scanner from a person at the keyboard (issue 16, point 2). A scanner types
// like a keyboard, only fast and evenly, and ends with Enter or Tab. So every printable key is
// held back for a moment: if more follow quickly and Enter or Tab ends them, the burst is a
// scan, wherever the focus was; if the keys come at a person's pace, or something else ends
// them, they are handed on, in order, to whatever would have had them.
//
// A burst is a scan when it has at least `minimumLength` characters, and the median gap
// between its keys (Enter or Tab included) is at most `maximumMedianGap`. Held keys are
// handed on as soon as one gap is more than twice that: a person typing at 60 ms a key (the
// slowest a scanner may be by default is 30 ms) sees each key after 60 ms at most.
//
// The detector only decides; the caller feeds it keys with their times (a monotonic clock in
// milliseconds), replays what it hands back, and calls `expire` when `holdDeadline` passes.
class ScanDetector final
{
public:
    struct Settings
    {
        int minimumLength = 4;
        std::chrono::milliseconds maximumMedianGap{30}; // adjustable from 10 to 150 ms
        QString prefix; // one the shop set its scanners to send first; removed from the code
        friend bool operator==(const Settings &, const Settings &) = default;
    };

    // What the caller does now.
    struct Step
    {
        QString replay;              // held characters that were a person's: hand them on first
        std::optional<QString> scan; // a scan ended: its code (the key that ended it is eaten)
        bool passKey = false;        // the key just fed goes on to the focus as usual
    };

    ScanDetector();
    explicit ScanDetector(Settings settings);

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    // A printable character, typed at `atMs`. It is held (passKey false).
    Step typed(QChar character, qint64 atMs);
    // Enter or Tab at `atMs`: a scan ends, or the held keys and this one go on.
    Step ended(qint64 atMs);
    // Any other key (arrows, Backspace, a shortcut): the held keys and this one go on.
    Step otherKey();
    // When the held keys must be handed on if no key comes first; empty when none are held.
    std::optional<qint64> holdDeadline() const;
    // The deadline passed: the held keys go on.
    Step expire(qint64 nowMs);

    // The code as the shop means it: without an AIM symbology identifier ("]C0", "]E0", "]Q1":
    // a bracket, a letter, one more character) and without the shop's prefix, in either order.
    static QString stripPrefixes(const QString &raw, const QString &shopPrefix);

private:
    bool isScan(qint64 endedAt) const;
    QString takeHeld();

    Settings m_settings;
    QString m_held;
    QList<qint64> m_times; // when each held character came
};
