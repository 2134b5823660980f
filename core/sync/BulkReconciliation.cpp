#include "core/sync/BulkReconciliation.h"

#include "core/shopify/BulkDownload.h"
#include "core/shopify/BulkQuery.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/JsonlOrderReader.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/OrderBook.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBulkReconcile, "smidig.sync.reconcile")

namespace {

const QString kOpenOrdersQuery = u":/graphql/bulk-open-orders.graphql"_s;
// A broken download is tried this many times in all before the reconciliation gives up.
constexpr int kDownloadAttempts = 3;

const FulfillmentOrder *findFulfillmentOrder(const Order &order, const QString &id)
{
    const auto it = std::find_if(order.fulfillmentOrders.cbegin(),
                                 order.fulfillmentOrders.cend(),
                                 [&id](const FulfillmentOrder &fo) { return fo.id == id; });
    return it == order.fulfillmentOrders.cend() ? nullptr : &*it;
}

} // namespace

BulkReconciliation::BulkReconciliation(ShopifyClient *client, OrderBook *book, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_query(new BulkQuery(client, this))
    , m_download(new BulkDownload(client->network(), this))
    , m_queryText(GraphqlOperation::load(kOpenOrdersQuery, u"BulkOpenOrders"_s).text())
{
    connect(m_query, &BulkQuery::started, this, [this](const QString &id) {
        // Kept until its file is read, so a reconciliation that breaks off picks it up again.
        m_book->setSyncValue(QString::fromLatin1(kOperationKey), id);
    });
    connect(m_query, &BulkQuery::progress, this, &BulkReconciliation::progress);
    connect(m_query, &BulkQuery::waitingForOther, this, &BulkReconciliation::waitingForOther);
    connect(m_query, &BulkQuery::finished, this, [this](const BulkQueryOutcome &outcome) {
        if (m_running)
            handleQuery(outcome);
    });
    connect(m_download, &BulkDownload::finished, this, &BulkReconciliation::handleDownloadEnd);
}

BulkReconciliation::~BulkReconciliation() = default;

void BulkReconciliation::setPollInterval(std::chrono::milliseconds first,
                                         std::chrono::milliseconds most)
{
    m_query->setPollInterval(first, most);
}

void BulkReconciliation::start()
{
    if (m_running)
        return;
    m_running = true;
    m_downloadAttempts = 0;
    m_orders.clear();
    m_reread.clear();
    m_reader.reset();
    QString id;
    m_book->syncValue(QString::fromLatin1(kOperationKey), &id);
    if (id.isEmpty())
        return startNew();
    qCInfo(lcBulkReconcile) << "picking up the reconciliation's bulk query" << id;
    m_startedNew = false;
    m_query->resume(id);
}

void BulkReconciliation::startNew()
{
    m_startedNew = true;
    m_query->start(m_queryText);
}

void BulkReconciliation::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_query->stopFollowing();
    m_download->abort();
    m_reader.reset();
    m_orders.clear();
    m_reread.clear();
}

void BulkReconciliation::forgetOperation()
{
    m_book->setSyncValue(QString::fromLatin1(kOperationKey), QString());
}

void BulkReconciliation::handleQuery(const BulkQueryOutcome &outcome)
{
    using End = BulkQueryOutcome::End;
    using History = SyncResult::History;
    switch (outcome.end) {
    case End::Completed:
        m_url = outcome.url;
        if (m_url.isEmpty()) {
            // Nothing matched: no order is open in the shop.
            forgetOperation();
            BulkReconciliationOutcome read;
            read.end = History::Read;
            return end(read);
        }
        return download();
    case End::Expired:
        forgetOperation();
        if (!m_startedNew)
            return startNew(); // what an earlier reconciliation started is gone: ask again
        return fail(History::Expired, outcome.id);
    case End::Failed:
        // A failed one cannot be resumed; its partial data is not used.
        forgetOperation();
        return fail(History::Failed, outcome.id, outcome.errorCode);
    case End::Canceled:
        forgetOperation();
        return fail(History::Canceled, outcome.id);
    case End::Refused:
        return fail(outcome.otherRunning ? History::OtherRunning : History::Refused,
                    outcome.refusal);
    case End::Error: {
        // The shop could not be asked (offline, token): the next reconciliation resumes it.
        BulkReconciliationOutcome failed;
        failed.error = outcome.error;
        return end(failed);
    }
    }
}

