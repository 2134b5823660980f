#pragma once

#include <functional>

class QDialog;
class QKeyEvent;

// Keys for dialogs that take scanned tracking numbers. A barcode scanner sends Enter after
// every number, so a plain Enter must never accept such a dialog: only a focused button
// reacts to it. Ctrl+Return (or Ctrl+Enter) accepts from anywhere in the dialog.
namespace DialogKeys {

// For keyPressEvent: true when the event was a plain Enter and has been dealt with.
bool swallowPlainEnter(QDialog *dialog, QKeyEvent *event);
// Adds the Ctrl+Return shortcut, which calls `accept` (the dialog's own checks included).
void addAcceptShortcut(QDialog *dialog, const std::function<void()> &accept);

} // namespace DialogKeys
