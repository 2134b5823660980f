#include "core/graphql/FieldCollector.h"

#include "core/graphql/Values.h"

#include <algorithm>

namespace graphql {

bool FieldGroup::hasSelections() const
{
    for (const Selection *f : fields) {
        if (!f->selections.empty())
            return true;
    }
    return false;
}

FieldCollector::FieldCollector(const Document &document, const QJsonObject &variables)
    : m_document(document)
    , m_variables(variables)
{}

QList<FieldGroup> FieldCollector::collect(const std::vector<Selection> &selections,
                                          const TypeMatcher &matches) const
{
    QList<FieldGroup> groups;
    QStringList visited;
    collectInto(selections, matches, &groups, &visited);
    return groups;
}

QList<FieldGroup> FieldCollector::collectSubfields(const FieldGroup &group,
                                                   const TypeMatcher &matches) const
{
    QList<FieldGroup> groups;
    QStringList visited;
    for (const Selection *field : group.fields)
        collectInto(field->selections, matches, &groups, &visited);
    return groups;
}

void FieldCollector::collectInto(const std::vector<Selection> &selections,
                                 const TypeMatcher &matches,
                                 QList<FieldGroup> *groups,
                                 QStringList *visitedFragments) const
{
    for (const auto &s : selections) {
        if (!isIncluded(s.directives, m_variables))
            continue;
        switch (s.kind) {
        case Selection::Kind::Field: {
            const QString key = s.responseKey();
            // Selection sets are small: a linear search beats hashing here.
            auto it = std::find_if(groups->begin(), groups->end(), [&key](const FieldGroup &g) {
                return g.responseKey == key;
            });
            if (it == groups->end())
                groups->append(FieldGroup{key, {&s}});
            else
                it->fields.append(&s);
            break;
        }
        case Selection::Kind::InlineFragment:
            if (s.typeCondition.isEmpty() || matches(s.typeCondition))
                collectInto(s.selections, matches, groups, visitedFragments);
            break;
        case Selection::Kind::FragmentSpread: {
            if (visitedFragments->contains(s.name))
                break;
            visitedFragments->append(s.name);
            const FragmentDefinition *fragment = m_document.fragment(s.name);
            if (fragment && matches(fragment->typeCondition))
                collectInto(fragment->selections, matches, groups, visitedFragments);
            break;
        }
        }
    }
}

} // namespace graphql
