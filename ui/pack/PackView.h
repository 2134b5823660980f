#pragma once

#include <QString>
#include <QWidget>

class PackController;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

// Pack mode's screen (issue 16, point 1): the order on the table, large enough to read from a
// step away: its name, customer and shipping, its lines with what is counted of each and how,
// what to do next in words, and the last result as icon, text and colour together. With no
// order on the table, it says to scan a slip and offers the oldest order waiting.
//
// It only shows the controller and hands it the keys: digits then Enter (a quantity), Enter,
// Esc, Space (confirm the selected line by hand), Up and Down, Ctrl+Z, F1.
class PackView final : public QWidget
{
    Q_OBJECT

public:
    explicit PackView(PackController *controller, QWidget *parent = nullptr);

    // The quantity typed so far (digits not yet confirmed with Enter).
    QString pendingQuantity() const { return m_quantity; }

signals:
    void hotkeysRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void showLines();
    void showResult();
    void confirmSelected();
    void enter();
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &tip);

    PackController *m_controller;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_notes;
    QTableWidget *m_lines;
    QLabel *m_progress;
    QLabel *m_nextStep;
    QFrame *m_result;
    QLabel *m_resultIcon;
    QLabel *m_resultText;
    QLabel *m_quantityLabel;
    QLabel *m_offer;
    QPushButton *m_fulfil;
    QPushButton *m_byHand;
    QPushButton *m_undo;
    QPushButton *m_skip;
    QPushButton *m_reprint;
    QString m_quantity;
};
