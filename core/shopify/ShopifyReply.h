#pragma once

#include "core/shopify/FieldError.h"
#include "core/shopify/ShopifyError.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

// The answer to one GraphQL request, delivered when finished() is emitted. Throttling is
// handled before it finishes: a THROTTLED answer is waited out and the request sent again.
// The caller owns the reply and deletes it (deleteLater) after reading it.
class ShopifyReply final : public QObject
{
    Q_OBJECT

public:
    explicit ShopifyReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ShopifyError &error() const { return m_error; }
    // The response's "data" member; empty unless isOk().
    const QJsonObject &data() const { return m_data; }
    const QJsonObject &extensions() const { return m_extensions; }
    // Fields Shopify answered null with an error beside usable data (see ShopifyResponse).
    const FieldErrors &fieldErrors() const { return m_fieldErrors; }
    // Times Shopify answered THROTTLED before this request went through.
    int throttledCount() const { return m_throttledCount; }

    // Gives up on the request: finished() follows with a Cancelled error, unless it already
    // finished. A request already sent may still have been carried out by Shopify.
    void abort();

    // Asked each time, just before the request's bytes go to the network (its first sending
    // and every resend after a throttle or a server error): when it says no, the request is
    // not sent and finishes with a Cancelled error that certainly did nothing. The outbox uses
    // it so a sender that lost its lease (a frozen process) cannot send what another station
    // has taken over.
    void setSendCondition(std::function<bool()> condition)
    {
        m_sendCondition = std::move(condition);
    }
    bool maySend() const { return !m_sendCondition || m_sendCondition(); }

signals:
    void finished();
    void aborted();

private:
    friend class ShopifyClient;
    void finish(const QJsonObject &data,
                const QJsonObject &extensions,
                const FieldErrors &fieldErrors = {});
    void fail(const ShopifyError &error, const QJsonObject &extensions = {});

    bool m_finished = false;
    ShopifyError m_error;
    QJsonObject m_data;
    QJsonObject m_extensions;
    FieldErrors m_fieldErrors;
    int m_throttledCount = 0;
    std::function<bool()> m_sendCondition;
};
