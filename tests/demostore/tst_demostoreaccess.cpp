// Who may use the demo store, seen over HTTP: the configured token and revoking it; the
// client-credentials grant (tokens issued, working, expiring, several at once; wrong
// credentials refused with Shopify's error); access scopes (what is granted is listed, what
// is missing answers ACCESS_DENIED or hides fulfillment orders); an unknown shop; the API
// version named in the answers; and the command line for all of it.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreCommandLine.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace demostore;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);
const QString kClientId = QStringLiteral("3a1b8f0c7d2e4a5b9c6d0e1f2a3b4c5d");
const QString kSecret = QStringLiteral(
    "shpss_0123456789abcdef+/= &x"); // characters forms must encode

DemoStoreConfig configWith()
{
    DemoStoreConfig config;
    config.now = kNow;
    config.clockRuns = false;
    config.throttling = false;
    return config;
}

QString connectionFile()
{
    return QDir(SchemaTools::sourceDir())
        .filePath(QStringLiteral("core/shopify/operations/connection.graphql"));
}

QString connectionDocument()
{
    QFile file(connectionFile());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(connectionFile()));
    return QString::fromUtf8(file.readAll());
}

QStringList grantedHandles(const DemoClient::Response &r)
{
    QStringList handles;
    const QJsonArray scopes = r.json[QStringLiteral("data")][QStringLiteral(
        "currentAppInstallation")][QStringLiteral("accessScopes")]
                                  .toArray();
    for (const QJsonValue &scope : scopes)
        handles.append(scope[QStringLiteral("handle")].toString());
    return handles;
}

} // namespace

class TestDemoStoreAccess final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void revokingTheTokenShutsTheAppOut();
    void aStoreWithoutTokenCanBeRevokedToo();
    void grantsShortLivedTokens();
    void grantedTokensExpireOnTheStoresClock();
    void refusesWrongCredentialsLikeShopify_data();
    void refusesWrongCredentialsLikeShopify();
    void listsTheGrantedScopes();
    void deniesFieldsWithoutTheirScope();
    void deniesMutationsWithoutAWriteScope();
    void hidesFulfillmentOrdersTheScopesDoNotCover();
    void answersAsAnUnknownShop();
    void namesTheApiVersionItServed();
    void commandLineSetsAccess();

private:
    DemoClient &startStore(const DemoStoreConfig &config);

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

DemoClient &TestDemoStoreAccess::startStore(const DemoStoreConfig &config)
{
    m_client.reset();
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    if (!m_store->start(&error))
        qFatal("the demo store did not start: %s", qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
    return *m_client;
}

void TestDemoStoreAccess::cleanup()
{
    m_client.reset();
    m_store.reset();
}

void TestDemoStoreAccess::revokingTheTokenShutsTheAppOut()
{
    DemoStoreConfig config = configWith();
    config.accessToken = QStringLiteral("shpat_custom_app");
    DemoClient &client = startStore(config);
    client.setAccessToken("shpat_custom_app");
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);

    m_store->revokeToken();
    const auto r = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.reasonPhrase, QByteArray("Unauthorized"));
    QCOMPARE(r.json[QStringLiteral("errors")].toString(),
             QStringLiteral(
                 "[API] Invalid API key or access token (unrecognized login or wrong password)"));
    QCOMPARE(m_store->stats().unauthorized.load(), 1);
}

void TestDemoStoreAccess::aStoreWithoutTokenCanBeRevokedToo()
{
    DemoClient &client = startStore(configWith());
    client.setAccessToken("anything");
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->revokeToken();
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
    client.setAccessToken({});
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
}

