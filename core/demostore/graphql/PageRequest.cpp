#include "core/demostore/graphql/PageRequest.h"

#include <cmath>

namespace graphql {

namespace {

// Reads one size argument; false with *error set when it is there but unusable.
bool readSize(const QJsonObject &arguments,
              const QString &name,
              int maxPageSize,
              std::optional<int> *size,
              Error *error)
{
    const QJsonValue v = arguments.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::floor(d)) {
        *error = Error{QStringLiteral("Argument '%1' must be a page size from 0 to %2, not %3")
                           .arg(name)
                           .arg(maxPageSize)
                           .arg(v.isDouble() ? QString::number(d) : QStringLiteral("that")),
                       {},
                       {},
                       {}};
        return false;
    }
    if (d > maxPageSize) {
        // Shopify refuses pages over 250 nodes rather than shortening them.
        *error = Error{QStringLiteral("Argument '%1' is %2, but a page can hold at most %3 nodes")
                           .arg(name)
                           .arg(qint64(d))
                           .arg(maxPageSize),
                       {},
                       {},
                       {}};
        return false;
    }
    *size = int(d);
    return true;
}

} // namespace

std::optional<PageRequest> PageRequest::from(const QJsonObject &arguments,
                                             int maxPageSize,
                                             Error *error)
{
    PageRequest request;
    if (!readSize(arguments, QStringLiteral("first"), maxPageSize, &request.first, error)
        || !readSize(arguments, QStringLiteral("last"), maxPageSize, &request.last, error)) {
        return std::nullopt;
    }
    if (!request.first && !request.last) {
        // Shopify's own words.
        *error = Error{QStringLiteral("you must provide one of first or last"), {}, {}, {}};
        return std::nullopt;
    }
    request.after = arguments.value(QStringLiteral("after")).toString();
    request.before = arguments.value(QStringLiteral("before")).toString();
    return request;
}

} // namespace graphql
