#pragma once

#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyError.h"

#include <QString>

#include <memory>

class AccessTokenProvider;
class QNetworkAccessManager;
class QObject;

// How the app proves itself to a shop: an Admin API access token of a custom app, or the
// client id and secret of an app made in the Dev Dashboard, exchanged for short-lived tokens
// (the client-credentials grant). Held in memory only; see SecretStore for keeping it.
struct ShopCredentials
{
    enum class Kind { AccessToken, ClientCredentials };

    Kind kind = Kind::AccessToken;
    QString accessToken;
    QString clientId;
    QString clientSecret;

    bool isComplete() const
    {
        return kind == Kind::AccessToken ? !accessToken.isEmpty()
                                         : !clientId.isEmpty() && !clientSecret.isEmpty();
    }
    // The secret part, to keep in a SecretStore.
    QString secret() const { return kind == Kind::AccessToken ? accessToken : clientSecret; }

    // Why these credentials must not be sent to this shop (the client-credentials grant goes
    // only to a myshopify.com or loopback address); no error when they may.
    ShopifyError shopProblem(const ShopAddress &shop) const;

    // Tokens for the client from these credentials. A provider of the grant for a shop it
    // must not ask fails its renewals with shopProblem() and sends nothing.
    std::unique_ptr<AccessTokenProvider> makeProvider(QNetworkAccessManager *network,
                                                      const ShopAddress &shop) const;
};
