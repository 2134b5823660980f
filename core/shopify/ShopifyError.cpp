#include "core/shopify/ShopifyError.h"

#include <QCoreApplication>

bool ShopifyError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::TooManyRequests:
    case Kind::ServerError:
    case Kind::Throttled:
        return true;
    default:
        return false;
    }
}

ShopifyError ShopifyError::fromHttpStatus(int status, const QString &detail)
{
    ShopifyError error;
    error.httpStatus = status;
    error.detail = detail;
    switch (status) {
    case 401:
        error.kind = Kind::Unauthorized;
        break;
    case 402:
        error.kind = Kind::PaymentRequired;
        break;
    case 403:
        error.kind = Kind::Forbidden;
        break;
    case 404:
        error.kind = Kind::NotFound;
        break;
    case 423:
        error.kind = Kind::Locked;
        break;
    case 429:
        error.kind = Kind::TooManyRequests;
        break;
    default:
        error.kind = status >= 500 && status <= 599 ? Kind::ServerError : Kind::HttpError;
        // A server error can come after the work was done; the other statuses refuse first.
        error.mayHaveBeenProcessed = error.kind == Kind::ServerError;
        break;
    }
    return error;
}

ShopifyError ShopifyError::redirected(int status, const QUrl &requestUrl, const QByteArray &location)
{
    ShopifyError error;
    error.kind = Kind::Redirected;
    error.httpStatus = status;
    // Whatever answered with a redirect is not the Admin API: nothing was carried out.
    error.mayHaveBeenProcessed = false;
    // A relative Location points at the same host.
    const QUrl target = requestUrl.resolved(QUrl::fromEncoded(location.trimmed()));
    error.host = target.host();
    error.detail = QStringLiteral("HTTP %1 to %2, Location: %3")
                       .arg(status)
                       .arg(requestUrl.toString(QUrl::RemoveQuery),
                            QString::fromLatin1(location.left(500)));
    return error;
}

QString ShopifyError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::PaymentRequired:
        return QStringLiteral("payment-required");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::TooManyRequests:
        return QStringLiteral("too-many-requests");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::MaxCostExceeded:
        return QStringLiteral("max-cost-exceeded");
    case Kind::GraphqlError:
        return QStringLiteral("graphql-error");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::GrantRefused:
        return QStringLiteral("grant-refused");
    case Kind::NotMyshopifyAddress:
        return QStringLiteral("not-myshopify-address");
    }
    return QStringLiteral("unknown");
}

QString ShopifyError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the shop. Check the network connection; Smidig keeps working "
                  "with the orders it has and tries again.");
    case Kind::Timeout:
        return tr("The shop did not answer in time. Smidig tries again shortly.");
    case Kind::Tls:
        return tr("The connection to the shop is not secure (certificate problem). Check the "
                  "shop address and the computer's date and time.");
    case Kind::Unauthorized:
        return tr("The shop refused the access token: it is wrong, expired or was revoked. "
                  "Connect the shop again with a valid token.");
    case Kind::PaymentRequired:
        return tr("The shop is frozen because of unpaid Shopify bills. The shop owner must "
                  "settle them in Shopify before Smidig can sync.");
    case Kind::Forbidden:
        return tr("The app is not allowed to do this: an access scope is missing. Give the app "
                  "the scopes listed in Smidig's guide and connect again.");
    case Kind::NotFound:
        return tr("There is no shop at this address. Check the shop address.");
    case Kind::Locked:
        return tr("The shop is locked by Shopify. The shop owner must contact Shopify support.");
    case Kind::TooManyRequests:
        return tr("Shopify asked Smidig to slow down. Smidig waits and tries again.");
    case Kind::ServerError:
        return tr("Shopify has a problem on its side (server error). Smidig keeps your work and "
                  "tries again later.");
    case Kind::HttpError:
        return tr("The shop gave an unexpected answer (HTTP status %1). Try again later.")
            .arg(httpStatus);
    case Kind::AccessDenied:
        return tr("Access denied: the app lacks an access scope for this data. Give the app the "
                  "scopes listed in Smidig's guide and connect again.");
    case Kind::Throttled:
        return tr("Shopify's rate limit is used up. Smidig waits and tries again.");
    case Kind::MaxCostExceeded:
        return tr("A request was too large for Shopify. This is a bug in Smidig; please report "
                  "it.");
    case Kind::GraphqlError:
        return tr("Shopify could not carry out the request: %1").arg(detail.left(200));
    case Kind::BadResponse:
        return tr("The shop sent an answer Smidig does not understand, so nothing was changed. "
                  "Try again later; if it keeps happening, report it.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Redirected:
        if (host.isEmpty())
            return tr("The shop's address sent Smidig on to another address. Smidig does not "
                      "follow redirects, so the access token or client secret goes nowhere but "
                      "the shop. Connect again with the shop's own address, "
                      "my-shop.myshopify.com (Shopify admin: Settings > Domains).");
        //: %1 is the host the redirect pointed to, such as shop.example.com
        return tr("The shop's address sent Smidig on to %1. Smidig does not follow redirects, so "
                  "the access token or client secret goes nowhere but the shop. Connect again "
                  "with the shop's own address, my-shop.myshopify.com (Shopify admin: Settings > "
                  "Domains).")
            .arg(host.left(100));
    case Kind::GrantRefused:
        return grantRefusedMessage();
    case Kind::NotMyshopifyAddress:
        //: %1 is the address typed, such as shop.example.com
        return tr("Signing in with a client ID and secret works only with the shop's own "
                  "address, my-shop.myshopify.com, not with %1, so that the secret goes to "
                  "Shopify and nowhere else. Connect with the shop's myshopify.com address "
                  "(Shopify admin: Settings > Domains).")
            .arg(host.left(100));
    }
    return {};
}

QString ShopifyError::grantRefusedMessage() const
{
    // The codes of Shopify's token endpoint (POST /admin/oauth/access_token), documented
    // with the client-credentials grant.
    if (grantError == QLatin1StringView("invalid_client"))
        return tr("Shopify refused the client ID or secret: one of them is wrong, or the secret "
                  "was rotated. Copy both again from the app's settings in Shopify's Dev "
                  "Dashboard and connect again.");
    if (grantError == QLatin1StringView("shop_not_permitted"))
        return tr("Shopify does not let this app sign in to this shop with a client ID and "
                  "secret: that works only for apps made by the shop's own organization in the "
                  "Dev Dashboard. Connect with an Admin API access token instead, or with an "
                  "app of the shop's organization.");
    if (grantError == QLatin1StringView("app_not_installed"))
        return tr("The app is not installed in this shop. Install it on the shop from Shopify's "
                  "Dev Dashboard, then connect again.");
    if (grantError.isEmpty())
        return tr("Shopify refused to give Smidig an access token (HTTP status %1). Check the "
                  "app's client ID and secret and that the app is installed in the shop, then "
                  "connect again.")
            .arg(httpStatus);
    //: %1 is Shopify's error code, such as invalid_request
    return tr("Shopify refused to give Smidig an access token (%1). Check the app's client ID "
              "and secret and that the app is installed in the shop, then connect again.")
        .arg(grantError.left(60));
}
