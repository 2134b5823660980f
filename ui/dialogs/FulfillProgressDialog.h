#pragma once

#include <QDialog>
#include <QList>
#include <QTimer>

class FulfillProgressModel;
class Outbox;
class QLabel;
class QPushButton;
class QTreeView;

// Follows a batch of outbox entries without blocking the window: a row per shipment with its
// state (the undo countdown, sending, done, failed with Shopify's message), totals of done,
// failed and left. Undo takes the batch back while it waits out its undo window; Cancel
// withdraws what has not been sent yet and says what had gone; Close leaves the work to go on
// in the background.
class FulfillProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    FulfillProgressDialog(Outbox *outbox,
                          const QList<qint64> &entryIds,
                          const QString &title,
                          QWidget *parent = nullptr);

    FulfillProgressModel *model() const { return m_model; }
    // Some of the batch still waits out its undo window.
    bool isUndoAvailable() const { return m_undoAvailable; }

signals:
    void showOutboxRequested();
    void undoAvailableChanged(bool available);

public slots:
    // Takes back what has not been sent yet (all of it while the undo window lasts).
    void undo();
    // Escape and the window's close button leave the work running: they only close.
    void reject() override;

private:
    void cancelRemaining();
    void updateState();

    Outbox *m_outbox;
    FulfillProgressModel *m_model;
    QTreeView *m_view;
    QLabel *m_totals;
    QLabel *m_note;
    QPushButton *m_undo;
    QPushButton *m_cancel;
    QPushButton *m_showOutbox;
    QPushButton *m_close;
    QTimer m_countdown;
    bool m_undoAvailable = false;
};
