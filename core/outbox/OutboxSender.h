#pragma once

#include "core/model/Order.h"
#include "core/model/OutboxEntry.h"
#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/OrderPageSizes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class Outbox;
class ShopifyClient;
class ShopifyReply;
struct ShopifyError;

// Sends the outbox's entries as they fall due, a few at a time, and records each outcome:
// done (with the order as Shopify returned it), refused (with Shopify's words), not sent
// (tried again later, backing off), or unknown (checked against Shopify before anything is
// sent again: an entry is resent only when the order shows none of its work).
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    OutboxSender(Outbox *outbox, ShopifyClient *client, QObject *parent = nullptr);

    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    // How long after an unanswered request its check waits, so a request Shopify is still
    // working on has finished by then.
    void setCheckDelay(std::chrono::milliseconds delay) { m_checkDelay = delay; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    // Nothing in flight and nothing due now (entries may still wait for later).
    void idle();

private:
    void pump();
    void scheduleNext();
    void send(const OutboxEntry &entry);
    // Reads the order to see whether the entry's work is there. With a refusal from Shopify,
    // the work found there means an earlier copy of the request went through.
    // `sizes`: the nested page sizes of the read, smaller after Shopify refused it as too
    // costly (the connections it cuts are completed by follow-ups).
    void check(const OutboxEntry &entry,
               const QString &refusal = {},
               const std::optional<OrderPageSizes> &sizes = std::nullopt);
    void handleSent(ShopifyReply *reply, const OutboxEntry &entry);
    void handleChecked(ShopifyReply *reply,
                       const OutboxEntry &entry,
                       const QString &refusal,
                       const OrderPageSizes &sizes);
    // A mutation whose answer holds no order (ready for pickup) was carried out: the order is
    // read back for the local store, and the entry is done whether or not that read works.
    void finishWithReadBack(const OutboxEntry &entry);
    void handleError(const OutboxEntry &entry, const ShopifyError &error);
    // Completes an order whose nested pages overflowed, then hands it on.
    void completeThen(const Order &order,
                      const struct OrderOverflow &overflow,
                      const std::function<void(const Order &)> &then,
                      const std::function<void(const ShopifyError &)> &otherwise);
    void settle(qint64 id);
    // Answers that carry an order are numbered as they arrive. Completing one (follow-up
    // reads) can take longer than a later answer for the same order, and Shopify's updatedAt
    // has only whole seconds to tell them apart: only the order of the latest answer is
    // stored, so an older copy finishing late cannot replace a newer one.
    quint64 noteAnswer(const QString &orderId);
    std::optional<Order> storable(const QString &orderId,
                                  quint64 answer,
                                  const std::optional<Order> &order);
    QDateTime backOff(const OutboxEntry &entry) const;

    Outbox *m_outbox;
    ShopifyClient *m_client;
    OrderPageSizes m_sizes;
    GraphqlOperation m_fulfill;
    GraphqlOperation m_updateTracking;
    GraphqlOperation m_cancel;
    GraphqlOperation m_preparePickup;
    GraphqlOperation m_order;
    QSet<qint64> m_inFlight;
    quint64 m_answers = 0;
    QHash<QString, quint64> m_latestAnswer; // order id: the number of its latest answer
    QTimer m_timer;
    int m_maxInFlight = 4;
    std::chrono::milliseconds m_checkDelay{5000};
    bool m_running = false;
};