void TestDemoStoreAccess::grantsShortLivedTokens()
{
    DemoStoreConfig config = configWith();
    config.clientId = kClientId;
    config.clientSecret = kSecret;
    config.tokenLifetimeSeconds = 60;
    config.grantedScopes = {QStringLiteral("read_orders"),
                            QStringLiteral("write_merchant_managed_fulfillment_orders")};
    DemoClient &client = startStore(config);

    // Without a token nothing works: only granted tokens do.
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);

    const auto granted = client.requestToken(m_store->tokenUrl(), kClientId, kSecret);
    QCOMPARE(granted.httpStatus, 200);
    QVERIFY(granted.header("Content-Type").startsWith("application/json"));
    const QString token = granted.json[QStringLiteral("access_token")].toString();
    QVERIFY2(token.startsWith(QStringLiteral("shpat_")), granted.body.constData());
    QCOMPARE(granted.json[QStringLiteral("expires_in")].toInt(), 60);
    QCOMPARE(granted.json[QStringLiteral("scope")].toString(),
             QStringLiteral("read_orders,write_merchant_managed_fulfillment_orders"));
    QCOMPARE(granted.json.size(), 3);

    client.setAccessToken(token.toUtf8());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);

    // A second token, asked for as Shopify's own libraries do (JSON); both work at once.
    m_store->advance(30s);
    const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), kClientId},
                           {QStringLiteral("client_secret"), kSecret}};
    const auto second = client.send(QJsonDocument(body).toJson(), m_store->tokenUrl());
    QCOMPARE(second.httpStatus, 200);
    const QString later = second.json[QStringLiteral("access_token")].toString();
    QVERIFY(!later.isEmpty() && later != token);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);

    // The first one expires 60 s after it was issued; the second lives on.
    m_store->advance(29s);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->advance(1s);
    const auto expired = client.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(expired.httpStatus, 401);
    QCOMPARE(expired.json[QStringLiteral("errors")].toString(),
             QStringLiteral(
                 "[API] Invalid API key or access token (unrecognized login or wrong password)"));
    client.setAccessToken(later.toUtf8());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);

    // Revoking one token leaves the others; revoking all leaves none, and a new grant works.
    m_store->revokeToken(later);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
    const QString third = client.requestToken(m_store->tokenUrl(), kClientId, kSecret)
                              .json[QStringLiteral("access_token")]
                              .toString();
    client.setAccessToken(third.toUtf8());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->revokeToken();
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
    QCOMPARE(m_store->stats().tokensIssued.load(), 3);
}

void TestDemoStoreAccess::grantedTokensExpireOnTheStoresClock()
{
    // The store's clock stands still (configWith): only advance() moves it, so the token's
    // last millisecond and the first one after it are both seen, whatever the machine's speed.
    DemoStoreConfig config = configWith();
    config.clientId = kClientId;
    config.clientSecret = kSecret;
    config.tokenLifetimeSeconds = 1;
    DemoClient &client = startStore(config);
    const auto granted = client.requestToken(m_store->tokenUrl(), kClientId, kSecret);
    QCOMPARE(granted.json[QStringLiteral("expires_in")].toInt(), 1);
    client.setAccessToken(granted.json[QStringLiteral("access_token")].toString().toUtf8());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->advance(999ms);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->advance(1ms);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 401);
}

void TestDemoStoreAccess::refusesWrongCredentialsLikeShopify_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const QByteArray secret = QUrl::toPercentEncoding(kSecret);
    QTest::newRow("wrong secret")
        << QByteArray("grant_type=client_credentials&client_id=" + kClientId.toLatin1()
                      + "&client_secret=shpss_guess")
        << QStringLiteral("invalid_client")
        << QStringLiteral("Client authentication failed: the client secret is not valid");
    QTest::newRow("a '+' sent unencoded reads as a space")
        << QByteArray("grant_type=client_credentials&client_id=" + kClientId.toLatin1()
                      + "&client_secret=" + QByteArray(secret).replace("%2B", "+"))
        << QStringLiteral("invalid_client")
        << QStringLiteral("Client authentication failed: the client secret is not valid");
    QTest::newRow("unknown client id")
        << QByteArray("grant_type=client_credentials&client_id=nobody&client_secret=" + secret)
        << QStringLiteral("invalid_request")
        << QStringLiteral("Could not find Shopify API application with api_key nobody");
    QTest::newRow("another grant")
        << QByteArray("grant_type=authorization_code&client_id=" + kClientId.toLatin1())
        << QStringLiteral("unsupported_grant_type")
        << QStringLiteral("The grant type 'authorization_code' is not supported");
    QTest::newRow("no grant type")
        << QByteArray("client_id=" + kClientId.toLatin1()) << QStringLiteral("invalid_request")
        << QStringLiteral("Missing required parameter: grant_type");
}

