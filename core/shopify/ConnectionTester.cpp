#include "core/shopify/ConnectionTester.h"

#include "core/shopify/AccessScopes.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/JsonCursor.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyReply.h"

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isRunning() const
{
    return m_client != nullptr;
}

void ConnectionTester::test(const ShopAddress &shop, const ShopCredentials &credentials)
{
    if (m_client)
        return;
    m_tokens = credentials.makeProvider(m_network, shop);
    connect(m_tokens.get(), &AccessTokenProvider::tokenIssued, this, &ConnectionTester::tokenIssued);
    m_client = new ShopifyClient(m_network, this);
    m_client->setShop(shop);
    m_client->setTokenProvider(m_tokens.get());
    m_client->setTimeout(20000);
    m_client->setMaxRetries(0); // a person is waiting: say what is wrong at once
    const GraphqlOperation check = GraphqlOperation::load(u":/graphql/connection.graphql"_s,
                                                          u"ConnectionCheck"_s);
    ShopifyReply *reply = m_client->send(check, {});
    connect(reply, &ShopifyReply::finished, this, [this, reply] {
        reply->deleteLater();
        Report report;
        if (!reply->isOk()) {
            report.error = reply->error();
        } else {
            report = readAnswer(reply->data());
        }
        m_client->deleteLater();
        m_client = nullptr;
        emit finished(report);
    });
}

ConnectionTester::Report ConnectionTester::readAnswer(const QJsonObject &data)
{
    Report report;
    JsonCursor::Problems problems;
    const JsonCursor root(data, "data"_L1, &problems);
    report.shopName = root.field("shop"_L1).field("name"_L1).string();
    report.domain = root.field("shop"_L1).field("myshopifyDomain"_L1).string();
    for (const JsonCursor &scope :
         root.field("currentAppInstallation"_L1).field("accessScopes"_L1).array())
        report.grantedScopes.append(scope.field("handle"_L1).string());
    if (!problems.isEmpty()) {
        report.error.kind = ShopifyError::Kind::BadResponse;
        report.error.detail = problems.first();
    }
    report.missingScopes = AccessScopes::missing(report.grantedScopes);
    report.missingOptionalScopes = AccessScopes::missingOptional(report.grantedScopes);
    return report;
}
