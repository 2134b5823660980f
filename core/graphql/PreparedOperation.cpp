#include "core/graphql/PreparedOperation.h"

#include "core/graphql/Values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace graphql {

namespace {

// Why a provided value does not fit the declared type; empty when it fits. Only the built-in
// scalars are checked: enums, input objects and custom scalars are taken as given.
QString misfit(const QJsonValue &value, const TypeRef &type, QJsonValue *coerced)
{
    *coerced = value;
    if (value.isNull() || value.isUndefined())
        return type.nonNull ? QStringLiteral("Expected value to not be null") : QString();
    if (type.isList()) {
        const TypeRef &item = type.ofType.front();
        if (!value.isArray()) {
            // A single value where a list is declared is a list of one (input coercion).
            QJsonValue one;
            const QString problem = misfit(value, item, &one);
            *coerced = QJsonArray{one};
            return problem;
        }
        QJsonArray items;
        for (const auto &v : value.toArray()) {
            QJsonValue c;
            const QString problem = misfit(v, item, &c);
            if (!problem.isEmpty())
                return problem;
            items.append(c);
        }
        *coerced = items;
        return {};
    }
    // The value as JSON text, for the message: wrapped in an array because a document must be one.
    const QString shown = QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    const QString literal = shown.mid(1, shown.size() - 2);
    const QString cannot = QStringLiteral("Could not coerce value %1 to %2").arg(literal, type.name);
    if (type.name == u"Int") {
        const double d = value.toDouble();
        if (!value.isDouble() || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0)
            return cannot;
    } else if (type.name == u"Float") {
        if (!value.isDouble())
            return cannot;
    } else if (type.name == u"String") {
        if (!value.isString())
            return cannot;
    } else if (type.name == u"Boolean") {
        if (!value.isBool())
            return cannot;
    } else if (type.name == u"ID") {
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
            *coerced = QString::number(value.toInteger());
        else if (!value.isString())
            return cannot;
    }
    return {};
}

void collectVariables(const Value &value, QList<const Value *> *uses)
{
    if (value.kind == Value::Kind::Variable)
        uses->append(&value);
    for (const auto &item : value.list)
        collectVariables(item, uses);
    for (const auto &field : value.object)
        collectVariables(field.second, uses);
}

void collectVariables(const std::vector<Directive> &directives, QList<const Value *> *uses)
{
    for (const auto &d : directives) {
        for (const auto &a : d.arguments)
            collectVariables(a.value, uses);
    }
}

void collectVariables(const std::vector<Selection> &selections,
                      QList<const Value *> *uses,
                      QStringList *spreads)
{
    for (const auto &s : selections) {
        for (const auto &a : s.arguments)
            collectVariables(a.value, uses);
        collectVariables(s.directives, uses);
        if (s.kind == Selection::Kind::FragmentSpread)
            spreads->append(s.name);
        collectVariables(s.selections, uses, spreads);
    }
}

} // namespace

QJsonObject PreparedOperation::withDefaults(const OperationDefinition &operation,
                                            const QJsonObject &variables)
{
    QJsonObject result;
    for (const auto &definition : operation.variables) {
        const auto it = variables.constFind(definition.name);
        if (it != variables.constEnd() && !it->isNull())
            result.insert(definition.name, *it);
        else if (definition.hasDefaultValue)
            result.insert(definition.name, valueToJson(definition.defaultValue, {}));
        else if (it != variables.constEnd())
            result.insert(definition.name, QJsonValue::Null);
    }
    return result;
}

PreparedOperation PreparedOperation::prepare(const Document &document,
                                             const QString &operationName,
                                             const QJsonObject &variables)
{
    PreparedOperation prepared;
    prepared.m_document = &document;
    const OperationDefinition *operation = document.operation(operationName);
    if (!operation) {
        prepared.m_errors.append(
            Error{operationName.isEmpty()
                      ? QStringLiteral("An operation name is required")
                      : QStringLiteral("No operation named \"%1\"").arg(operationName),
                  {},
                  {},
                  {}});
        return prepared;
    }
    prepared.m_operation = operation;
    if (operation->type == OperationDefinition::Type::Subscription) {
        prepared.m_errors.append(Error{QStringLiteral("Schema is not configured for subscriptions"),
                                       {operation->location},
                                       {},
                                       {}});
        return prepared;
    }

    for (const auto &definition : operation->variables) {
        const auto it = variables.constFind(definition.name);
        QJsonValue value;
        if (it != variables.constEnd())
            value = *it;
        else if (definition.hasDefaultValue)
            value = valueToJson(definition.defaultValue, {});
        else
            value = QJsonValue::Undefined;
        QJsonValue coerced;
        const QString problem = misfit(value, definition.type, &coerced);
        if (!problem.isEmpty()) {
            Error error;
            error.message = QStringLiteral("Variable $%1 of type %2 was provided invalid value")
                                .arg(definition.name, definition.type.toString());
            error.locations.append(definition.location);
            QCborMap problemEntry;
            problemEntry.insert(QStringLiteral("path"), QCborArray());
            problemEntry.insert(QStringLiteral("explanation"), problem);
            error.extensions.insert(QStringLiteral("value"),
                                    QCborValue::fromJsonValue(value.isUndefined()
                                                                  ? QJsonValue(QJsonValue::Null)
                                                                  : value));
            error.extensions.insert(QStringLiteral("problems"), QCborArray{problemEntry});
            prepared.m_errors.append(error);
            continue;
        }
        if (!coerced.isUndefined())
            prepared.m_variables.insert(definition.name, coerced);
    }

    // Every variable used, in the operation or in a fragment it spreads, must be declared.
    QList<const Value *> uses;
    QStringList spreads;
    collectVariables(operation->directives, &uses);
    collectVariables(operation->selections, &uses, &spreads);
    QSet<QString> visited;
    while (!spreads.isEmpty()) {
        const QString name = spreads.takeLast();
        if (visited.contains(name))
            continue;
        visited.insert(name);
        if (const FragmentDefinition *fragment = document.fragment(name)) {
            collectVariables(fragment->directives, &uses);
            collectVariables(fragment->selections, &uses, &spreads);
        }
    }
    QSet<QString> reported;
    for (const Value *use : std::as_const(uses)) {
        if (operation->variable(use->text) || reported.contains(use->text))
            continue;
        reported.insert(use->text);
        Error error = Error::withCode(QStringLiteral("Variable $%1 is used by %2 but not declared")
                                          .arg(use->text,
                                               operation->name.isEmpty()
                                                   ? QStringLiteral("anonymous query")
                                                   : operation->name),
                                      QStringLiteral("variableNotDefined"));
        error.locations.append(use->location);
        error.extensions.insert(QStringLiteral("variableName"), use->text);
        prepared.m_errors.append(error);
    }
    return prepared;
}

} // namespace graphql