void TestDemoStoreAccess::refusesWrongCredentialsLikeShopify()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, description);
    DemoStoreConfig config = configWith();
    config.clientId = kClientId;
    config.clientSecret = kSecret;
    DemoClient &client = startStore(config);
    const auto r
        = client.send(body, m_store->tokenUrl(), "POST", "application/x-www-form-urlencoded");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.json[QStringLiteral("error")].toString(), error);
    QCOMPARE(r.json[QStringLiteral("error_description")].toString(), description);
    QVERIFY(!r.json.contains(QStringLiteral("access_token")));
    QCOMPARE(m_store->stats().tokensIssued.load(), 0);
    QCOMPARE(m_store->stats().tokenRequestsRefused.load(), 1);
    // The right credentials, encoded as a form must be, do get a token.
    QCOMPARE(client.requestToken(m_store->tokenUrl(), kClientId, kSecret).httpStatus, 200);
    // Only POST.
    QCOMPARE(client.send({}, m_store->tokenUrl(), "GET").httpStatus, 405);
}

void TestDemoStoreAccess::listsTheGrantedScopes()
{
    DemoClient &client = startStore(configWith());
    const auto r = client.post(connectionDocument(), {}, QStringLiteral("ConnectionCheck"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("shop")][QStringLiteral("name")]
                 .toString(),
             QStringLiteral("Smidig Demo Butik"));
    QCOMPARE(r.json[QStringLiteral("data")][QStringLiteral("shop")]
                   [QStringLiteral("myshopifyDomain")]
                       .toString(),
             QStringLiteral("smidig-demo.myshopify.com"));
    // What Smidig asks for, the optional read_all_orders included.
    QCOMPARE(grantedHandles(r),
             AccessScopes::smidigScopes() + QStringList{QStringLiteral("read_all_orders")});
    const auto outcome = SchemaTools::checkResponse(connectionFile(),
                                                    QStringLiteral("ConnectionCheck"),
                                                    {},
                                                    r.body);
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));

    // Changed while serving, from the next request on.
    m_store->setGrantedScopes({QStringLiteral("read_orders")});
    QCOMPARE(grantedHandles(
                 client.post(connectionDocument(), {}, QStringLiteral("ConnectionCheck"))),
             QStringList{QStringLiteral("read_orders")});
    m_store->setGrantedScopes({});
    const auto none = client.post(connectionDocument(), {}, QStringLiteral("ConnectionCheck"));
    QCOMPARE(grantedHandles(none), QStringList());
    QVERIFY(!none.json.contains(QStringLiteral("errors"))); // needs no scope itself
}

void TestDemoStoreAccess::deniesFieldsWithoutTheirScope()
{
    DemoStoreConfig config = configWith();
    config.grantedScopes = {QStringLiteral("read_products")};
    DemoClient &client = startStore(config);
    for (const char *operation : {"Orders", "OrdersCount", "Order"}) {
        const auto r = DemoOperations::post(client,
                                            QString::fromLatin1(operation),
                                            {{QStringLiteral("first"), 1},
                                             {QStringLiteral("id"),
                                              StoreJson::gid(u"Order",
                                                             m_store->data().orders[0].id)}});
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("ACCESS_DENIED"));
        const QJsonObject error = r.json[QStringLiteral("errors")][0].toObject();
        const QString field = error[QStringLiteral("path")][0].toString();
        QCOMPARE(error[QStringLiteral("message")].toString(),
                 QStringLiteral(
                     "Access denied for %1 field. Required access: `read_orders` access scope.")
                     .arg(field));
        QCOMPARE(error[QStringLiteral("extensions")][QStringLiteral("requiredAccess")].toString(),
                 QStringLiteral("`read_orders` access scope."));
        QCOMPARE(error[QStringLiteral("extensions")][QStringLiteral("documentation")].toString(),
                 QStringLiteral("https://shopify.dev/api/usage/access-scopes"));
        QVERIFY(error[QStringLiteral("locations")].isArray());
        // Nothing of the orders: the field is null, and so is `data` when the field may not
        // be (orders: OrderConnection!).
        const QJsonValue data = r.json[QStringLiteral("data")];
        QVERIFY2(field == u"orders" ? data.isNull() : data[field].isNull(), r.body.constData());
    }
    QVERIFY(m_store->stats().accessDenied.load() >= 3);
    // A write scope brings its read scope along.
    m_store->setGrantedScopes({QStringLiteral("write_orders")});
    QCOMPARE(DemoOperations::post(client, QStringLiteral("OrdersCount"), {}).firstErrorCode(),
             QString());
    // The shop needs no scope.
    m_store->setGrantedScopes({});
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).firstErrorCode(), QString());
}

