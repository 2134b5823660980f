// The executor over JSON trees: exactly the selected fields in selection order, aliases,
// fragments and directives, connection paging with cursors, plain lists, errors, actual cost.

#include "core/demostore/graphql/Executor.h"
#include "core/demostore/graphql/JsonWriter.h"
#include "core/graphql/Parser.h"
#include "core/graphql/PreparedOperation.h"
#include "core/graphql/QueryCost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace graphql;

namespace {

// Answers root fields from a JSON object, plus a few special ones.
class FakeRoot final : public RootResolver
{
public:
    QJsonObject root;
    ConnectionPage page;
    QList<QJsonObject> argumentsSeen;

    Resolution resolve(const RootField &field) override
    {
        argumentsSeen.append(field.arguments);
        if (field.name == u"broken")
            return Resolution::failure(
                Error::withCode(QStringLiteral("Broken on purpose"), QStringLiteral("BROKEN")));
        if (field.name == u"paged")
            return Resolution::connection(page);
        if (!root.contains(field.name))
            return Resolution::unknownField();
        return Resolution::of(root.value(field.name));
    }
};

QJsonObject thing(int n, const char *name, const char *owner)
{
    QJsonArray parts;
    for (int p = 1; p <= 3; ++p)
        parts.append(QJsonObject{{QStringLiteral("__typename"), QStringLiteral("Part")},
                                 {QStringLiteral("sku"), QStringLiteral("P%1").arg(p)}});
    return {{QStringLiteral("__typename"), QStringLiteral("Thing")},
            {QStringLiteral("id"), QStringLiteral("gid://test/Thing/%1").arg(10 + n)},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("size"), n},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("parts"), parts},
            {QStringLiteral("owner"),
             owner ? QJsonValue(QJsonObject{{QStringLiteral("__typename"), QStringLiteral("Person")},
                                            {QStringLiteral("name"), QString::fromLatin1(owner)}})
                   : QJsonValue(QJsonValue::Null)}};
}

// JSON text written with single quotes, which keeps the expectations readable.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

struct Run
{
    ExecutionResult result;
    QByteArray data; // the data as JSON text, in the executor's order
    QJsonObject json;
    int requestedCost = 0;
};

} // namespace

class TestGraphqlExecutor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outputHoldsExactlyTheSelectionInOrder();
    void fragmentsApplyByType();
    void includeAndSkipFollowVariables();
    void pagesThroughAConnectionWithCursors();
    void pagesBackwardsWithLastAndBefore();
    void refusesBadPageArguments_data();
    void refusesBadPageArguments();
    void slicesPlainLists();
    void countsActualCost();
    void rendersAResolversPage();
    void passesArgumentsToTheResolver();
    void reportsFieldErrors();
    void refusesInvalidRequests_data();
    void refusesInvalidRequests();
    void mutationFieldsCostTen();
    void nullsTheNearestNullableField();
    void keepsRunningMutationFieldsAfterAFieldError();

private:
    Run run(const QString &query, const QJsonObject &variables = {}, const QString &operation = {});
    // The schema's word on a field, for the field-error rule.
    void type(const char *objectType, const char *field, const char *schemaType)
    {
        m_types.add(QString::fromLatin1(objectType),
                    QString::fromLatin1(field),
                    QString::fromLatin1(schemaType));
    }

    FakeRoot m_root;
    FieldTypes m_types;
};

void TestGraphqlExecutor::init()
{
    m_root = FakeRoot();
    m_types = FieldTypes();
    QJsonArray things;
    things.append(thing(1, "one", "Ann"));
    things.append(thing(2, "two", nullptr));
    things.append(thing(3, "three", "Bo"));
    things.append(thing(4, "four", nullptr));
    things.append(thing(5, "five", "Cy"));
    m_root.root.insert(QStringLiteral("things"), things);
    m_root.root.insert(QStringLiteral("thing"), things.first());
    m_root.root.insert(QStringLiteral("nothing"), QJsonValue::Null);
}

