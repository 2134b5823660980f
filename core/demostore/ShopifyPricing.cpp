#include "core/demostore/ShopifyPricing.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace demostore {

namespace {

using graphql::Selection;

// Sums saturate far below overflow: an absurd page size prices as absurd, never as small.
constexpr qint64 kCeiling = qint64(1) << 48;

qint64 plus(qint64 a, qint64 b)
{
    return std::min(kCeiling, a + b);
}

qint64 times(qint64 count, qint64 each)
{
    if (count <= 0 || each <= 0)
        return 0;
    return count > kCeiling / each ? kCeiling : std::min(kCeiling, count * each);
}

// A field as the request selects it, with the type conditions of the fragments it was
// selected through (empty: it applies whatever the type).
struct Selected
{
    const Selection *field = nullptr;
    QStringList conditions;
};

// One pricing of one operation.
class PriceWalk final
{
public:
    PriceWalk(const graphql::Document &document,
              const QJsonObject &variables,
              const QHash<QString, QStringList> &possibleTypes)
        : m_document(document)
        , m_variables(variables)
        , m_possibleTypes(possibleTypes)
    {}

    qint64 query(const std::vector<Selection> &selections) { return selectionCost({&selections}); }

    qint64 mutation(const std::vector<Selection> &selections)
    {
        QStringList fields;
        for (const Selected &s : gather({&selections})) {
            const QString key = s.field->responseKey();
            if (s.field->name != QLatin1StringView("__typename") && !fields.contains(key))
                fields.append(key);
        }
        return times(fields.size(), 10);
    }

    // Fragments can describe exponentially many paths in a small document: past this many
    // field visits the request is priced as too large to run.
    bool exhausted() const { return m_steps < 0; }

private:
    // Selection sets priced as one: a field selected twice merges its selections.
    using Sets = QList<const std::vector<Selection> *>;

    QList<Selected> gather(const Sets &sets) const
    {
        QList<Selected> fields;
        QSet<QString> spread; // each fragment once per selection set
        for (const std::vector<Selection> *set : sets)
            gatherInto(*set, {}, &fields, &spread);
        return fields;
    }

    void gatherInto(const std::vector<Selection> &selections,
                    const QStringList &conditions,
                    QList<Selected> *fields,
                    QSet<QString> *spread) const
    {
        for (const Selection &selection : selections) {
            if (!included(selection))
                continue;
            switch (selection.kind) {
            case Selection::Kind::Field:
                fields->append({&selection, conditions});
                break;
            case Selection::Kind::FragmentSpread: {
                const graphql::FragmentDefinition *fragment = m_document.fragment(selection.name);
                if (!fragment || spread->contains(selection.name))
                    break;
                spread->insert(selection.name);
                gatherInto(fragment->selections,
                           conditions + QStringList{fragment->typeCondition},
                           fields,
                           spread);
                break;
            }
            case Selection::Kind::InlineFragment:
                gatherInto(selection.selections,
                           selection.typeCondition.isEmpty()
                               ? conditions
                               : conditions + QStringList{selection.typeCondition},
                           fields,
                           spread);
                break;
            }
        }
    }

    bool appliesTo(const QString &condition, const QString &type) const
    {
        return condition == type || m_possibleTypes.value(condition).contains(type);
    }

    // "The maximum of possible selections": with fragments on different types, each possible
    // type is priced with what it would return, and the dearest counts.
    qint64 selectionCost(const Sets &sets)
    {
        const QList<Selected> fields = gather(sets);
        QStringList types;
        for (const Selected &s : fields) {
            for (const QString &condition : s.conditions) {
                const QStringList concrete = m_possibleTypes.contains(condition)
                                                 ? m_possibleTypes.value(condition)
                                                 : QStringList{condition};
                for (const QString &type : concrete) {
                    if (!types.contains(type))
                        types.append(type);
                }
            }
        }
        if (types.isEmpty())
            return fieldsCost(fields);
        qint64 dearest = 0;
        for (const QString &type : std::as_const(types)) {
            QList<Selected> applying;
            for (const Selected &s : fields) {
                if (std::all_of(s.conditions.cbegin(), s.conditions.cend(), [&](const QString &c) {
                        return appliesTo(c, type);
                    }))
                    applying.append(s);
            }
            dearest = std::max(dearest, fieldsCost(applying));
        }
        return dearest;
    }

    // The fields by response key, in the order they first appear, each priced once.
    qint64 fieldsCost(const QList<Selected> &fields)
    {
        QStringList keys;
        QHash<QString, QList<const Selection *>> byKey;
        for (const Selected &s : fields) {
            const QString key = s.field->responseKey();
            if (!byKey.contains(key))
                keys.append(key);
            byKey[key].append(s.field);
        }
        qint64 sum = 0;
        for (const QString &key : std::as_const(keys))
            sum = plus(sum, fieldCost(byKey.value(key)));
        return sum;
    }

    qint64 objectCost(const Sets &sets) { return plus(1, selectionCost(sets)); }

