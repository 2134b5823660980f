#include "core/outbox/OutboxSender.h"

#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxVerifier.h"
#include "core/shopify/OrderCompleter.h"
#include "core/shopify/OrderParser.h"
#include "core/shopify/ShopifyClient.h"
#include "core/shopify/ShopifyError.h"
#include "core/shopify/ShopifyReply.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "smidig.outbox")

namespace {

const QString kOperations = u":/graphql/orders.graphql"_s;

QLatin1StringView mutationField(OutboxEntry::Action action)
{
    switch (action) {
    case OutboxEntry::Action::Fulfill:
        return "fulfillmentCreate"_L1;
    case OutboxEntry::Action::UpdateTracking:
        return "fulfillmentTrackingInfoUpdate"_L1;
    case OutboxEntry::Action::CancelFulfillment:
        return "fulfillmentCancel"_L1;
    case OutboxEntry::Action::PreparePickup:
        return "fulfillmentOrderLineItemsPreparedForPickup"_L1;
    }
    return {};
}

// Halves the nested connections of an order read (what they then leave out, the completer
// fetches); false when they are all 1 already. The plain lists (fulfillments, tracking) keep
// their sizes: a cut list cannot be told from a whole one.
bool halveConnections(OrderPageSizes &sizes)
{
    const OrderPageSizes before = sizes;
    sizes.lineItems = std::max(1, sizes.lineItems / 2);
    sizes.fulfillmentOrders = std::max(1, sizes.fulfillmentOrders / 2);
    sizes.fulfillmentOrderLineItems = std::max(1, sizes.fulfillmentOrderLineItems / 2);
    return sizes.lineItems < before.lineItems || sizes.fulfillmentOrders < before.fulfillmentOrders
           || sizes.fulfillmentOrderLineItems < before.fulfillmentOrderLineItems;
}

// An outcome that could not be stored. Refused as stale, another process took the entry
// over meanwhile and decides it (by checking with Shopify first): nothing is lost here.
void logUnrecorded(const OutboxEntry &entry, const StoreError &stored)
{
    if (!stored.isError())
        return;
    if (stored.kind == StoreError::Kind::Stale)
        qCInfo(lcOutbox) << entry.orderName << "was taken over by another process; its outcome "
                         << "here is left to that process";
    else
        qCWarning(lcOutbox) << "cannot record the outcome of entry" << entry.id
                            << "yet:" << stored.detail;
}

} // namespace

OutboxSender::OutboxSender(Outbox *outbox, ShopifyClient *client, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_fulfill(GraphqlOperation::load(kOperations, u"FulfillmentCreate"_s))
    , m_updateTracking(GraphqlOperation::load(kOperations, u"FulfillmentTrackingInfoUpdate"_s))
    , m_cancel(GraphqlOperation::load(kOperations, u"FulfillmentCancel"_s))
    , m_preparePickup(
          GraphqlOperation::load(kOperations, u"FulfillmentOrderLineItemsPreparedForPickup"_s))
    , m_order(GraphqlOperation::load(kOperations, u"Order"_s))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::pump);
    // New entries, retries and undos change what is due next.
    connect(m_outbox, &Outbox::changed, this, [this] {
        if (m_running && m_inFlight.isEmpty())
            scheduleNext();
    });
}

void OutboxSender::start()
{
    m_running = true;
    QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer.stop();
}

void OutboxSender::pump()
{
    if (!m_running)
        return;
    while (m_inFlight.size() < m_maxInFlight) {
        StoreError error;
        const std::optional<OutboxEntry> entry = m_outbox->takeDue(QDateTime::currentDateTimeUtc(),
                                                                   &error);
        if (error.isError()) {
            qCWarning(lcOutbox) << "cannot take the next entry:" << error.detail;
            break;
        }
        if (!entry)
            break;
        m_inFlight.insert(entry->id);
        if (entry->payload.value("checking"_L1).toBool())
            check(*entry);
        else
            send(*entry);
    }
    scheduleNext();
}

