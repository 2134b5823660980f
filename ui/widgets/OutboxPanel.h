#pragma once

#include <QList>
#include <QWidget>

class Outbox;
class OutboxModel;
class QPushButton;
class QTableView;

// The outbox as a list: every action not yet done, with its order, state and Shopify's
// message. A failed action can be sent again (Retry) or forgotten (Drop, after asking).
class OutboxPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(Outbox *outbox, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QList<qint64> selectedIds() const;
    void updateButtons();
    void retrySelected();
    void askToDropSelected();
    void showProblem(const QString &message);

    Outbox *m_outbox;
    OutboxModel *m_model;
    QTableView *m_view;
    QPushButton *m_retry;
    QPushButton *m_drop;
};
