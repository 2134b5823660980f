#pragma once

#include "core/graphql/Document.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace graphql {

// The fields that answer to one response key: more than one when a query selects the same
// field twice, for instance once directly and once through a fragment. Their selection sets
// merge.
struct FieldGroup
{
    QString responseKey;
    QList<const Selection *> fields;

    const Selection &field() const { return *fields.front(); }
    const QString &name() const { return fields.front()->name; }
    bool hasSelections() const;
};

// Whether a fragment's type condition applies to the object at hand.
using TypeMatcher = std::function<bool(const QString &typeCondition)>;

// GraphQL's CollectFields: expands fragment spreads and inline fragments, drops what @skip or
// @include leave out, and groups fields by response key in the order they first appear.
// Each fragment is expanded at most once per selection set, as the spec says.
class FieldCollector final
{
public:
    FieldCollector(const Document &document, const QJsonObject &variables);

    QList<FieldGroup> collect(const std::vector<Selection> &selections,
                              const TypeMatcher &matches) const;
    // The merged selection sets of the group's fields.
    QList<FieldGroup> collectSubfields(const FieldGroup &group, const TypeMatcher &matches) const;

    static bool matchesAnything(const QString &) { return true; }

private:
    void collectInto(const std::vector<Selection> &selections,
                     const TypeMatcher &matches,
                     QList<FieldGroup> *groups,
                     QStringList *visitedFragments) const;

    const Document &m_document;
    const QJsonObject &m_variables;
};

} // namespace graphql
