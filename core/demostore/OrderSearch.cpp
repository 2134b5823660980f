#include "core/demostore/OrderSearch.h"

#include "core/demostore/StoreJson.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace demostore {

namespace {

constexpr int kOpen = 0;
constexpr int kClosed = 1;
constexpr int kCancelled = 2;
constexpr int kNotClosed = 3;

// Splits on white space outside quotes; quotes stay in the token.
QStringList tokens(const QString &query)
{
    QStringList result;
    QString current;
    QChar quote;
    for (const QChar c : query) {
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            current += c;
            quote = c;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString unquoted(QString text)
{
    if (text.size() >= 2 && (text.front() == u'\'' || text.front() == u'"')
        && text.back() == text.front())
        return text.mid(1, text.size() - 2);
    return text;
}

QDateTime utc(const QDate &date, const QTime &time)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, Qt::UTC);
#else
    return QDateTime(date, time, QTimeZone::UTC);
#endif
}

// A time as [low, high] in milliseconds since the epoch: a date-time is one instant (to the
// millisecond, as sent; no zone means UTC), a date, a month ("2026-01") or a year ("2026") the
// whole UTC span, `now` the store's current time.
bool parseTime(const QString &text, qint64 nowMs, qint64 *low, qint64 *high)
{
    if (text.compare(u"now", Qt::CaseInsensitive) == 0) {
        *low = *high = nowMs;
        return true;
    }
    if (text.contains(u'T')) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return false;
        if (t.timeSpec() == Qt::LocalTime) // no zone given: read in UTC here
            t = utc(t.date(), t.time());
        *low = *high = t.toMSecsSinceEpoch();
        return true;
    }
    QDate first;
    QDate last;
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (year.match(text).hasMatch()) {
        first = QDate(text.toInt(), 1, 1);
        last = first.addYears(1);
    } else if (month.match(text).hasMatch()) {
        first = QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), 1);
        last = first.addMonths(1);
    } else {
        first = QDate::fromString(text, Qt::ISODate);
        last = first.addDays(1);
    }
    if (!first.isValid())
        return false;
    *low = utc(first, QTime(0, 0)).toMSecsSinceEpoch();
    *high = utc(last, QTime(0, 0)).toMSecsSinceEpoch() - 1;
    return true;
}

std::optional<qint64> parseId(const QString &text, QStringView type)
{
    if (const auto id = StoreJson::idFromGid(text, type))
        return id;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QList<int> statusesFor(const QString &value, const QList<std::pair<const char *, QList<int>>> &table)
{
    for (const auto &[name, statuses] : table) {
        if (value == QLatin1StringView(name))
            return statuses;
    }
    return {};
}

} // namespace

OrderSearch::OrderSearch(const QString &query, qint64 nowMs)
    : m_nowMs(nowMs)
{
    QList<Term> current;
    bool negateNext = false;
    for (const QString &token : tokens(query)) {
        if (token == u"AND")
            continue;
        if (token == u"OR") {
            if (!current.isEmpty())
                m_alternatives.append(current);
            current.clear();
            continue;
        }
        if (token == u"NOT") {
            negateNext = true;
            continue;
        }
        Term term;
        if (parseTerm(token, &term)) {
            term.negated = term.negated != negateNext;
            current.append(term);
        } else {
            m_ignored.append(token);
        }
        negateNext = false;
    }
    if (!current.isEmpty())
        m_alternatives.append(current);
}

