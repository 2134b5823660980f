#include "core/sync/OrderSync.h"

#include "core/model/OrderReadWindow.h"
#include "core/shopify/BulkDownload.h"
#include "core/shopify/BulkQuery.h"
#include "core/shopify/JsonlOrderReader.h"
#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"
#include "core/storage/OrderBook.h"
#include "core/sync/BulkReconciliation.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "smidig.sync")

namespace {

const QString kOperations = u":/graphql/orders.graphql"_s;
const QString kHistoryQuery = u":/graphql/bulk-closed-orders.graphql"_s;
// A broken download is tried this many times in all before the sync gives up for now.
constexpr int kDownloadAttempts = 3;

// A bulk query's error code when it reached a field the app may not read: paged instead.
constexpr QStringView kAccessDenied = u"ACCESS_DENIED";

ShopifyError badShape(const QString &problem)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::BadResponse;
    error.detail = problem;
    return error;
}

} // namespace

OrderSync::OrderSync(ShopifyClient *client, OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_book(book)
    , m_completer(new OrderCompleter(client, m_sizes, this))
    , m_ordersOperation(GraphqlOperation::load(kOperations, u"Orders"_s))
    , m_countOperation(GraphqlOperation::load(kOperations, u"OrdersCount"_s))
    , m_orderOperation(GraphqlOperation::load(kOperations, u"Order"_s))
    , m_listOperation(GraphqlOperation::load(kOperations, u"OrderList"_s))
    , m_bulkReconcile(new BulkReconciliation(client, book, this))
    , m_bulk(new BulkQuery(client, this))
    , m_download(new BulkDownload(client->network(), this))
    , m_bulkQueryText(GraphqlOperation::load(kHistoryQuery, u"BulkClosedOrders"_s).text())
{
    connect(m_bulk, &BulkQuery::started, this, [this](const QString &id) {
        // Kept until the history is stored, so a sync that breaks off picks it up again.
        m_book->setSyncValue(QString::fromLatin1(kBulkOperationKey), id);
    });
    connect(m_bulk, &BulkQuery::progress, this, [this](qint64 objects, qint64 roots) {
        if (m_running)
            emit historyProgress(objects,
                                 roots,
                                 m_total < 0 ? -1 : std::max(0, m_total - m_openCount));
    });
    connect(m_bulk, &BulkQuery::waitingForOther, this, &OrderSync::historyWaiting);
    connect(m_bulk, &BulkQuery::finished, this, [this](const BulkQueryOutcome &outcome) {
        if (m_running && m_historyPart)
            handleHistory(outcome);
    });
    connect(m_download, &BulkDownload::finished, this, &OrderSync::handleDownloadEnd);
    connect(m_bulkReconcile, &BulkReconciliation::progress, this, [this](qint64, qint64 orders) {
        if (m_running && m_reconcileBulk)
            emit progress(int(orders), m_total);
    });
    connect(m_bulkReconcile,
            &BulkReconciliation::waitingForOther,
            this,
            &OrderSync::reconcileWaiting);
    connect(m_bulkReconcile, &BulkReconciliation::finished, this, &OrderSync::handleBulkReconcile);
    connect(m_completer, &OrderCompleter::finished, this, [this](const QList<Order> &orders) {
        if (!m_running)
            return;
        keepOrders(orders);
        if (m_openPart || m_historyPaged) {
            // A big shop's open orders are stored page by page: their details show as they
            // come; so is its history when it is paged.
            const QList<Order> page = std::exchange(m_orders, {});
            if (!storeBatch(page))
                return failStore();
            m_orderIndex.clear();
            if (m_historyPaged) {
                m_historyStored += page.size();
                emit historyStored(m_historyStored);
            }
        }
        // Without a count from Shopify the total stays unknown (-1), not "as many as read".
        const int fetched = int(m_orders.size() + m_seen.size());
        emit progress(fetched, m_total < 0 ? -1 : std::max(m_total, fetched));
        if (m_hasNextPage)
            requestPage();
        else if (m_openPart)
            finishOpenPart();
        else if (m_historyPart)
            rereadLaterParents();
        else if (m_mode == Mode::Reconcile)
            requestMissingOpenOrders();
        else
            finish();
    });
    connect(m_completer, &OrderCompleter::failed, this, [this](const ShopifyError &error) {
        if (m_running)
            fail(error);
    });
}

OrderSync::~OrderSync() = default;

void OrderSync::setMaxPageSize(int orders)
{
    m_maxPageSize = std::clamp(orders, 1, 250);
}

QJsonObject OrderSync::pageVariables(int pageSize) const
{
    QJsonObject variables{{"first"_L1, pageSize}, {"query"_L1, searchQuery()}};
    m_sizes.addTo(variables);
    variables.insert("after"_L1,
                     m_cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_cursor));
    return variables;
}