Run TestGraphqlExecutor::run(const QString &query,
                             const QJsonObject &variables,
                             const QString &operation)
{
    QString error;
    const auto document = parse(query, &error);
    if (!document)
        qFatal("does not parse: %s", qPrintable(error));
    const auto prepared = PreparedOperation::prepare(*document, operation, variables);
    Executor executor(m_root);
    executor.setPossibleTypes(
        {{QStringLiteral("Node"), {QStringLiteral("Thing"), QStringLiteral("Part")}}});
    executor.setMaxPageSize(3);
    executor.setFieldTypes(m_types);
    Run r;
    r.result = executor.execute(prepared);
    r.data = r.result.data;
    r.json = QJsonDocument::fromJson(r.data).object();
    if (prepared.isValid())
        r.requestedCost = requestedCost(*document, *prepared.operation(), prepared.variables());
    return r;
}

void TestGraphqlExecutor::outputHoldsExactlyTheSelectionInOrder()
{
    const Run r = run(QStringLiteral(
        "{ thing { zName: name id __typename size missing owner { name } } nothing { id } "
        "again: thing { tags } }"));
    QVERIFY(r.result.executed);
    QVERIFY(r.result.errors.isEmpty());
    // Not alphabetical: as selected. Unselected members (parts, tags) are not there; a member
    // the data lacks is null.
    QCOMPARE(r.data,
             json("{'thing':{'zName':'one','id':'gid://test/Thing/11','__typename':'Thing',"
                  "'size':1,'missing':null,'owner':{'name':'Ann'}},'nothing':null,"
                  "'again':{'tags':['a','b']}}"));
}

void TestGraphqlExecutor::fragmentsApplyByType()
{
    const Run r = run(QStringLiteral(
        "{ thing { ...T ... on Other { size } ... on Node { id } ... { size } name } } "
        "fragment T on Thing { name owner { ...P } } fragment P on Person { name }"));
    QVERIFY(r.result.errors.isEmpty());
    // `name` appears twice and merges at its first place.
    QCOMPARE(
        r.data,
        json(
            "{'thing':{'name':'one','owner':{'name':'Ann'},'id':'gid://test/Thing/11','size':1}}"));
}

void TestGraphqlExecutor::includeAndSkipFollowVariables()
{
    const QString query = QStringLiteral(
        "query Q($yes: Boolean!) { thing { id @include(if: $yes) name @skip(if: $yes) "
        "... @include(if: false) { size } } }");
    QCOMPARE(run(query, {{QStringLiteral("yes"), true}}).data,
             json("{'thing':{'id':'gid://test/Thing/11'}}"));
    QCOMPARE(run(query, {{QStringLiteral("yes"), false}}).data, json("{'thing':{'name':'one'}}"));
}

