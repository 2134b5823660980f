#include "core/demostore/AccessControl.h"

#include "core/demostore/DemoStoreStats.h"
#include "core/demostore/StoreClock.h"
#include "core/demostore/graphql/JsonWriter.h"

#include <QCborMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace demostore {

AccessControl::AccessControl(const Settings &settings,
                             const AccessScopes &scopes,
                             const StoreClock &clock,
                             DemoStoreStats &stats)
    : m_settings(settings)
    , m_scopes(scopes)
    , m_clock(clock)
    , m_stats(stats)
{}

QString AccessControl::tokenPath()
{
    return QStringLiteral("/admin/oauth/access_token");
}

bool AccessControl::accepts(const QByteArray &token) const
{
    const QString text = QString::fromUtf8(token);
    QMutexLocker locker(&m_mutex);
    if (!text.isEmpty() && !m_revoked.contains(text)) {
        if (!m_settings.accessToken.isEmpty() && text == m_settings.accessToken)
            return true;
        const auto issued = m_issued.constFind(text);
        if (issued != m_issued.cend() && m_clock.nowMs() < *issued)
            return true;
    }
    // A store that checks no token lets anyone in, until told that tokens were revoked.
    return m_settings.accessToken.isEmpty() && m_settings.clientId.isEmpty() && !m_allRevoked;
}

ApiReply AccessControl::refuse(const QString &error, const QString &description)
{
    ++m_stats.tokenRequestsRefused;
    QCborMap body;
    body.insert(QStringLiteral("error"), error);
    body.insert(QStringLiteral("error_description"), description);
    ApiReply reply;
    reply.status = 400;
    reply.body = graphql::toJson(body);
    return reply;
}

ApiReply AccessControl::grant(const QByteArray &body, const QByteArray &contentType)
{
    // Shopify documents a form-encoded body; its own libraries send JSON. Both are read.
    QHash<QString, QString> parameters;
    if (contentType.trimmed().toLower().startsWith("application/json")) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isString())
                parameters.insert(it.key(), it.value().toString());
        }
    } else {
        QString form = QString::fromUtf8(body);
        form.replace(u'+', u' '); // form encoding's space, which QUrlQuery leaves alone
        const QUrlQuery query(form);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            parameters.insert(key, value);
    }
    const QString grantType = parameters.value(QStringLiteral("grant_type"));
    const QString clientId = parameters.value(QStringLiteral("client_id"));
    const QString clientSecret = parameters.value(QStringLiteral("client_secret"));
    if (grantType.isEmpty())
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("Missing required parameter: grant_type"));
    if (grantType != u"client_credentials") {
        return refuse(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The grant type '%1' is not supported").arg(grantType));
    }
    if (clientId.isEmpty() || m_settings.clientId.isEmpty() || clientId != m_settings.clientId) {
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("Could not find Shopify API application with api_key %1")
                          .arg(clientId));
    }
    if (clientSecret != m_settings.clientSecret) {
        return refuse(QStringLiteral("invalid_client"),
                      QStringLiteral(
                          "Client authentication failed: the client secret is not valid"));
    }

    const QString token = QStringLiteral("shpat_") + QUuid::createUuid().toString(QUuid::Id128);
    const int lifetime = std::max(1, m_settings.tokenLifetimeSeconds);
    {
        QMutexLocker locker(&m_mutex);
        m_issued.insert(token, m_clock.nowMs() + qint64(lifetime) * 1000);
    }
    ++m_stats.tokensIssued;
    QCborMap answer;
    answer.insert(QStringLiteral("access_token"), token);
    answer.insert(QStringLiteral("scope"), m_scopes.handles().join(u','));
    answer.insert(QStringLiteral("expires_in"), lifetime);
    ApiReply reply;
    reply.body = graphql::toJson(answer);
    return reply;
}

void AccessControl::revoke(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    m_revoked.insert(token);
}

void AccessControl::revokeAll()
{
    QMutexLocker locker(&m_mutex);
    m_allRevoked = true;
    if (!m_settings.accessToken.isEmpty())
        m_revoked.insert(m_settings.accessToken);
    for (auto it = m_issued.cbegin(); it != m_issued.cend(); ++it)
        m_revoked.insert(it.key());
}

} // namespace demostore