QJsonValue OrderSync::searchQuery() const
{
    switch (m_mode) {
    case Mode::Incremental:
        // Shopify's search syntax; times in UTC, which Shopify compares correctly.
        return u"updated_at:>'%1'"_s.arg(m_since.toUTC().toString(Qt::ISODate));
    case Mode::Reconcile:
        return u"status:open"_s;
    case Mode::Full:
        // A big shop's open orders come first; the rest through a bulk query, or paged with
        // the bulk query's own search when Shopify refused it.
        if (m_openPart)
            return u"status:open"_s;
        return m_historyPaged ? QJsonValue(u"status:closed"_s) : QJsonValue(QJsonValue::Null);
    default:
        return QJsonValue::Null;
    }
}

QJsonObject OrderSync::listVariables(int pageSize) const
{
    return {{"first"_L1, pageSize},
            {"query"_L1, u"status:open"_s},
            {"after"_L1, m_cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_cursor)}};
}

int OrderSync::largestPage(const GraphqlOperation &operation,
                           const std::function<QJsonObject(int)> &variables) const
{
    // Priced as Shopify prices it (the client learns that from its answers).
    const double limit = m_client->costLimit();
    int low = 1;
    int high = m_maxPageSize;
    if (m_client->estimatedCost(operation, variables(low)) > limit)
        return 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (m_client->estimatedCost(operation, variables(middle)) <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

int OrderSync::plannedPageSize() const
{
    return largestPage(m_ordersOperation, [this](int size) { return pageVariables(size); });
}

int OrderSync::plannedListPageSize() const
{
    return largestPage(m_listOperation, [this](int size) { return listVariables(size); });
}

ShopifyReply *OrderSync::send(const GraphqlOperation &operation, const QJsonObject &variables)
{
    ++m_requests;
    ShopifyReply *reply = m_client->send(operation, variables);
    m_current = reply;
    return reply;
}

void OrderSync::start(Mode mode)
{
    if (m_running)
        return;
    if (mode == Mode::Automatic || mode == Mode::Incremental) {
        QString watermark;
        m_book->syncValue(QString::fromLatin1(kWatermarkKey), &watermark);
        const QDateTime last = QDateTime::fromString(watermark, Qt::ISODateWithMs);
        mode = last.isValid() ? Mode::Incremental : Mode::Full;
        m_since = last.addSecs(-m_overlap.count());
    }
    m_mode = mode;
    m_missingOpen.clear();
    m_missingListed = false;
    m_gone.clear();
    m_readsAllOrders = false;
    m_running = true;
    m_total = -1;
    m_openTotal = -1;
    m_pageSize = m_maxPageSize;
    m_cursor.clear();
    m_hasNextPage = false;
    m_orders.clear();
    m_orderIndex.clear();
    m_requests = -m_completer->requestCount(); // the completer counts on across syncs
    m_openPart = false;
    m_listed.clear();
    m_listedIds.clear();
    m_historyPart = false;
    m_historyPaged = false;
    m_hiddenStored = 0;
    m_reconcileBulk = false;
    m_downloadAttempts = 0;
    m_startedNewBulk = false;
    m_seen.clear();
    m_newest = QDateTime();
    m_historyStored = 0;
    m_openCount = 0;
    m_reread.clear();
    m_batch.clear();
    m_batchError = StoreError();
    m_reader.reset();
    emit started();
    emit progress(0, -1);
    requestCount();
}

void OrderSync::cancel()
{
    if (!m_running)
        return;
    if (m_reconcileBulk && m_bulkReconcile->isRunning()) {
        // The bulk query goes on on Shopify's side; the next reconciliation picks it up.
        m_bulkReconcile->stop();
        ShopifyError cancelled;
        cancelled.kind = ShopifyError::Kind::Cancelled;
        fail(cancelled);
        return;
    }
    if (m_historyPart && (m_bulk->isRunning() || m_download->isRunning())) {
        // The bulk query goes on on Shopify's side; the next sync picks it up.
        m_bulk->stopFollowing();
        m_historyPart = false;
        m_download->abort();
        ShopifyError cancelled;
        cancelled.kind = ShopifyError::Kind::Cancelled;
        fail(cancelled);
        return;
    }
    if (m_completer->isRunning())
        m_completer->cancel(); // fails with Cancelled, which fails the sync
    else if (m_current)
        m_current->abort(); // finishes with Cancelled, which fails the sync
    else {
        ShopifyError cancelled;
        cancelled.kind = ShopifyError::Kind::Cancelled;
        fail(cancelled);
    }
}

void OrderSync::requestCount()
{
    ShopifyReply *reply = send(m_countOperation, QJsonObject{{"query"_L1, searchQuery()}});
    connect(reply, &ShopifyReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        const Parsed<int> count = OrderParser::ordersCount(reply->data());
        const Parsed<QStringList> scopes = OrderParser::grantedScopes(reply->data());
        if (!count.isOk() || !scopes.isOk()) {
            fail(badShape(count.isOk() ? scopes.problem : count.problem));
            return;
        }
        m_total = count.value;
        m_openTotal = OrderParser::openOrdersCount(reply->data());
        m_readsAllOrders = scopes.value.contains(u"read_all_orders"_s);
        emit progress(0, m_total);
        m_openPart = usesBulk();
        if (reconcilesInBulk()) {
            m_reconcileBulk = true;
            return m_bulkReconcile->start(); // handleBulkReconcile() goes on
        }
        if (m_mode == Mode::Full) {
            m_listPageSize = m_maxPageSize;
            requestListPage();
            return;
        }
        requestPage();
    });
}

void OrderSync::requestListPage()
{
    // Asked for no more than are left: Shopify's bucket is charged by what a page asks for.
    int pageSize = std::min(m_listPageSize, plannedListPageSize());
    if (const qsizetype left = m_openTotal - m_listed.size(); left > 0)
        pageSize = int(std::min<qsizetype>(pageSize, left));
    ShopifyReply *reply = send(m_listOperation, listVariables(pageSize));
    connect(reply, &ShopifyReply::finished, this, [this, reply, pageSize] {
        handleListPage(reply, pageSize);
    });
}

void OrderSync::handleListPage(ShopifyReply *reply, int sentPageSize)
{
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded && sentPageSize > 1) {
            const int planned = plannedListPageSize();
            m_listPageSize = planned < sentPageSize ? planned : std::max(1, sentPageSize / 2);
            return requestListPage();
        }
        return fail(reply->error());
    }
    Parsed<OrdersPage> page = OrderParser::orderList(reply->data(), reply->fieldErrors());
    if (!page.isOk())
        return fail(badShape(page.problem));
    m_listed += page.value.orders;
    m_cursor = page.value.page.endCursor;
    if (page.value.page.hasNextPage)
        return requestListPage();
    finishList();
}