void OutboxSender::scheduleNext()
{
    if (!m_running)
        return;
    const QDateTime next = m_outbox->nextDueTime();
    if (!next.isValid()) {
        m_timer.stop();
        if (m_inFlight.isEmpty())
            emit idle();
        return;
    }
    const qint64 wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, 60000);
    if (wait > 0 && m_inFlight.isEmpty())
        emit idle();
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(wait));
}

void OutboxSender::settle(qint64 id)
{
    m_inFlight.remove(id);
    pump();
}

QDateTime OutboxSender::backOff(const OutboxEntry &entry) const
{
    // 2, 4, 8 ... seconds, at most five minutes: a shop that is down is not hammered.
    const int exponent = std::clamp(entry.attempts, 1, 8);
    return QDateTime::currentDateTimeUtc().addSecs(std::min(300, 1 << exponent));
}

void OutboxSender::send(const OutboxEntry &entry)
{
    QJsonObject variables = entry.payload.value("variables"_L1).toObject();
    const GraphqlOperation *operation = &m_cancel;
    switch (entry.action) {
    case OutboxEntry::Action::Fulfill:
        operation = &m_fulfill;
        break;
    case OutboxEntry::Action::UpdateTracking:
        operation = &m_updateTracking;
        break;
    case OutboxEntry::Action::CancelFulfillment:
        operation = &m_cancel;
        break;
    case OutboxEntry::Action::PreparePickup:
        operation = &m_preparePickup;
        break;
    }
    // The mutations that answer with the order take the nested page sizes too.
    if (entry.action != OutboxEntry::Action::PreparePickup)
        m_sizes.addTo(variables);
    ShopifyReply *reply = m_client->send(*operation, variables);
    // Asked again just before the bytes go (the client may hold the request for the cost
    // bucket): a sender that lost its lease meanwhile sends nothing.
    reply->setSendCondition(
        [outbox = QPointer<Outbox>(m_outbox), entry] { return outbox && outbox->maySend(entry); });
    connect(reply, &ShopifyReply::finished, this, [this, reply, entry] {
        handleSent(reply, entry);
    });
}

void OutboxSender::check(const OutboxEntry &entry,
                         const QString &refusal,
                         const std::optional<OrderPageSizes> &sizes)
{
    OrderPageSizes used = sizes.value_or(m_sizes);
    QJsonObject variables{{"id"_L1, entry.orderId}};
    used.addTo(variables);
    // Under Shopify's limit as the client prices it now (it learns from Shopify's answers).
    while (m_client->estimatedCost(m_order, variables) > m_client->costLimit()
           && halveConnections(used))
        used.addTo(variables);
    ShopifyReply *reply = m_client->send(m_order, variables);
    connect(reply, &ShopifyReply::finished, this, [this, reply, entry, refusal, used] {
        handleChecked(reply, entry, refusal, used);
    });
}

void OutboxSender::handleError(const OutboxEntry &entry, const ShopifyError &error)
{
    const bool checking = entry.payload.value("checking"_L1).toBool();
    StoreError stored;
    if (error.kind == ShopifyError::Kind::Cancelled && !error.mayHaveBeenProcessed
        && !m_outbox->maySend(entry)) {
        // Withheld before sending: its lease was not renewed in time. Certainly not carried
        // out; unless another process has taken it over (then this is refused as stale), it
        // goes again with a fresh lease.
        qCInfo(lcOutbox) << entry.orderName << "withheld: its lease ran short";
        stored = m_outbox->postpone(entry, error.userMessage(), QDateTime::currentDateTimeUtc());
    } else if (!checking && error.mayHaveBeenProcessed) {
        qCInfo(lcOutbox) << entry.orderName << "outcome unknown:" << error.kindName()
                         << error.detail;
        stored = m_outbox->markUnknown(entry,
                                       error.userMessage(),
                                       QDateTime::currentDateTimeUtc().addMSecs(
                                           m_checkDelay.count()));
    } else if (error.isTransient() || error.mayHaveBeenProcessed) {
        // Not carried out (or a check that could not be made): try again later.
        stored = m_outbox->postpone(entry, error.userMessage(), backOff(entry));
    } else {
        stored = m_outbox->markFailed(entry, error.userMessage());
    }
    logUnrecorded(entry, stored);
}

