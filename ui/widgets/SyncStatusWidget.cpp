#include "ui/widgets/SyncStatusWidget.h"

#include "core/sync/SyncResult.h"
#include "ui/DisplayFormat.h"
#include "ui/SyncProblem.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <climits>

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    m_label->setText(tr("Not synced yet"));
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::showStarted()
{
    m_progress->setRange(0, 0); // busy until the total is known
    m_progress->show();
    m_label->setText(tr("Syncing..."));
}

void SyncStatusWidget::showProgress(int fetched, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_label->setText(tr("Syncing..."));
        return;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(fetched);
    m_label->setText(
        tr("Syncing: %1 of %2 orders").arg(QLocale().toString(fetched), QLocale().toString(total)));
}

void SyncStatusWidget::showOpenOrdersListed(int count)
{
    m_progress->setRange(0, 0);
    m_label->setText(tr("%n open order(s) listed; reading their items...", nullptr, count));
}

void SyncStatusWidget::showOpenOrdersStored(int count)
{
    m_progress->setRange(0, 0);
    m_label->setText(
        tr("%n open order(s) are here; the order history is still coming...", nullptr, count));
}

void SyncStatusWidget::showHistoryProgress(qint64 objects, qint64 orders, qint64 expected)
{
    const QLocale locale;
    if (expected <= 0) {
        m_progress->setRange(0, 0);
        //: %1 is a count of orders, %2 of everything read (orders, their lines, shipments)
        m_label->setText(tr("Order history: Shopify has read %1 orders (%2 records)...")
                             .arg(locale.toString(orders), locale.toString(objects)));
        return;
    }
    m_progress->setRange(0, int(std::min<qint64>(expected, INT_MAX)));
    m_progress->setValue(int(std::min(orders, expected)));
    //: %1 and %2 are counts of orders, %3 of everything read (orders, their lines, shipments)
    m_label->setText(
        tr("Order history: Shopify has read %1 of about %2 orders (%3 records)")
            .arg(locale.toString(orders), locale.toString(expected), locale.toString(objects)));
}

void SyncStatusWidget::showHistoryStored(qint64 stored)
{
    if (m_progress->maximum() > 0)
        m_progress->setValue(int(std::min<qint64>(stored, m_progress->maximum())));
    m_label->setText(tr("Order history: %1 orders saved...").arg(QLocale().toString(stored)));
}

void SyncStatusWidget::showHistoryWaiting()
{
    m_progress->setRange(0, 0);
    m_label->setText(tr("Order history: waiting for another export of this app to finish..."));
}

void SyncStatusWidget::showReconcileWaiting()
{
    m_progress->setRange(0, 0);
    m_label->setText(
        tr("Checking the open orders: waiting for another export of this app to finish..."));
}

void SyncStatusWidget::showWaitingForBucket(qint64 milliseconds)
{
    if (!m_progress->isVisible() || milliseconds < 1500)
        return;
    m_label->setText(tr("Syncing: waiting %n second(s) for Shopify's rate limit",
                        nullptr,
                        int((milliseconds + 999) / 1000)));
}

void SyncStatusWidget::showFinished(const SyncResult &result)
{
    m_progress->hide();
    if (result.isOk()) {
        showLastSync(result.finishedAt);
        return;
    }
    m_label->setToolTip(result.userMessage());
    // A banner above the orders explains these at length; here they only keep the time of
    // the last sync in view.
    const QString synced = m_lastSync.isValid()
                               ? tr("Synced %1").arg(DisplayFormat::dateTime(m_lastSync))
                               : tr("Not synced yet");
    switch (syncProblemOf(result)) {
    case SyncProblem::Unreachable:
        //: %1 is "Synced <time>" or "Not synced yet"
        m_label->setText(tr("Offline · %1").arg(synced));
        return;
    case SyncProblem::NeedsReconnect:
    case SyncProblem::NeedsPerson:
        //: %1 is "Synced <time>" or "Not synced yet"
        m_label->setText(tr("Sync failed · %1").arg(synced));
        return;
    case SyncProblem::None:
    case SyncProblem::Other:
        break;
    }
    const QString last = m_lastSync.isValid()
                             ? tr("Last synced %1.").arg(DisplayFormat::dateTime(m_lastSync))
                             : tr("Not synced yet.");
    m_label->setText(tr("Sync failed: %1 %2").arg(result.userMessage(), last));
}

void SyncStatusWidget::showLastSync(const QDateTime &utc)
{
    m_lastSync = utc;
    refreshLastSyncText();
}

void SyncStatusWidget::showStockProblem(const QString &message)
{
    m_stockProblem = message;
    if (!m_progress->isVisible())
        refreshLastSyncText();
}

void SyncStatusWidget::showSyncedBy(const QString &station)
{
    m_syncedBy = station;
    if (!m_progress->isVisible())
        refreshLastSyncText();
}

void SyncStatusWidget::refreshLastSyncText()
{
    QString synced;
    if (!m_syncedBy.isEmpty()) {
        synced = m_lastSync.isValid()
                     //: %1 is a station's name ("Station 1 (Anna)"), %2 a time ("10:42")
                     ? tr("Synced by %1 at %2")
                           .arg(m_syncedBy, DisplayFormat::timeOrDateTime(m_lastSync))
                     //: %1 is a station's name ("Station 1 (Anna)")
                     : tr("%1 syncs for every station; not synced yet").arg(m_syncedBy);
    } else {
        synced = m_lastSync.isValid() ? tr("Synced %1").arg(DisplayFormat::dateTime(m_lastSync))
                                      : tr("Not synced yet");
    }
    m_label->setToolTip(m_stockProblem);
    //: %1 is "Synced <time>"; the orders synced, reading the stock failed
    m_label->setText(m_stockProblem.isEmpty() ? synced : tr("%1 · stock not read").arg(synced));
}
