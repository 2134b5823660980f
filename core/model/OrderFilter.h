#pragma once

#include "Statuses.h"

#include <QString>

#include <optional>

struct OrderSummary;

// Which orders a view shows: one fulfilment status (or all) and a search term matched,
// ignoring case, against the order name, customer name and email, SKUs and tracking
// numbers. A plain value shared by the order table, the status counts and the CLI.
class OrderFilter final
{
public:
    OrderFilter() = default;

    // No status means every status.
    void setStatus(std::optional<OrderFulfillmentStatus> status);
    std::optional<OrderFulfillmentStatus> status() const { return m_status; }

    // Leading and trailing spaces are ignored; an empty term matches everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchTerm; }

    bool matchesStatus(const OrderSummary &order) const;
    bool matchesSearch(const OrderSummary &order) const;
    bool matches(const OrderSummary &order) const;

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;

private:
    std::optional<OrderFulfillmentStatus> m_status;
    QString m_searchTerm; // trimmed and case-folded
};