void OrderSync::finishList()
{
    m_cursor.clear();
    // Only orders the local store does not have: one it has stays whole until it is read
    // again. Stored as one batch, and not counted as read: what follows reads them whole.
    // Sorted by update time, an order changed while it was listed comes twice: the later copy
    // is the newer.
    QList<Order> unknown;
    QHash<QString, qsizetype> index; // every order listed, where it is in `unknown` (or -1)
    for (const Order &order : std::as_const(m_listed)) {
        const auto it = index.constFind(order.id);
        if (it != index.constEnd()) {
            if (it.value() >= 0)
                unknown[it.value()] = order;
        } else if (m_book->rowOf(order.id) >= 0) {
            index.insert(order.id, -1);
        } else {
            index.insert(order.id, unknown.size());
            unknown.append(order);
        }
    }
    const int listed = int(index.size());
    m_listed.clear();
    if (!unknown.isEmpty()) {
        m_batchError = m_book->apply(unknown, {}, {}, QDateTime::currentDateTimeUtc());
        if (m_batchError.isError())
            return failStore();
        for (const Order &order : std::as_const(unknown))
            m_listedIds.append(order.id);
    }
    emit openOrdersListed(listed);
    requestPage();
}

void OrderSync::requestPage()
{
    const int pageSize = std::min(m_pageSize, plannedPageSize());
    ShopifyReply *reply = send(m_ordersOperation, pageVariables(pageSize));
    connect(reply, &ShopifyReply::finished, this, [this, reply, pageSize] {
        handlePage(reply, pageSize);
    });
}

