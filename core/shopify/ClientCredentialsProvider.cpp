#include "core/shopify/ClientCredentialsProvider.h"

#include "core/shopify/ShopifyResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGrant, "smidig.shopify.grant")

namespace {

// How long before it expires a token is renewed: a tenth of its life, at least 30 seconds,
// but never more than half of it (tests use tokens that live seconds).
qint64 renewalMarginMs(qint64 lifetimeMs)
{
    return std::min(lifetimeMs / 2, std::max<qint64>(30000, lifetimeMs / 10));
}

// The OAuth error code of a refusal: the JSON answer's "error" ({"error":"invalid_client",
// "error_description":...}), or, in a text answer, the code after "Oauth error " as Shopify
// words it ("Oauth error shop_not_permitted: Client credentials cannot be performed on this
// shop."). Empty when there is none.
QString grantErrorCode(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value("error"_L1);
        if (error.isString())
            return error.toString().left(60);
    }
    static const QRegularExpression oauthError(u"Oauth error ([A-Za-z_]+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = oauthError.match(QString::fromUtf8(body.left(2000)));
    return match.hasMatch() ? match.captured(1).toLower().left(60) : QString();
}

} // namespace

ClientCredentialsProvider::ClientCredentialsProvider(QNetworkAccessManager *network,
                                                     const ShopAddress &shop,
                                                     const QString &clientId,
                                                     const QString &clientSecret,
                                                     QObject *parent)
    : AccessTokenProvider(parent)
    , m_network(network)
    , m_shop(shop)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{
    m_renewal.setSingleShot(true);
    connect(&m_renewal, &QTimer::timeout, this, &ClientCredentialsProvider::renew);
}

bool ClientCredentialsProvider::isReady() const
{
    return !m_token.isEmpty() && m_expiresAt.isValid()
           && QDateTime::currentDateTimeUtc() < m_expiresAt;
}

ShopifyError ClientCredentialsProvider::refusedShop(const ShopAddress &shop)
{
    ShopifyError error;
    // A custom domain may be served by anyone who controls its DNS, and may pass the secret on.
    if (shop.isValid() && !shop.isMyshopify() && !shop.isLoopback()) {
        error.kind = ShopifyError::Kind::NotMyshopifyAddress;
        error.host = shop.displayName();
        error.detail = u"the client-credentials grant goes only to *.myshopify.com, not %1"_s.arg(
            shop.displayName());
    }
    return error;
}

void ClientCredentialsProvider::failLater(const ShopifyError &error)
{
    // As a reply would: from the event loop, after renew() returned.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            qCWarning(lcGrant) << "no access token:" << error.kindName() << error.detail;
            emit renewalFailed(error);
        },
        Qt::QueuedConnection);
}

void ClientCredentialsProvider::renew()
{
    if (m_pending)
        return;
    if (const ShopifyError refused = refusedShop(m_shop); refused.isError())
        return failLater(refused);
    QUrl url = m_shop.baseUrl();
    url.setPath(u"/admin/oauth/access_token"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setTransferTimeout(30000);
    // The secret is for this address only: a redirect is reported, never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"client_secret"_s, m_clientSecret);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
}

void ClientCredentialsProvider::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    ShopifyError error;
    if (!status.isValid()) {
        error.kind = reply->error() == QNetworkReply::TimeoutError
                             || reply->error() == QNetworkReply::OperationCanceledError
                         ? ShopifyError::Kind::Timeout
                         : ShopifyError::Kind::Network;
        error.detail = reply->errorString();
    } else if (const int code = status.toInt(); code >= 300 && code <= 399) {
        error = ShopifyError::redirected(code, reply->url(), reply->rawHeader("Location"_ba));
    } else if (code == 400 || code == 401) {
        // A refusal of the grant (OAuth answers 400, some servers 401 for a bad client): its
        // code says what a person must do.
        error.kind = ShopifyError::Kind::GrantRefused;
        error.httpStatus = code;
        error.grantError = grantErrorCode(body);
        error.detail = u"HTTP %1: %2"_s.arg(code).arg(
            QString::fromUtf8(body.left(300)).simplified());
    } else if (code != 200) {
        error = ShopifyError::fromHttpStatus(code, ShopifyResponse::read(code, body).error.detail);
    } else {
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        const QString token = answer.value("access_token"_L1).toString();
        const qint64 lifetimeSeconds = answer.value("expires_in"_L1).toInteger(0);
        if (token.isEmpty() || lifetimeSeconds <= 0) {
            error.kind = ShopifyError::Kind::BadResponse;
            error.detail = u"the access token answer has no access_token or expires_in"_s;
        } else {
            m_token = token;
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
            m_scopes = answer.value("scope"_L1).toString().split(u',', Qt::SkipEmptyParts);
            const qint64 lifetimeMs = lifetimeSeconds * 1000;
            m_renewal.start(int(std::clamp<qint64>(lifetimeMs - renewalMarginMs(lifetimeMs),
                                                   1000,
                                                   24LL * 3600 * 1000)));
            qCInfo(lcGrant) << "access token obtained; it expires"
                            << m_expiresAt.toString(Qt::ISODate);
            emit renewed();
            return;
        }
    }
    qCWarning(lcGrant) << "no access token:" << error.kindName() << error.detail;
    emit renewalFailed(error);
}
