#include "core/shopify/ShopCredentials.h"

#include "core/shopify/ClientCredentialsProvider.h"

std::unique_ptr<AccessTokenProvider> ShopCredentials::makeProvider(QNetworkAccessManager *network,
                                                                   const ShopAddress &shop) const
{
    if (kind == Kind::AccessToken)
        return std::make_unique<StaticTokenProvider>(accessToken);
    return std::make_unique<ClientCredentialsProvider>(network, shop, clientId, clientSecret);
}

ShopifyError ShopCredentials::shopProblem(const ShopAddress &shop) const
{
    return kind == Kind::ClientCredentials ? ClientCredentialsProvider::refusedShop(shop)
                                           : ShopifyError();
}
