#include "ui/dialogs/DialogKeys.h"

#include <QAction>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace DialogKeys {

bool swallowPlainEnter(QDialog *dialog, QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    if (auto *button = qobject_cast<QPushButton *>(dialog->focusWidget());
        button && button->isEnabled())
        button->click();
    event->accept();
    return true;
}

void addAcceptShortcut(QDialog *dialog, const std::function<void()> &accept)
{
    auto *action = new QAction(dialog);
    action->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, dialog, accept);
    dialog->addAction(action);
}

} // namespace DialogKeys
