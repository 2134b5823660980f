#pragma once

#include "core/graphql/Ast.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace graphql {

// The JSON value of a literal with variables substituted: ints as integers, enums as their
// names. A variable that `variables` lacks is Undefined at the top level and null inside a
// list or an object.
QJsonValue valueToJson(const Value &value, const QJsonObject &variables);

// A field's or directive's arguments as a JSON object. An argument whose variable was not
// provided is left out, as the spec says, so the resolver applies the argument's default.
QJsonObject argumentsToJson(const std::vector<Argument> &arguments, const QJsonObject &variables);

// A page size argument (first, last) as an int: its literal or variable; null, missing or
// not a number gives nothing. Clamped to [0, INT_MAX].
std::optional<int> pageSizeArgument(const Selection &field,
                                    QStringView name,
                                    const QJsonObject &variables);

// @skip(if:) and @include(if:) of a selection: false when it is to be left out.
bool isIncluded(const std::vector<Directive> &directives, const QJsonObject &variables);

} // namespace graphql
