#include "core/model/OrderFilter.h"

#include "core/model/OrderSummary.h"
#include "core/model/TextSearch.h"

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
    return m_searchTerm.isEmpty() || matchesSearchText(searchText(order));
}

QString OrderFilter::searchText(const OrderSummary &order)
{
    // A line break between the fields: a term typed in one line never spans two of them.
    const QChar separator = u'\n';
    return QString(order.name + separator + order.customerName + separator + order.email + separator
                   + order.skus + separator + order.trackingNumbers)
        .toCaseFolded();
}

bool OrderFilter::matchesSearchText(QStringView foldedText) const
{
    return TextSearch::contains(foldedText, m_searchTerm);
}

bool OrderFilter::isNarrowedBy(const OrderFilter &narrower) const
{
    OrderFilter sameTerm = narrower;
    sameTerm.m_searchTerm = m_searchTerm;
    return sameTerm == *this && narrower.m_searchTerm.contains(m_searchTerm);
}

bool OrderFilter::matches(const OrderSummary &order) const
{
    return matchesStatus(order) && matchesSearch(order);
}
