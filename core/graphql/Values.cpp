#include "core/graphql/Values.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace graphql {

namespace {

QJsonValue toJson(const Value &value, const QJsonObject &variables, bool nested)
{
    switch (value.kind) {
    case Value::Kind::Null:
        return QJsonValue::Null;
    case Value::Kind::Variable: {
        const auto it = variables.constFind(value.text);
        if (it == variables.constEnd())
            return nested ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
        return *it;
    }
    case Value::Kind::Int: {
        bool ok = false;
        const qint64 n = value.text.toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(value.text.toDouble());
    }
    case Value::Kind::Float:
        return value.text.toDouble();
    case Value::Kind::String:
    case Value::Kind::Enum:
        return value.text;
    case Value::Kind::Boolean:
        return value.boolean;
    case Value::Kind::List: {
        QJsonArray list;
        for (const auto &item : value.list)
            list.append(toJson(item, variables, true));
        return list;
    }
    case Value::Kind::Object: {
        QJsonObject object;
        for (const auto &[name, field] : value.object) {
            const QJsonValue v = toJson(field, variables, false);
            if (!v.isUndefined())
                object.insert(name, v);
        }
        return object;
    }
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue valueToJson(const Value &value, const QJsonObject &variables)
{
    return toJson(value, variables, false);
}

QJsonObject argumentsToJson(const std::vector<Argument> &arguments, const QJsonObject &variables)
{
    QJsonObject object;
    for (const auto &a : arguments) {
        const QJsonValue v = valueToJson(a.value, variables);
        if (!v.isUndefined())
            object.insert(a.name, v);
    }
    return object;
}

std::optional<int> pageSizeArgument(const Selection &field,
                                    QStringView name,
                                    const QJsonObject &variables)
{
    const Argument *argument = field.argument(name);
    if (!argument)
        return std::nullopt;
    const QJsonValue v = valueToJson(argument->value, variables);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::isnan(d) || d <= 0)
        return 0;
    if (d >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return int(d);
}

bool isIncluded(const std::vector<Directive> &directives, const QJsonObject &variables)
{
    for (const auto &d : directives) {
        const bool skip = d.name == u"skip";
        if (!skip && d.name != u"include")
            continue;
        for (const auto &a : d.arguments) {
            if (a.name != u"if")
                continue;
            const QJsonValue condition = valueToJson(a.value, variables);
            if (condition.isBool() && condition.toBool() == skip)
                return false;
        }
    }
    return true;
}

} // namespace graphql
