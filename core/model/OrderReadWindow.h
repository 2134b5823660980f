#pragma once

#include <QDateTime>

// Which orders Shopify shows the app: every order with the read_all_orders scope, otherwise
// only those created in the last 60 days. An open order that a sync no longer sees may have
// left that window (a backorder, a pre-order) rather than have been deleted; such an order
// is kept and marked as no longer readable, never dropped.
class OrderReadWindow final
{
public:
    static constexpr int kDays = 60;
    // Shopify counts the days by its own clock: orders within a day of the edge are taken as
    // possibly outside, so a few minutes of difference between the clocks never drops one.
    static constexpr int kMarginDays = 1;

    OrderReadWindow(bool readsAllOrders, const QDateTime &now)
        : m_readsAllOrders(readsAllOrders)
        , m_edgeMs(now.addDays(-(kDays - kMarginDays)).toMSecsSinceEpoch())
    {}

    // Whether Shopify may hide an order created then from this app.
    bool mayHide(qint64 createdAtMs) const { return !m_readsAllOrders && createdAtMs < m_edgeMs; }

private:
    bool m_readsAllOrders;
    qint64 m_edgeMs;
};