void OutboxSender::handleSent(ShopifyReply *reply, const OutboxEntry &entry)
{
    reply->deleteLater();
    if (!reply->isOk()) {
        handleError(entry, reply->error());
        return settle(entry.id);
    }
    if (entry.action == OutboxEntry::Action::PreparePickup) {
        const Parsed<QStringList> refusals
            = OrderParser::userErrorsOnly(reply->data(), mutationField(entry.action));
        if (!refusals.isOk()) {
            ShopifyError error;
            error.kind = ShopifyError::Kind::BadResponse;
            error.detail = refusals.problem;
            error.mayHaveBeenProcessed = true;
            handleError(entry, error);
            return settle(entry.id);
        }
        if (!refusals.value.isEmpty())
            return check(entry, tr("Shopify refused it: %1").arg(refusals.value.join(u"; "_s)));
        return finishWithReadBack(entry);
    }
    Parsed<MutationResult> result = OrderParser::fulfillmentMutation(reply->data(),
                                                                     mutationField(entry.action),
                                                                     m_sizes,
                                                                     reply->fieldErrors());
    if (!result.isOk()) {
        // An answer we cannot read may still mean the work was done.
        ShopifyError error;
        error.kind = ShopifyError::Kind::BadResponse;
        error.detail = result.problem;
        error.mayHaveBeenProcessed = true;
        handleError(entry, error);
        return settle(entry.id);
    }
    if (!result.value.userErrors.isEmpty()) {
        // A refusal can also mean a copy of this request went through before (a proxy or the
        // network stack may send one again): look before calling it failed.
        return check(entry, tr("Shopify refused it: %1").arg(result.value.userErrors.join(u"; "_s)));
    }
    const quint64 answer = noteAnswer(entry.orderId);
    auto done = [this, entry, answer](const std::optional<Order> &order) {
        const StoreError stored = m_outbox->finish(entry, storable(entry.orderId, answer, order));
        logUnrecorded(entry, stored);
        settle(entry.id);
    };
    // The work is done either way; without the complete order the next sync brings it.
    completeThen(*result.value.order, result.value.overflow, done, [done](const ShopifyError &) {
        done(std::nullopt);
    });
}

void OutboxSender::handleChecked(ShopifyReply *reply,
                                 const OutboxEntry &entry,
                                 const QString &refusal,
                                 const OrderPageSizes &sizes)
{
    reply->deleteLater();
    // Shopify prices the read higher than we did: read again with smaller nested pages.
    if (OrderPageSizes smaller = sizes;
        reply->error().kind == ShopifyError::Kind::MaxCostExceeded && halveConnections(smaller)) {
        qCInfo(lcOutbox) << entry.orderName << "check too costly for Shopify; reading less";
        return check(entry, refusal, smaller);
    }
    if (!reply->isOk()) {
        if (!refusal.isEmpty()) {
            // Refused, and the check could not be made: the refusal stands.
            const StoreError stored = m_outbox->markFailed(entry, refusal);
            logUnrecorded(entry, stored);
            return settle(entry.id);
        }
        handleError(entry, reply->error());
        return settle(entry.id);
    }
    OrderOverflow overflow;
    Parsed<std::optional<Order>> parsed
        = OrderParser::order(reply->data(), sizes, &overflow, reply->fieldErrors());
    if (!parsed.isOk()) {
        ShopifyError error;
        error.kind = ShopifyError::Kind::BadResponse;
        error.detail = parsed.problem;
        handleError(entry, error);
        return settle(entry.id);
    }
    const quint64 answer = noteAnswer(entry.orderId);
    auto decide = [this, entry, refusal, answer](const std::optional<Order> &current) {
        StoreError stored;
        const OutboxVerifier::Outcome outcome = OutboxVerifier::check(entry, current);
        const std::optional<Order> order = storable(entry.orderId, answer, current);
        if (!refusal.isEmpty() && outcome != OutboxVerifier::Outcome::Done) {
            stored = m_outbox->markFailed(entry, refusal, order);
            logUnrecorded(entry, stored);
            return settle(entry.id);
        }
        switch (outcome) {
        case OutboxVerifier::Outcome::Done:
            qCInfo(lcOutbox) << entry.orderName << "was carried out before the answer was lost";
            stored = m_outbox->finish(entry, order);
            break;
        case OutboxVerifier::Outcome::NotDone:
            qCInfo(lcOutbox) << entry.orderName << "was not carried out; sending it again";
            stored = m_outbox->requeue(entry, tr("Not carried out by Shopify; sending it again."));
            break;
        case OutboxVerifier::Outcome::Changed:
            stored = m_outbox->markFailed(
                entry,
                tr("The order changed in Shopify while Smidig was sending this, so it "
                   "was not sent again. Check the order, then retry or drop this."),
                order);
            break;
        }
        logUnrecorded(entry, stored);
        settle(entry.id);
    };
    if (!parsed.value)
        return decide(std::nullopt);
    completeThen(*parsed.value, overflow, decide, [this, entry](const ShopifyError &error) {
        handleError(entry, error);
        settle(entry.id);
    });
}

