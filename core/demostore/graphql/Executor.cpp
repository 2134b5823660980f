#include "core/demostore/graphql/Executor.h"

#include "core/demostore/graphql/Cursor.h"
#include "core/demostore/graphql/JsonWriter.h"
#include "core/demostore/graphql/PageRequest.h"
#include "core/graphql/FieldCollector.h"
#include "core/graphql/Values.h"

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
              const FieldTypes &fieldTypes,
              int maxPageSize,
              qint64 maxResultValues)
        : m_operation(operation)
        , m_resolver(resolver)
        , m_possibleTypes(possibleTypes)
        , m_fieldTypes(fieldTypes)
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

    // A field error at the current path: the value there becomes null (or the nearest
    // nullable one above it, which the callers see to), and the execution goes on.
    void fail(Error error, const Selection &field)
    {
        if (m_aborted)
            return;
        error.locations = {field.location};
        error.path = path();
        m_errors.append(error);
    }

    // An error that ends the whole execution with data null: what a validating server
    // refuses before running anything (an unknown root field, selections that do not fit the
    // value), and a response too large to send.
    void abort(Error error, const Selection *field)
    {
        if (m_aborted)
            return;
        m_aborted = true;
        if (field)
            error.locations = {field->location};
        error.path = path();
        m_errors.append(error);
    }

    bool spend(qint64 values)
    {
        m_valuesLeft -= values;
        if (m_valuesLeft < 0)
            abort(Error{QStringLiteral("The response would be too large"), {}, {}, {}}, nullptr);
        return !m_aborted;
    }

    // The selection of an object of one type: the merged field groups and the schema's type
    // of each.
    struct Subfields
    {
        QList<FieldGroup> groups;
        QList<FieldType> types;
    };

    // The group's merged selection for an object of this type, from the cache when it can.
    // A copy (cheap: shared), since the cache may grow while the caller still walks it.
    Subfields subfields(const FieldGroup &group, const QString &typeName);

    // Each complete... writes the value at the current position and returns false when it
    // must be null because of a field error (the error is recorded where it happened);
    // completeField() turns that into null when the field's type allows, else passes it up.
    bool completeField(const QJsonValue &raw,
                       const FieldGroup &group,
                       const FieldType &type,
                       qint64 *cost,
                       int listNesting = 0);
    bool completeValue(const QJsonValue &raw,
                       const FieldGroup &group,
                       const FieldType &type,
                       qint64 *cost,
                       int listNesting);
    bool completeObject(const QJsonObject &object,
                        const QString &typeName,
                        const FieldGroup &group,
                        qint64 *cost);
    bool completeList(const QJsonArray &array,
                      const FieldGroup &group,
                      const FieldType &type,
                      qint64 *cost,
                      int listNesting);
    // `nodeKeys`, when given, stand in for page.cursors: cursors are made only when asked for.
    // A connection's nodes, edges and their nodes are never null, in every Shopify connection.
    bool completeConnection(const ConnectionPage &page,
                            const FieldGroup &group,
                            qint64 *cost,
                            const QList<QJsonValue> *nodeKeys = nullptr);
    std::optional<ConnectionPage> slice(const QJsonArray &array,
                                        const FieldGroup &group,
                                        QList<QJsonValue> *nodeKeys);

    const PreparedOperation &m_operation;
    RootResolver &m_resolver;
    const QHash<QString, QStringList> &m_possibleTypes;
    const FieldTypes &m_fieldTypes;
    FieldCollector m_collector;
    QHash<QByteArray, Subfields> m_subfieldCache;
    int m_maxPageSize;
    qint64 m_valuesLeft;
    QByteArray m_out;
    QList<PathEntry> m_path;
    QList<Error> m_errors;
    bool m_aborted = false;
};

