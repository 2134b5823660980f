#include "core/shopify/ClientCredentialsProvider.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/LearnedCosts.h"
#include "core/shopify/ShopCredentials.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"
#include "core/shopify/ShopifyResponse.h"

#include "tests/testlib/CannedHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Counts what it is asked to send: a refusal "before anything is sent" must leave it at 0.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation operation,
                                 const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

const QByteArray kShopAnswer = "{\"data\":{\"shop\":{\"name\":\"Butik\",\"myshopifyDomain\":"
                               "\"butik.myshopify.com\"},\"currentAppInstallation\":{"
                               "\"accessScopes\":[]}}}";

GraphqlOperation connectionCheck()
{
    return GraphqlOperation::load(u":/graphql/connection.graphql"_s, u"ConnectionCheck"_s);
}

CannedHttpServer::Answer json(int status,
                              const QByteArray &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    return {status, "application/json", body, false, headers};
}

} // namespace

// Where the access token and the client secret may go (only to the shop's own address, never
// after a redirect), how refusals of the client-credentials grant are told apart, Retry-After
// as Shopify writes it, and what the client learns from the prices Shopify reports.
class TestShopifyTransport final : public QObject
{
    Q_OBJECT

private:
    // A shop that answers every request with this redirect to a second host, which must never
    // hear from the client.
    struct Redirecting
    {
        CannedHttpServer shop;
        CannedHttpServer elsewhere{QHostAddress(u"127.0.0.2"_s)};

        explicit Redirecting(int status)
        {
            const QByteArray location = elsewhere.url().toEncoded()
                                        + "/admin/api/2026-01/graphql.json?stolen=yes";
            shop.setAnswer(u"*"_s, json(status, "{\"errors\":\"Moved\"}", {{"Location", location}}));
        }
    };

    static void addRedirectStatuses()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }

