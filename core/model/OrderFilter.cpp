#include "OrderFilter.h"

#include "OrderSummary.h"

namespace {

bool containsFolded(const QString &haystack, const QString &foldedNeedle)
{
    return haystack.contains(foldedNeedle, Qt::CaseInsensitive);
}

} // namespace

void OrderFilter::setStatus(std::optional<OrderFulfillmentStatus> status)
{
    m_view = status ? OrderView::ofStatus(*status) : OrderView::all();
}

void OrderFilter::setSearchText(const QString &text)
{
    m_searchTerm = text.trimmed().toCaseFolded();
}

bool OrderFilter::matchesStatus(const OrderSummary &order) const
{
    return m_view.contains(order);
}

bool OrderFilter::matchesSearch(const OrderSummary &order) const
{
    if (m_searchTerm.isEmpty())
        return true;
    return containsFolded(order.name, m_searchTerm) || containsFolded(order.customerName, m_searchTerm)
        || containsFolded(order.email, m_searchTerm) || containsFolded(order.skus, m_searchTerm)
        || containsFolded(order.trackingNumbers, m_searchTerm);
}

bool OrderFilter::matches(const OrderSummary &order) const
{
    return matchesStatus(order) && matchesSearch(order);
}