Execution::Subfields Execution::subfields(const FieldGroup &group, const QString &typeName)
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
        Subfields collected;
        collected.groups = m_collector.collectSubfields(group, matches);
        collected.types.reserve(collected.groups.size());
        for (const FieldGroup &field : std::as_const(collected.groups))
            collected.types.append(m_fieldTypes.type(typeName, field.name()));
        it = m_subfieldCache.insert(cacheKey, collected);
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
    bool dataIsNull = false; // a root field that may not be null failed
    m_out.append('{');
    for (const auto &group : groups) {
        if (m_aborted || dataIsNull)
            break;
        key(group.responseKey, &first);
        m_path.append({group.responseKey});
        if (group.name() == u"__typename") {
            appendJsonString(m_out, rootType);
            m_path.removeLast();
            continue;
        }
        const FieldType type = m_fieldTypes.type(rootType, group.name());
        RootField field{operation.type,
                        group.name(),
                        argumentsToJson(group.field().arguments, m_operation.variables()),
                        &group.field()};
        const Resolution resolution = m_resolver.resolve(field);
        qint64 fieldCost = 0;
        const qsizetype start = m_out.size();
        bool ok = true;
        switch (resolution.kind) {
        case Resolution::Kind::Value:
            ok = completeField(resolution.value, group, type, &fieldCost);
            break;
        case Resolution::Kind::Connection:
            ok = completeConnection(resolution.page, group, &fieldCost);
            if (!ok && !m_aborted && !type.nonNull) {
                m_out.truncate(start);
                m_out.append("null");
                ok = true;
            }
            break;
        case Resolution::Kind::FieldError:
            fail(resolution.error, group.field());
            ok = !type.nonNull;
            m_out.append("null");
            break;
        case Resolution::Kind::UnknownField: {
            Error error = Error::withCode(QStringLiteral("Field '%1' doesn't exist on type '%2'")
                                              .arg(group.name(), rootType),
                                          QStringLiteral("undefinedField"));
            error.extensions.insert(QStringLiteral("typeName"), rootType);
            error.extensions.insert(QStringLiteral("fieldName"), group.name());
            abort(error, &group.field());
            break;
        }
        }
        dataIsNull = !ok;
        cost += isMutation ? 10 : fieldCost;
        m_path.removeLast();
    }
    m_out.append('}');
    ExecutionResult result;
    result.executed = true;
    result.data = m_aborted || dataIsNull ? QByteArrayLiteral("null") : m_out;
    result.errors = m_errors;
    result.actualCost = int(std::min<qint64>(cost, 2147483647));
    return result;
}

bool Execution::completeField(const QJsonValue &raw,
                              const FieldGroup &group,
                              const FieldType &type,
                              qint64 *cost,
                              int listNesting)
{
    const qsizetype start = m_out.size();
    if (completeValue(raw, group, type, cost, listNesting))
        return true;
    if (m_aborted || type.nonNull)
        return false;
    m_out.truncate(start);
    m_out.append("null");
    *cost = 0;
    return true;
}

bool Execution::completeValue(const QJsonValue &raw,
                              const FieldGroup &group,
                              const FieldType &type,
                              qint64 *cost,
                              int listNesting)
{
    *cost = 0;
    if (!spend(1))
        return false;
    QString typeName;
    if (raw.isObject()) {
        const QJsonObject object = raw.toObject();
        typeName = object.value(QStringLiteral("__typename")).toString();
        if (typeName == Error::fieldErrorTypeName()) {
            fail(Error::fromFieldValue(object).value_or(Error{}), group.field());
            return false;
        }
    }
    const bool holdsObjects = raw.isObject() || (raw.isArray() && raw.toArray().at(0).isObject());
    if (!group.hasSelections()) {
        if (holdsObjects) {
            // GraphQL's rule, in graphql-ruby's (and so Shopify's) words.
            abort(Error::withCode(QStringLiteral(
                                      "Field must have selections (field '%1' returns an "
                                      "object but has no selections. Did you mean '%1 { ... }'?)")
                                      .arg(group.name()),
                                  QStringLiteral("selectionMismatch")),
                  &group.field());
            return false;
        }
        appendJson(m_out, raw);
        return true;
    }
    if (raw.isObject()) {
        const bool ok = completeObject(raw.toObject(), typeName, group, cost);
        *cost += 1;
        return ok;
    }
    if (raw.isArray())
        return completeList(raw.toArray(), group, type, cost, listNesting);
    if (raw.isNull() || raw.isUndefined()) {
        m_out.append("null");
        return true;
    }
    abort(Error::withCode(QStringLiteral(
                              "Selections can't be made on scalars (field '%1' returns a "
                              "scalar but has selections)")
                              .arg(group.name()),
                          QStringLiteral("selectionMismatch")),
          &group.field());
    return false;
}

