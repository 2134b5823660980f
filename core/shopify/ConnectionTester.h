#pragma once

#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/shopify/ShopifyError.h"

#include <QObject>
#include <QStringList>

#include <memory>

class AccessTokenProvider;
class QJsonObject;
class QNetworkAccessManager;
class ShopifyClient;

// "Test connection" in the connect dialog: asks the shop for its name and the access scopes
// granted to the app, through the same client the desk uses, and says which needed scopes
// are missing.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        ShopifyError error;
        QString shopName;
        QString domain;
        QStringList grantedScopes;
        QStringList missingScopes;
        QStringList missingOptionalScopes; // Smidig works without them, with less
        bool isOk() const { return !error.isError() && missingScopes.isEmpty(); }
    };

    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const ShopAddress &shop, const ShopCredentials &credentials);
    bool isRunning() const;

    // The ConnectionCheck answer's data (the shop's name and the app's granted access scopes)
    // as a report; apart from the network so that any answer can be tried on it
    // (tests/fuzz/fuzz_connection_check.cpp).
    static Report readAnswer(const QJsonObject &data);

signals:
    void finished(const ConnectionTester::Report &report);
    // An access token the test obtained with the client-credentials grant
    // (AccessTokenProvider::tokenIssued), for the log to mask.
    void tokenIssued(const QString &token);

private:
    QNetworkAccessManager *m_network;
    ShopifyClient *m_client = nullptr;
    std::unique_ptr<AccessTokenProvider> m_tokens;
};