void TestDemoStoreAccess::deniesMutationsWithoutAWriteScope()
{
    DemoStoreConfig config = configWith();
    config.grantedScopes = {QStringLiteral("read_orders"),
                            QStringLiteral("read_merchant_managed_fulfillment_orders")};
    DemoClient &client = startStore(config);
    int index = -1;
    // Without read_all_orders only the last 60 days of orders are there for the app.
    const Timestamp windowStart = m_store->now().toSecsSinceEpoch() - 60 * 86400;
    for (int i = 0; i < m_store->data().orders.size() && index < 0; ++i) {
        const Order &o = m_store->data().orders[i];
        if (o.fulfillmentOrders.size() == 1 && o.fulfillments.isEmpty()
            && o.createdAt >= windowStart
            && o.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
            && !m_store->data().locations[o.fulfillmentOrders[0].location].isFulfillmentService()) {
            index = i;
        }
    }
    QVERIFY(index >= 0);
    const Order before = m_store->data().orders[index];
    const auto r = DemoOperations::fulfillmentCreate(
        client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{
              {QStringLiteral("fulfillmentOrderId"),
               StoreJson::gid(u"FulfillmentOrder", before.fulfillmentOrders[0].id)}}}}});
    QCOMPARE(r.firstErrorCode(), QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(r.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString(),
             QStringLiteral("Access denied for fulfillmentCreate field. Required access: "
                            "`write_assigned_fulfillment_orders` access scope, "
                            "`write_merchant_managed_fulfillment_orders` access scope or "
                            "`write_third_party_fulfillment_orders` access scope."));
    QVERIFY(r.json[QStringLiteral("data")][QStringLiteral("fulfillmentCreate")].isNull());
    // Nothing done.
    QCOMPARE(m_store->data().orders[index].fulfillments.size(), 0);
    QCOMPARE(m_store->data().orders[index].updatedAt, before.updatedAt);
    QCOMPARE(m_store->mutationCount(), 0);
    for (const char *operation : {"FulfillmentCancel", "FulfillmentTrackingInfoUpdate"}) {
        const auto denied = DemoOperations::post(client,
                                                 QString::fromLatin1(operation),
                                                 {{QStringLiteral("id"),
                                                   QStringLiteral("gid://shopify/Fulfillment/1")},
                                                  {QStringLiteral("fulfillmentId"),
                                                   QStringLiteral("gid://shopify/Fulfillment/1")},
                                                  {QStringLiteral("trackingInfoInput"),
                                                   QJsonObject{{QStringLiteral("number"),
                                                                QStringLiteral("1")}}}});
        QCOMPARE(denied.firstErrorCode(), QStringLiteral("ACCESS_DENIED"));
    }
    // With the scope the same request works.
    m_store->setGrantedScopes({QStringLiteral("read_orders"),
                               QStringLiteral("write_merchant_managed_fulfillment_orders")});
    const auto allowed = DemoOperations::fulfillmentCreate(
        client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{
              {QStringLiteral("fulfillmentOrderId"),
               StoreJson::gid(u"FulfillmentOrder", before.fulfillmentOrders[0].id)}}}}});
    QVERIFY2(DemoOperations::payload(allowed,
                                     QStringLiteral(
                                         "fulfillmentCreate"))[QStringLiteral("fulfillment")]
                 .isObject(),
             allowed.body.constData());
}

