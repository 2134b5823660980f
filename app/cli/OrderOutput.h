#pragma once

#include "core/model/Order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// How `smidig-cli orders` prints orders: a table for people, CSV for spreadsheets, or JSON
// whose field names are Shopify's GraphQL names, so scripts written against Shopify's API
// read it without a lookup table.
class OrderOutput final
{
    Q_DECLARE_TR_FUNCTIONS(OrderOutput)

public:
    enum class Format { Table, Csv, Json };

    // "table", "csv" or "json"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);

    static QByteArray render(const QList<Order> &orders, Format format);
    static QByteArray json(const QList<Order> &orders);
    static QByteArray csv(const QList<Order> &orders);
    static QByteArray table(const QList<Order> &orders);
};