    qint64 fieldCost(const QList<const Selection *> &same)
    {
        if (--m_steps < 0)
            return 0;
        const Selection &field = *same.front();
        Sets sub;
        for (const Selection *s : same) {
            if (!s->selections.empty())
                sub.append(&s->selections);
        }
        // A scalar or an enum; __typename.
        if (sub.isEmpty() || field.name == QLatin1StringView("__typename"))
            return 0;
        const std::optional<qint64> first = intArgument(field, u"first");
        const std::optional<qint64> last = intArgument(field, u"last");
        if (!first && !last) {
            if (const std::optional<qint64> ids = listLength(field, u"ids"))
                return times(*ids, objectCost(sub));
            return objectCost(sub);
        }
        const qint64 size = std::max(first.value_or(0), last.value_or(0));
        Sets nodes;
        Sets edgeNodes;
        bool connection = false;
        for (const Selected &inner : gather(sub)) {
            const QString &name = inner.field->name;
            if (name == QLatin1StringView("pageInfo")) {
                connection = true;
            } else if (name == QLatin1StringView("nodes")) {
                connection = true;
                if (!inner.field->selections.empty())
                    nodes.append(&inner.field->selections);
            } else if (name == QLatin1StringView("edges")) {
                connection = true;
                for (const Selected &edge : gather({&inner.field->selections})) {
                    if (edge.field->name == QLatin1StringView("node")
                        && !edge.field->selections.empty())
                        edgeNodes.append(&edge.field->selections);
                }
            }
        }
        if (!connection)
            return times(size, objectCost(sub));
        qint64 node = 0;
        if (!nodes.isEmpty())
            node = objectCost(nodes);
        if (!edgeNodes.isEmpty())
            node = std::max(node, objectCost(edgeNodes));
        return plus(2, times(size, node));
    }

    const QJsonValue *variable(const graphql::Value &value, QJsonValue *storage) const
    {
        if (value.kind != graphql::Value::Kind::Variable)
            return nullptr;
        *storage = m_variables.value(value.text);
        return storage;
    }

    std::optional<qint64> intArgument(const Selection &field, QStringView name) const
    {
        const graphql::Argument *argument = field.argument(name);
        if (!argument)
            return std::nullopt;
        QJsonValue storage;
        if (const QJsonValue *value = variable(argument->value, &storage)) {
            if (!value->isDouble() || !std::isfinite(value->toDouble()))
                return std::nullopt;
            return qint64(std::clamp(value->toDouble(), 0.0, double(kCeiling)));
        }
        if (argument->value.kind != graphql::Value::Kind::Int)
            return std::nullopt;
        bool ok = false;
        const qint64 number = argument->value.text.toLongLong(&ok);
        return ok ? std::clamp<qint64>(number, 0, kCeiling) : kCeiling;
    }

    std::optional<qint64> listLength(const Selection &field, QStringView name) const
    {
        const graphql::Argument *argument = field.argument(name);
        if (!argument)
            return std::nullopt;
        QJsonValue storage;
        if (const QJsonValue *value = variable(argument->value, &storage))
            return value->isArray() ? std::optional<qint64>(value->toArray().size()) : std::nullopt;
        if (argument->value.kind != graphql::Value::Kind::List)
            return std::nullopt;
        return qint64(argument->value.list.size());
    }

    bool flag(const graphql::Directive &directive) const
    {
        for (const graphql::Argument &argument : directive.arguments) {
            if (argument.name != QLatin1StringView("if"))
                continue;
            QJsonValue storage;
            if (const QJsonValue *value = variable(argument.value, &storage))
                return value->toBool();
            return argument.value.kind == graphql::Value::Kind::Boolean && argument.value.boolean;
        }
        return false;
    }

    bool included(const Selection &selection) const
    {
        for (const graphql::Directive &directive : selection.directives) {
            if (directive.name == QLatin1StringView("skip") && flag(directive))
                return false;
            if (directive.name == QLatin1StringView("include") && !flag(directive))
                return false;
        }
        return true;
    }

    const graphql::Document &m_document;
    const QJsonObject &m_variables;
    const QHash<QString, QStringList> &m_possibleTypes;
    qint64 m_steps = 50000;
};

int scaled(double cost, double factor)
{
    const double value = std::ceil(cost * factor - 1e-9);
    return value >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                            : int(std::max(0.0, value));
}

} // namespace

ShopifyPricing::ShopifyPricing(QHash<QString, QStringList> possibleTypes, double priceFactor)
    : m_possibleTypes(std::move(possibleTypes))
    , m_priceFactor(std::isfinite(priceFactor) && priceFactor > 0 ? priceFactor : 1.0)
{}

int ShopifyPricing::requestedCost(const graphql::Document &document,
                                  const graphql::OperationDefinition &operation,
                                  const QJsonObject &variables) const
{
    PriceWalk walk(document, variables, m_possibleTypes);
    const qint64 cost = operation.type == graphql::OperationDefinition::Type::Mutation
                            ? walk.mutation(operation.selections)
                            : walk.query(operation.selections);
    if (walk.exhausted())
        return std::numeric_limits<int>::max();
    return scaled(double(cost), m_priceFactor);
}

int ShopifyPricing::actualCost(int executedCost, int requestedCost) const
{
    return std::min(requestedCost, scaled(double(executedCost), m_priceFactor));
}

} // namespace demostore
