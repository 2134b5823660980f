#include "core/stock/InventorySync.h"

#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"
#include "core/stock/InventoryParser.h"
#include "core/storage/InventoryBook.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInventory, "smidig.inventory")

InventorySync::InventorySync(ShopifyClient *client, InventoryBook *book, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_book(book)
    , m_operation(GraphqlOperation::load(u":/graphql/inventory.graphql"_s, u"InventoryItems"_s))
{}

InventorySync::~InventorySync()
{
    // A request still out (the app quitting mid-sync): the client drops it, and its reply,
    // which nobody else deletes, goes with us. The asan build's leak check found it.
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->abort();
        delete m_current;
    }
}

int InventorySync::plannedBatchSize() const
{
    // Priced as Shopify prices it (the client learns that from its answers).
    const double limit = m_client->costLimit();
    auto cost = [this](int ids) {
        QJsonArray list;
        for (int i = 0; i < ids; ++i)
            list.append(u"gid://shopify/InventoryItem/%1"_s.arg(i));
        return m_client->estimatedCost(m_operation,
                                       QJsonObject{{"ids"_L1, list},
                                                   {"levels"_L1, m_levelsPerItem}});
    };
    int low = 1;
    int high = std::min(m_maxBatch, m_batchCap);
    if (cost(low) > limit)
        return 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (cost(middle) <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

void InventorySync::start()
{
    if (m_running) {
        m_fullQueued = true;
        return;
    }
    QStringList items;
    const StoreError error = m_book->demandedItems(&items);
    if (error.isError()) {
        InventorySyncResult result;
        result.storeError = error;
        emit finished(result);
        return;
    }
    run(true, items);
}

void InventorySync::refresh(const QStringList &itemIds)
{
    if (itemIds.isEmpty())
        return;
    if (m_running) {
        for (const QString &id : itemIds) {
            if (!m_queuedItems.contains(id))
                m_queuedItems.append(id);
        }
        return;
    }
    run(false, itemIds);
}

void InventorySync::run(bool full, const QStringList &itemIds)
{
    m_running = true;
    m_full = full;
    m_itemIds = itemIds;
    m_next = 0;
    m_levels.clear();
    m_result = {};
    m_result.full = full;
    m_batchCap = 250;
    requestBatch();
}

void InventorySync::requestBatch()
{
    if (m_next >= m_itemIds.size())
        return finish();
    const int size = plannedBatchSize();
    const QStringList batch = m_itemIds.mid(m_next, size);
    m_next += batch.size();
    ++m_result.requestCount;
    ShopifyReply *reply = m_client->send(m_operation,
                                         QJsonObject{{"ids"_L1, QJsonArray::fromStringList(batch)},
                                                     {"levels"_L1, m_levelsPerItem}});
    m_current = reply;
    connect(reply, &ShopifyReply::finished, this, [this, reply, sent = int(batch.size())] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->isOk()) {
            // Shopify prices it higher than we did: send these ids again in smaller requests,
            // as many as the price Shopify just taught the client allows, else half as many.
            if (reply->error().kind == ShopifyError::Kind::MaxCostExceeded && sent > 1) {
                const int planned = plannedBatchSize();
                m_batchCap = planned < sent ? planned : std::max(1, sent / 2);
                m_next -= sent;
                qCWarning(lcInventory)
                    << "request too costly for Shopify; trying" << m_batchCap << "items";
                return requestBatch();
            }
            return fail(reply->error());
        }
        Parsed<InventoryPage> page = InventoryParser::inventoryItems(reply->data());
        if (!page.isOk()) {
            ShopifyError error;
            error.kind = ShopifyError::Kind::BadResponse;
            error.detail = page.problem;
            return fail(error);
        }
        m_levels.append(page.value.levels);
        m_result.itemCount += int(page.value.foundItemIds.size());
        m_result.overflowItemIds.append(page.value.overflowItemIds);
        requestBatch();
    });
}

void InventorySync::finish()
{
    m_running = false;
    if (!m_result.overflowItemIds.isEmpty())
        qCWarning(lcInventory) << m_result.overflowItemIds.size() << "items have more than"
                               << m_levelsPerItem << "locations; the rest are not shown";
    m_result.storeError = m_full ? m_book->replaceAll(m_levels)
                                 : m_book->replaceItems(m_itemIds, m_levels);
    m_levels.clear();
    const InventorySyncResult result = m_result;
    emit finished(result);
    startNext();
}

void InventorySync::fail(const ShopifyError &error)
{
    m_running = false;
    m_levels.clear();
    m_result.shopError = error;
    qCWarning(lcInventory) << "inventory sync failed:" << error.kindName() << error.detail;
    const InventorySyncResult result = m_result;
    emit finished(result);
    startNext();
}

void InventorySync::startNext()
{
    if (m_running)
        return; // a slot connected to finished() started one
    if (m_fullQueued) {
        m_fullQueued = false;
        m_queuedItems.clear(); // a full run reads those too
        start();
    } else if (!m_queuedItems.isEmpty()) {
        const QStringList items = m_queuedItems;
        m_queuedItems.clear();
        refresh(items);
    }
}
