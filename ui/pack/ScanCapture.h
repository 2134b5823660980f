#pragma once

#include "core/packing/ScanDetector.h"

#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

// A barcode scanner's input, wherever the focus is in the application (issue 16, point 2):
// an event filter on the application that hands every key to ScanDetector. Printable keys are
// held back for a moment; a burst the detector calls a scan is eaten and comes out as
// scanned(), keys at a person's pace are handed on, in order, to the widget that had the
// focus (as synthetic key events), so the search field and the rest work as before.
//
// A key is printable by its text (QKeyEvent::text()), never its key code, so every keyboard
// layout works: a German layout's "y" on the Z key, "#" without Shift, AltGr characters.
class ScanCapture final : public QObject
{
    Q_OBJECT

public:
    // Milliseconds on a monotonic clock; tests inject their own.
    using Clock = std::function<qint64()>;

    explicit ScanCapture(QObject *parent = nullptr);

    void setSettings(const ScanDetector::Settings &settings);
    void setClock(Clock clock);
    // Only keys for this window (and its children) are looked at: a dialog's fields get
    // their scans typed as before. Not owned; null looks at every window.
    void setScope(QWidget *window) { m_scope = window; }
    // Off: every key goes on untouched (what is held is handed on first).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Whether keys are held back now, waiting to be told a scan's or a person's.
    bool isHolding() const { return !m_held.isEmpty(); }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A scan ended, its prefixes stripped.
    void scanned(const QString &code);

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool handleKey(QWidget *receiver, const QKeyEvent *key);
    // Hands the held keys on to the widget that had the focus when they came.
    void replayHeld();
    void armDeadline();
    void onDeadline();
    static bool isPrintable(const QKeyEvent *key);

    ScanDetector m_detector;
    Clock m_clock;
    QTimer m_deadline;
    QList<HeldKey> m_held;
    QPointer<QWidget> m_target;
    QPointer<QWidget> m_scope;
    bool m_enabled = true;
    bool m_replaying = false;
};
