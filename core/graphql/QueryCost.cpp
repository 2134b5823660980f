#include "core/graphql/QueryCost.h"

#include "core/graphql/FieldCollector.h"
#include "core/graphql/PreparedOperation.h"
#include "core/graphql/Values.h"

#include <QJsonArray>

#include <algorithm>

namespace graphql {

namespace {

// Costs are summed in 64 bits and saturate far below overflow, so absurd page sizes or
// deep nesting give a huge cost rather than a wrapped-around small one.
constexpr qint64 kCap = qint64(1) << 50;

qint64 add(qint64 a, qint64 b)
{
    return std::min(kCap, a + b);
}

qint64 multiply(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > kCap / b ? kCap : std::min(kCap, a * b);
}

class CostCalculator final
{
public:
    CostCalculator(const Document &document, const QJsonObject &variables)
        : m_collector(document, variables)
        , m_variables(variables)
    {}

    qint64 selectionCost(const QList<FieldGroup> &groups)
    {
        qint64 sum = 0;
        for (const auto &group : groups)
            sum = add(sum, fieldCost(group));
        return sum;
    }

    qint64 operationCost(const OperationDefinition &operation)
    {
        const auto groups = m_collector.collect(operation.selections,
                                                FieldCollector::matchesAnything);
        if (operation.type == OperationDefinition::Type::Mutation) {
            const auto fields = std::count_if(groups.cbegin(),
                                              groups.cend(),
                                              [](const FieldGroup &g) {
                                                  return g.name() != u"__typename";
                                              });
            return multiply(10, fields);
        }
        const qint64 cost = selectionCost(groups);
        return m_budget < 0 ? kCap : cost;
    }

private:
    QList<FieldGroup> subfields(const FieldGroup &group)
    {
        return m_collector.collectSubfields(group, FieldCollector::matchesAnything);
    }

    // 1 + the node's selection, for a connection's `nodes` or `edges { node }`.
    qint64 nodePrice(const QList<FieldGroup> &connectionFields)
    {
        qint64 price = 1;
        for (const auto &g : connectionFields) {
            if (g.name() == u"nodes") {
                price = std::max(price, add(1, selectionCost(subfields(g))));
            } else if (g.name() == u"edges") {
                for (const auto &e : subfields(g)) {
                    if (e.name() == u"node")
                        price = std::max(price, add(1, selectionCost(subfields(e))));
                }
            }
        }
        return price;
    }

    qint64 fieldCost(const FieldGroup &group)
    {
        // A work budget: fragments can describe exponentially many paths in a small document.
        if (--m_budget < 0 || !group.hasSelections())
            return 0;
        const auto sub = subfields(group);
        const auto first = pageSizeArgument(group.field(), u"first", m_variables);
        const auto last = pageSizeArgument(group.field(), u"last", m_variables);
        const bool sized = group.field().argument(u"first") || group.field().argument(u"last");
        if (!sized) {
            // nodes(ids:): every id asked for is priced as one object.
            if (const Argument *ids = group.field().argument(u"ids")) {
                const QJsonValue value = valueToJson(ids->value, m_variables);
                if (value.isArray())
                    return multiply(value.toArray().size(), add(1, selectionCost(sub)));
            }
            return add(1, selectionCost(sub));
        }
        const qint64 pageSize = std::max(first.value_or(0), last.value_or(0));
        const bool isConnection = std::any_of(sub.cbegin(), sub.cend(), [](const FieldGroup &g) {
            return g.name() == u"nodes" || g.name() == u"edges" || g.name() == u"pageInfo";
        });
        if (isConnection)
            return add(2, multiply(pageSize, nodePrice(sub)));
        return multiply(pageSize, add(1, selectionCost(sub)));
    }

    FieldCollector m_collector;
    const QJsonObject &m_variables;
    qint64 m_budget = 20000; // field visits; real queries need a few hundred
};

} // namespace

int requestedCost(const Document &document,
                  const OperationDefinition &operation,
                  const QJsonObject &variables)
{
    const QJsonObject completed = PreparedOperation::withDefaults(operation, variables);
    CostCalculator calculator(document, completed);
    return int(std::min<qint64>(maxCost(), calculator.operationCost(operation)));
}

int requestedCost(const Document &document,
                  const QString &operationName,
                  const QJsonObject &variables)
{
    const OperationDefinition *operation = document.operation(operationName);
    return operation ? requestedCost(document, *operation, variables) : 0;
}

} // namespace graphql
