// The GraphQL parser: every construct of an executable document parses into the right tree,
// and bad or hostile input gives a message with line and column, never a crash.

#include "core/graphql/Parser.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace graphql;

class TestGraphqlParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesOperationsVariablesAndDefaults();
    void parsesSelectionsAliasesAndFragments();
    void parsesEveryLiteralKind();
    void parsesStringsEscapesAndBlockStrings();
    void anonymousQueryStandsAlone();
    void parsesTheProjectsOperationFiles();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void refusesDeepNestingWithoutCrashing_data();
    void refusesDeepNestingWithoutCrashing();
    void survivesRandomInput();
};

namespace {

const Selection &field(const std::vector<Selection> &selections, const QString &key)
{
    for (const auto &s : selections) {
        if (s.kind == Selection::Kind::Field && s.responseKey() == key)
            return s;
    }
    qFatal("no field %s", qPrintable(key));
}

} // namespace

void TestGraphqlParser::parsesOperationsVariablesAndDefaults()
{
    const QString text = QStringLiteral(R"(
        # A comment, then commas where white space would do.
        query Orders($ids: [ID!]!, $first: Int = 10, $after: String, $flags: [[Boolean]]) {
          nodes(ids: $ids) { id }
        }
        mutation Ship($input: FulfillmentInput!) @deprecated {
          fulfillmentCreate(fulfillment: $input) { userErrors { message } }
        }
        subscription Watch { shop { name } }
    )");
    QString error;
    const auto document = parse(text, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->operationNames(),
             QStringList(
                 {QStringLiteral("Orders"), QStringLiteral("Ship"), QStringLiteral("Watch")}));
    QVERIFY(document->isMutation(QStringLiteral("Ship")));
    QVERIFY(!document->isMutation(QStringLiteral("Orders")));
    QVERIFY(!document->isMutation(QStringLiteral("Nothing")));
    QCOMPARE(document->operation(QStringLiteral("Watch"))->type,
             OperationDefinition::Type::Subscription);
    QVERIFY(!document->operation(QString())); // three operations: a name is needed

    const OperationDefinition *orders = document->operation(QStringLiteral("Orders"));
    QVERIFY(orders);
    QCOMPARE(orders->variables.size(), size_t(4));
    QCOMPARE(orders->variables[0].type.toString(), QStringLiteral("[ID!]!"));
    QCOMPARE(orders->variables[1].type.toString(), QStringLiteral("Int"));
    QVERIFY(orders->variables[1].hasDefaultValue);
    QCOMPARE(orders->variables[1].defaultValue.kind, Value::Kind::Int);
    QCOMPARE(orders->variables[1].defaultValue.text, QStringLiteral("10"));
    QVERIFY(!orders->variables[2].hasDefaultValue);
    QCOMPARE(orders->variables[3].type.toString(), QStringLiteral("[[Boolean]]"));
    QCOMPARE(orders->location.line, 3);
    QCOMPARE(orders->location.column, 9);
}

void TestGraphqlParser::parsesSelectionsAliasesAndFragments()
{
    const QString text = QStringLiteral(R"(
        query Q($withTotals: Boolean!) {
          first: orders(first: 2, query: "status:open") @connection(key: "x") {
            nodes {
              ...OrderBits
              ... on Order @include(if: $withTotals) { currentTotalPriceSet { shopMoney { amount } } }
              ... @skip(if: true) { email }
              __typename
            }
          }
        }
        fragment OrderBits on Order { id name }
    )");
    QString error;
    const auto document = parse(text, &error);
    QVERIFY2(document, qPrintable(error));
    const auto &top = document->operation(QStringLiteral("Q"))->selections;
    QCOMPARE(top.size(), size_t(1));
    const Selection &orders = field(top, QStringLiteral("first"));
    QCOMPARE(orders.name, QStringLiteral("orders"));
    QCOMPARE(orders.alias, QStringLiteral("first"));
    QCOMPARE(orders.arguments.size(), size_t(2));
    QCOMPARE(orders.argument(u"query")->value.text, QStringLiteral("status:open"));
    QCOMPARE(orders.directives.size(), size_t(1));
    QCOMPARE(orders.directives[0].name, QStringLiteral("connection"));

    const auto &nodeSelections = field(orders.selections, QStringLiteral("nodes")).selections;
    QCOMPARE(nodeSelections.size(), size_t(4));
    QCOMPARE(nodeSelections[0].kind, Selection::Kind::FragmentSpread);
    QCOMPARE(nodeSelections[0].name, QStringLiteral("OrderBits"));
    QCOMPARE(nodeSelections[1].kind, Selection::Kind::InlineFragment);
    QCOMPARE(nodeSelections[1].typeCondition, QStringLiteral("Order"));
    QCOMPARE(nodeSelections[1].directives[0].arguments[0].value.kind, Value::Kind::Variable);
    QCOMPARE(nodeSelections[2].kind, Selection::Kind::InlineFragment);
    QVERIFY(nodeSelections[2].typeCondition.isEmpty());
    QCOMPARE(nodeSelections[2].directives[0].name, QStringLiteral("skip"));
    QCOMPARE(nodeSelections[3].name, QStringLiteral("__typename"));

    const FragmentDefinition *fragment = document->fragment(QStringLiteral("OrderBits"));
    QVERIFY(fragment);
    QCOMPARE(fragment->typeCondition, QStringLiteral("Order"));
    QCOMPARE(fragment->selections.size(), size_t(2));
}

