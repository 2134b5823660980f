#pragma once

#include "core/demostore/StoreData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace demostore {

// The `query` argument of orders and ordersCount: a documented subset of Shopify's search
// syntax (see docs/demostore.md).
// - terms are joined by spaces or AND; OR between terms gives alternatives (AND binds
//   tighter); a term preceded by '-' or NOT is negated
// - field:value, with >, >=, < or <= after the colon for dates and ids; values may be quoted
//   with ' or "
// - fields: created_at, updated_at, processed_at (an ISO 8601 date-time, compared to the
//   millisecond; a date, month or year meaning that whole UTC span; `now`), status (open,
//   closed, cancelled, not_closed, any), fulfillment_status, financial_status, id (number or
//   global id), name ("#1001" or "1001"), email, sku, customer_id
// - text without a field matches the order name, email, customer and shipping name
// - anything else (unknown fields, bad values, parentheses) is ignored, listed in
//   ignoredTerms(): the query then matches as if the term were not there
class OrderSearch final
{
public:
    // `nowMs` is what `now` in a time term means (milliseconds since the epoch, UTC).
    explicit OrderSearch(const QString &query = {}, qint64 nowMs = 0);

    bool matches(const Order &order, const StoreData &data) const;
    bool isEmpty() const { return m_alternatives.isEmpty(); }
    const QStringList &ignoredTerms() const { return m_ignored; }

private:
    enum class Field {
        Text,
        CreatedAt,
        UpdatedAt,
        ProcessedAt,
        Status,
        FulfillmentStatus,
        FinancialStatus,
        Id,
        Name,
        Email,
        Sku,
        CustomerId,
    };
    enum class Comparison { Equal, Greater, GreaterOrEqual, Less, LessOrEqual };

    struct Term
    {
        Field field = Field::Text;
        Comparison comparison = Comparison::Equal;
        bool negated = false;
        QString text; // lower-cased, for text and names
        // Ids, or times in milliseconds: an equality on a day (month, year) is [low, high].
        qint64 low = 0;
        qint64 high = 0;
        QList<int> statuses; // enum values that match, for the status fields
    };

    bool parseTerm(const QString &token, Term *term) const;
    bool matches(const Term &term, const Order &order, const StoreData &data) const;

    qint64 m_nowMs = 0;
    QList<QList<Term>> m_alternatives; // OR of ANDs
    QStringList m_ignored;
};

} // namespace demostore
