#include "Executor.h"

#include "Cursor.h"
#include "FieldCollector.h"
#include "JsonWriter.h"
#include "PageRequest.h"
#include "Values.h"

#include <QCborArray>
#include <QJsonArray>

#include <algorithm>

namespace graphql {

namespace {

constexpr int kMaxListNesting = 16; // arrays of arrays in the data, a safety net only

// What identifies a node in a nested connection's cursor: the number at the end of its
// global id ("gid://shopify/LineItem/12" gives 12), its id as is, or nothing.
QJsonValue nodeKey(const QJsonObject &node)
{
    const QString id = node.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return QJsonValue::Undefined;
    const qsizetype slash = id.lastIndexOf(u'/');
    bool isNumber = false;
    const qint64 number = QStringView(id).mid(slash + 1).toLongLong(&isNumber);
    return isNumber ? QJsonValue(number) : QJsonValue(id);
}

QString typeNameOf(const QJsonValue &value)
{
    return value.toObject().value(QStringLiteral("__typename")).toString();
}

bool isConnectionSelection(const QList<FieldGroup> &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(), [](const FieldGroup &g) {
        return g.name() == u"nodes" || g.name() == u"edges" || g.name() == u"pageInfo";
    });
}

// One run of an operation. It writes the response's data as JSON text while walking, keeps
// the path for error messages, counts the output against a budget, and remembers collected
// fields: the nodes of a page all collect the same selection for the same type.
class Execution final
{
public:
    Execution(const PreparedOperation &operation,
              RootResolver &resolver,
              const QHash<QString, QStringList> &possibleTypes,
              int maxPageSize,
              qint64 maxResultValues)
        : m_operation(operation)
        , m_resolver(resolver)
        , m_possibleTypes(possibleTypes)
        , m_collector(operation.document(), operation.variables())
        , m_maxPageSize(maxPageSize)
        , m_valuesLeft(maxResultValues)
    {
        m_out.reserve(4096);
    }

    ExecutionResult run();

private:
    struct PathEntry
    {
        QString key;
        qsizetype index = -1; // a list position instead of a key
    };

    // Appends `"key":`, with a comma before it unless it opens the object.
    void key(const QString &name, bool *first)
    {
        if (!*first)
            m_out.append(',');
        *first = false;
        appendJsonString(m_out, name);
        m_out.append(':');
    }

    QCborArray path() const
    {
        QCborArray array;
        for (const auto &entry : m_path) {
            if (entry.index >= 0)
                array.append(entry.index);
            else
                array.append(entry.key);
        }
        return array;
    }

    void fail(Error error, const Selection &field)
    {
        if (m_failed)
            return;
        m_failed = true;
        error.locations = {field.location};
        error.path = path();
        m_errors.append(error);
    }

    bool spend(qint64 values)
    {
        m_valuesLeft -= values;
        if (m_valuesLeft < 0 && !m_failed) {
            m_failed = true;
            m_errors.append(
                Error{QStringLiteral("The response would be too large"), {}, path(), {}});
        }
        return !m_failed;
    }

    // The group's merged selection for an object of this type, from the cache when it can.
    // A copy (cheap: shared), since the cache may grow while the caller still walks it.
    QList<FieldGroup> subfields(const FieldGroup &group, const QString &typeName);

    void completeValue(const QJsonValue &raw,
                       const FieldGroup &group,
                       qint64 *cost,
                       int listNesting = 0);
    void completeObject(const QJsonObject &object, const FieldGroup &group, qint64 *cost);
    void completeList(const QJsonArray &array,
                      const FieldGroup &group,
                      qint64 *cost,
                      int listNesting);
    // `nodeKeys`, when given, stand in for page.cursors: cursors are made only when asked for.
    void completeConnection(const ConnectionPage &page,
                            const FieldGroup &group,
                            qint64 *cost,
                            const QList<QJsonValue> *nodeKeys = nullptr);
    std::optional<ConnectionPage> slice(const QJsonArray &array,
                                        const FieldGroup &group,
                                        QList<QJsonValue> *nodeKeys);

