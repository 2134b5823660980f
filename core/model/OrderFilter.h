#pragma once

#include "core/model/OrderView.h"
#include "core/model/Statuses.h"

#include <QString>

#include <optional>

struct OrderSummary;

// Which orders a view shows: an OrderView (all orders, the open orders of one fulfilment
// status, archived or cancelled ones) and a search term matched, ignoring case, against the
// order name, customer name and email, SKUs and tracking numbers. A plain value shared by the
// order table, the status counts and the CLI.
class OrderFilter final
{
public:
    OrderFilter() = default;

    void setView(const OrderView &view) { m_view = view; }
    const OrderView &view() const { return m_view; }
    // The open orders of a status; no status means all orders.
    void setStatus(std::optional<OrderFulfillmentStatus> status);

    // Leading and trailing spaces are ignored; an empty term matches everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchTerm; }

    bool matchesStatus(const OrderSummary &order) const;
    bool matchesSearch(const OrderSummary &order) const;
    bool matches(const OrderSummary &order) const;

    // Everything the search looks in, case-folded in one string: a table of many orders keeps
    // one per order and matches them with matchesSearchText(), without folding per keystroke.
    static QString searchText(const OrderSummary &order);
    bool matchesSearchText(QStringView foldedText) const;
    // Whether `narrower` shows a subset of what this filter shows, so only the rows shown now
    // need matching again (a search term typed further, nothing else changed).
    bool isNarrowedBy(const OrderFilter &narrower) const;

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;

private:
    OrderView m_view;
    QString m_searchTerm; // trimmed and case-folded
};