void TestGraphqlExecutor::pagesThroughAConnectionWithCursors()
{
    const QString query = QStringLiteral(
        "query Q($after: String) { things(first: 2, after: $after) { edges { cursor node { name } "
        "} "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
    QStringList names;
    QJsonValue after = QJsonValue::Null;
    int pages = 0;
    while (true) {
        const Run r = run(query, {{QStringLiteral("after"), after}});
        QVERIFY2(r.result.errors.isEmpty(), r.data.constData());
        const QJsonObject connection = r.json.value(QStringLiteral("things")).toObject();
        const QJsonArray edges = connection.value(QStringLiteral("edges")).toArray();
        const QJsonObject info = connection.value(QStringLiteral("pageInfo")).toObject();
        for (const auto &edge : edges)
            names.append(edge[QStringLiteral("node")][QStringLiteral("name")].toString());
        QCOMPARE(info.value(QStringLiteral("hasPreviousPage")).toBool(), pages > 0);
        QCOMPARE(info.value(QStringLiteral("startCursor")), edges.first()[QStringLiteral("cursor")]);
        QCOMPARE(info.value(QStringLiteral("endCursor")), edges.last()[QStringLiteral("cursor")]);
        ++pages;
        if (!info.value(QStringLiteral("hasNextPage")).toBool())
            break;
        after = info.value(QStringLiteral("endCursor"));
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names,
             QStringList({QStringLiteral("one"),
                          QStringLiteral("two"),
                          QStringLiteral("three"),
                          QStringLiteral("four"),
                          QStringLiteral("five")}));
}

void TestGraphqlExecutor::pagesBackwardsWithLastAndBefore()
{
    const Run all = run(QStringLiteral("{ things(first: 3) { edges { cursor } } }"));
    const QString third
        = all.json[QStringLiteral("things")][QStringLiteral("edges")][2][QStringLiteral("cursor")]
              .toString();
    QVERIFY(!third.isEmpty());
    const Run r = run(QStringLiteral(
                          "query Q($c: String) { things(last: 2, before: $c) { nodes { name } "
                          "pageInfo { hasNextPage hasPreviousPage } } }"),
                      {{QStringLiteral("c"), third}});
    QCOMPARE(r.data,
             json("{'things':{'nodes':[{'name':'one'},{'name':'two'}],"
                  "'pageInfo':{'hasNextPage':true,'hasPreviousPage':false}}}"));
    const Run tail = run(QStringLiteral(
        "{ things(last: 2) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }"));
    QCOMPARE(tail.data,
             json("{'things':{'nodes':[{'name':'four'},{'name':'five'}],"
                  "'pageInfo':{'hasNextPage':false,'hasPreviousPage':true}}}"));
}

void TestGraphqlExecutor::refusesBadPageArguments_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("no size") << QStringLiteral("{ things { nodes { name } } }")
                             << QStringLiteral("you must provide one of first or last");
    QTest::newRow("too big") << QStringLiteral("{ things(first: 4) { nodes { name } } }")
                             << QStringLiteral(
                                    "Argument 'first' is 4, but a page can hold at most 3 nodes");
    QTest::newRow("negative") << QStringLiteral("{ things(last: -1) { nodes { name } } }")
                              << QStringLiteral(
                                     "Argument 'last' must be a page size from 0 to 3, not -1");
    QTest::newRow("bad cursor") << QStringLiteral(
        "{ things(first: 1, after: \"bm90IGEgY3Vyc29y\") { nodes { name } } }")
                                << QStringLiteral("Invalid cursor: bm90IGEgY3Vyc29y");
}

void TestGraphqlExecutor::refusesBadPageArguments()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const Run r = run(query);
    QVERIFY(r.result.executed);
    QCOMPARE(r.result.data, json("{'things':null}")); // a field error nulls the field
    QCOMPARE(r.result.errors.size(), 1);
    // A field that may not be null takes `data` with it.
    type("QueryRoot", "things", "ThingConnection!");
    QCOMPARE(run(query).result.data, QByteArray("null"));
    const QJsonObject error
        = QJsonDocument::fromJson(toJson(r.result.errors.first().toCbor())).object();
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    QCOMPARE(error.value(QStringLiteral("path")).toArray(), QJsonArray{QStringLiteral("things")});
    QCOMPARE(error[QStringLiteral("locations")][0][QStringLiteral("line")].toInt(), 1);
    QCOMPARE(error[QStringLiteral("locations")][0][QStringLiteral("column")].toInt(), 3);
}

void TestGraphqlExecutor::slicesPlainLists()
{
    QCOMPARE(run(QStringLiteral("{ thing { parts(first: 2) { sku } tags } }")).data,
             json("{'thing':{'parts':[{'sku':'P1'},{'sku':'P2'}],'tags':['a','b']}}"));
    QCOMPARE(run(QStringLiteral("{ thing { parts(last: 1) { sku } } }")).data,
             json("{'thing':{'parts':[{'sku':'P3'}]}}"));
    QCOMPARE(
        run(QStringLiteral("{ thing { parts { __typename sku } } }")).data,
        json("{'thing':{'parts':[{'__typename':'Part','sku':'P1'},{'__typename':'Part','sku':'P2'},"
             "{'__typename':'Part','sku':'P3'}]}}"));
}