    const PreparedOperation &m_operation;
    RootResolver &m_resolver;
    const QHash<QString, QStringList> &m_possibleTypes;
    FieldCollector m_collector;
    QHash<QByteArray, QList<FieldGroup>> m_subfieldCache;
    int m_maxPageSize;
    qint64 m_valuesLeft;
    QByteArray m_out;
    QList<PathEntry> m_path;
    QList<Error> m_errors;
    bool m_failed = false;
};

QList<FieldGroup> Execution::subfields(const FieldGroup &group, const QString &typeName)
{
    // Keyed by the fields' addresses in the document (stable for the whole run) and the type.
    QByteArray cacheKey;
    cacheKey.reserve(group.fields.size() * qsizetype(sizeof(void *)) + typeName.size() * 2);
    for (const Selection *field : group.fields) {
        const auto address = quintptr(field);
        cacheKey.append(reinterpret_cast<const char *>(&address), sizeof(address));
    }
    cacheKey.append(reinterpret_cast<const char *>(typeName.constData()), typeName.size() * 2);
    auto it = m_subfieldCache.find(cacheKey);
    if (it == m_subfieldCache.end()) {
        const TypeMatcher matches = [this, &typeName](const QString &condition) {
            return typeName.isEmpty() || condition == typeName
                   || m_possibleTypes.value(condition).contains(typeName);
        };
        it = m_subfieldCache.insert(cacheKey, m_collector.collectSubfields(group, matches));
    }
    return *it;
}

ExecutionResult Execution::run()
{
    const OperationDefinition &operation = *m_operation.operation();
    const bool isMutation = operation.type == OperationDefinition::Type::Mutation;
    const QString rootType = isMutation ? QStringLiteral("Mutation") : QStringLiteral("QueryRoot");
    const auto groups = m_collector.collect(operation.selections,
                                            [&rootType](const QString &condition) {
                                                return condition == rootType;
                                            });
    qint64 cost = 0;
    bool first = true;
    m_out.append('{');
    for (const auto &group : groups) {
        if (m_failed)
            break;
        key(group.responseKey, &first);
        m_path.append({group.responseKey});
        if (group.name() == u"__typename") {
            appendJsonString(m_out, rootType);
            m_path.removeLast();
            continue;
        }
        RootField field{operation.type,
                        group.name(),
                        argumentsToJson(group.field().arguments, m_operation.variables()),
                        &group.field()};
        const Resolution resolution = m_resolver.resolve(field);
        qint64 fieldCost = 0;
        switch (resolution.kind) {
        case Resolution::Kind::Value:
            completeValue(resolution.value, group, &fieldCost);
            break;
        case Resolution::Kind::Connection:
            completeConnection(resolution.page, group, &fieldCost);
            break;
        case Resolution::Kind::FieldError:
            fail(resolution.error, group.field());
            break;
        case Resolution::Kind::UnknownField: {
            Error error = Error::withCode(QStringLiteral("Field '%1' doesn't exist on type '%2'")
                                              .arg(group.name(), rootType),
                                          QStringLiteral("undefinedField"));
            error.extensions.insert(QStringLiteral("typeName"), rootType);
            error.extensions.insert(QStringLiteral("fieldName"), group.name());
            fail(error, group.field());
            break;
        }
        }
        cost += isMutation ? 10 : fieldCost;
        m_path.removeLast();
    }
    m_out.append('}');
    ExecutionResult result;
    result.executed = true;
    result.data = m_failed ? QByteArrayLiteral("null") : m_out;
    result.errors = m_errors;
    result.actualCost = int(std::min<qint64>(cost, 2147483647));
    return result;
}

void Execution::completeValue(const QJsonValue &raw,
                              const FieldGroup &group,
                              qint64 *cost,
                              int listNesting)
{
    *cost = 0;
    if (!spend(1))
        return;
    const bool holdsObjects = raw.isObject() || (raw.isArray() && raw.toArray().at(0).isObject());
    if (!group.hasSelections()) {
        if (holdsObjects) {
            // GraphQL's rule, in graphql-ruby's (and so Shopify's) words.
            fail(Error::withCode(QStringLiteral(
                                     "Field must have selections (field '%1' returns an "
                                     "object but has no selections. Did you mean '%1 { ... }'?)")
                                     .arg(group.name()),
                                 QStringLiteral("selectionMismatch")),
                 group.field());
            return;
        }
        appendJson(m_out, raw);
    } else if (raw.isObject()) {
        completeObject(raw.toObject(), group, cost);
        *cost += 1;
    } else if (raw.isArray()) {
        completeList(raw.toArray(), group, cost, listNesting);
    } else if (raw.isNull() || raw.isUndefined()) {
        m_out.append("null");
    } else {
        fail(Error::withCode(QStringLiteral(
                                 "Selections can't be made on scalars (field '%1' returns a "
                                 "scalar but has selections)")
                                 .arg(group.name()),
                             QStringLiteral("selectionMismatch")),
             group.field());
    }
}

void Execution::completeObject(const QJsonObject &object, const FieldGroup &group, qint64 *cost)
{
    const QString typeName = object.value(QStringLiteral("__typename")).toString();
    const QList<FieldGroup> fields = subfields(group, typeName);
    *cost = 0;
    bool first = true;
    m_out.append('{');
    for (const auto &field : fields) {
        if (m_failed)
            break;
        key(field.responseKey, &first);
        if (field.name() == u"__typename") {
            if (typeName.isEmpty())
                m_out.append("null");
            else
                appendJsonString(m_out, typeName);
            continue;
        }
        m_path.append({field.responseKey});
        qint64 fieldCost = 0;
        completeValue(object.value(field.name()), field, &fieldCost);
        *cost += fieldCost;
        m_path.removeLast();
    }
    m_out.append('}');
}

void Execution::completeList(const QJsonArray &input,
                             const FieldGroup &group,
                             qint64 *cost,
                             int listNesting)
{
    *cost = 0;
    // A `names` argument (InventoryLevel.quantities(names:)) keeps the elements whose "name"
    // member is listed, in the order the data holds them.
    QJsonArray array = input;
    if (const Argument *names = group.field().argument(u"names")) {
        const QJsonValue wanted = valueToJson(names->value, m_operation.variables());
        if (wanted.isArray()) {
            const QJsonArray wantedNames = wanted.toArray();
            QJsonArray kept;
            for (const QJsonValue &element : input) {
                if (wantedNames.contains(element.toObject().value(QStringLiteral("name"))))
                    kept.append(element);
            }
            array = kept;
        }
    }
    if (listNesting == 0 && isConnectionSelection(subfields(group, QString()))) {
        QList<QJsonValue> nodeKeys;
        if (const auto page = slice(array, group, &nodeKeys))
            completeConnection(*page, group, cost, &nodeKeys);
        return;
    }
    if (listNesting >= kMaxListNesting) {
        m_out.append("null");
        return;
    }
    const auto first = pageSizeArgument(group.field(), u"first", m_operation.variables());
    const auto last = pageSizeArgument(group.field(), u"last", m_operation.variables());
    qsizetype begin = 0;
    qsizetype end = array.size();
    if (first)
        end = std::min<qsizetype>(end, *first);
    if (last)
        begin = std::max<qsizetype>(begin, end - *last);
    const bool sized = first || last;
    qint64 dearest = 0;
    m_out.append('[');
    for (qsizetype i = begin; i < end && !m_failed; ++i) {
        if (i > begin)
            m_out.append(',');
        m_path.append({QString(), i});
        qint64 itemCost = 0; // 1 for an object element is already in it
        completeValue(array.at(i), group, &itemCost, listNesting + 1);
        if (sized)
            *cost += itemCost;
        else
            dearest = std::max(dearest, itemCost);
        m_path.removeLast();
    }
    m_out.append(']');
    if (!sized)
        *cost = dearest;
}

std::optional<ConnectionPage> Execution::slice(const QJsonArray &array,
                                               const FieldGroup &group,
                                               QList<QJsonValue> *nodeKeys)
{
    const QJsonObject arguments = argumentsToJson(group.field().arguments, m_operation.variables());
    Error error;
    const auto request = PageRequest::from(arguments, m_maxPageSize, &error);
    if (!request) {
        fail(error, group.field());
        return std::nullopt;
    }
    auto keyAt = [&array](qsizetype i) {
        const QJsonValue key = nodeKey(array.at(i).toObject());
        return key.isUndefined() ? QJsonValue(QStringLiteral("#%1").arg(i)) : key;
    };
    // A cursor names the node it was made for; the page starts after it (or ends before it).
    auto positionOf = [&](const QString &cursor) -> std::optional<qsizetype> {
        const auto decoded = decodeCursor(cursor);
        if (!decoded)
            return std::nullopt;
        const QJsonValue wanted = decoded->value(QStringLiteral("last_id"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (keyAt(i) == wanted)
                return i;
        }
        return std::nullopt;
    };
    qsizetype begin = 0;
    qsizetype end = array.size();
    for (const auto &[cursor, isAfter] :
         {std::pair{request->after, true}, {request->before, false}}) {
        if (cursor.isEmpty())
            continue;
        const auto at = positionOf(cursor);
        if (!at) {
            fail(Error{QStringLiteral("Invalid cursor: %1").arg(cursor), {}, {}, {}}, group.field());
            return std::nullopt;
        }
        if (isAfter)
            begin = std::max(begin, *at + 1);
        else
            end = std::min(end, *at);
    }
    end = std::max(begin, end);
    if (request->first)
        end = std::min<qsizetype>(end, begin + *request->first);
    if (request->last)
        begin = std::max<qsizetype>(begin, end - *request->last);

    ConnectionPage page;
    page.hasPreviousPage = begin > 0;
    page.hasNextPage = end < array.size();
    page.nodeTypeName = array.isEmpty() ? QString() : typeNameOf(array.first());
    for (qsizetype i = begin; i < end; ++i) {
        page.nodes.append(array.at(i).toObject());
        nodeKeys->append(keyAt(i));
    }
    return page;
}

void Execution::completeConnection(const ConnectionPage &page,
                                   const FieldGroup &group,
                                   qint64 *cost,
                                   const QList<QJsonValue> *nodeKeys)
{
    const QString connectionType = page.nodeTypeName.isEmpty()
                                       ? QString()
                                       : page.nodeTypeName + QStringLiteral("Connection");
    const QString edgeType = page.nodeTypeName.isEmpty()
                                 ? QString()
                                 : page.nodeTypeName + QStringLiteral("Edge");
    auto writeTypeName = [this](const QString &name) {
        if (name.isEmpty())
            m_out.append("null");
        else
            appendJsonString(m_out, name);
    };
    auto writeCursor = [this, &page, nodeKeys](qsizetype i) {
        if (i < 0 || i >= page.nodes.size())
            m_out.append("null");
        else if (nodeKeys)
            appendJsonString(m_out, encodeCursor({{QStringLiteral("last_id"), nodeKeys->at(i)}}));
        else
            appendJsonString(m_out, page.cursors.value(i));
    };
    // What each node cost, the dearer of its `nodes` and `edges { node }` appearances.
    std::vector<qint64> nodeCosts(size_t(page.nodes.size()), 1);
    const QList<FieldGroup> fields = subfields(group, connectionType);
    bool first = true;
    m_out.append('{');
    for (const auto &field : fields) {
        if (m_failed)
            break;
        key(field.responseKey, &first);
        m_path.append({field.responseKey});
        if (field.name() == u"__typename") {
            writeTypeName(connectionType);
        } else if (field.name() == u"nodes") {
            m_out.append('[');
            for (qsizetype i = 0; i < page.nodes.size() && spend(1); ++i) {
                if (i > 0)
                    m_out.append(',');
                m_path.append({QString(), i});
                qint64 c = 0;
                completeObject(page.nodes.at(i), field, &c);
                nodeCosts[size_t(i)] = std::max(nodeCosts[size_t(i)], 1 + c);
                m_path.removeLast();
            }
            m_out.append(']');
        } else if (field.name() == u"edges") {
            const QList<FieldGroup> edgeFields = subfields(field, edgeType);
            m_out.append('[');
            for (qsizetype i = 0; i < page.nodes.size() && spend(1); ++i) {
                if (i > 0)
                    m_out.append(',');
                m_path.append({QString(), i});
                bool firstInEdge = true;
                m_out.append('{');
                for (const auto &edgeField : edgeFields) {
                    key(edgeField.responseKey, &firstInEdge);
                    if (edgeField.name() == u"cursor") {
                        writeCursor(i);
                    } else if (edgeField.name() == u"node") {
                        m_path.append({edgeField.responseKey});
                        qint64 c = 0;
                        completeObject(page.nodes.at(i), edgeField, &c);
                        nodeCosts[size_t(i)] = std::max(nodeCosts[size_t(i)], 1 + c);
                        m_path.removeLast();
                    } else if (edgeField.name() == u"__typename") {
                        writeTypeName(edgeType);
                    } else {
                        m_out.append("null");
                    }
                }
                m_out.append('}');
                m_path.removeLast();
            }
            m_out.append(']');
        } else if (field.name() == u"pageInfo") {
            const QList<FieldGroup> infoFields = subfields(field, QStringLiteral("PageInfo"));
            bool firstInInfo = true;
            m_out.append('{');
            for (const auto &infoField : infoFields) {
                const QString &name = infoField.name();
                key(infoField.responseKey, &firstInInfo);
                if (name == u"hasNextPage")
                    m_out.append(page.hasNextPage ? "true" : "false");
                else if (name == u"hasPreviousPage")
                    m_out.append(page.hasPreviousPage ? "true" : "false");
                else if (name == u"startCursor")
                    writeCursor(0);
                else if (name == u"endCursor")
                    writeCursor(page.nodes.size() - 1);
                else if (name == u"__typename")
                    m_out.append("\"PageInfo\"");
                else
                    m_out.append("null");
            }
            m_out.append('}');
            spend(infoFields.size());
        } else {
            m_out.append("null");
        }
        m_path.removeLast();
    }
    m_out.append('}');
    *cost = 2;
    for (const qint64 c : nodeCosts)
        *cost += c;
}

} // namespace

Executor::Executor(RootResolver &resolver)
    : m_resolver(resolver)
{}

void Executor::setPossibleTypes(const QHash<QString, QStringList> &possibleTypes)
{
    m_possibleTypes = possibleTypes;
}

ExecutionResult Executor::execute(const PreparedOperation &operation) const
{
    if (!operation.isValid()) {
        ExecutionResult refused;
        refused.errors = operation.errors();
        return refused;
    }
    Execution execution(operation, m_resolver, m_possibleTypes, m_maxPageSize, m_maxResultValues);
    return execution.run();
}

} // namespace graphql