void TestDemoStoreAccess::hidesFulfillmentOrdersTheScopesDoNotCover()
{
    // Shopify: "An API client will only receive a subset of the fulfillment orders which
    // belong to an order if they don't have the necessary access scopes."
    DemoStoreConfig config = configWith();
    config.grantedScopes = {QStringLiteral("read_orders"),
                            QStringLiteral("read_merchant_managed_fulfillment_orders")};
    DemoClient &client = startStore(config);
    const StoreData &data = m_store->data();
    const Order *mixed = nullptr;
    for (const Order &o : data.orders) {
        bool own = false;
        bool service = false;
        for (const auto &fo : o.fulfillmentOrders)
            (data.locations[fo.location].isFulfillmentService() ? service : own) = true;
        if (own && service) {
            mixed = &o;
            break;
        }
    }
    QVERIFY(mixed);
    auto fulfillmentOrderIds = [&] {
        const auto r = DemoOperations::post(client,
                                            QStringLiteral("Order"),
                                            {{QStringLiteral("id"),
                                              StoreJson::gid(u"Order", mixed->id)}});
        QStringList ids;
        for (const QJsonValue &fo : r.json[QStringLiteral("data")][QStringLiteral(
                 "order")][QStringLiteral("fulfillmentOrders")][QStringLiteral("nodes")]
                                        .toArray()) {
            ids.append(fo[QStringLiteral("id")].toString());
        }
        return ids;
    };
    QStringList own;
    QString serviceId;
    for (const auto &fo : mixed->fulfillmentOrders) {
        if (data.locations[fo.location].isFulfillmentService())
            serviceId = StoreJson::gid(u"FulfillmentOrder", fo.id);
        else
            own.append(StoreJson::gid(u"FulfillmentOrder", fo.id));
    }
    QCOMPARE(fulfillmentOrderIds(), own);
    const auto byId = DemoOperations::post(client,
                                           QStringLiteral("FulfillmentOrderLineItems"),
                                           {{QStringLiteral("id"), serviceId},
                                            {QStringLiteral("first"), 5}});
    QVERIFY2(byId.json[QStringLiteral("data")][QStringLiteral("fulfillmentOrder")].isNull(),
             byId.body.constData());

    m_store->setGrantedScopes(AccessScopes::smidigScopes());
    QCOMPARE(fulfillmentOrderIds().size(), mixed->fulfillmentOrders.size());
    // No fulfillment order scope at all: the field is denied.
    m_store->setGrantedScopes({QStringLiteral("read_orders")});
    QCOMPARE(DemoOperations::post(client,
                                  QStringLiteral("FulfillmentOrderLineItems"),
                                  {{QStringLiteral("id"), serviceId}, {QStringLiteral("first"), 5}})
                 .firstErrorCode(),
             QStringLiteral("ACCESS_DENIED"));
    QCOMPARE(fulfillmentOrderIds(), QStringList());
}

void TestDemoStoreAccess::answersAsAnUnknownShop()
{
    DemoStoreConfig config = configWith();
    config.unknownShop = true;
    DemoClient &client = startStore(config);
    for (const QUrl &url : {m_store->graphqlUrl(),
                            m_store->tokenUrl(),
                            m_store->url().resolved(QUrl(QStringLiteral("/admin")))}) {
        const auto r = client.send("{}", url);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("Sorry, this shop is currently unavailable."));
        QVERIFY(r.json.isEmpty());
    }
    // Set and cleared while serving.
    m_store->setUnknownShop(false);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 200);
    m_store->setUnknownShop(true);
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).httpStatus, 404);
}

