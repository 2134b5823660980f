#pragma once

#include "core/shopify/ShopifyError.h"

#include <QObject>
#include <QString>

// Where the client gets the access token it sends: a fixed Admin API token, or one obtained
// with the client-credentials grant that expires and is renewed. The token lives in memory
// only and is never logged.
class AccessTokenProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString token() const = 0;
    // A token is there and not about to expire.
    virtual bool isReady() const = 0;
    // It can get a new token itself (on expiry, or when Shopify says the token is no good).
    virtual bool canRenew() const { return false; }
    // Gets a new token; renewed() or renewalFailed() follows. Calls while one runs are joined.
    virtual void renew() {}

signals:
    // A token the provider obtained itself, before renewed(): for whoever must keep it out of
    // what it writes (the app masks it in its log, as it masks the secret it was given).
    void tokenIssued(const QString &token);
    void renewed();
    void renewalFailed(const ShopifyError &error);
};

// A token that never changes: an Admin API access token of a custom app.
class StaticTokenProvider final : public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(const QString &token, QObject *parent = nullptr)
        : AccessTokenProvider(parent)
        , m_token(token)
    {}
    QString token() const override { return m_token; }
    bool isReady() const override { return true; }

private:
    QString m_token;
};