void OutboxSender::finishWithReadBack(const OutboxEntry &entry)
{
    QJsonObject variables{{"id"_L1, entry.orderId}};
    m_sizes.addTo(variables);
    ShopifyReply *reply = m_client->send(m_order, variables);
    connect(reply, &ShopifyReply::finished, this, [this, reply, entry] {
        reply->deleteLater();
        const quint64 answer = noteAnswer(entry.orderId);
        auto done = [this, entry, answer](const std::optional<Order> &order) {
            const StoreError stored = m_outbox->finish(entry,
                                                       storable(entry.orderId, answer, order));
            logUnrecorded(entry, stored);
            settle(entry.id);
        };
        OrderOverflow overflow;
        const Parsed<std::optional<Order>> parsed
            = reply->isOk()
                  ? OrderParser::order(reply->data(), m_sizes, &overflow, reply->fieldErrors())
                  : Parsed<std::optional<Order>>{};
        if (!reply->isOk() || !parsed.isOk() || !parsed.value)
            return done(std::nullopt); // the next sync brings the order
        completeThen(*parsed.value, overflow, done, [done](const ShopifyError &) {
            done(std::nullopt);
        });
    });
}

quint64 OutboxSender::noteAnswer(const QString &orderId)
{
    m_latestAnswer.insert(orderId, ++m_answers);
    return m_answers;
}

std::optional<Order> OutboxSender::storable(const QString &orderId,
                                            quint64 answer,
                                            const std::optional<Order> &order)
{
    const auto it = m_latestAnswer.constFind(orderId);
    if (it == m_latestAnswer.constEnd() || it.value() != answer)
        return std::nullopt;
    // Taken: a later answer numbers itself anew, an earlier one finds no number of its own.
    m_latestAnswer.erase(it);
    return order;
}

void OutboxSender::completeThen(const Order &order,
                                const OrderOverflow &overflow,
                                const std::function<void(const Order &)> &then,
                                const std::function<void(const ShopifyError &)> &otherwise)
{
    if (overflow.isEmpty())
        return then(order);
    auto *completer = new OrderCompleter(m_client, m_sizes, this);
    connect(completer,
            &OrderCompleter::finished,
            this,
            [completer, then](const QList<Order> &orders) {
                completer->deleteLater();
                then(orders.first());
            });
    connect(completer,
            &OrderCompleter::failed,
            this,
            [completer, otherwise](const ShopifyError &error) {
                completer->deleteLater();
                otherwise(error);
            });
    completer->complete({order}, {overflow});
}
