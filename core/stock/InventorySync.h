#pragma once

#include "core/model/InventoryLevel.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/ShopifyError.h"
#include "core/stock/InventorySyncResult.h"
#include "core/storage/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class InventoryBook;
class ShopifyClient;
class ShopifyReply;

// Reads the stock of the inventory items open orders need (InventoryItems, by id) and
// stores it in the InventoryBook. A full run replaces every level; refresh() re-reads a few
// items (after a fulfilment) and replaces theirs. Each request holds as many ids as keep it
// under Shopify's single-query cost limit and the bucket's size. What a run read is stored at
// its end in one transaction; a failed run stores nothing. Requests asked for while a run
// goes are run after it.
class InventorySync final : public QObject
{
    Q_OBJECT

public:
    InventorySync(ShopifyClient *client, InventoryBook *book, QObject *parent = nullptr);
    ~InventorySync() override;

    // How many locations one request reads per item (default 10).
    void setLevelsPerItem(int levels) { m_levelsPerItem = std::clamp(levels, 1, 250); }
    // The most ids in one request, whatever the cost allows (Shopify's maximum is 250).
    void setMaxBatchSize(int ids) { m_maxBatch = std::clamp(ids, 1, 250); }

    bool isRunning() const { return m_running; }
    // Every item open orders need.
    void start();
    // Only these items; the others keep their levels.
    void refresh(const QStringList &itemIds);

    // The number of ids per request the cost limits allow now.
    int plannedBatchSize() const;

signals:
    void finished(const InventorySyncResult &result);

private:
    void run(bool full, const QStringList &itemIds);
    void requestBatch();
    void finish();
    void fail(const ShopifyError &error);
    void startNext();

    ShopifyClient *m_client;
    InventoryBook *m_book;
    GraphqlOperation m_operation;
    int m_levelsPerItem = 10;
    int m_maxBatch = 250;
    int m_batchCap = 250; // lowered for the run when Shopify refuses a request as too costly

    bool m_running = false;
    bool m_full = false;
    bool m_fullQueued = false;
    QStringList m_queuedItems;
    QStringList m_itemIds;
    qsizetype m_next = 0;
    QList<InventoryLevel> m_levels;
    InventorySyncResult m_result;
    QPointer<ShopifyReply> m_current;
};