bool Execution::completeObject(const QJsonObject &object,
                               const QString &typeName,
                               const FieldGroup &group,
                               qint64 *cost)
{
    const Subfields fields = subfields(group, typeName);
    *cost = 0;
    bool first = true;
    m_out.append('{');
    for (qsizetype i = 0; i < fields.groups.size(); ++i) {
        const FieldGroup &field = fields.groups[i];
        if (m_aborted)
            return false;
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
        const bool ok
            = completeField(object.value(field.name()), field, fields.types[i], &fieldCost);
        *cost += fieldCost;
        m_path.removeLast();
        if (!ok)
            return false; // a field that may not be null is: so is this object
    }
    m_out.append('}');
    return true;
}

bool Execution::completeList(const QJsonArray &input,
                             const FieldGroup &group,
                             const FieldType &type,
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
    if (listNesting == 0 && isConnectionSelection(subfields(group, QString()).groups)) {
        QList<QJsonValue> nodeKeys;
        const auto page = slice(array, group, &nodeKeys);
        return page && completeConnection(*page, group, cost, &nodeKeys);
    }
    if (listNesting >= kMaxListNesting) {
        m_out.append("null");
        return true;
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
    // Lists of lists are not in Shopify's schema where we serve them: inner ones may be null.
    FieldType elementType;
    if (listNesting == 0) {
        elementType.namedType = type.namedType;
        elementType.nonNull = type.itemNonNull;
    }
    qint64 dearest = 0;
    m_out.append('[');
    for (qsizetype i = begin; i < end; ++i) {
        if (i > begin)
            m_out.append(',');
        m_path.append({QString(), i});
        qint64 itemCost = 0; // 1 for an object element is already in it
        const bool ok = completeField(array.at(i), group, elementType, &itemCost, listNesting + 1);
        if (sized)
            *cost += itemCost;
        else
            dearest = std::max(dearest, itemCost);
        m_path.removeLast();
        if (!ok)
            return false; // an element that may not be null is: so is the list
    }
    m_out.append(']');
    if (!sized)
        *cost = dearest;
    return true;
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

bool Execution::completeConnection(const ConnectionPage &page,
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
    auto typeOf = [](const QJsonObject &node) {
        return node.value(QStringLiteral("__typename")).toString();
    };
    // What each node cost, the dearer of its `nodes` and `edges { node }` appearances.
    std::vector<qint64> nodeCosts(size_t(page.nodes.size()), 1);
    const QList<FieldGroup> fields = subfields(group, connectionType).groups;
    bool first = true;
    bool ok = true;
    m_out.append('{');
    for (const auto &field : fields) {
        if (m_aborted || !ok)
            return false;
        key(field.responseKey, &first);
        m_path.append({field.responseKey});
        if (field.name() == u"__typename") {
            writeTypeName(connectionType);
        } else if (field.name() == u"nodes") {
            m_out.append('[');
            for (qsizetype i = 0; i < page.nodes.size() && ok && spend(1); ++i) {
                if (i > 0)
                    m_out.append(',');
                m_path.append({QString(), i});
                qint64 c = 0;
                ok = completeObject(page.nodes.at(i), typeOf(page.nodes.at(i)), field, &c);
                nodeCosts[size_t(i)] = std::max(nodeCosts[size_t(i)], 1 + c);
                m_path.removeLast();
            }
            m_out.append(']');
        } else if (field.name() == u"edges") {
            const QList<FieldGroup> edgeFields = subfields(field, edgeType).groups;
            m_out.append('[');
            for (qsizetype i = 0; i < page.nodes.size() && ok && spend(1); ++i) {
                if (i > 0)
                    m_out.append(',');
                m_path.append({QString(), i});
                bool firstInEdge = true;
                m_out.append('{');
                for (const auto &edgeField : edgeFields) {
                    if (!ok)
                        break;
                    key(edgeField.responseKey, &firstInEdge);
                    if (edgeField.name() == u"cursor") {
                        writeCursor(i);
                    } else if (edgeField.name() == u"node") {
                        m_path.append({edgeField.responseKey});
                        qint64 c = 0;
                        ok = completeObject(page.nodes.at(i),
                                            typeOf(page.nodes.at(i)),
                                            edgeField,
                                            &c);
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
            const QList<FieldGroup> infoFields = subfields(field, QStringLiteral("PageInfo")).groups;
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
    if (m_aborted || !ok)
        return false;
    m_out.append('}');
    *cost = 2;
    for (const qint64 c : nodeCosts)
        *cost += c;
    return true;
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
    Execution execution(operation,
                        m_resolver,
                        m_possibleTypes,
                        m_fieldTypes,
                        m_maxPageSize,
                        m_maxResultValues);
    return execution.run();
}

} // namespace graphql