void OrderSync::handlePage(ShopifyReply *reply, int sentPageSize)
{
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        // A price above the limit means our estimate and Shopify's differ. The client learnt
        // Shopify's price from the refusal: plan with it; only when that gives no smaller
        // page (Shopify did not say its price), halve.
        if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded && sentPageSize > 1) {
            const int planned = plannedPageSize();
            m_pageSize = planned < sentPageSize ? planned : std::max(1, sentPageSize / 2);
            qCWarning(lcSync) << "page too costly for Shopify; trying" << m_pageSize << "orders";
            requestPage();
            return;
        }
        fail(reply->error());
        return;
    }
    Parsed<OrdersPage> page = OrderParser::ordersPage(reply->data(), m_sizes, reply->fieldErrors());
    if (!page.isOk()) {
        fail(badShape(page.problem));
        return;
    }
    m_hasNextPage = page.value.page.hasNextPage;
    m_cursor = page.value.page.endCursor;
    m_completer->complete(std::move(page.value.orders), page.value.overflow);
}

void OrderSync::requestMissingOpenOrders()
{
    // Orders open here that Shopify did not list as open: closed, cancelled or archived
    // without a change of updatedAt the incremental syncs would have seen. Each is read
    // again; one the shop no longer has at all is dropped.
    if (!m_missingListed) {
        m_missingListed = true;
        // A bulk reconciliation has queued the open orders to read again whole already.
        const QSet<QString> queued(m_missingOpen.cbegin(), m_missingOpen.cend());
        for (const OrderSummary &row : m_book->rows()) {
            // An order already known to be hidden by the 60-day window stays hidden until the
            // app holds read_all_orders: asking for it again would cost a request each time.
            const bool knownHidden = row.unreadable && !m_readsAllOrders;
            if (!row.closed && !row.cancelled && !knownHidden && !m_orderIndex.contains(row.id)
                && !queued.contains(row.id))
                m_missingOpen.append(row.id);
        }
    }
    if (m_missingOpen.isEmpty())
        return finish();
    const QString id = m_missingOpen.takeFirst();
    QJsonObject variables{{"id"_L1, id}};
    m_sizes.addTo(variables);
    ShopifyReply *reply = send(m_orderOperation, variables);
    connect(reply, &ShopifyReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk())
            return fail(reply->error());
        OrderOverflow overflow;
        Parsed<std::optional<Order>> parsed
            = OrderParser::order(reply->data(), m_sizes, &overflow, reply->fieldErrors());
        if (!parsed.isOk())
            return fail(badShape(parsed.problem));
        if (!parsed.value) {
            m_gone.append(id);
        } else if (!overflow.isEmpty()) {
            // The completer reads the rest; when it is done, the next missing order follows.
            m_completer->complete({*parsed.value}, {overflow});
            return;
        } else {
            keepOrders({*parsed.value});
        }
        requestMissingOpenOrders();
    });
}

