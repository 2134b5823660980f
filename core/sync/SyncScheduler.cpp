#include "core/sync/SyncScheduler.h"

#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncRole.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace std::chrono_literals;

SyncScheduler::SyncScheduler(OrderSync *sync, const OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_book(book)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { run(); });
    connect(m_sync, &OrderSync::finished, this, &SyncScheduler::handleFinished);
}

void SyncScheduler::setInterval(std::chrono::minutes interval)
{
    m_interval = std::max(interval, std::chrono::minutes(1));
}

void SyncScheduler::setRole(SyncRole *role)
{
    if (m_role)
        disconnect(m_role, nullptr, this, nullptr);
    m_role = role;
    if (m_role)
        connect(m_role,
                &SyncRole::changed,
                this,
                &SyncScheduler::takeRoleChange,
                Qt::QueuedConnection);
}

void SyncScheduler::start()
{
    m_running = true;
    if (m_role)
        m_role->keepClaiming();
    run();
}

void SyncScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_role)
        m_role->stop();
}

SyncScheduler::Request SyncScheduler::syncNow()
{
    return run();
}

void SyncScheduler::takeRoleChange()
{
    // The station that synced stopped and this one took the role: it syncs from now on,
    // starting at once, since it cannot tell how long ago the last sync was. (Queued: a
    // claim in run() itself changes the role too, and has started its sync by now.)
    if (m_running && m_role->isHeld() && !m_sync->isRunning())
        run();
}

QDateTime SyncScheduler::nextSyncAt() const
{
    if (!m_timer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime());
}

bool SyncScheduler::reconcileIsDue() const
{
    QString value;
    m_book->syncValue(QString::fromLatin1(OrderSync::kLastReconcileKey), &value);
    const QDateTime last = QDateTime::fromString(value, Qt::ISODateWithMs);
    return !last.isValid()
           || last.secsTo(QDateTime::currentDateTimeUtc()) >= m_reconcileInterval.count() * 60;
}

SyncScheduler::Request SyncScheduler::run()
{
    m_timer.stop();
    if (m_sync->isRunning())
        return Request::AlreadyRunning;
    if (m_role && !m_role->claim()) {
        // Another station syncs; this one looks again at its next turn (the role's own
        // renewal takes it over sooner when that station stops). Whether the shop answers is
        // that station's news now, not this one's.
        m_failures = 0;
        if (m_offlineSince.isValid()) {
            m_offlineSince = QDateTime();
            emit offlineChanged(false);
        }
        scheduleIn(m_interval);
        return Request::OtherStationSyncs;
    }
    // Changes Shopify does not show in updatedAt are caught by reading every open order now
    // and then; the incremental syncs in between are cheap.
    QString watermark;
    m_book->syncValue(QString::fromLatin1(OrderSync::kWatermarkKey), &watermark);
    const bool everSynced = !watermark.isEmpty();
    m_sync->start(everSynced && reconcileIsDue() ? OrderSync::Mode::Reconcile
                                                 : OrderSync::Mode::Automatic);
    return Request::Started;
}

void SyncScheduler::scheduleIn(std::chrono::milliseconds delay)
{
    if (m_running)
        m_timer.start(int(std::min<qint64>(delay.count(), std::numeric_limits<int>::max())));
}

void SyncScheduler::handleFinished(const SyncResult &result)
{
    const bool unreachable = result.shopError.isError()
                             && (result.shopError.kind == ShopifyError::Kind::Network
                                 || result.shopError.kind == ShopifyError::Kind::Timeout
                                 || result.shopError.kind == ShopifyError::Kind::ServerError
                                 || result.shopError.kind == ShopifyError::Kind::TooManyRequests);
    if (unreachable) {
        if (!m_offlineSince.isValid()) {
            m_offlineSince = QDateTime::currentDateTimeUtc();
            emit offlineChanged(true);
        }
        // 15 s, 30 s, 1 min ... at most 5 min: back quickly after a blip, gently during an outage.
        ++m_failures;
        const auto pause
            = std::min<std::chrono::milliseconds>(15s * (1 << std::min(m_failures - 1, 5)), 5min);
        qCInfo(lcSync) << "shop not reachable; trying again in" << pause.count() / 1000 << "s";
        scheduleIn(pause);
        return;
    }
    m_failures = 0;
    if (m_offlineSince.isValid() && !result.shopError.isError()) {
        m_offlineSince = QDateTime();
        emit offlineChanged(false);
        emit backOnline();
    }
    // A reconciliation that ran now is followed by the usual incremental syncs.
    scheduleIn(m_interval);
}