void TestGraphqlExecutor::countsActualCost()
{
    // Requested: 2 + 2 x (1 + owner 1 + parts(first: 2) 2 x 1) = 10.
    // Returned: "one" has an owner (1 + 1 + 2 = 4), "two" has none (1 + 0 + 2 = 3): 2 + 4 + 3 = 9.
    const Run r = run(QStringLiteral(
        "{ things(first: 2) { nodes { name owner { name } parts(first: 2) { sku } } } }"));
    QCOMPARE(r.requestedCost, 10);
    QCOMPARE(r.result.actualCost, 9);
    // A list without size counts as one object: 1 + thing 1 ... = thing 1 + parts 1 = 2.
    QCOMPARE(run(QStringLiteral("{ thing { parts { sku } } }")).result.actualCost, 2);
    // A null object costs nothing.
    QCOMPARE(run(QStringLiteral("{ nothing { id } }")).result.actualCost, 0);
    // The connection's 2 plus one per node even when only pageInfo is selected: 2 + 3.
    QCOMPARE(run(QStringLiteral("{ things(first: 3) { pageInfo { hasNextPage } } }"))
                 .result.actualCost,
             5);
}

void TestGraphqlExecutor::rendersAResolversPage()
{
    m_root.page.nodes = {thing(1, "one", nullptr), thing(2, "two", nullptr)};
    m_root.page.cursors = {QStringLiteral("c1"), QStringLiteral("c2")};
    m_root.page.hasNextPage = true;
    m_root.page.nodeTypeName = QStringLiteral("Thing");
    const Run r = run(
        QStringLiteral("{ paged(first: 2) { __typename edges { __typename cursor node { name } } "
                       "pageInfo { endCursor hasNextPage hasPreviousPage } } }"));
    QCOMPARE(r.data,
             json("{'paged':{'__typename':'ThingConnection','edges':["
                  "{'__typename':'ThingEdge','cursor':'c1','node':{'name':'one'}},"
                  "{'__typename':'ThingEdge','cursor':'c2','node':{'name':'two'}}],"
                  "'pageInfo':{'endCursor':'c2','hasNextPage':true,'hasPreviousPage':false}}}"));
    QCOMPARE(r.result.actualCost, 4); // 2 + 2 nodes x 1
}

void TestGraphqlExecutor::passesArgumentsToTheResolver()
{
    run(QStringLiteral(
            "query Q($id: ID!, $unset: String) { thing(id: $id, n: 3, f: 1.5, s: \"x\", e: ENUM, "
            "l: [1, $id], o: {a: true, b: null}, u: $unset) { id } }"),
        {{QStringLiteral("id"), QStringLiteral("gid://test/Thing/11")}});
    QCOMPARE(m_root.argumentsSeen.size(), 1);
    const QJsonObject expected{{QStringLiteral("id"), QStringLiteral("gid://test/Thing/11")},
                               {QStringLiteral("n"), 3},
                               {QStringLiteral("f"), 1.5},
                               {QStringLiteral("s"), QStringLiteral("x")},
                               {QStringLiteral("e"), QStringLiteral("ENUM")},
                               {QStringLiteral("l"),
                                QJsonArray{1, QStringLiteral("gid://test/Thing/11")}},
                               {QStringLiteral("o"),
                                QJsonObject{{QStringLiteral("a"), true},
                                            {QStringLiteral("b"), QJsonValue::Null}}}};
    // `u` is left out: its variable was not provided, so the resolver applies its default.
    QCOMPARE(m_root.argumentsSeen.first(), expected);
}