void OrderSync::keepOrders(const QList<Order> &orders)
{
    // Sorted by update time, an order changed during the sync comes again later: keep the
    // newer copy.
    for (const Order &order : orders) {
        const auto it = m_orderIndex.constFind(order.id);
        if (it != m_orderIndex.constEnd()) {
            m_orders[it.value()] = order;
            continue;
        }
        m_orderIndex.insert(order.id, m_orders.size());
        m_orders.append(order);
    }
}

void OrderSync::sortOutUnseen(const QStringList &unseen,
                              QStringList *gone,
                              QStringList *unreadable) const
{
    // Shopify counts the 60 days by its own clock. The newest change this sync read is a
    // moment of that clock; when it is ahead of the PC's, it is the better "now" (a later
    // now only ever keeps more orders).
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Order &order : std::as_const(m_orders))
        now = std::max(now, order.updatedAt);
    const OrderReadWindow window(m_readsAllOrders, now);
    for (const QString &id : unseen) {
        const int row = m_book->rowOf(id);
        if (row < 0)
            continue;
        const OrderSummary &summary = m_book->at(row);
        const bool open = !summary.closed && !summary.cancelled;
        if (open && window.mayHide(summary.createdAtMs)) {
            if (!summary.unreadable)
                unreadable->append(id);
        } else {
            gone->append(id);
        }
    }
}

void OrderSync::dropListedRows()
{
    // A sync that fails takes back the rows it listed and did not read whole: the store is
    // as before, apart from whole orders a big shop's open part stored page by page.
    QStringList still;
    for (const QString &id : std::as_const(m_listedIds)) {
        const int row = m_book->rowOf(id);
        if (row >= 0 && m_book->at(row).detailsPending)
            still.append(id);
    }
    m_listedIds.clear();
    if (!still.isEmpty()) {
        const StoreError error = m_book->apply({}, still, {}, QDateTime::currentDateTimeUtc());
        if (error.isError()) // they stay, marked as listed; the next full sync reads them
            qCWarning(lcSync) << "could not take back the listed orders:" << error.detail;
    }
}

void OrderSync::fail(const ShopifyError &error)
{
    m_running = false;
    dropListedRows();
    m_orders.clear();
    m_orderIndex.clear();
    SyncResult result;
    result.shopError = error;
    result.requestCount = m_requests + m_completer->requestCount();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    qCWarning(lcSync) << "sync failed:" << error.kindName() << error.detail;
    emit finished(result);
}

SyncResult OrderSync::endedResult() const
{
    SyncResult result;
    result.mode = int(m_mode);
    result.requestCount = m_requests + m_completer->requestCount();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.readsAllOrders = m_readsAllOrders;
    return result;
}

