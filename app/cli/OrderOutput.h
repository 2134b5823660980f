#pragma once

#include "core/model/Order.h"
#include "core/model/PackingRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// How `smidig-cli orders` prints orders: a table for people, CSV for spreadsheets, or JSON
// whose field names are Shopify's GraphQL names, so scripts written against Shopify's API
// read it without a lookup table. The one field of Smidig's own, packingHistory, says which
// station and packer sent the order's fulfilments, from the local store.
class OrderOutput final
{
    Q_DECLARE_TR_FUNCTIONS(OrderOutput)

public:
    enum class Format { Table, Csv, Json };

    // "table", "csv" or "json"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);

    // Packing records by order id (JSON only).
    using PackingByOrder = QHash<QString, QList<PackingRecord>>;

    static QByteArray render(const QList<Order> &orders,
                             Format format,
                             const PackingByOrder &packing = {});
    static QByteArray json(const QList<Order> &orders, const PackingByOrder &packing = {});
    static QByteArray csv(const QList<Order> &orders);
    static QByteArray table(const QList<Order> &orders);
};