void BulkReconciliation::download()
{
    ++m_downloadAttempts;
    m_reader = std::make_unique<JsonlOrderReader>();
    m_orders.clear();
    m_reread.clear();
    m_download->start(m_url, [this](const QByteArray &line) {
        if (!m_reader->addLine(line))
            return false;
        take(m_reader->takeOrders());
        return true;
    });
}

void BulkReconciliation::handleDownloadEnd(bool ok, const QString &problem, bool expired)
{
    if (!m_running)
        return;
    const auto badFile = [this] {
        forgetOperation();
        BulkReconciliationOutcome failed;
        failed.error.kind = ShopifyError::Kind::BadResponse;
        failed.error.detail = u"bulk result: "_s + m_reader->problem();
        end(failed);
    };
    if (m_reader && !m_reader->problem().isEmpty())
        return badFile();
    if (!ok && expired) {
        forgetOperation();
        if (!m_startedNew)
            return startNew();
        return fail(SyncResult::History::Expired, problem);
    }
    if (!ok) {
        qCWarning(lcBulkReconcile) << "the open orders' download broke off:" << problem;
        if (m_downloadAttempts < kDownloadAttempts)
            return download(); // from the start
        return fail(SyncResult::History::DownloadBroken, problem);
    }
    take(m_reader->finish());
    if (!m_reader->problem().isEmpty())
        return badFile();
    // Orders whose children came after they were handed out (or whose shipments may be more
    // than the list holds) are read again whole, never stored from the bulk copy.
    const QStringList later = m_reader->laterParents();
    const QSet<QString> laterSet(later.cbegin(), later.cend());
    m_orders.removeIf([&laterSet](const Order &order) { return laterSet.contains(order.id); });
    for (const QString &id : later) {
        if (!m_reread.contains(id))
            m_reread.append(id);
    }
    forgetOperation(); // read: the next reconciliation asks anew
    BulkReconciliationOutcome read;
    read.end = SyncResult::History::Read;
    read.orders = std::exchange(m_orders, {});
    read.reread = std::exchange(m_reread, {});
    qCInfo(lcBulkReconcile) << read.orders.size() << "open orders read in bulk,"
                            << read.reread.size() << "to read again whole";
    end(read);
}

void BulkReconciliation::take(const QList<Order> &orders)
{
    if (orders.isEmpty())
        return;
    // The stored copies of the whole part at once: one read per order stalled the window for
    // seconds on a shop with thousands of open orders.
    QStringList ids;
    ids.reserve(orders.size());
    for (const Order &order : orders)
        ids.append(order.id);
    QList<Order> storedOrders;
    // A store that cannot be read is no reason to trust the bulk copies: read them whole.
    const bool unreadable = m_book->orders(ids, &storedOrders).isError();
    // The stored copies come in the order asked for, those not stored left out: one walk
    // along both lists pairs them.
    qsizetype next = 0;
    for (Order order : orders) {
        const Order *stored = nullptr;
        if (next < storedOrders.size() && storedOrders.at(next).id == order.id)
            stored = &storedOrders.at(next++);
        if (unreadable || needsReread(order, stored)) {
            m_reread.append(order.id);
            continue;
        }
        for (FulfillmentOrder &fo : order.fulfillmentOrders)
            fo.lineItems = findFulfillmentOrder(*stored, fo.id)->lineItems;
        m_orders.append(std::move(order));
    }
}

bool BulkReconciliation::needsReread(const Order &order, const Order *stored) const
{
    if (order.fulfillmentOrders.isEmpty())
        return false; // nothing without its lines (not routed yet, or out of the app's sight)
    if (!stored || stored->updatedAt != order.updatedAt)
        return true; // new here, or changed since it was stored: read what changed whole
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        const FulfillmentOrder *known = findFulfillmentOrder(*stored, fo.id);
        if (!known || !fo.updatedAt.isValid() || known->updatedAt != fo.updatedAt
            || known->lineItems.isEmpty())
            return true;
    }
    return false;
}

void BulkReconciliation::fail(SyncResult::History history,
                              const QString &detail,
                              const QString &errorCode)
{
    BulkReconciliationOutcome failed;
    failed.end = history;
    failed.detail = detail;
    failed.errorCode = errorCode;
    qCWarning(lcBulkReconcile) << "the open orders were not read in bulk:" << int(history)
                               << errorCode << detail;
    end(failed);
}

void BulkReconciliation::end(const BulkReconciliationOutcome &outcome)
{
    m_running = false;
    m_reader.reset();
    m_orders.clear();
    m_reread.clear();
    emit finished(outcome);
}