void OrderSync::finish()
{
    m_running = false;
    SyncResult result = endedResult();
    QStringList unseen = m_gone;
    if (m_mode == Mode::Full) {
        QSet<QString> seen = m_seen;
        for (const Order &order : std::as_const(m_orders))
            seen.insert(order.id);
        unseen = m_book->idsNotIn(seen);
    }
    if (m_reconcileBulk)
        result.reconcileBulk = SyncResult::History::Read;
    if (m_historyPart) {
        result.history = SyncResult::History::Read;
        result.openOrderCount = m_openCount;
        result.historyStored = m_historyStored;
    }
    QStringList gone;
    QStringList unreadable;
    sortOutUnseen(unseen, &gone, &unreadable);
    result.storeError = m_book->apply(m_orders, gone, unreadable, result.finishedAt);
    if (!result.storeError.isError()) {
        result.orderCount = int(m_orders.size() + m_seen.size());
        result.customerHiddenCount
            = m_hiddenStored
              + int(std::count_if(m_orders.cbegin(), m_orders.cend(), [](const Order &order) {
                    return order.customerHidden;
                }));
        result.unreadableCount = int(unreadable.size());
        if (!unreadable.isEmpty())
            qCInfo(lcSync) << unreadable.size()
                           << "open orders are no longer shown by Shopify (older than"
                           << OrderReadWindow::kDays << "days without read_all_orders); kept";
        // The sync values are bookkeeping: failing to write them costs a longer sync next time.
        const QString finished = result.finishedAt.toString(Qt::ISODateWithMs);
        m_book->setSyncValue(QString::fromLatin1(kLastSyncKey), finished);
        if (m_mode == Mode::Full || m_mode == Mode::Reconcile)
            m_book->setSyncValue(QString::fromLatin1(kLastReconcileKey), finished);
        if (m_historyPart)
            m_book->setSyncValue(QString::fromLatin1(kBulkOperationKey), QString());
        // Only a sync that saw every change since the watermark may move it: a reconciliation
        // reads open orders only, and would skip changes to closed ones.
        if (m_mode != Mode::Reconcile) {
            QString stored;
            m_book->syncValue(QString::fromLatin1(kWatermarkKey), &stored);
            QDateTime watermark = m_mode == Mode::Full
                                      ? QDateTime()
                                      : QDateTime::fromString(stored, Qt::ISODateWithMs);
            for (const Order &order : std::as_const(m_orders))
                watermark = std::max(watermark, order.updatedAt);
            if (m_newest.isValid())
                watermark = std::max(watermark, m_newest);
            if (watermark.isValid())
                m_book->setSyncValue(QString::fromLatin1(kWatermarkKey),
                                     watermark.toString(Qt::ISODateWithMs));
        }
    } else {
        qCWarning(lcSync) << "storing the sync failed:" << result.storeError.detail;
    }
    m_orders.clear();
    m_orderIndex.clear();
    m_seen.clear();
    m_reader.reset();
    emit finished(result);
}

void OrderSync::setBulkPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_bulk->setPollInterval(first, most);
    m_bulkReconcile->setPollInterval(first, most);
}

bool OrderSync::reconcilesInBulk() const
{
    // The count asked first is that of the open orders (the reconciliation's search).
    return m_mode == Mode::Reconcile && m_reconcileBulkThreshold > 0
           && m_total > m_reconcileBulkThreshold;
}

void OrderSync::handleBulkReconcile(const BulkReconciliationOutcome &outcome)
{
    if (!m_running || !m_reconcileBulk)
        return;
    if (outcome.end == SyncResult::History::Read) {
        keepOrders(outcome.orders);
        emit progress(int(m_orders.size()), m_total);
        // Those whose fulfillment order lines are not known first, then those no longer open.
        m_missingOpen = outcome.reread;
        return requestMissingOpenOrders();
    }
    if (outcome.end == SyncResult::History::Failed && outcome.errorCode == kAccessDenied) {
        // Refused for a field the app may not read, as every later one would be: paged, as a
        // smaller shop's reconciliation is (pageHistory() says why).
        qCInfo(lcSync) << "the reconciliation's bulk query was refused (ACCESS_DENIED): paging";
        m_reconcileBulk = false;
        return requestPage();
    }
    if (outcome.error.isError())
        return fail(outcome.error);
    // Nothing was stored: the store is as it was, and the reconciliation is due again.
    m_running = false;
    SyncResult result = endedResult();
    result.reconcileBulk = outcome.end;
    result.reconcileErrorCode = outcome.errorCode;
    m_orders.clear();
    m_orderIndex.clear();
    emit finished(result);
}

bool OrderSync::usesBulk() const
{
    return m_mode == Mode::Full && m_bulkThreshold > 0 && m_total > m_bulkThreshold;
}