void TestGraphqlParser::parsesEveryLiteralKind()
{
    const QString text = QStringLiteral(
        "{ f(a: $v, b: -12, c: 3.5e-2, d: \"s\", e: true, f: false, g: null, h: ENUM_VALUE,"
        " i: [1, [2, 3], []], j: {k: 1, l: {m: [null]}}) }");
    QString error;
    const auto document = parse(text, &error);
    QVERIFY2(document, qPrintable(error));
    const Selection &f = document->operations().front().selections.front();
    QCOMPARE(f.arguments.size(), size_t(10));
    auto kindOf = [&f](const char *name) {
        return f.argument(QString::fromLatin1(name))->value.kind;
    };
    QCOMPARE(kindOf("a"), Value::Kind::Variable);
    QCOMPARE(f.argument(u"a")->value.text, QStringLiteral("v"));
    QCOMPARE(kindOf("b"), Value::Kind::Int);
    QCOMPARE(f.argument(u"b")->value.text, QStringLiteral("-12"));
    QCOMPARE(kindOf("c"), Value::Kind::Float);
    QCOMPARE(f.argument(u"c")->value.text, QStringLiteral("3.5e-2"));
    QCOMPARE(kindOf("d"), Value::Kind::String);
    QCOMPARE(kindOf("e"), Value::Kind::Boolean);
    QVERIFY(f.argument(u"e")->value.boolean);
    QVERIFY(!f.argument(u"f")->value.boolean);
    QCOMPARE(kindOf("g"), Value::Kind::Null);
    QCOMPARE(kindOf("h"), Value::Kind::Enum);
    QCOMPARE(f.argument(u"h")->value.text, QStringLiteral("ENUM_VALUE"));
    const Value &list = f.argument(u"i")->value;
    QCOMPARE(list.kind, Value::Kind::List);
    QCOMPARE(list.list.size(), size_t(3));
    QCOMPARE(list.list[1].list.size(), size_t(2));
    QVERIFY(list.list[2].list.empty());
    const Value &object = f.argument(u"j")->value;
    QCOMPARE(object.kind, Value::Kind::Object);
    QCOMPARE(object.object.size(), size_t(2));
    QCOMPARE(object.object[1].first, QStringLiteral("l"));
    QCOMPARE(object.object[1].second.object[0].second.list[0].kind, Value::Kind::Null);
}

void TestGraphqlParser::parsesStringsEscapesAndBlockStrings()
{
    const QString text = QStringLiteral(
        "{ f(a: \"R\\u00e6kke \\\"x\\\"\\n\\t\\\\ \\ud83d\\ude00 ø\","
        " b: \"\"\"\n      first\n        indented\n      \\\"\"\" quoted\n    \"\"\") }");
    QString error;
    const auto document = parse(text, &error);
    QVERIFY2(document, qPrintable(error));
    const Selection &f = document->operations().front().selections.front();
    QCOMPARE(f.argument(u"a")->value.text,
             QString::fromUtf8("R\u00e6kke \"x\"\n\t\\ \U0001F600 \u00f8"));
    // Block strings lose the common indentation and the blank first and last lines.
    QCOMPARE(f.argument(u"b")->value.text, QStringLiteral("first\n  indented\n\"\"\" quoted"));
}

void TestGraphqlParser::anonymousQueryStandsAlone()
{
    QString error;
    const auto alone = parse(u"{ shop { name } }", &error);
    QVERIFY2(alone, qPrintable(error));
    QCOMPARE(alone->operationNames(), QStringList{QString()});
    QVERIFY(alone->operation(QString()));

    QVERIFY(!parse(u"{ shop { name } }\nquery B { shop { name } }", &error));
    QCOMPARE(error,
             QStringLiteral("line 1, column 1: An anonymous operation must be the only "
                            "operation in the document"));
}

