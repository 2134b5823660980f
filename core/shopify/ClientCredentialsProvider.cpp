#include "core/shopify/ClientCredentialsProvider.h"

#include "core/shopify/ShopifyResponse.h"
#include "core/shopify/TokenGrantAnswer.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGrant, "smidig.shopify.grant")

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
        error.grantError = TokenGrantAnswer::refusalCode(body);
        error.detail = u"HTTP %1: %2"_s.arg(code).arg(
            QString::fromUtf8(body.left(300)).simplified());
    } else if (code != 200) {
        error = ShopifyError::fromHttpStatus(code, ShopifyResponse::read(code, body).error.detail);
    } else {
        const TokenGrantAnswer answer = TokenGrantAnswer::read(body);
        if (!answer.isUsable()) {
            error.kind = ShopifyError::Kind::BadResponse;
            error.detail = u"the access token answer has no access_token or expires_in"_s;
        } else {
            m_token = answer.token;
            emit tokenIssued(m_token); // masked in the log before anything can write it
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(answer.lifetimeSeconds);
            m_scopes = answer.scopes;
            m_renewal.start(int(answer.renewalDelayMs()));
            qCInfo(lcGrant) << "access token obtained; it expires"
                            << m_expiresAt.toString(Qt::ISODate);
            emit renewed();
            return;
        }
    }
    qCWarning(lcGrant) << "no access token:" << error.kindName() << error.detail;
    emit renewalFailed(error);
}
