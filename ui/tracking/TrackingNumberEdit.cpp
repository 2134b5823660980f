#include "ui/tracking/TrackingNumberEdit.h"

#include <QKeyEvent>
#include <QRegularExpression>

TrackingNumberEdit::TrackingNumberEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // Longer than any carrier's number with room for spaces and dashes people type.
    setMaxLength(80);
    connect(this, &QLineEdit::textChanged, this, &TrackingNumberEdit::splitIfSeveral);
}

void TrackingNumberEdit::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && modifiers == Qt::NoModifier) {
        event->accept();
        emit advanceRequested();
        return;
    }
    if (event->key() == Qt::Key_Plus && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
        event->accept();
        emit addNumberRequested();
        return;
    }
    if (event->key() == Qt::Key_Backspace && modifiers == Qt::NoModifier && text().isEmpty()) {
        event->accept();
        emit removeRequested();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void TrackingNumberEdit::splitIfSeveral(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r\\t]+"));
    if (!text.contains(separators))
        return;
    QStringList numbers;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            numbers.append(part.trimmed());
    }
    // A separator typed at the end asks for a new, empty field after the numbers.
    const QRegularExpressionMatch last = separators.match(text, text.size() - 1);
    if (last.hasMatch() || numbers.isEmpty())
        numbers.append(QString());
    emit severalNumbersEntered(numbers);
}
