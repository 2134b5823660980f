#include "ui/pack/ScanCapture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWidget>

#include <memory>

ScanCapture::ScanCapture(QObject *parent)
    : QObject(parent)
{
    auto monotonic = std::make_shared<QElapsedTimer>();
    monotonic->start();
    m_clock = [monotonic] { return monotonic->elapsed(); };
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ScanCapture::onDeadline);
}

void ScanCapture::setSettings(const ScanDetector::Settings &settings)
{
    m_detector.setSettings(settings);
}

void ScanCapture::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ScanCapture::setEnabled(bool enabled)
{
    if (!enabled && !m_held.isEmpty()) {
        m_detector.otherKey();
        replayHeld();
    }
    m_enabled = enabled;
}

bool ScanCapture::isPrintable(const QKeyEvent *key)
{
    const QString text = key->text();
    if (text.isEmpty())
        return false;
    for (const QChar character : text) {
        if (!character.isPrint())
            return false;
    }
    // Ctrl or Meta with a letter is a shortcut; Ctrl+Alt together is AltGr on Windows, and
    // X11's AltGr comes without either. Alt alone is a menu's mnemonic.
    const Qt::KeyboardModifiers modifiers = key->modifiers();
    const bool control = modifiers & (Qt::ControlModifier | Qt::MetaModifier);
    const bool alt = modifiers & Qt::AltModifier;
    return control ? alt : !alt;
}

bool ScanCapture::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_enabled || m_replaying || !watched->isWidgetType())
        return false;
    // A key goes first to the focus widget (or the window when nothing has the focus), then,
    // unless taken, to each parent: seen once, at its first stop.
    auto *receiver = static_cast<QWidget *>(watched);
    QWidget *focus = QApplication::focusWidget();
    if (focus ? receiver != focus : !receiver->isWindow())
        return false;
    if (m_scope && receiver->window() != m_scope)
        return false;
    return handleKey(receiver, static_cast<QKeyEvent *>(event));
}

bool ScanCapture::handleKey(QWidget *receiver, const QKeyEvent *key)
{
    // A scanner presses Shift for capitals like a person does: modifiers alone say nothing.
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Mode_switch:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
        return false;
    default:
        break;
    }
    const qint64 now = m_clock();
    const bool ends = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
                       || key->key() == Qt::Key_Tab)
                      && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    // A key held down repeats at a scanner's pace; a scanner never repeats.
    if (isPrintable(key) && !key->isAutoRepeat()) {
        ScanDetector::Step step;
        for (const QChar character : key->text()) {
            const ScanDetector::Step one = m_detector.typed(character, now);
            step.replay += one.replay;
        }
        if (!step.replay.isEmpty())
            replayHeld();
        if (m_held.isEmpty())
            m_target = receiver;
        m_held.append({key->key(), key->modifiers(), key->text()});
        armDeadline();
        return true;
    }
    const ScanDetector::Step step = ends ? m_detector.ended(now) : m_detector.otherKey();
    m_deadline.stop();
    if (step.scan) {
        m_held.clear();
        emit scanned(*step.scan);
        return true;
    }
    replayHeld();
    return !step.passKey;
}

void ScanCapture::replayHeld()
{
    const QList<HeldKey> held = std::exchange(m_held, {});
    QWidget *target = m_target ? m_target.data() : QApplication::focusWidget();
    if (!target)
        return;
    const QPointer<QWidget> guard(target);
    m_replaying = true;
    for (const HeldKey &key : held) {
        if (!guard)
            break;
        QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
        QApplication::sendEvent(target, &press);
        if (!guard)
            break;
        QKeyEvent release(QEvent::KeyRelease, key.key, key.modifiers, key.text);
        QApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

void ScanCapture::armDeadline()
{
    const auto deadline = m_detector.holdDeadline();
    if (!deadline) {
        m_deadline.stop();
        return;
    }
    m_deadline.start(int(std::max<qint64>(1, *deadline - m_clock() + 1)));
}

void ScanCapture::onDeadline()
{
    const ScanDetector::Step step = m_detector.expire(m_clock());
    if (!step.replay.isEmpty()) {
        replayHeld();
        return;
    }
    // The clock has not reached the deadline yet (a timer may fire early; a test's clock
    // moves when the test says): look again then.
    armDeadline();
}
