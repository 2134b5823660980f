#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/ApiReply.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace demostore {

class StoreClock;
struct DemoStoreStats;

// Who may use the store: the access token of a custom app (configured), and tokens the
// client-credentials grant issues (POST /admin/oauth/access_token with the app's client id
// and secret), which expire after their lifetime on the store's clock. Several issued tokens
// are valid at once, as with Shopify. Without a configured token or client id every request
// is let in, as before; revoking then shuts everyone out. accepts() and grant() run in the
// store's thread; revoking works from any thread.
class AccessControl final
{
public:
    struct Settings
    {
        QString accessToken; // empty: none (any token, or only issued ones)
        QString clientId;    // empty: the grant refuses every request
        QString clientSecret;
        int tokenLifetimeSeconds = 86399;
    };

    AccessControl(const Settings &settings,
                  const AccessScopes &scopes,
                  const StoreClock &clock,
                  DemoStoreStats &stats);

    static QString tokenPath(); // "/admin/oauth/access_token"

    // Whether a request with this X-Shopify-Access-Token (empty: none) is let in.
    bool accepts(const QByteArray &token) const;

    // The token endpoint: a form-encoded (or JSON) body with grant_type=client_credentials,
    // client_id and client_secret. 200 with {access_token, scope, expires_in}, or 400 with
    // {error, error_description}.
    ApiReply grant(const QByteArray &body, const QByteArray &contentType);

    // The token stops working at once: the configured one, or one that was issued.
    void revoke(const QString &token);
    // Every token stops working: the configured one, all issued so far, and (without a
    // configured token) the "anyone may come in" of a store that checks none. The grant
    // still issues new ones.
    void revokeAll();

private:
    ApiReply refuse(const QString &error, const QString &description);

    Settings m_settings;
    const AccessScopes &m_scopes;
    const StoreClock &m_clock;
    DemoStoreStats &m_stats;
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_issued; // token -> when it expires (ms on the store's clock)
    QSet<QString> m_revoked;
    bool m_allRevoked = false;
};

} // namespace demostore
