#pragma once

#include <QToolButton>

class Outbox;

// The outbox in the status bar, "3 pending · 1 failed", shown only while something is
// pending or failed. Clicking it shows the outbox panel.
class OutboxIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit OutboxIndicator(const Outbox *outbox, QWidget *parent = nullptr);

private:
    void refresh();

    const Outbox *m_outbox;
};