void TestGraphqlExecutor::reportsFieldErrors()
{
    const Run unknown = run(QStringLiteral("{\n  thing { id }\n  nope { id }\n}"));
    QCOMPARE(unknown.result.data, QByteArray("null"));
    QCOMPARE(unknown.result.errors.size(), 1);
    const Error &e = unknown.result.errors.first();
    QCOMPARE(e.message, QStringLiteral("Field 'nope' doesn't exist on type 'QueryRoot'"));
    QCOMPARE(e.locations.first().line, 3);
    QCOMPARE(e.locations.first().column, 3);
    QCOMPARE(e.extensions.value(QStringLiteral("code")).toString(),
             QStringLiteral("undefinedField"));

    const Run noSelection = run(QStringLiteral("{ thing }"));
    QCOMPARE(noSelection.result.data, QByteArray("null"));
    QVERIFY(noSelection.result.errors.first().message.startsWith(
        QStringLiteral("Field must have selections")));
    const Run scalarSelection = run(QStringLiteral("{ thing { name { first } } }"));
    QCOMPARE(scalarSelection.result.data, QByteArray("null"));
    QVERIFY(scalarSelection.result.errors.first().message.startsWith(
        QStringLiteral("Selections can't be made on scalars")));
    QCOMPARE(toJson(scalarSelection.result.errors.first().path), QByteArray(R"(["thing","name"])"));

    const Run broken = run(QStringLiteral("{ broken { id } }"));
    QCOMPARE(broken.result.errors.first().message, QStringLiteral("Broken on purpose"));
    QCOMPARE(broken.result.errors.first().extensions.value(QStringLiteral("code")).toString(),
             QStringLiteral("BROKEN"));
    QCOMPARE(toJson(broken.result.errors.first().path), json("['broken']"));
}

void TestGraphqlExecutor::refusesInvalidRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("variables");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("message");
    const QString two = QStringLiteral("query A { thing { id } } query B { thing { id } }");
    QTest::newRow("no name among several")
        << two << QJsonObject() << QString() << QStringLiteral("An operation name is required");
    QTest::newRow("unknown name") << two << QJsonObject() << QStringLiteral("C")
                                  << QStringLiteral("No operation named \"C\"");
    const QString typed = QStringLiteral(
        "query A($n: Int!, $ids: [ID!]) { things(first: $n) { nodes { id } } }");
    QTest::newRow("required variable missing")
        << typed << QJsonObject() << QString()
        << QStringLiteral("Variable $n of type Int! was provided invalid value");
    QTest::newRow("wrong type") << typed
                                << QJsonObject{{QStringLiteral("n"), QStringLiteral("ten")}}
                                << QString()
                                << QStringLiteral(
                                       "Variable $n of type Int! was provided invalid value");
    QTest::newRow("null in a list of non-null")
        << typed
        << QJsonObject{{QStringLiteral("n"), 1},
                       {QStringLiteral("ids"), QJsonArray{QJsonValue::Null}}}
        << QString() << QStringLiteral("Variable $ids of type [ID!] was provided invalid value");
    QTest::newRow("undeclared variable")
        << QStringLiteral("query A { things(first: $n) { nodes { ...F } } } fragment F on Thing { "
                          "parts(first: $m) { sku } }")
        << QJsonObject() << QString()
        << QStringLiteral("Variable $n is used by A but not declared");
}

void TestGraphqlExecutor::refusesInvalidRequests()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, variables);
    QFETCH(QString, operation);
    QFETCH(QString, message);
    const Run r = run(query, variables, operation);
    QVERIFY(!r.result.executed);
    QVERIFY(!r.result.errors.isEmpty());
    QCOMPARE(r.result.errors.first().message, message);
    QVERIFY(m_root.argumentsSeen.isEmpty()); // nothing ran
}

void TestGraphqlExecutor::mutationFieldsCostTen()
{
    m_root.root.insert(QStringLiteral("doIt"), QJsonObject{{QStringLiteral("ok"), true}});
    const Run r = run(QStringLiteral("mutation { __typename a: doIt { ok } b: doIt { ok } }"));
    QCOMPARE(r.data, json("{'__typename':'Mutation','a':{'ok':true},'b':{'ok':true}}"));
    QCOMPARE(r.requestedCost, 20);
    QCOMPARE(r.result.actualCost, 20);
}

