#pragma once

#include "core/graphql/Error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace graphql {

// The paging arguments of a connection field (first, after, last, before), checked the way
// Shopify checks them: one of first or last is required, and a page holds at most
// maxPageSize nodes.
struct PageRequest
{
    std::optional<int> first;
    std::optional<int> last;
    QString after;
    QString before;

    // Nothing, with *error set, when the arguments are not acceptable.
    static std::optional<PageRequest> from(const QJsonObject &arguments,
                                           int maxPageSize,
                                           Error *error);
};

} // namespace graphql
