#include "core/demostore/BulkQueryWriter.h"

#include "core/demostore/graphql/JsonWriter.h"
#include "core/graphql/Error.h"
#include "core/graphql/Parser.h"

#include <QCborArray>

namespace demostore {

namespace {

constexpr int kMaxConnections = 5;
constexpr int kMaxDepth = 2;

graphql::TypeMatcher typeOf(const QJsonObject &object)
{
    const QString type = object.value(QStringLiteral("__typename")).toString();
    return [type](const QString &condition) { return type.isEmpty() || condition == type; };
}

// A literal Int argument of a field (bulk queries take no variables); -1 when absent.
int intArgument(const graphql::Selection &field, QStringView name)
{
    const graphql::Argument *argument = field.argument(name);
    if (!argument || argument->value.kind != graphql::Value::Kind::Int)
        return -1;
    return argument->value.text.toInt();
}

} // namespace

BulkQueryWriter::BulkQueryWriter(const QString &query)
{
    QString error;
    auto document = graphql::parse(query, &error);
    if (!document) {
        m_problem = QStringLiteral("Invalid bulk query: %1").arg(error);
        return;
    }
    m_document = std::make_unique<graphql::Document>(std::move(*document));
    m_collector = std::make_unique<graphql::FieldCollector>(*m_document, m_noVariables);
    check();
}

BulkQueryWriter::~BulkQueryWriter() = default;

std::optional<graphql::FieldGroup> BulkQueryWriter::nodeGroup(
    const graphql::FieldGroup &connection) const
{
    if (!connection.hasSelections())
        return std::nullopt;
    const QList<graphql::FieldGroup> fields
        = m_collector->collectSubfields(connection, graphql::FieldCollector::matchesAnything);
    bool isConnection = false;
    for (const graphql::FieldGroup &field : fields) {
        if (field.name() == u"nodes")
            return field;
        if (field.name() == u"edges") {
            for (const graphql::FieldGroup &edgeField :
                 m_collector->collectSubfields(field, graphql::FieldCollector::matchesAnything)) {
                if (edgeField.name() == u"node")
                    return edgeField;
            }
            isConnection = true;
        }
        if (field.name() == u"pageInfo")
            isConnection = true;
    }
    // A connection that selects no nodes still is one; an empty group stands for its nodes.
    if (isConnection)
        return graphql::FieldGroup{};
    return std::nullopt;
}

void BulkQueryWriter::measure(const graphql::FieldGroup &group,
                              int depth,
                              int *connections,
                              int *deepest) const
{
    if (!group.hasSelections())
        return;
    for (const graphql::FieldGroup &field :
         m_collector->collectSubfields(group, graphql::FieldCollector::matchesAnything)) {
        if (const auto nodes = nodeGroup(field)) {
            ++*connections;
            *deepest = std::max(*deepest, depth + 1);
            if (!nodes->fields.isEmpty())
                measure(*nodes, depth + 1, connections, deepest);
        } else {
            measure(field, depth, connections, deepest);
        }
    }
}

void BulkQueryWriter::check()
{
    const graphql::OperationDefinition *operation = m_document->operation(QString());
    if (!operation || operation->type != graphql::OperationDefinition::Type::Query) {
        m_problem = QStringLiteral("Invalid bulk query: it must be a single query operation.");
        return;
    }
    const QList<graphql::FieldGroup> roots
        = m_collector->collect(operation->selections, graphql::FieldCollector::matchesAnything);
    for (const graphql::FieldGroup &root : roots) {
        if (root.name() == u"node" || root.name() == u"nodes") {
            m_problem = QStringLiteral(
                "Invalid bulk query: the top-level 'node' and 'nodes' fields cannot be used.");
            return;
        }
    }
    int connections = 0;
    int deepest = 0;
    for (const graphql::FieldGroup &root : roots) {
        if (const auto nodes = nodeGroup(root)) {
            ++connections;
            deepest = std::max(deepest, 1);
            if (!nodes->fields.isEmpty())
                measure(*nodes, 1, &connections, &deepest);
        } else {
            measure(root, 0, &connections, &deepest);
        }
    }
    if (connections == 0) {
        m_problem = QStringLiteral("Invalid bulk query: it must contain at least one connection.");
        return;
    }
    if (connections > kMaxConnections) {
        m_problem = QStringLiteral("Invalid bulk query: it contains %1 connections; the most "
                                   "allowed is %2.")
                        .arg(connections)
                        .arg(kMaxConnections);
        return;
    }
    if (deepest > kMaxDepth) {
        m_problem = QStringLiteral("Invalid bulk query: its connections nest %1 levels deep; the "
                                   "most allowed is %2.")
                        .arg(deepest)
                        .arg(kMaxDepth);
        return;
    }
    if (roots.size() != 1 || roots.front().name() != u"orders") {
        m_problem = QStringLiteral(
            "Invalid bulk query: the demo store runs bulk queries on 'orders' alone.");
        return;
    }
    m_rootNodes = nodeGroup(roots.front());
    const graphql::Argument *search = roots.front().field().argument(u"query");
    if (search && search->value.kind == graphql::Value::Kind::String)
        m_search = search->value.text;
}

QByteArray BulkQueryWriter::lines(const QJsonObject &order, qint64 *objects)
{
    QByteArray out;
    if (!m_rootNodes)
        return out;
    writeNodes(QJsonArray{order}, *m_rootNodes, QString(), &out, objects);
    return out;
}

void BulkQueryWriter::writeNodes(const QJsonArray &nodes,
                                 const graphql::FieldGroup &nodeGroup,
                                 const QString &parentId,
                                 QByteArray *out,
                                 qint64 *objects)
{
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString id = node.value(QStringLiteral("id")).toString();
        QByteArray children;
        QCborMap line = nodeGroup.fields.isEmpty()
                            ? QCborMap()
                            : project(node, nodeGroup, id, &children, objects);
        if (!parentId.isEmpty())
            line.insert(QStringLiteral("__parentId"), parentId);
        out->append(graphql::toJson(line));
        out->append('\n');
        ++*objects;
        out->append(children);
    }
}

