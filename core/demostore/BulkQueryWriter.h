#pragma once

#include "core/demostore/StoreJson.h"
#include "core/graphql/Document.h"
#include "core/graphql/FieldCollector.h"

#include <QByteArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace demostore {

// The query of a bulk operation, checked and written out the way Shopify writes the result
// of bulkOperationRunQuery: JSONL, one object a line; a nested connection is not inside its
// parent's line but flattened into lines of their own after it, each with "__parentId" (the
// id of the node it belongs to), so a parent always comes before its children (not always
// right before them). Nested connections take no `first`: a bulk query reads all of them.
// Plain lists and objects stay inside their parent's line. Objects are counted per line.
//
// Shopify's limits, checked by check(): at least one connection, at most five in all, no
// connection nested more than two deep (the root connection counts), no `node`/`nodes` at
// the root. The demo store runs bulk queries on `orders` only.
class BulkQueryWriter final
{
public:
    // Parses and checks the query; isValid() false with problem() when Shopify would refuse it.
    explicit BulkQueryWriter(const QString &query);
    ~BulkQueryWriter();

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // The root field's `query` argument: the orders to read, in the search syntax.
    QString search() const { return m_search; }

    // The lines of one order (the root node, then its children), each ending in '\n';
    // `objects` is added the number of lines.
    QByteArray lines(const QJsonObject &order, qint64 *objects);
    // The first field written so far that the app may not read (protected customer data the
    // shop did not grant), or empty. Shopify ends such an operation FAILED with ACCESS_DENIED
    // ("execute the query as a normal non-bulk GraphQL request to see more details"), where a
    // normal request answers the field null with an error.
    QString deniedField() const { return m_deniedField; }

private:
    void check();
    // The connections below a selection, counted and measured (the root one is depth 1).
    void measure(const graphql::FieldGroup &group, int depth, int *connections, int *deepest) const;
    // The group that selects a connection's nodes (`nodes`, or `edges { node }`); null when
    // the group is no connection.
    std::optional<graphql::FieldGroup> nodeGroup(const graphql::FieldGroup &connection) const;
    // The fields `group` selects on `source`; nested connections go to `children` as lines.
    QCborMap project(const QJsonObject &source,
                     const graphql::FieldGroup &group,
                     const QString &nodeId,
                     QByteArray *children,
                     qint64 *objects);
    QCborValue projectValue(const QJsonValue &value,
                            const graphql::FieldGroup &group,
                            const QString &nodeId,
                            QByteArray *children,
                            qint64 *objects);
    // One line per node of a connection, each followed by its own children.
    void writeNodes(const QJsonArray &nodes,
                    const graphql::FieldGroup &nodeGroup,
                    const QString &parentId,
                    QByteArray *out,
                    qint64 *objects);

    std::unique_ptr<graphql::Document> m_document;
    std::unique_ptr<graphql::FieldCollector> m_collector;
    std::optional<graphql::FieldGroup> m_rootNodes; // the root connection's node selection
    QString m_search;
    QString m_problem;
    QString m_deniedField;
    QJsonObject m_noVariables;
};

} // namespace demostore