void TestGraphqlExecutor::nullsTheNearestNullableField()
{
    const Error denied = Error::withCode(QStringLiteral("Not for you"),
                                         QStringLiteral("ACCESS_DENIED"));
    QJsonObject secret = thing(7, "seven", "Di");
    secret.insert(QStringLiteral("owner"), denied.toFieldValue());
    m_root.root.insert(QStringLiteral("thing"), secret);

    // The denied field is null, with an error at its path; the rest of the answer stays.
    Run r = run(QStringLiteral("{ thing { name owner { name } } other: thing { size } }"));
    QCOMPARE(r.data, json("{'thing':{'name':'seven','owner':null},'other':{'size':7}}"));
    QCOMPARE(r.result.errors.size(), 1);
    QCOMPARE(r.result.errors.first().message, QStringLiteral("Not for you"));
    QCOMPARE(toJson(r.result.errors.first().path), json("['thing','owner']"));
    QCOMPARE(r.result.errors.first().locations.first().column, 16);
    QCOMPARE(r.result.errors.first().extensions.value(QStringLiteral("code")).toString(),
             QStringLiteral("ACCESS_DENIED"));

    // A field that may not be null passes the null to its parent, which may be.
    type("Thing", "owner", "Person!");
    r = run(QStringLiteral("{ thing { name owner { name } } other: thing { size } }"));
    QCOMPARE(r.data, json("{'thing':null,'other':{'size':7}}"));
    QCOMPARE(r.result.errors.size(), 1);
    // ... and further up, to `data` itself.
    type("QueryRoot", "thing", "Thing!");
    r = run(QStringLiteral("{ thing { name owner { name } } }"));
    QCOMPARE(r.data, QByteArray("null"));
    QCOMPARE(r.result.errors.size(), 1);

    // In a list: the element, when elements may be null, else the whole list.
    m_types = FieldTypes();
    QJsonObject partly = thing(8, "eight", nullptr);
    QJsonArray parts = partly.value(QStringLiteral("parts")).toArray();
    QJsonObject second = parts[1].toObject();
    second.insert(QStringLiteral("sku"), denied.toFieldValue());
    parts[1] = second;
    partly.insert(QStringLiteral("parts"), parts);
    m_root.root.insert(QStringLiteral("thing"), partly);
    type("Part", "sku", "String!");
    r = run(QStringLiteral("{ thing { name parts { sku } } }"));
    QCOMPARE(r.data, json("{'thing':{'name':'eight','parts':[{'sku':'P1'},null,{'sku':'P3'}]}}"));
    QCOMPARE(toJson(r.result.errors.first().path), json("['thing','parts',1,'sku']"));
    type("Thing", "parts", "[Part!]");
    r = run(QStringLiteral("{ thing { name parts { sku } } }"));
    QCOMPARE(r.data, json("{'thing':{'name':'eight','parts':null}}"));

    // Through a connection, whose nodes are never null: the connection field.
    m_types = FieldTypes();
    QJsonArray things = m_root.root.value(QStringLiteral("things")).toArray();
    QJsonObject first = things[0].toObject();
    first.insert(QStringLiteral("name"), denied.toFieldValue());
    things[0] = first;
    m_root.root.insert(QStringLiteral("things"), things);
    r = run(QStringLiteral("{ things(first: 2) { nodes { name } } }"));
    QCOMPARE(r.data, json("{'things':{'nodes':[{'name':null},{'name':'two'}]}}"));
    type("Thing", "name", "String!");
    r = run(QStringLiteral("{ things(first: 2) { nodes { size name } } thing { size } }"));
    QCOMPARE(r.data, json("{'things':null,'thing':{'size':8}}"));
    QCOMPARE(toJson(r.result.errors.first().path), json("['things','nodes',0,'name']"));
}

void TestGraphqlExecutor::keepsRunningMutationFieldsAfterAFieldError()
{
    m_root.root.insert(QStringLiteral("doIt"), QJsonObject{{QStringLiteral("ok"), true}});
    const Run r = run(QStringLiteral("mutation { a: broken { ok } b: doIt { ok } }"));
    QCOMPARE(r.data, json("{'a':null,'b':{'ok':true}}"));
    QCOMPARE(r.result.errors.size(), 1);
    QCOMPARE(toJson(r.result.errors.first().path), json("['a']"));
    QCOMPARE(m_root.argumentsSeen.size(), 2); // both ran
}

QTEST_GUILESS_MAIN(TestGraphqlExecutor)
#include "tst_graphqlexecutor.moc"