bool OrderSync::storeBatch(const QList<Order> &orders)
{
    if (orders.isEmpty())
        return true;
    // Whole orders, each batch its own transaction; nothing is removed before the end.
    m_batchError = m_book->apply(orders, {}, {}, QDateTime::currentDateTimeUtc());
    if (m_batchError.isError())
        return false;
    for (const Order &order : orders) {
        m_seen.insert(order.id);
        m_newest = std::max(m_newest, order.updatedAt);
        m_hiddenStored += order.customerHidden ? 1 : 0;
    }
    return true;
}

void OrderSync::finishOpenPart()
{
    m_openPart = false;
    if (!storeBatch(m_orders))
        return failStore();
    m_openCount = int(m_seen.size()); // each page was stored as it came
    m_orders.clear();
    m_orderIndex.clear();
    emit openOrdersStored(m_openCount);
    m_historyPart = true;
    startHistory();
}

void OrderSync::startHistory()
{
    QString id;
    m_book->syncValue(QString::fromLatin1(kBulkOperationKey), &id);
    if (!id.isEmpty()) {
        qCInfo(lcSync) << "picking up the history's bulk query" << id;
        m_startedNewBulk = false;
        m_bulk->resume(id);
    } else {
        m_startedNewBulk = true;
        m_bulk->start(m_bulkQueryText);
    }
}

void OrderSync::handleHistory(const BulkQueryOutcome &outcome)
{
    using End = BulkQueryOutcome::End;
    const QString key = QString::fromLatin1(kBulkOperationKey);
    switch (outcome.end) {
    case End::Completed:
        m_historyUrl = outcome.url;
        if (outcome.url.isEmpty())
            return rereadLaterParents(); // nothing matched: no history to read
        m_downloadAttempts = 0;
        return downloadHistory();
    case End::Expired:
        m_book->setSyncValue(key, QString());
        if (!m_startedNewBulk) {
            // What an earlier sync started is gone: ask again.
            m_startedNewBulk = true;
            m_bulk->start(m_bulkQueryText);
            return;
        }
        return failHistory(SyncResult::History::Expired, outcome.id);
    case End::Failed:
        // A failed one cannot be resumed; its partial data is not used, the next sync reads
        // the history whole.
        m_book->setSyncValue(key, QString());
        if (outcome.errorCode == kAccessDenied)
            return pageHistory(outcome.id);
        return failHistory(SyncResult::History::Failed, outcome.id, outcome.errorCode);
    case End::Canceled:
        m_book->setSyncValue(key, QString());
        return failHistory(SyncResult::History::Canceled, outcome.id);
    case End::Refused:
        return failHistory(outcome.otherRunning ? SyncResult::History::OtherRunning
                                                : SyncResult::History::Refused,
                           outcome.refusal);
    case End::Error:
        // The shop could not be asked (offline, token): the next sync resumes it.
        return fail(outcome.error);
    }
}

void OrderSync::pageHistory(const QString &operationId)
{
    // A shop that did not grant the app its customers' data (Shopify's protected customer
    // data) would refuse every bulk query that names an email or an address, every time; a
    // page answers those fields null with an error, which the sync keeps as "customer
    // hidden". Slower, but the first sync ends.
    qCInfo(lcSync) << "the history's bulk query" << operationId
                   << "was refused (ACCESS_DENIED): paging the history instead";
    m_historyPaged = true;
    m_cursor.clear();
    m_hasNextPage = false;
    m_pageSize = m_maxPageSize;
    requestPage();
}

void OrderSync::downloadHistory()
{
    ++m_downloadAttempts;
    m_reader = std::make_unique<JsonlOrderReader>();
    m_batch.clear();
    m_download->start(m_historyUrl, [this](const QByteArray &line) {
        if (!m_reader->addLine(line))
            return false;
        m_batch += m_reader->takeOrders();
        if (m_batch.size() < m_bulkBatch)
            return true;
        const qsizetype stored = m_batch.size();
        if (!storeBatch(std::exchange(m_batch, {})))
            return false;
        m_historyStored += stored;
        emit historyStored(m_historyStored);
        return true;
    });
}

