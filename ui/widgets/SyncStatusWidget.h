#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
struct SyncResult;

// The sync indicator in the status bar: progress while a sync runs, then when the last one
// finished, or what went wrong in words a person can act on.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void showStarted();
    void showProgress(int fetched, int total);
    void showFinished(const SyncResult &result);
    void showLastSync(const QDateTime &utc);
    void showWaitingForBucket(qint64 milliseconds);
    // A big shop's first sync: the open orders are in, the history comes through Shopify's
    // bulk export, which reads `orders` of about `expected` (-1: unknown) on Shopify's side,
    // then downloads (`stored` so far), or waits for another export of the app.
    void showReconcileWaiting();
    void showOpenOrdersListed(int count);
    void showOpenOrdersStored(int count);
    void showHistoryProgress(qint64 objects, qint64 orders, qint64 expected);
    void showHistoryStored(qint64 stored);
    void showHistoryWaiting();
    // After the orders synced, the stock read failed (a sentence) or went well (empty): the
    // time of the sync stays, with "stock not read" beside it until a read works.
    void showStockProblem(const QString &message);
    // The station that syncs the shared store when it is another one ("Station 1 (Anna)");
    // empty when this one syncs (or syncs alone). The time shown is then that station's.
    void showSyncedBy(const QString &station);

    QString text() const;

private:
    void refreshLastSyncText();

    QLabel *m_label;
    QProgressBar *m_progress;
    QDateTime m_lastSync;
    QString m_stockProblem;
    QString m_syncedBy;
};
