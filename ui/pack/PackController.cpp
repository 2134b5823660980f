#include "ui/pack/PackController.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/model/OrderSummary.h"
#include "core/outbox/Outbox.h"
#include "core/storage/OrderBook.h"
#include "core/storage/OrderLookup.h"
#include "ui/ClaimText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How many of the oldest candidates are read in full to find one that ships from here: the
// rest wait for the next offer.
constexpr int kOfferLookahead = 40;

} // namespace

PackController::PackController(OrderBook *book,
                               Outbox *outbox,
                               FulfillmentDesk *desk,
                               const FulfillmentSettings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_outbox(outbox)
    , m_desk(desk)
{
    setFulfillmentSettings(settings);
    if (OrderClaims *claims = m_desk ? m_desk->claims() : nullptr) {
        connect(claims, &OrderClaims::lost, this, [this](const QString &orderId) {
            onClaimLost(orderId);
        });
        // Another station took or let go of an order: the offer may change. Only then, not
        // every second when the claims' times move on.
        connect(claims, &OrderClaims::changed, this, [this, claims] {
            const QList<QString> ids = claims->allElsewhere().keys();
            QSet<QString> elsewhere(ids.cbegin(), ids.cend());
            if (elsewhere == m_elsewhere)
                return;
            m_elsewhere = std::move(elsewhere);
            if (!m_session)
                refreshOffer();
        });
    }
}

PackController::~PackController()
{
    if (m_session) {
        disconnect(m_session.get(), nullptr, this, nullptr);
        if (m_session->state() != PackSession::State::Ended)
            m_session->abandon();
    }
    releaseClaim(m_claimed);
}

void PackController::setFulfillmentSettings(const FulfillmentSettings &settings)
{
    m_settings = settings;
    m_detector = std::make_unique<TrackingNumberDetector>(settings.shopCountry);
    m_router = std::make_unique<ScanRouter>(m_detector.get());
}

void PackController::setPackSettings(const PackSettings &settings)
{
    m_packSettings = settings;
}

void PackController::say(Tone tone, const QString &text, PackCue cue)
{
    m_feedback = {tone, text};
    emit changed();
    emit this->cue(cue);
}

bool PackController::opensPackMode(const QString &code) const
{
    const ScanRouter::Kind kind = m_router->route(code, nullptr, ScanRouter::Expecting::Items).kind;
    return kind == ScanRouter::Kind::Order || kind == ScanRouter::Kind::Command;
}

void PackController::scan(const QString &code)
{
    const bool labelNext = m_session
                           && (m_session->state() == PackSession::State::Counted
                               || m_session->state() == PackSession::State::Labelled);
    const Order *current = m_session ? &m_session->order() : nullptr;
    route(m_router->route(code,
                          current,
                          labelNext ? ScanRouter::Expecting::Label : ScanRouter::Expecting::Items));
}

void PackController::route(const ScanRouter::Route &route)
{
    switch (route.kind) {
    case ScanRouter::Kind::Command:
        runCommand(route.command);
        return;
    case ScanRouter::Kind::Order:
        openReference(route.orderReference);
        return;
    case ScanRouter::Kind::Item:
        applyCount(m_session->scanItem(route.code));
        return;
    case ScanRouter::Kind::Tracking:
        if (m_session) {
            applyLabel(route);
            return;
        }
        break;
    case ScanRouter::Kind::Unknown:
        break;
    }
    if (m_session) {
        // With an order on the table, anything unknown is an item that is not in it.
        applyCount(m_session->scanItem(route.code));
        return;
    }
    //: %1 is what the scanner read
    say(Tone::Refused,
        tr("%1 is no order Smidig knows. Scan a packing slip or an order number.").arg(route.code),
        PackCue::Refused);
}

void PackController::runCommand(ScanRouter::Command command)
{
    switch (command) {
    case ScanRouter::Command::Fulfil:
        fulfil();
        return;
    case ScanRouter::Command::Skip:
        skip();
        return;
    case ScanRouter::Command::Undo:
        undo();
        return;
    case ScanRouter::Command::Next:
        // The order on the table is put aside for the oldest one waiting.
        if (m_session)
            skip();
        if (!m_offeredId.isEmpty())
            open(m_offeredId);
        return;
    case ScanRouter::Command::Reprint: {
        const QString orderId = m_session ? m_session->order().id : m_lastOrderId;
        if (orderId.isEmpty()) {
            say(Tone::Refused,
                tr("No packing slip to print: no order is on the table."),
                PackCue::Refused);
            return;
        }
        emit reprintRequested(orderId);
        return;
    }
    }
}

void PackController::openReference(const QString &reference)
{
    const QString orderId = OrderLookup::find(*m_book, reference);
    if (orderId.isEmpty()) {
        //: %1 is an order's name or number as scanned
        say(Tone::Refused,
            tr("No order %1 here. Sync, or scan another slip.").arg(reference),
            PackCue::Refused);
        return;
    }
    if (m_session && m_session->order().id == orderId) {
        say(Tone::Good,
            tr("%1 is on the table already.").arg(m_session->order().name),
            PackCue::OrderOpened);
        return;
    }
    open(orderId);
}

bool PackController::open(const QString &orderId)
{
    std::optional<Order> order;
    if (const StoreError error = m_book->order(orderId, &order); error.isError() || !order) {
        say(Tone::Attention,
            error.isError() ? error.userMessage() : tr("That order is no longer in the store."),
            PackCue::Attention);
        return false;
    }
    // The order on the table goes aside first: another slip was scanned.
    closeSession();

    OrderClaims *claims = m_desk ? m_desk->claims() : nullptr;
    if (claims) {
        const OrderClaims::Attempt attempt = claims->claim(orderId);
        if (attempt.result == OrderClaims::Result::HeldElsewhere) {
            //: %1 is an order, %2 another station's claim ("Packing at Station 2 (Anna), 8 s")
            say(Tone::Refused,
                tr("%1 is taken: %2. Scan another slip.")
                    .arg(order->name, ClaimText::packing(attempt.lease)),
                PackCue::Refused);
            refreshOffer();
            return false;
        }
        if (attempt.result == OrderClaims::Result::Failed) {
            say(Tone::Attention, attempt.error.userMessage(), PackCue::Attention);
            return false;
        }
        m_claimed = orderId;
    }

    auto session = std::make_unique<PackSession>(*order, m_packSettings.locationId);
    if (session->state() == PackSession::State::Ended) {
        releaseClaim(orderId);
        //: %1 is an order, %2 why nothing of it can be packed here now
        say(Tone::Refused,
            tr("%1: nothing to pack here. %2").arg(order->name, session->endMessage()),
            PackCue::Refused);
        refreshOffer();
        return false;
    }
    session->watch(m_book);
    connect(session.get(), &PackSession::ended, this, &PackController::onSessionEnded);
    m_session = std::move(session);
    m_offeredId.clear();
    m_offeredName.clear();
    //: %1 is an order's name
    say(Tone::Good, tr("%1 is on the table.").arg(m_session->order().name), PackCue::OrderOpened);
    return true;
}

void PackController::applyCount(const PackSession::Outcome &outcome)
{
    const QString text = m_session->message(outcome);
    if (outcome.result != PackSession::Result::Counted) {
        say(Tone::Refused, text, PackCue::Refused);
        return;
    }
    PackCue cue = PackCue::Counted;
    if (m_session->isComplete())
        cue = PackCue::AllCounted;
    else if (outcome.line >= 0 && m_session->lines().at(outcome.line).isComplete())
        cue = PackCue::LineDone;
    say(Tone::Good, text, cue);
}

void PackController::applyLabel(const ScanRouter::Route &route)
{
    const TrackingInput tracking = PackSession::trackingFrom(route.tracking);
    const PackSession::Result result = m_session->setTracking(tracking);
    if (result != PackSession::Result::LabelSet) {
        say(Tone::Refused, m_session->message({result, -1, route.code, {}}), PackCue::Refused);
        return;
    }
    if (m_packSettings.fulfilOnLabel) {
        fulfil();
        return;
    }
    say(Tone::Good, m_session->message({result, -1, route.code, {}}), PackCue::Labelled);
}

void PackController::setQuantity(int quantity)
{
    if (!m_session) {
        say(Tone::Refused, tr("Scan a packing slip first."), PackCue::Refused);
        return;
    }
    applyCount(m_session->setQuantity(quantity));
}

void PackController::confirmByHand(int line)
{
    if (!m_session || line < 0 || line >= m_session->lines().size()) {
        say(Tone::Refused, tr("Choose a line without barcode first."), PackCue::Refused);
        return;
    }
    applyCount(m_session->confirmByHand(line));
}

void PackController::enter()
{
    if (!m_session) {
        if (m_offeredId.isEmpty()) {
            say(Tone::Refused, tr("No order is waiting. Scan a packing slip."), PackCue::Refused);
            return;
        }
        open(m_offeredId);
        return;
    }
    fulfil();
}

void PackController::fulfil()
{
    if (!m_session) {
        say(Tone::Refused, tr("No order is on the table."), PackCue::Refused);
        return;
    }
    if (m_session->state() == PackSession::State::Counting) {
        say(Tone::Refused, tr("Items are left to scan."), PackCue::Refused);
        return;
    }
    if (m_session->state() == PackSession::State::Counted) {
        say(Tone::Refused, tr("Scan the shipping label first."), PackCue::Refused);
        return;
    }
    const QString orderId = m_session->order().id;
    const QString name = m_session->order().name;
    QList<qint64> ids;
    QList<FulfillmentPlanner::Refusal> refusals;
    const StoreError error = m_desk->fulfill(m_session->requests(m_settings.notifyByDefault),
                                             &ids,
                                             &refusals);
    if (error.isError()) {
        // Nothing was queued: the order stays on the table as it was.
        say(Tone::Attention, error.userMessage(), PackCue::Attention);
        return;
    }
    if (ids.isEmpty()) {
        const QString why = refusals.isEmpty() ? tr("Nothing was queued.")
                                               : refusals.first().message();
        closeSession();
        //: %1 is an order, %2 why it was refused
        say(Tone::Attention, tr("%1 was not fulfilled: %2").arg(name, why), PackCue::Attention);
        refreshOffer();
        return;
    }
    disconnect(m_session.get(), nullptr, this, nullptr);
    m_session->markQueued(ids);
    m_session.release()->deleteLater();
    releaseClaim(orderId);
    m_lastOrderId = orderId;
    m_lastOrderName = name;
    m_lastEntryIds = ids;
    refreshOffer();
    //: %1 is an order's name
    say(Tone::Done, tr("%1 fulfilled. Scan the next slip.").arg(name), PackCue::Fulfilled);
}

void PackController::undo()
{
    if (m_session) {
        const PackSession::Outcome outcome = m_session->undo();
        const QString text = m_session->message(outcome);
        if (outcome.result == PackSession::Result::Counted)
            say(Tone::Good, text, PackCue::Undone);
        else
            say(Tone::Refused, text, PackCue::Refused);
        return;
    }
    if (m_lastEntryIds.isEmpty()) {
        say(Tone::Refused, tr("Nothing to undo."), PackCue::Refused);
        return;
    }
    StoreError error;
    const int taken = m_outbox->withdraw(m_lastEntryIds, &error);
    if (error.isError()) {
        say(Tone::Attention, error.userMessage(), PackCue::Attention);
        return;
    }
    const QString name = m_lastOrderName;
    m_lastEntryIds.clear();
    if (taken == 0) {
        //: %1 is an order's name
        say(Tone::Refused,
            tr("%1 is sent to Shopify already and cannot be taken back here.").arg(name),
            PackCue::Refused);
        return;
    }
    refreshOffer();
    //: %1 is an order's name
    say(Tone::Good, tr("Fulfillment of %1 taken back: it was not sent.").arg(name), PackCue::Undone);
}

void PackController::skip()
{
    if (!m_session) {
        say(Tone::Refused, tr("No order is on the table."), PackCue::Refused);
        return;
    }
    const QString name = m_session->order().name;
    closeSession();
    refreshOffer();
    //: %1 is an order's name
    say(Tone::Good, tr("%1 put aside. Scan the next slip.").arg(name), PackCue::Undone);
}

void PackController::closeSession()
{
    if (!m_session)
        return;
    disconnect(m_session.get(), nullptr, this, nullptr);
    if (m_session->state() != PackSession::State::Ended)
        m_session->abandon();
    const QString orderId = m_session->order().id;
    m_session.release()->deleteLater();
    releaseClaim(orderId);
}

void PackController::releaseClaim(const QString &orderId)
{
    if (orderId.isEmpty() || orderId != m_claimed)
        return;
    m_claimed.clear();
    OrderClaims *claims = m_desk ? m_desk->claims() : nullptr;
    if (!claims)
        return;
    if (const StoreError error = claims->release(orderId); error.isError())
        qWarning("could not let go of the claim on %s: %s",
                 qPrintable(orderId),
                 qPrintable(error.detail));
}

void PackController::onSessionEnded(PackSession::EndReason reason, const QString &why)
{
    if (!m_session || reason == PackSession::EndReason::Queued
        || reason == PackSession::EndReason::Abandoned)
        return;
    const QString name = m_session->order().name;
    closeSession();
    refreshOffer();
    //: %1 is an order's name, %2 what happened to it (a hold, a cancellation)
    say(Tone::Attention, tr("Stop packing %1: %2").arg(name, why), PackCue::Attention);
}

void PackController::onClaimLost(const QString &orderId)
{
    if (!m_session || m_session->order().id != orderId)
        return;
    const QString name = m_session->order().name;
    m_claimed.clear(); // not ours to let go any more
    closeSession();
    refreshOffer();
    //: %1 is an order's name
    say(Tone::Attention,
        tr("Another station took over %1. Put its items aside.").arg(name),
        PackCue::Attention);
}

void PackController::refreshOffer()
{
    const QString before = m_offeredId;
    m_offeredId.clear();
    m_offeredName.clear();
    if (m_session) {
        if (!before.isEmpty())
            emit changed();
        return;
    }
    const OrderClaims *claims = m_desk ? m_desk->claims() : nullptr;
    struct Candidate
    {
        qint64 createdAtMs;
        qint64 number;
        int row;
    };
    QList<Candidate> candidates;
    for (int row = 0; row < m_book->count(); ++row) {
        const OrderSummary &summary = m_book->at(row);
        const bool waiting = summary.fulfillmentStatus == OrderFulfillmentStatus::Unfulfilled
                             || summary.fulfillmentStatus
                                    == OrderFulfillmentStatus::PartiallyFulfilled;
        if (!waiting || summary.cancelled || summary.closed || summary.pickup
            || summary.awaitingRouting || summary.detailsPending
            || summary.outboxMark != OutboxMark::None || (claims && claims->elsewhere(summary.id)))
            continue;
        candidates.append({summary.createdAtMs, summary.number, row});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.createdAtMs, a.number) < std::tie(b.createdAtMs, b.number);
    });
    for (int i = 0; i < candidates.size() && i < kOfferLookahead; ++i) {
        const OrderSummary &summary = m_book->at(candidates.at(i).row);
        std::optional<Order> order;
        if (m_book->order(summary.id, &order).isError() || !order)
            continue;
        if (PackSession(*order, m_packSettings.locationId).state() == PackSession::State::Ended)
            continue;
        m_offeredId = summary.id;
        m_offeredName = summary.name;
        break;
    }
    if (m_offeredId != before)
        emit changed();
}
