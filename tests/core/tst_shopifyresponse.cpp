#include "core/shopify/ShopifyResponse.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ShopifyError::Kind;
using Outcome = ShopifyResponse::Outcome;

// What each kind of answer Shopify (or something in its place) gives turns into.
class TestShopifyResponse final : public QObject
{
    Q_OBJECT

private slots:
    void readsData()
    {
        const auto r = ShopifyResponse::read(
            200, R"({"data":{"shop":{"name":"x"}},"extensions":{"cost":{"requestedQueryCost":1}}})");
        QCOMPARE(r.outcome, Outcome::Data);
        QCOMPARE(r.data[u"shop"][u"name"].toString(), u"x"_s);
        QCOMPARE(r.extensions[u"cost"][u"requestedQueryCost"].toInt(), 1);
    }

    void typesEveryFailure_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("mayHaveBeenProcessed");
        QTest::addColumn<QString>("detail");
        QTest::newRow("401") << 401
                             << QByteArray(R"({"errors":"[API] Invalid API key or access token"})")
                             << int(Kind::Unauthorized) << false
                             << u"[API] Invalid API key or access token"_s;
        QTest::newRow("402") << 402 << QByteArray(R"({"errors":"Unavailable Shop"})")
                             << int(Kind::PaymentRequired) << false << u"Unavailable Shop"_s;
        QTest::newRow("403") << 403 << QByteArray() << int(Kind::Forbidden) << false << QString();
        QTest::newRow("404") << 404 << QByteArray(R"({"errors":"Not Found"})")
                             << int(Kind::NotFound) << false << u"Not Found"_s;
        QTest::newRow("423") << 423 << QByteArray(R"({"errors":"Locked"})") << int(Kind::Locked)
                             << false << u"Locked"_s;
        QTest::newRow("429") << 429 << QByteArray(R"({"errors":"Exceeded 2 calls per second"})")
                             << int(Kind::TooManyRequests) << false
                             << u"Exceeded 2 calls per second"_s;
        QTest::newRow("502 html") << 502 << QByteArray("<html>\n<h1>502  Bad Gateway</h1></html>")
                                  << int(Kind::ServerError) << true
                                  << u"<html> <h1>502 Bad Gateway</h1></html>"_s;
        QTest::newRow("418") << 418 << QByteArray("teapot") << int(Kind::HttpError) << false
                             << u"teapot"_s;
        QTest::newRow("not json") << 200 << QByteArray("<html>maintenance</html>")
                                  << int(Kind::BadResponse) << true
                                  << u"not JSON (illegal value at byte 1)"_s;
        QTest::newRow("truncated")
            << 200 << QByteArray(R"({"data":{"orders":)") << int(Kind::BadResponse) << true
            << u"not JSON (unterminated object at byte 18)"_s;
        QTest::newRow("array") << 200 << QByteArray("[1,2]") << int(Kind::BadResponse) << true
                               << u"JSON, but not an object"_s;
        QTest::newRow("no data") << 200 << QByteArray(R"({"extensions":{}})")
                                 << int(Kind::BadResponse) << true << u"no data in the response"_s;
        QTest::newRow("data not an object")
            << 200 << QByteArray(R"({"data":[]})") << int(Kind::BadResponse) << true
            << u"no data in the response"_s;
        QTest::newRow("graphql error")
            << 200
            << QByteArray(
                   R"({"errors":[{"message":"Field x does not exist","extensions":{"code":"undefinedField"}}]})")
            << int(Kind::GraphqlError) << false << u"Field x does not exist"_s;
        QTest::newRow("two errors")
            << 200 << QByteArray(R"({"errors":[{"message":"a"},{"message":"b"}]})")
            << int(Kind::GraphqlError) << false << u"a; b"_s;
        QTest::newRow("access denied")
            << 200
            << QByteArray(
                   R"({"errors":[{"message":"Access denied for fulfillmentOrders field.","extensions":{"code":"ACCESS_DENIED"}}],"data":null})")
            << int(Kind::AccessDenied) << false << u"Access denied for fulfillmentOrders field."_s;
        QTest::newRow("max cost")
            << 200
            << QByteArray(
                   R"({"errors":[{"message":"Query cost is 1200","extensions":{"code":"MAX_COST_EXCEEDED","cost":1200,"maxCost":1000}}]})")
            << int(Kind::MaxCostExceeded) << false << u"Query cost is 1200"_s;
        QTest::newRow("internal error")
            << 200
            << QByteArray(
                   R"({"errors":[{"message":"Internal error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]})")
            << int(Kind::GraphqlError) << true << u"Internal error"_s;
        QTest::newRow("errors as a string") << 200 << QByteArray(R"({"errors":"Bad things"})")
                                            << int(Kind::GraphqlError) << false << u"Bad things"_s;
        // A root field denied: `order: null` beside the error does not mean "no such order".
        QTest::newRow("root field denied")
            << 200
            << QByteArray(
                   R"({"data":{"order":null},"errors":[{"message":"Access denied for order field.","path":["order"],"extensions":{"code":"ACCESS_DENIED"}}]})")
            << int(Kind::AccessDenied) << false << u"Access denied for order field."_s;
        QTest::newRow("error without a path beside data")
            << 200
            << QByteArray(
                   R"({"data":{"shop":{"name":"x"}},"errors":[{"message":"Internal error"}]})")
            << int(Kind::GraphqlError) << false << u"Internal error"_s;
        // A nested error whose null reached the root field: not "no such order" either.
        QTest::newRow("nested error nulls the root field")
            << 200
            << QByteArray(
                   R"({"data":{"order":null},"errors":[{"message":"Access denied for lineItems field.","path":["order","lineItems"],"extensions":{"code":"ACCESS_DENIED"}}]})")
            << int(Kind::AccessDenied) << false << u"Access denied for lineItems field."_s;
        // ... or an entry of a list: a null node is not "an item Shopify no longer has".
        QTest::newRow("nested error nulls a list entry")
            << 200
            << QByteArray(
                   R"({"data":{"nodes":[null,{"id":"x"}]},"errors":[{"message":"Access denied for variants field.","path":["nodes",0,"variants"],"extensions":{"code":"ACCESS_DENIED"}}]})")
            << int(Kind::AccessDenied) << false << u"Access denied for variants field."_s;
        // A field that failed for another reason is a hole, not a choice: try again later.
        QTest::newRow("a field failed on Shopify's side")
            << 200
            << QByteArray(
                   R"({"data":{"orders":{"nodes":[{"id":"1","email":null}]}},"errors":[{"message":"Internal error","path":["orders","nodes",0,"email"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]})")
            << int(Kind::GraphqlError) << true << u"Internal error"_s;
        QTest::newRow("errors and data null")
            << 200
            << QByteArray(
                   R"({"data":null,"errors":[{"message":"denied","path":["orders","nodes",0,"email"]}]})")
            << int(Kind::GraphqlError) << false << u"denied"_s;
    }
    void typesEveryFailure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, mayHaveBeenProcessed);
        QFETCH(QString, detail);
        const ShopifyResponse r = ShopifyResponse::read(status, body);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.error.mayHaveBeenProcessed, mayHaveBeenProcessed);
        QCOMPARE(r.error.detail, detail);
        // The first words the person reads for each kind (tst_usermessages has them whole).
        const QHash<int, QString>
            words{{int(Kind::AccessDenied), u"Access denied: the app lacks an access scope"_s},
                  {int(Kind::BadResponse), u"The shop sent an answer Smidig does not understand"_s},
                  {int(Kind::Forbidden), u"The app is not allowed to do this"_s},
                  {int(Kind::GraphqlError), u"Shopify could not carry out the request: "_s},
                  {int(Kind::HttpError), u"The shop gave an unexpected answer (HTTP status "_s},
                  {int(Kind::Locked), u"The shop is locked by Shopify."_s},
                  {int(Kind::MaxCostExceeded), u"A request was too large for Shopify."_s},
                  {int(Kind::NotFound), u"There is no shop at this address."_s},
                  {int(Kind::PaymentRequired),
                   u"The shop is frozen because of unpaid Shopify bills."_s},
                  {int(Kind::ServerError), u"Shopify has a problem on its side (server error)."_s},
                  {int(Kind::TooManyRequests), u"Shopify asked Smidig to slow down."_s},
                  {int(Kind::Unauthorized), u"The shop refused the access token"_s}};
        QVERIFY2(words.contains(kind), "a row whose words are not written out here");
        QVERIFY2(r.error.userMessage().startsWith(words.value(kind)),
                 qPrintable(r.error.userMessage()));
    }

    void keepsDataThatCameWithFieldErrors()
    {
        // Shopify's answer for an app without access to protected customer data: the denied
        // fields are null, each named in `errors`, and the rest of the data stands.
        const auto r = ShopifyResponse::read(
            200,
            R"({"data":{"orders":{"nodes":[{"id":"gid://shopify/Order/1","email":null}]}},)"
            R"("errors":[{"message":"This app is not approved to use the email field.",)"
            R"("locations":[{"line":3,"column":5}],"path":["orders","nodes",0,"email"],)"
            R"("extensions":{"code":"ACCESS_DENIED"}}],)"
            R"("extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":4}}})");
        QCOMPARE(r.outcome, Outcome::Data);
        QCOMPARE(r.data[u"orders"][u"nodes"][0][u"id"].toString(), u"gid://shopify/Order/1"_s);
        QCOMPARE(r.fieldErrors.size(), 1);
        const FieldError &error = r.fieldErrors.first();
        QCOMPARE(error.path, (QStringList{u"orders"_s, u"nodes"_s, u"0"_s, u"email"_s}));
        QCOMPARE(error.code, u"ACCESS_DENIED"_s);
        QCOMPARE(error.message, u"This app is not approved to use the email field."_s);
        QVERIFY(error.isUnder({u"orders"_s, u"nodes"_s, u"0"_s}));
        QVERIFY(!error.isUnder({u"orders"_s, u"nodes"_s, u"1"_s}));
        QCOMPARE(r.extensions[u"cost"][u"actualQueryCost"].toInt(), 4);
    }

    void throttledIsNotAFailure()
    {
        const auto r = ShopifyResponse::read(
            200,
            R"({"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],"extensions":{"cost":{"requestedQueryCost":900,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":2000,"currentlyAvailable":50,"restoreRate":100}}}})");
        QCOMPARE(r.outcome, Outcome::Throttled);
        QCOMPARE(r.extensions[u"cost"][u"throttleStatus"][u"currentlyAvailable"].toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestShopifyResponse)
#include "tst_shopifyresponse.moc"
