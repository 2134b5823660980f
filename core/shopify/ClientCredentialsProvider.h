#pragma once

#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/ShopAddress.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Access tokens from Shopify's client-credentials grant (apps made in the Dev Dashboard):
// POST /admin/oauth/access_token with the client id and secret, form-encoded. The token
// expires; it is renewed a while before it does, and at once when Shopify refuses it.
//
// The secret goes only to the shop's myshopify.com address (or a loopback address: the demo
// store, tests), never to a custom domain, and never after a redirect: a 3xx answer fails the
// renewal (Redirected) instead of being followed. A refusal is told apart by its OAuth error
// code (GrantRefused with grantError: invalid_client, shop_not_permitted, ...).
class ClientCredentialsProvider final : public AccessTokenProvider
{
    Q_OBJECT

public:
    ClientCredentialsProvider(QNetworkAccessManager *network,
                              const ShopAddress &shop,
                              const QString &clientId,
                              const QString &clientSecret,
                              QObject *parent = nullptr);

    QString token() const override { return m_token; }
    bool isReady() const override;
    bool canRenew() const override { return true; }
    void renew() override;

    // Why the grant must not be asked of this shop (NotMyshopifyAddress); no error when it may.
    static ShopifyError refusedShop(const ShopAddress &shop);

    QDateTime expiresAt() const { return m_expiresAt; }
    // The scopes the grant gave, as Shopify listed them.
    QStringList grantedScopes() const { return m_scopes; }

private:
    void handleReply(QNetworkReply *reply);
    void failLater(const ShopifyError &error);

    QNetworkAccessManager *m_network;
    ShopAddress m_shop;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    QDateTime m_expiresAt;
    QStringList m_scopes;
    QPointer<QNetworkReply> m_pending;
    QTimer m_renewal;
};
