#include "core/demostore/OrderIndex.h"

#include <algorithm>

namespace demostore {

OrderIndex::OrderIndex(const StoreData &data)
    : m_data(data)
{}

qint64 OrderIndex::sortValue(const Order &order, OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::CreatedAt:
        return order.createdAt;
    case OrderSortKey::UpdatedAt:
        return order.updatedAt;
    case OrderSortKey::ProcessedAt:
        return order.processedAt;
    case OrderSortKey::OrderNumber:
        return order.number;
    case OrderSortKey::Id:
        break;
    }
    return order.id;
}

std::optional<OrderSortKey> OrderIndex::keyFromShopify(const QString &name)
{
    if (name == u"CREATED_AT")
        return OrderSortKey::CreatedAt;
    if (name == u"UPDATED_AT")
        return OrderSortKey::UpdatedAt;
    if (name == u"PROCESSED_AT")
        return OrderSortKey::ProcessedAt;
    if (name == u"ORDER_NUMBER")
        return OrderSortKey::OrderNumber;
    static const QStringList sortedAsId{QStringLiteral("ID"),
                                        QStringLiteral("CURRENT_TOTAL_PRICE"),
                                        QStringLiteral("CUSTOMER_NAME"),
                                        QStringLiteral("DESTINATION"),
                                        QStringLiteral("FINANCIAL_STATUS"),
                                        QStringLiteral("FULFILLMENT_STATUS"),
                                        QStringLiteral("PO_NUMBER"),
                                        QStringLiteral("RELEVANCE"),
                                        QStringLiteral("TOTAL_ITEMS_QUANTITY"),
                                        QStringLiteral("TOTAL_PRICE")};
    if (sortedAsId.contains(name))
        return OrderSortKey::Id;
    return std::nullopt;
}

const QList<int> &OrderIndex::ascending(OrderSortKey key)
{
    const auto k = size_t(key);
    // version() starts at 1 after the first touch(), so 0 means "never built".
    if (m_builtFor[k] != m_data.version() || m_sorted[k].size() != m_data.orders.size()) {
        QList<int> positions(m_data.orders.size());
        for (int i = 0; i < positions.size(); ++i)
            positions[i] = i;
        const auto &orders = m_data.orders;
        std::sort(positions.begin(), positions.end(), [&orders, key](int a, int b) {
            const qint64 va = sortValue(orders[a], key);
            const qint64 vb = sortValue(orders[b], key);
            return va != vb ? va < vb : orders[a].id < orders[b].id;
        });
        m_sorted[k] = positions;
        m_builtFor[k] = m_data.version();
    }
    return m_sorted[k];
}

} // namespace demostore