void TestGraphqlParser::parsesTheProjectsOperationFiles()
{
    const QDir operations(
        QDir(SchemaTools::sourceDir()).filePath(QStringLiteral("core/shopify/operations")));
    const QStringList files = operations.entryList({QStringLiteral("*.graphql")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(operations.path()));
    for (const QString &name : files) {
        QFile file(operations.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto document = parse(QString::fromUtf8(file.readAll()), &error);
        QVERIFY2(document, qPrintable(name + u": " + error));
        QVERIFY(!document->operationNames().isEmpty());
        if (name == u"orders.graphql") {
            QCOMPARE(document->operationNames(),
                     QStringList({QStringLiteral("Orders"),
                                  QStringLiteral("OrderList"),
                                  QStringLiteral("OrdersCount"),
                                  QStringLiteral("Order"),
                                  QStringLiteral("OrderFulfillments"),
                                  QStringLiteral("OrderLineItems"),
                                  QStringLiteral("OrderFulfillmentOrders"),
                                  QStringLiteral("FulfillmentOrderLineItems"),
                                  QStringLiteral("FulfillmentCreate"),
                                  QStringLiteral("FulfillmentTrackingInfoUpdate"),
                                  QStringLiteral("FulfillmentOrderLineItemsPreparedForPickup"),
                                  QStringLiteral("FulfillmentCancel")}));
            QCOMPARE(document->fragments().size(), size_t(5));
            QVERIFY(!document->isMutation(QStringLiteral("Orders")));
            QVERIFY(document->isMutation(QStringLiteral("FulfillmentCreate")));
        }
    }
}

void TestGraphqlParser::refusesBadDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("line 1, column 1: The document is empty: "
                                             "expected a query, mutation or fragment");
    QTest::newRow("only a comment") << QStringLiteral("# nothing\n")
                                    << QStringLiteral("line 2, column 1: The document is empty: "
                                                      "expected a query, mutation or fragment");
    QTest::newRow("unterminated string") << QStringLiteral("{\n  f(a: \"open)\n}")
                                         << QStringLiteral("line 2, column 8: Unterminated string");
    QTest::newRow("unterminated block string")
        << QStringLiteral("{ f(a: \"\"\"never closed) }")
        << QStringLiteral("line 1, column 8: Unterminated block string");
    QTest::newRow("bad escape") << QStringLiteral("{ f(a: \"\\q\") }")
                                << QStringLiteral(
                                       "line 1, column 9: Invalid escape sequence \\q in a string");
    QTest::newRow("short unicode escape")
        << QStringLiteral("{ f(a: \"\\u00g\") }")
        << QStringLiteral("line 1, column 9: Invalid Unicode escape: \\u needs four hex digits");
    QTest::newRow("unknown character")
        << QStringLiteral("{ shop { name ? } }")
        << QStringLiteral("line 1, column 15: Unexpected character '?'");
    QTest::newRow("single dot") << QStringLiteral(
        "{ .shop }") << QStringLiteral("line 1, column 3: Unexpected '.': a spread is written '...'");
    QTest::newRow("leading zero") << QStringLiteral("{ f(a: 007) }")
                                  << QStringLiteral(
                                         "line 1, column 9: Invalid number: a number cannot "
                                         "start with 0 unless it is 0");
    QTest::newRow("number glued to a name")
        << QStringLiteral("{ f(a: 12abc) }")
        << QStringLiteral("line 1, column 10: Invalid number: unexpected 'a' after it");
    QTest::newRow("missing brace")
        << QStringLiteral("query Q { shop { name }")
        << QStringLiteral("line 1, column 24: Expected a field, a fragment "
                          "spread or an inline fragment, found the end of "
                          "the document");
    QTest::newRow("empty selection")
        << QStringLiteral("{ shop { } }")
        << QStringLiteral("line 1, column 10: Expected a field, a fragment "
                          "spread or an inline fragment, found '}'");
    QTest::newRow("missing colon")
        << QStringLiteral("{ f(a 1) }")
        << QStringLiteral("line 1, column 7: Expected ':', found an integer");
    QTest::newRow("type definition")
        << QStringLiteral("type Order { id: ID }")
        << QStringLiteral("line 1, column 1: Only queries, mutations, "
                          "subscriptions and fragments can be executed; "
                          "found 'type'");
    QTest::newRow("undefined fragment")
        << QStringLiteral("{ shop { ...Missing } }")
        << QStringLiteral("line 1, column 10: Fragment 'Missing' is not defined");
    QTest::newRow("fragment cycle")
        << QStringLiteral(
               "{ shop { ...A } }\nfragment A on Shop { ...B }\nfragment B on Shop { ...A }")
        << QStringLiteral(
               "line 2, column 1: Fragment 'A' spreads itself, directly or through other "
               "fragments");
    QTest::newRow("fragment spreading itself")
        << QStringLiteral("{ shop { ...A } }\nfragment A on Shop { name ...A }")
        << QStringLiteral(
               "line 2, column 1: Fragment 'A' spreads itself, directly or through other "
               "fragments");
    QTest::newRow("two operations with one name")
        << QStringLiteral("query A { shop { name } }\nquery A { shop { id } }")
        << QStringLiteral("line 2, column 1: There are two operations named 'A'");
    QTest::newRow("variable in a default value")
        << QStringLiteral("query A($a: Int = $b) { shop { name } }")
        << QStringLiteral(
               "line 1, column 19: A variable cannot be used here: the value must be constant");
    QTest::newRow("duplicate argument")
        << QStringLiteral("{ f(a: 1, a: 2) }")
        << QStringLiteral("line 1, column 11: The argument 'a' is given twice");
    QTest::newRow("fragments only")
        << QStringLiteral("fragment A on Shop { name }")
        << QStringLiteral("line 1, column 1: The document has fragments but no operation");
}

void TestGraphqlParser::refusesBadDocuments()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!parse(text, &message));
    QCOMPARE(message, error);
}