QCborMap BulkQueryWriter::project(const QJsonObject &source,
                                  const graphql::FieldGroup &group,
                                  const QString &nodeId,
                                  QByteArray *children,
                                  qint64 *objects)
{
    QCborMap result;
    for (const graphql::FieldGroup &field : m_collector->collectSubfields(group, typeOf(source))) {
        if (field.name() == u"__typename") {
            result.insert(field.responseKey, source.value(QStringLiteral("__typename")).toString());
            continue;
        }
        const QJsonValue value = source.value(field.name());
        if (const auto nodes = nodeGroup(field)) {
            // Flattened: the nodes follow as lines of their own.
            writeNodes(value.toArray(), *nodes, nodeId, children, objects);
            continue;
        }
        result.insert(field.responseKey, projectValue(value, field, nodeId, children, objects));
    }
    return result;
}

QCborValue BulkQueryWriter::projectValue(const QJsonValue &value,
                                         const graphql::FieldGroup &group,
                                         const QString &nodeId,
                                         QByteArray *children,
                                         qint64 *objects)
{
    if (value.isObject() && graphql::Error::fromFieldValue(value.toObject())) {
        if (m_deniedField.isEmpty())
            m_deniedField = group.name();
        return QCborValue(QCborValue::Null);
    }
    if (!group.hasSelections() || value.isNull() || value.isUndefined())
        return QCborValue::fromJsonValue(value.isUndefined() ? QJsonValue() : value);
    if (value.isObject())
        return project(value.toObject(), group, nodeId, children, objects);
    if (!value.isArray())
        return QCborValue::fromJsonValue(value);
    // A plain list: first/last keep that many, as on a normal request.
    QJsonArray list = value.toArray();
    const int first = intArgument(group.field(), u"first");
    const int last = intArgument(group.field(), u"last");
    if (first >= 0 && list.size() > first)
        list = QJsonArray::fromVariantList(list.toVariantList().mid(0, first));
    if (last >= 0 && list.size() > last)
        list = QJsonArray::fromVariantList(list.toVariantList().mid(list.size() - last));
    QCborArray result;
    for (const QJsonValue &element : std::as_const(list))
        result.append(projectValue(element, group, nodeId, children, objects));
    return result;
}

} // namespace demostore