bool OrderSearch::parseTerm(const QString &token, Term *term) const
{
    QString text = token;
    if (text.startsWith(u'-') && text.size() > 1) {
        term->negated = true;
        text.remove(0, 1);
    }
    if (text.contains(u'(') || text.contains(u')'))
        return false; // grouping is not supported
    const qsizetype colon = text.indexOf(u':');
    const bool quotedText = text.startsWith(u'\'') || text.startsWith(u'"');
    if (colon < 0 || quotedText) {
        term->field = Field::Text;
        term->text = unquoted(text).toLower();
        return !term->text.isEmpty();
    }
    const QString field = text.left(colon).toLower();
    QString value = text.mid(colon + 1);
    for (const auto &[op, comparison] : {std::pair{u">=", Comparison::GreaterOrEqual},
                                         {u"<=", Comparison::LessOrEqual},
                                         {u">", Comparison::Greater},
                                         {u"<", Comparison::Less}}) {
        if (value.startsWith(QStringView(op))) {
            term->comparison = comparison;
            value.remove(0, QStringView(op).size());
            break;
        }
    }
    value = unquoted(value);
    const QString lower = value.toLower();
    const bool ordered = term->comparison != Comparison::Equal;

    if (field == u"created_at" || field == u"updated_at" || field == u"processed_at") {
        term->field = field == u"created_at"   ? Field::CreatedAt
                      : field == u"updated_at" ? Field::UpdatedAt
                                               : Field::ProcessedAt;
        return parseTime(value, m_nowMs, &term->low, &term->high);
    }
    if (field == u"id" || field == u"customer_id") {
        term->field = field == u"id" ? Field::Id : Field::CustomerId;
        const auto id = parseId(value, field == u"id" ? u"Order" : u"Customer");
        if (!id)
            return false;
        term->low = term->high = *id;
        return true;
    }
    if (ordered)
        return false; // only times and ids compare
    if (field == u"status") {
        term->field = Field::Status;
        term->statuses = statusesFor(lower,
                                     {{"open", {kOpen}},
                                      {"closed", {kClosed}},
                                      {"cancelled", {kCancelled}},
                                      {"canceled", {kCancelled}},
                                      {"not_closed", {kNotClosed}},
                                      {"any", {kOpen, kClosed, kCancelled, kNotClosed}}});
        return !term->statuses.isEmpty();
    }
    if (field == u"fulfillment_status") {
        using S = OrderFulfillmentStatus;
        term->field = Field::FulfillmentStatus;
        QList<int> any;
        for (const S s : allOrderFulfillmentStatuses())
            any.append(int(s));
        term->statuses = statusesFor(lower,
                                     {{"shipped", {int(S::Fulfilled)}},
                                      {"fulfilled", {int(S::Fulfilled)}},
                                      {"partial", {int(S::PartiallyFulfilled)}},
                                      {"unshipped", {int(S::Unfulfilled)}},
                                      {"unfulfilled",
                                       {int(S::Unfulfilled), int(S::PartiallyFulfilled)}},
                                      {"on_hold", {int(S::OnHold)}},
                                      {"scheduled", {int(S::Scheduled)}},
                                      {"in_progress", {int(S::InProgress)}},
                                      {"pending_fulfillment", {int(S::PendingFulfillment)}},
                                      {"request_declined", {int(S::RequestDeclined)}},
                                      {"restocked", {int(S::Restocked)}},
                                      {"open", {int(S::Open)}},
                                      {"any", any}});
        return !term->statuses.isEmpty();
    }
    if (field == u"financial_status") {
        using F = OrderFinancialStatus;
        term->field = Field::FinancialStatus;
        term->statuses = statusesFor(lower,
                                     {{"paid", {int(F::Paid)}},
                                      {"pending", {int(F::Pending)}},
                                      {"authorized", {int(F::Authorized)}},
                                      {"partially_paid", {int(F::PartiallyPaid)}},
                                      {"partially_refunded", {int(F::PartiallyRefunded)}},
                                      {"refunded", {int(F::Refunded)}},
                                      {"voided", {int(F::Voided)}},
                                      {"expired", {int(F::Expired)}},
                                      {"any",
                                       {int(F::Paid),
                                        int(F::Pending),
                                        int(F::Authorized),
                                        int(F::PartiallyPaid),
                                        int(F::PartiallyRefunded),
                                        int(F::Refunded),
                                        int(F::Voided),
                                        int(F::Expired)}}});
        return !term->statuses.isEmpty();
    }
    if (field == u"name") {
        term->field = Field::Name;
        term->text = lower.startsWith(u'#') ? lower.mid(1) : lower;
        return !term->text.isEmpty();
    }
    if (field == u"email" || field == u"sku") {
        term->field = field == u"email" ? Field::Email : Field::Sku;
        term->text = lower;
        return !lower.isEmpty();
    }
    return false;
}

bool OrderSearch::matches(const Order &order, const StoreData &data) const
{
    if (m_alternatives.isEmpty())
        return true;
    return std::any_of(m_alternatives.cbegin(),
                       m_alternatives.cend(),
                       [&](const QList<Term> &terms) {
                           return std::all_of(terms.cbegin(), terms.cend(), [&](const Term &term) {
                               return matches(term, order, data) != term.negated;
                           });
                       });
}

bool OrderSearch::matches(const Term &term, const Order &order, const StoreData &data) const
{
    auto compare = [&term](qint64 value) {
        // Greater and less-or-equal compare with the end of the span, the others with its
        // start: `>2026-01-30` is after that whole day, `>=2026-01-30` from its first moment.
        switch (term.comparison) {
        case Comparison::Greater:
            return value > term.high;
        case Comparison::GreaterOrEqual:
            return value >= term.low;
        case Comparison::Less:
            return value < term.low;
        case Comparison::LessOrEqual:
            return value <= term.high;
        case Comparison::Equal:
            break;
        }
        return value >= term.low && value <= term.high;
    };
    switch (term.field) {
    // Stored times are whole seconds, as Shopify's are; the term may name milliseconds.
    case Field::CreatedAt:
        return compare(order.createdAt * 1000);
    case Field::UpdatedAt:
        return compare(order.updatedAt * 1000);
    case Field::ProcessedAt:
        return compare(order.processedAt * 1000);
    case Field::Id:
        return compare(order.id);
    case Field::CustomerId:
        return order.customer >= 0 && compare(data.customers[order.customer].id);
    case Field::Status: {
        // Shopify: an order is closed once every line item is fulfilled or cancelled and the
        // money is settled, or when staff archive it; a cancelled order is closed too (the
        // generator and the store's activity always close what they cancel). Open and
        // not_closed are both "closedAt is null and not cancelled".
        const bool open = !order.isClosed() && !order.isCancelled();
        return (term.statuses.contains(kOpen) && open)
               || (term.statuses.contains(kNotClosed) && open)
               || (term.statuses.contains(kClosed) && (order.isClosed() || order.isCancelled()))
               || (term.statuses.contains(kCancelled) && order.isCancelled());
    }
    case Field::FulfillmentStatus:
        return term.statuses.contains(int(order.displayFulfillmentStatus));
    case Field::FinancialStatus:
        return term.statuses.contains(int(order.financialStatus));
    case Field::Name:
        return QString::number(order.number) == term.text;
    case Field::Email:
        return order.email.compare(term.text, Qt::CaseInsensitive) == 0;
    case Field::Sku:
        return std::any_of(order.lineItems.cbegin(),
                           order.lineItems.cend(),
                           [&term](const LineItem &i) {
                               return !i.sku.isEmpty()
                                      && i.sku.compare(term.text, Qt::CaseInsensitive) == 0;
                           });
    case Field::Text: {
        auto has = [&term](const QString &s) { return s.contains(term.text, Qt::CaseInsensitive); };
        return has(order.name()) || has(order.email) || has(order.shippingAddress.name)
               || (order.customer >= 0 && has(data.customers[order.customer].displayName()));
    }
    }
    return true;
}

} // namespace demostore