void TestGraphqlParser::refusesDeepNestingWithoutCrashing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    auto repeat = [](const char *piece, int times) {
        return QString::fromLatin1(piece).repeated(times);
    };
    // 100,000 levels would overflow the stack of a parser that recursed without a limit.
    QTest::newRow("selection sets") << QString(u'{' + repeat("a{", 100000) + u'}')
                                    << QStringLiteral("Nesting is too deep: more than 64 levels");
    QTest::newRow("list values") << QString(QStringLiteral("{ f(a: ") + repeat("[", 100000) + u'}')
                                 << QStringLiteral("Nesting is too deep: more than 64 levels");
    QTest::newRow("object values")
        << QString(QStringLiteral("{ f(a: ") + repeat("{a:", 100000) + u'}')
        << QStringLiteral("Nesting is too deep: more than 64 levels");
    QTest::newRow("list types") << QString(QStringLiteral("query Q($a: ") + repeat("[", 100000))
                                << QStringLiteral("Nesting is too deep: more than 64 levels");
    // Each fragment is shallow, but they chain 200 deep once expanded.
    QString chain = QStringLiteral("{ ...F0 }\n");
    for (int i = 0; i < 200; ++i)
        chain += QStringLiteral("fragment F%1 on Q { a { ...F%2 } }\n").arg(i).arg(i + 1);
    chain += QStringLiteral("fragment F200 on Q { a }\n");
    QTest::newRow("chained fragments") << chain << QStringLiteral("nests more than 64 levels deep");
}

void TestGraphqlParser::refusesDeepNestingWithoutCrashing()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!parse(text, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("line ")), qPrintable(message));

    // 64 levels are allowed.
    const QString deepest = u'{' + QStringLiteral("a{").repeated(63) + u'b'
                            + QStringLiteral("}").repeated(64);
    QVERIFY2(parse(deepest, &message), qPrintable(message));
}

void TestGraphqlParser::survivesRandomInput()
{
    // Random bytes, and random soups of GraphQL's own tokens (which get further into the
    // parser): each either parses or gives a located message.
    QRandomGenerator random(20260131);
    const QStringList pieces{QStringLiteral("{"),
                             QStringLiteral("}"),
                             QStringLiteral("("),
                             QStringLiteral(")"),
                             QStringLiteral("["),
                             QStringLiteral("]"),
                             QStringLiteral("..."),
                             QStringLiteral(":"),
                             QStringLiteral("$"),
                             QStringLiteral("@"),
                             QStringLiteral("!"),
                             QStringLiteral("="),
                             QStringLiteral("query"),
                             QStringLiteral("fragment"),
                             QStringLiteral("on"),
                             QStringLiteral("a"),
                             QStringLiteral("1"),
                             QStringLiteral("\"s\""),
                             QStringLiteral("\"\"\"b\"\"\""),
                             QStringLiteral(" "),
                             QStringLiteral("\n"),
                             QStringLiteral("#c\n"),
                             QStringLiteral("-"),
                             QStringLiteral("2.5e3")};
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(1, 80));
        if (round % 2 == 0) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            text = QString::fromUtf8(bytes);
        } else {
            for (int i = 0; i < length; ++i)
                text += pieces[int(random.bounded(pieces.size()))];
        }
        QString error;
        const auto document = parse(text, &error);
        if (document) {
            ++parsed;
        } else {
            QVERIFY2(error.startsWith(QStringLiteral("line ")), qPrintable(text + u" -> " + error));
        }
    }
    QVERIFY(parsed < 3000);
}

QTEST_GUILESS_MAIN(TestGraphqlParser)
#include "tst_graphqlparser.moc"