void OrderSync::handleDownloadEnd(bool ok, const QString &problem, bool expired)
{
    if (!m_running || !m_historyPart)
        return;
    if (m_batchError.isError())
        return failStore();
    if (m_reader && !m_reader->problem().isEmpty()) {
        m_book->setSyncValue(QString::fromLatin1(kBulkOperationKey), QString());
        return fail(badShape(u"bulk result: "_s + m_reader->problem()));
    }
    if (!ok && expired) {
        m_book->setSyncValue(QString::fromLatin1(kBulkOperationKey), QString());
        if (!m_startedNewBulk) {
            m_startedNewBulk = true;
            m_bulk->start(m_bulkQueryText);
            return;
        }
        return failHistory(SyncResult::History::Expired, problem);
    }
    if (!ok) {
        qCWarning(lcSync) << "the history's download broke off:" << problem;
        if (m_downloadAttempts < kDownloadAttempts)
            return downloadHistory(); // from the start: what is stored again is the same
        return failHistory(SyncResult::History::DownloadBroken, problem);
    }
    m_batch += m_reader->finish();
    if (!m_reader->problem().isEmpty()) {
        m_book->setSyncValue(QString::fromLatin1(kBulkOperationKey), QString());
        return fail(badShape(u"bulk result: "_s + m_reader->problem()));
    }
    const qsizetype stored = m_batch.size();
    if (!storeBatch(std::exchange(m_batch, {})))
        return failStore();
    m_historyStored += stored;
    emit historyStored(m_historyStored);
    m_reread = m_reader->laterParents();
    m_reader.reset();
    rereadLaterParents();
}

void OrderSync::rereadLaterParents()
{
    // Orders whose line items or fulfillment orders came after the order had been stored
    // (Shopify promises children after their parent, not right after it): read whole.
    if (m_reread.isEmpty())
        return finish();
    const QString id = m_reread.takeFirst();
    QJsonObject variables{{"id"_L1, id}};
    m_sizes.addTo(variables);
    ShopifyReply *reply = send(m_orderOperation, variables);
    connect(reply, &ShopifyReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk())
            return fail(reply->error());
        OrderOverflow overflow;
        Parsed<std::optional<Order>> parsed
            = OrderParser::order(reply->data(), m_sizes, &overflow, reply->fieldErrors());
        if (!parsed.isOk())
            return fail(badShape(parsed.problem));
        if (!parsed.value) {
            m_seen.remove(id); // gone since: removed at the end
        } else if (!overflow.isEmpty()) {
            m_completer->complete({*parsed.value}, {overflow});
            return;
        } else {
            keepOrders({*parsed.value});
        }
        rereadLaterParents();
    });
}

void OrderSync::failStore()
{
    m_running = false;
    dropListedRows();
    m_bulk->stopFollowing();
    m_download->abort();
    SyncResult result;
    result.storeError = m_batchError;
    result.requestCount = m_requests + m_completer->requestCount();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.openOrderCount = m_openCount;
    result.historyStored = m_historyStored;
    qCWarning(lcSync) << "storing the sync failed:" << m_batchError.detail;
    m_orders.clear();
    m_orderIndex.clear();
    m_seen.clear();
    emit finished(result);
}

void OrderSync::failHistory(SyncResult::History history,
                            const QString &detail,
                            const QString &errorCode)
{
    m_running = false;
    dropListedRows();
    SyncResult result = endedResult();
    result.history = history;
    result.historyErrorCode = errorCode;
    result.openOrderCount = m_openCount;
    result.historyStored = m_historyStored;
    result.orderCount = int(m_seen.size());
    qCWarning(lcSync) << "the history was not read:" << int(history) << errorCode << detail;
    m_orders.clear();
    m_orderIndex.clear();
    m_seen.clear();
    m_reader.reset();
    emit finished(result);
}