private slots:
    void apiRequestsNeverFollowARedirect_data() { addRedirectStatuses(); }
    void apiRequestsNeverFollowARedirect()
    {
        QFETCH(int, status);
        Redirecting servers(status);
        QVERIFY2(servers.elsewhere.isListening(), "127.0.0.2 is not available here");
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(servers.shop.url()));
        client.setAccessToken(u"shpat_the_secret_token"_s);

        std::unique_ptr<ShopifyReply> reply(client.send(connectionCheck(), {}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(10000));

        const ShopifyError &error = reply->error();
        QCOMPARE(error.kind, ShopifyError::Kind::Redirected);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.host, u"127.0.0.2"_s);
        QVERIFY(!error.isTransient()); // a person must act; the scheduler does not call it offline
        QVERIFY(!error.mayHaveBeenProcessed);
        // Where it pointed, the host only; the status and the whole Location for the log.
        QVERIFY2(error.userMessage().contains(u"127.0.0.2"_s), qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(u"myshopify.com"_s));
        QVERIFY(!error.userMessage().contains(u"stolen"_s));
        QVERIFY(!error.userMessage().contains(u"/admin"_s));
        QVERIFY(error.detail.contains(QString::number(status)));
        QVERIFY(error.detail.contains(u"stolen=yes"_s));
        QVERIFY(!error.detail.contains(u"shpat_"_s));

        // The token went to the shop's address once, and nowhere else.
        QCOMPARE(servers.shop.requestCount(), 1);
        QVERIFY(
            servers.shop.lastRequest().contains("X-Shopify-Access-Token: shpat_the_secret_token"));
        QCOMPARE(servers.elsewhere.requestCount(), 0);
    }

    void theTokenEndpointNeverFollowsARedirect_data() { addRedirectStatuses(); }
    void theTokenEndpointNeverFollowsARedirect()
    {
        QFETCH(int, status);
        Redirecting servers(status);
        QVERIFY2(servers.elsewhere.isListening(), "127.0.0.2 is not available here");
        QNetworkAccessManager network;
        ClientCredentialsProvider tokens(&network,
                                         ShopAddress::fromUrl(servers.shop.url()),
                                         u"client-id"_s,
                                         u"the-client-secret"_s);
        QSignalSpy failed(&tokens, &AccessTokenProvider::renewalFailed);
        tokens.renew();
        QVERIFY(failed.wait(10000));

        const auto error = failed.first().first().value<ShopifyError>();
        QCOMPARE(error.kind, ShopifyError::Kind::Redirected);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.userMessage().contains(u"127.0.0.2"_s), qPrintable(error.userMessage()));
        QVERIFY(!error.isTransient());
        QVERIFY(!tokens.isReady());
        QCOMPARE(servers.shop.requestCount(), 1);
        QVERIFY(servers.shop.lastRequest().contains("client_secret=the-client-secret"));
        QCOMPARE(servers.elsewhere.requestCount(), 0);
    }

    void grantRefusalsAreToldApart_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice"); // a part of what the person is told to do

        // The codes of Shopify's token endpoint, as its guide to the grant lists them.
        QTest::newRow("wrong id or secret")
            << 400 << QByteArray("application/json")
            << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"Client "
                          "authentication failed\"}")
            << u"invalid_client"_s << u"Copy both again"_s;
        QTest::newRow("wrong secret, answered 401")
            << 401 << QByteArray("application/json") << QByteArray("{\"error\":\"invalid_client\"}")
            << u"invalid_client"_s << u"Copy both again"_s;
        QTest::newRow("app of another organization")
            << 400 << QByteArray("application/json")
            << QByteArray("{\"error\":\"shop_not_permitted\",\"error_description\":\"Client "
                          "credentials cannot be performed on this shop.\"}")
            << u"shop_not_permitted"_s << u"Connect with an Admin API access token"_s;
        QTest::newRow("another organization, in words")
            << 400 << QByteArray("text/html")
            << QByteArray("<p>Oauth error shop_not_permitted: Client credentials cannot be "
                          "performed on this shop.</p>")
            << u"shop_not_permitted"_s << u"organization"_s;
        QTest::newRow("not installed")
            << 400 << QByteArray("application/json")
            << QByteArray("{\"error\":\"app_not_installed\",\"error_description\":\"The "
                          "application is not installed on this shop.\"}")
            << u"app_not_installed"_s << u"Install it"_s;
        QTest::newRow("another code") << 400 << QByteArray("application/json")
                                      << QByteArray("{\"error\":\"invalid_request\"}")
                                      << u"invalid_request"_s << u"(invalid_request)"_s;
        QTest::newRow("no code") << 400 << QByteArray("text/plain") << QByteArray("Bad Request")
                                 << QString() << u"HTTP status 400"_s;
    }
    void grantRefusalsAreToldApart()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, advice);

        CannedHttpServer shop;
        shop.setAnswer(u"*"_s, {status, contentType, body, false, {}});
        QNetworkAccessManager network;
        ClientCredentialsProvider tokens(&network,
                                         ShopAddress::fromUrl(shop.url()),
                                         u"client-id"_s,
                                         u"secret"_s);
        // Through the client, as a sync meets it: every waiting request fails with it.
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setTokenProvider(&tokens);
        std::unique_ptr<ShopifyReply> reply(client.send(connectionCheck(), {}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(10000));

        const ShopifyError &error = reply->error();
        QCOMPARE(error.kind, ShopifyError::Kind::GrantRefused);
        QCOMPARE(error.grantError, code);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.userMessage().contains(advice), qPrintable(error.userMessage()));
        QVERIFY(!error.isTransient());
        QCOMPARE(shop.requestCount(), 1); // the token request; the query never went
    }

    void theGrantGoesOnlyToMyshopifyOrLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("refused");
        QTest::newRow("custom domain") << u"https://shop.example.com"_s << true;
        QTest::newRow("custom domain, no scheme") << u"butik.dk"_s << true;
        QTest::newRow("myshopify name") << u"my-shop"_s << false;
        QTest::newRow("myshopify address") << u"https://my-shop.myshopify.com/admin"_s << false;
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << false;
        QTest::newRow("localhost") << u"http://localhost:8080"_s << false;
    }
    void theGrantGoesOnlyToMyshopifyOrLoopback()
    {
        QFETCH(QString, address);
        QFETCH(bool, refused);
        const ShopAddress shop = ShopAddress::parse(address);
        QVERIFY2(shop.isValid(), qPrintable(shop.problemMessage()));

        const ShopCredentials grant{ShopCredentials::Kind::ClientCredentials,
                                    {},
                                    u"id"_s,
                                    u"secret"_s};
        const ShopifyError problem = grant.shopProblem(shop);
        QCOMPARE(problem.isError(), refused);
        // An Admin API token of a custom app works with a custom domain too.
        const ShopCredentials token{ShopCredentials::Kind::AccessToken, u"shpat_x"_s, {}, {}};
        QVERIFY(!token.shopProblem(shop).isError());
        if (!refused)
            return;
        QCOMPARE(problem.kind, ShopifyError::Kind::NotMyshopifyAddress);
        QVERIFY2(problem.userMessage().contains(shop.displayName()),
                 qPrintable(problem.userMessage()));
        QVERIFY(problem.userMessage().contains(u"myshopify.com"_s));

        // The provider the app builds from these credentials refuses before sending anything.
        CountingNetwork network;
        std::unique_ptr<AccessTokenProvider> tokens = grant.makeProvider(&network, shop);
        ShopifyClient client(&network);
        client.setShop(shop);
        client.setTokenProvider(tokens.get());
        std::unique_ptr<ShopifyReply> reply(client.send(connectionCheck(), {}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error().kind, ShopifyError::Kind::NotMyshopifyAddress);
        QCOMPARE(network.requests, 0);
    }

    void retryAfterIsReadAsShopifyWritesIt_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedMs"); // -1: a back-off of a second or more
        QTest::newRow("seconds with a decimal") << QByteArray("2.0") << qint64(2000);
        QTest::newRow("half a second") << QByteArray("0.5") << qint64(500);
        QTest::newRow("whole seconds") << QByteArray("1") << qint64(1000);
        QTest::newRow("a date: backs off, never 0")
            << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(-1);
    }
    // What the client makes of the header is the wait it schedules: the test ends there,
    // rather than waiting the seconds out (aRetryGoesOnceTheWaitIsOver sends one again).
    void retryAfterIsReadAsShopifyWritesIt()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedMs);
        CannedHttpServer shop;
        shop.queueAnswer(u"ConnectionCheck"_s,
                         json(429,
                              "{\"errors\":\"Exceeded 2 calls per second for api client.\"}",
                              {{"Retry-After", retryAfter}}));
        shop.setAnswer(u"ConnectionCheck"_s, json(200, kShopAnswer));
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setAccessToken(u"shpat_x"_s);
        QSignalSpy scheduled(&client, &ShopifyClient::retryScheduled);

        std::unique_ptr<ShopifyReply> reply(client.send(connectionCheck(), {}));
        QVERIFY(scheduled.wait(10000));
        QCOMPARE(scheduled.count(), 1);
        const qint64 waitedMs = scheduled.first().first().toLongLong();
        if (expectedMs >= 0)
            QCOMPARE(waitedMs, expectedMs);
        else
            QVERIFY2(waitedMs >= 1000, qPrintable(QString::number(waitedMs)));
        // Nothing went again at once: the 429 is all the shop has seen, the reply still waits.
        QCOMPARE(shop.requestCount(), 1);
        QVERIFY(!reply->isFinished());
    }

    void aRetryGoesOnceTheWaitIsOver()
    {
        // "0" is held at a tenth of a second (no busy loop), so the wait is short.
        CannedHttpServer shop;
        shop.queueAnswer(u"ConnectionCheck"_s,
                         json(429, "{\"errors\":\"Throttled\"}", {{"Retry-After", "0"}}));
        shop.setAnswer(u"ConnectionCheck"_s, json(200, kShopAnswer));
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setAccessToken(u"shpat_x"_s);
        QList<int> requestsWhenScheduled;
        connect(&client, &ShopifyClient::retryScheduled, this, [&](qint64 milliseconds) {
            requestsWhenScheduled.append(shop.requestCount());
            QCOMPARE(milliseconds, qint64(100));
        });

        std::unique_ptr<ShopifyReply> reply(client.send(connectionCheck(), {}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().detail));
        QCOMPARE(reply->data()[u"shop"][u"name"].toString(), u"Butik"_s);
        QCOMPARE(requestsWhenScheduled, QList<int>{1});
        QCOMPARE(shop.requestCount(), 2);
    }

    void costsAreReadFromEveryKindOfAnswer()
    {
        const ShopifyResponse answered = ShopifyResponse::read(
            200,
            "{\"data\":{},\"extensions\":{\"cost\":{\"requestedQueryCost\":42,"
            "\"actualQueryCost\":12,\"throttleStatus\":{\"maximumAvailable\":2000,"
            "\"currentlyAvailable\":1988,\"restoreRate\":100}}}}");
        QCOMPARE(answered.requestedCost, std::optional<double>(42));
        QVERIFY(!answered.maxCost);

        const ShopifyResponse refused = ShopifyResponse::read(
            200,
            "{\"errors\":[{\"message\":\"Query cost is 1520, which exceeds the single query max "
            "cost limit (1000).\",\"extensions\":{\"code\":\"MAX_COST_EXCEEDED\",\"cost\":1520,"
            "\"maxCost\":1000}}]}");
        QCOMPARE(refused.error.kind, ShopifyError::Kind::MaxCostExceeded);
        QCOMPARE(refused.requestedCost, std::optional<double>(1520));
        QCOMPARE(refused.maxCost, std::optional<double>(1000));

        const ShopifyResponse throttled = ShopifyResponse::read(
            200,
            "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}],"
            "\"extensions\":{\"cost\":{\"requestedQueryCost\":900,\"actualQueryCost\":null}}}");
        QCOMPARE(throttled.outcome, ShopifyResponse::Outcome::Throttled);
        QCOMPARE(throttled.requestedCost, std::optional<double>(900));

        const ShopifyResponse nonsense = ShopifyResponse::read(
            200, "{\"data\":{},\"extensions\":{\"cost\":{\"requestedQueryCost\":-5}}}");
        QVERIFY(!nonsense.requestedCost);
    }

    void learnedCostsNeverUnderestimateOnOneCheapAnswer()
    {
        LearnedCosts costs;
        QCOMPARE(costs.planned(u"Orders"_s, 100), 100);

        // Dearer than estimated: believed at once.
        costs.learn(u"Orders"_s, 600, 960);
        QCOMPARE(costs.factor(u"Orders"_s), 1.6);
        QCOMPARE(costs.planned(u"Orders"_s, 100), 160);
        QCOMPARE(costs.planned(u"Orders"_s, 101), 162); // rounded up
        // A query Shopify has not priced yet is planned like the dearest query so far: a shop
        // that charges more for one read mostly does for the others. Mutations, priced flat,
        // say nothing about reads.
        QCOMPARE(costs.planned(u"OrdersCount"_s, 3), 5);
        costs.learn(u"OrdersCount"_s, 3, 3);
        QCOMPARE(costs.planned(u"OrdersCount"_s, 3), 3); // then by its own price
        LearnedCosts mutationsOnly;
        mutationsOnly.learn(u"FulfillmentCreate"_s, 10, 80, LearnedCosts::Kind::Mutation);
        QCOMPARE(mutationsOnly.planned(u"Order"_s, 100), 100);

        // Cheaper: only once Shopify said so kConfirmations times in a row.
        for (int i = 1; i < LearnedCosts::kConfirmations; ++i) {
            costs.learn(u"Inventory"_s, 200, 100);
            QCOMPARE(costs.planned(u"Inventory"_s, 200), 200);
        }
        costs.learn(u"Inventory"_s, 200, 100);
        QCOMPARE(costs.planned(u"Inventory"_s, 200), 100);
        // One dearer answer among them, and the estimate holds again (or more).
        costs.learn(u"Inventory"_s, 200, 220);
        QCOMPARE(costs.planned(u"Inventory"_s, 200), 220);

        // The window forgets: kWindow cheap answers later, the dear one no longer counts.
        for (int i = 0; i < LearnedCosts::kWindow; ++i)
            costs.learn(u"Orders"_s, 100, 80);
        QCOMPARE(costs.planned(u"Orders"_s, 100), 80);

        // Nothing is learnt from an estimate of nothing or a price that is none: Shop is still
        // planned like the dearest query (Inventory's 220 for 200).
        costs.learn(u"Shop"_s, 0, 50);
        costs.learn(u"Shop"_s, 10, 0);
        QCOMPARE(costs.factor(u"Shop"_s), 1.1);
    }

    void theClientPlansWithWhatShopifyCharges()
    {
        const GraphqlOperation check = connectionCheck();
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        const int estimate = check.requestedCost({});
        QVERIFY(estimate > 0);
        QCOMPARE(client.estimatedCost(check, {}), estimate);
        QCOMPARE(client.costLimit(), 1000.0);

        // Shopify charges three times the estimate and has a smaller single-query limit.
        CannedHttpServer shop;
        shop.queueAnswer(u"ConnectionCheck"_s,
                         json(200,
                              "{\"errors\":[{\"message\":\"Query cost is "
                                  + QByteArray::number(estimate * 3)
                                  + "\",\"extensions\":{\"code\":\"MAX_COST_EXCEEDED\",\"cost\":"
                                  + QByteArray::number(estimate * 3) + ",\"maxCost\":800}}]}"));
        client.setShop(ShopAddress::fromUrl(shop.url()));
        client.setAccessToken(u"shpat_x"_s);
        std::unique_ptr<ShopifyReply> reply(client.send(check, {}));
        QSignalSpy finished(reply.get(), &ShopifyReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error().kind, ShopifyError::Kind::MaxCostExceeded);
        QCOMPARE(client.estimatedCost(check, {}), estimate * 3);
        QCOMPARE(client.costLimit(), 800.0);
    }
};

QTEST_GUILESS_MAIN(TestShopifyTransport)
#include "tst_shopifytransport.moc"
