#pragma once

#include <QLineEdit>

// The field a tracking number is typed or scanned into. A barcode scanner types the number
// and presses Enter, so Enter here never accepts the dialog: it asks to go on to the next
// number. "+" (which no tracking number contains) asks for another number for the same
// shipment; Backspace in an empty extra field asks to remove it. Text holding several numbers
// (pasted with commas, semicolons or line breaks, or a typed comma) is offered to be split;
// an empty string last asks for a new, empty field after them.
class TrackingNumberEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TrackingNumberEdit(QWidget *parent = nullptr);

signals:
    void advanceRequested();
    void addNumberRequested();
    void removeRequested();
    void severalNumbersEntered(const QStringList &numbers);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void splitIfSeveral(const QString &text);
};
