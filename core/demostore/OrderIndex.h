#pragma once

#include "core/demostore/StoreData.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace demostore {

// Shopify's OrderSortKeys that the demo store sorts by; the others sort as ID.
enum class OrderSortKey { CreatedAt, UpdatedAt, ProcessedAt, Id, OrderNumber };

// The store's orders in each sort order, built on first use and rebuilt when the data's
// version changes, so paging through a big store does not sort it for every page.
class OrderIndex final
{
public:
    explicit OrderIndex(const StoreData &data);

    // Order positions ascending by (sort value, id).
    const QList<int> &ascending(OrderSortKey key);
    static qint64 sortValue(const Order &order, OrderSortKey key);
    // Nothing for a name that is not one of Shopify's OrderSortKeys.
    static std::optional<OrderSortKey> keyFromShopify(const QString &name);

private:
    const StoreData &m_data;
    std::array<QList<int>, 5> m_sorted;
    std::array<quint64, 5> m_builtFor{};
};

} // namespace demostore