void TestDemoStoreAccess::namesTheApiVersionItServed()
{
    DemoClient &client = startStore(configWith());
    QCOMPARE(client.post(QStringLiteral("{ shop { name } }")).header("X-Shopify-API-Version"),
             QByteArray("2026-01"));
    DemoStoreConfig config = configWith();
    config.apiVersion = QStringLiteral("2026-04");
    DemoClient &other = startStore(config);
    const auto r = other.post(QStringLiteral("{ shop { name } }"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.header("X-Shopify-API-Version"), QByteArray("2026-04"));
    // Errors name it too.
    QCOMPARE(other.send("{}", m_store->url().resolved(QUrl(QStringLiteral("/nowhere"))))
                 .header("X-Shopify-API-Version"),
             QByteArray("2026-04"));
}

void TestDemoStoreAccess::commandLineSetsAccess()
{
    DemoStoreCommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("smidig-demostore"),
                                QStringLiteral("--client-id"),
                                kClientId,
                                QStringLiteral("--token-lifetime"),
                                QStringLiteral("60"),
                                QStringLiteral("--scopes"),
                                QStringLiteral(
                                    "read_orders, write_merchant_managed_fulfillment_orders"),
                                QStringLiteral("--activity-rate"),
                                QStringLiteral("12.5"),
                                QStringLiteral("--silent-fraction"),
                                QStringLiteral("0.25"),
                                QStringLiteral("--unknown-shop"),
                                QStringLiteral("--api-version"),
                                QStringLiteral("2026-04")},
                               QProcessEnvironment()),
             DemoStoreCommandLine::Outcome::Run);
    QCOMPARE(commandLine.config().clientId, kClientId);
    QCOMPARE(commandLine.config().clientSecret, QString()); // none given, none in the environment
    QCOMPARE(commandLine.config().tokenLifetimeSeconds, 60);
    QCOMPARE(commandLine.config().grantedScopes,
             (QStringList{QStringLiteral("read_orders"),
                          QStringLiteral("write_merchant_managed_fulfillment_orders")}));
    QCOMPARE(commandLine.config().activityRate, 12.5);
    QCOMPARE(commandLine.config().silentFraction, 0.25);
    QVERIFY(commandLine.config().unknownShop);
    QCOMPARE(commandLine.config().apiVersion, QStringLiteral("2026-04"));

    // The secret from the environment keeps it out of the process list.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SMIDIG_DEMO_CLIENT_SECRET"), kSecret);
    DemoStoreCommandLine fromEnvironment;
    QCOMPARE(fromEnvironment.parse({QStringLiteral("smidig-demostore"),
                                    QStringLiteral("--client-id"),
                                    kClientId},
                                   environment),
             DemoStoreCommandLine::Outcome::Run);
    QCOMPARE(fromEnvironment.config().clientSecret, kSecret);
    QCOMPARE(fromEnvironment.config().grantedScopes, AccessScopes::defaultGrant());
    QCOMPARE(fromEnvironment.config().activityRate, 0.0);

    DemoStoreCommandLine none;
    QCOMPARE(none.parse({QStringLiteral("smidig-demostore"), QStringLiteral("--scopes"), QString()},
                        QProcessEnvironment()),
             DemoStoreCommandLine::Outcome::Run);
    QCOMPARE(none.config().grantedScopes, QStringList());

    DemoStoreCommandLine bad;
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--scopes"),
                        QStringLiteral("orders")}),
             DemoStoreCommandLine::Outcome::Error);
    QCOMPARE(bad.errorText(),
             QStringLiteral("Invalid value for --scopes: 'orders' ('orders' is not an access scope "
                            "(like read_orders))"));
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--token-lifetime"),
                        QStringLiteral("0")}),
             DemoStoreCommandLine::Outcome::Error);
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--silent-fraction"),
                        QStringLiteral("1.5")}),
             DemoStoreCommandLine::Outcome::Error);
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--activity-rate"),
                        QStringLiteral("-1")}),
             DemoStoreCommandLine::Outcome::Error);
    QCOMPARE(bad.parse({QStringLiteral("smidig-demostore"),
                        QStringLiteral("--api-version"),
                        QStringLiteral("latest")}),
             DemoStoreCommandLine::Outcome::Error);
    for (const char *option : {"--client-id",
                               "--client-secret",
                               "--token-lifetime",
                               "--scopes",
                               "--activity-rate",
                               "--silent-fraction",
                               "--unknown-shop",
                               "--api-version"}) {
        QVERIFY2(commandLine.helpText().contains(QLatin1StringView(option)), option);
    }
}

QTEST_GUILESS_MAIN(TestDemoStoreAccess)
#include "tst_demostoreaccess.moc"
