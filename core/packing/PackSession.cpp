#include "core/packing/PackSession.h"

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/packing/ScanRouter.h"
#include "core/storage/OrderBook.h"
#include "core/tracking/TrackingDetection.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// What a plan of the order at one location says is to be packed: the fulfillment order
// lines and what is left of each.
QList<std::pair<QString, int>> shape(const QList<PackSession::Line> &lines)
{
    QList<std::pair<QString, int>> out;
    for (const PackSession::Line &line : lines)
        out.append({line.fulfillmentOrderLineItemId, line.needed});
    return out;
}

} // namespace

PackSession::PackSession(const Order &order, const QString &locationId, QObject *parent)
    : QObject(parent)
    , m_order(order)
{
    QString whyNot;
    if (!plan(order, locationId, &whyNot)) {
        m_state = State::Ended;
        m_endReason = EndReason::NothingToPack;
        m_endMessage = whyNot;
    }
}

bool PackSession::plan(const Order &order, const QString &locationId, QString *whyNot)
{
    // The same judgement as the fulfil dialog's: only what Shopify takes a fulfillment for
    // now (no hold, not scheduled, not a service's, not a pickup) is packed here.
    const FulfillmentPlanner::Plan plan = FulfillmentPlanner().planWhole({order});
    const FulfillmentRequest *chosen = nullptr;
    for (const FulfillmentRequest &request : plan.requests) {
        if (locationId.isEmpty() || request.location.id == locationId) {
            chosen = &request;
            break;
        }
    }
    if (!chosen) {
        if (!plan.refusals.isEmpty() && !plan.refusals.first().partly)
            *whyNot = plan.refusals.first().message();
        else
            *whyNot = tr("Nothing of %1 ships from this location now.").arg(order.name);
        return false;
    }
    m_planned = *chosen;
    m_location = chosen->location;
    QList<Line> lines;
    for (const FulfillmentLine &planned : std::as_const(chosen->lines)) {
        Line line;
        line.lineItemId = planned.lineItemId;
        line.fulfillmentOrderId = planned.fulfillmentOrderId;
        line.fulfillmentOrderLineItemId = planned.fulfillmentOrderLineItemId;
        line.needed = planned.quantity;
        for (const LineItem &item : order.lineItems) {
            if (item.id == planned.lineItemId) {
                line.title = item.title;
                line.variantTitle = item.variantTitle;
                line.sku = item.sku;
                line.barcode = item.barcode;
            }
        }
        lines.append(line);
    }
    m_lines = lines;
    return true;
}

void PackSession::watch(OrderBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book && m_state != State::Ended)
        connect(book, &OrderBook::changed, this, &PackSession::onBookChanged);
}

bool PackSession::isComplete() const
{
    if (m_lines.isEmpty())
        return false;
    for (const Line &line : m_lines) {
        if (!line.isComplete())
            return false;
    }
    return true;
}

int PackSession::neededUnits() const
{
    int sum = 0;
    for (const Line &line : m_lines)
        sum += line.needed;
    return sum;
}

int PackSession::countedUnits() const
{
    int sum = 0;
    for (const Line &line : m_lines)
        sum += line.counted();
    return sum;
}

int &PackSession::countOf(Line &line, CountedBy by)
{
    switch (by) {
    case CountedBy::Scan:
        break;
    case CountedBy::Typed:
        return line.typed;
    case CountedBy::Hand:
        return line.confirmed;
    }
    return line.scanned;
}

PackSession::Outcome PackSession::scanItem(QStringView code)
{
    Outcome outcome;
    outcome.code = code.trimmed().toString();
    if (m_state == State::Ended)
        return outcome;
    const QStringList ids = ScanRouter::linesWithCode(m_order, outcome.code);
    if (ids.isEmpty()) {
        outcome.result = Result::WrongItem;
        return outcome;
    }
    for (const LineItem &item : std::as_const(m_order.lineItems)) {
        if (item.id == ids.first())
            outcome.item = item.title;
    }
    int firstHere = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!ids.contains(m_lines.at(i).lineItemId))
            continue;
        if (firstHere < 0)
            firstHere = i;
        if (m_lines.at(i).isComplete())
            continue;
        ++m_lines[i].scanned;
        m_steps.append({i, CountedBy::Scan, 1});
        m_lastScanned = i;
        outcome.result = Result::Counted;
        outcome.line = i;
        emit countsChanged(i);
        updateState();
        return outcome;
    }
    outcome.result = firstHere < 0 ? Result::NotHere : Result::TooMany;
    outcome.line = firstHere;
    return outcome;
}

PackSession::Outcome PackSession::setQuantity(int quantity)
{
    Outcome outcome;
    if (m_state == State::Ended)
        return outcome;
    // Only right after the scan it counts (or a quantity typed for that scan, corrected).
    const bool afterScan = !m_steps.isEmpty() && m_steps.last().line == m_lastScanned
                           && m_steps.last().by != CountedBy::Hand;
    if (m_lastScanned < 0 || !afterScan) {
        outcome.result = Result::NoScanBefore;
        return outcome;
    }
    const int line = m_lastScanned;
    outcome.line = line;
    outcome.item = m_lines.at(line).title;
    const int typedBefore = m_steps.last().by == CountedBy::Typed ? m_steps.last().units : 0;
    const int extra = std::max(quantity, 1) - 1; // the scan itself counted one
    if (m_lines.at(line).counted() - typedBefore + extra > m_lines.at(line).needed) {
        outcome.result = Result::TooMany;
        return outcome;
    }
    if (typedBefore > 0) {
        m_lines[line].typed -= typedBefore;
        m_steps.removeLast();
    }
    if (extra > 0) {
        m_lines[line].typed += extra;
        m_steps.append({line, CountedBy::Typed, extra});
    }
    outcome.result = Result::Counted;
    emit countsChanged(line);
    updateState();
    return outcome;
}

PackSession::Outcome PackSession::confirmByHand(int line)
{
    Outcome outcome;
    if (m_state == State::Ended)
        return outcome;
    if (line < 0 || line >= m_lines.size()) {
        outcome.result = Result::NotHere;
        return outcome;
    }
    outcome.line = line;
    outcome.item = m_lines.at(line).title;
    if (m_lines.at(line).hasBarcode()) {
        outcome.result = Result::HasBarcode;
        return outcome;
    }
    const int left = m_lines.at(line).needed - m_lines.at(line).counted();
    if (left <= 0) {
        outcome.result = Result::TooMany;
        return outcome;
    }
    m_lines[line].confirmed += left;
    m_steps.append({line, CountedBy::Hand, left});
    m_lastScanned = -1;
    outcome.result = Result::Counted;
    emit countsChanged(line);
    updateState();
    return outcome;
}

PackSession::Outcome PackSession::undo()
{
    Outcome outcome;
    if (m_state == State::Ended)
        return outcome;
    // The label came last: it goes first.
    if (m_state == State::Labelled) {
        m_tracking = {};
        outcome.result = Result::Counted;
        updateState();
        return outcome;
    }
    if (m_steps.isEmpty()) {
        outcome.result = Result::NothingToUndo;
        return outcome;
    }
    const Step step = m_steps.takeLast();
    countOf(m_lines[step.line], step.by) -= step.units;
    m_lastScanned = !m_steps.isEmpty() && m_steps.last().by != CountedBy::Hand ? m_steps.last().line
                                                                               : -1;
    outcome.result = Result::Counted;
    outcome.line = step.line;
    outcome.item = m_lines.at(step.line).title;
    emit countsChanged(step.line);
    updateState();
    return outcome;
}

PackSession::Result PackSession::setTracking(const TrackingInput &tracking)
{
    if (m_state == State::Ended)
        return Result::Ended;
    if (!isComplete())
        return Result::ItemsLeft;
    m_tracking = tracking;
    updateState();
    return Result::LabelSet;
}

TrackingInput PackSession::trackingFrom(const TrackingDetection &detection)
{
    TrackingInput tracking;
    if (!detection.isValidInput())
        return tracking;
    TrackedParcel parcel{detection.input.number, {}};
    if (const auto best = detection.best()) {
        parcel.number = best->number;
        // A carrier outside Shopify's list goes by its name and the link to follow it.
        tracking.company = best->company.isEmpty() ? best->carrierName : best->company;
        if (best->company.isEmpty())
            parcel.url = best->url;
    }
    tracking.parcels.append(parcel);
    return tracking;
}

QList<FulfillmentRequest> PackSession::requests(NotifyCustomer notify) const
{
    if (m_state == State::Ended || !isComplete())
        return {};
    FulfillmentRequest request = m_planned;
    request.tracking = m_tracking;
    request.notify = notify;
    QHash<QString, int> counted; // by fulfillment order line item
    QList<PackedLine> packed;
    for (const Line &line : m_lines) {
        counted.insert(line.fulfillmentOrderLineItemId, line.counted());
        auto it = std::find_if(packed.begin(), packed.end(), [&line](const PackedLine &p) {
            return p.lineItemId == line.lineItemId;
        });
        if (it == packed.end())
            it = packed.insert(packed.end(), PackedLine{line.lineItemId, 0, 0, 0});
        it->scanned += line.scanned;
        it->typed += line.typed;
        it->confirmed += line.confirmed;
    }
    for (FulfillmentLine &line : request.lines)
        line.quantity = counted.value(line.fulfillmentOrderLineItemId, 0);
    request.packed = packed;
    return {request};
}

void PackSession::markQueued(const QList<qint64> &entryIds)
{
    if (m_state == State::Ended)
        return;
    m_entryIds = entryIds;
    end(EndReason::Queued, {});
}

void PackSession::abandon()
{
    end(EndReason::Abandoned, {});
}

void PackSession::end(EndReason reason, const QString &why)
{
    if (m_state == State::Ended)
        return;
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_state = State::Ended;
    m_endReason = reason;
    m_endMessage = why;
    emit stateChanged(m_state);
    emit ended(reason, why);
}

void PackSession::updateState()
{
    if (m_state == State::Ended)
        return;
    const bool complete = isComplete();
    if (!complete)
        m_tracking = {}; // a label belongs to a box with everything in it
    const State now = !complete              ? State::Counting
                      : m_tracking.isEmpty() ? State::Counted
                                             : State::Labelled;
    if (now == m_state)
        return;
    m_state = now;
    emit stateChanged(now);
}

void PackSession::onBookChanged()
{
    if (!m_book || m_state == State::Ended)
        return;
    const int row = m_book->rowOf(m_order.id);
    if (row < 0) {
        end(EndReason::Gone, tr("%1 is no longer in the shop.").arg(m_order.name));
        return;
    }
    const OrderSummary &summary = m_book->at(row);
    if (summary.cancelled) {
        end(EndReason::Cancelled, tr("%1 was cancelled.").arg(m_order.name));
        return;
    }
    // Every change Shopify makes moves updatedAt; a row changed otherwise (its outbox mark,
    // its stock) changes nothing to pack. The order's status alone says too little: an order
    // on hold at another location still ships from here.
    if (summary.updatedAtMs == m_order.updatedAt.toMSecsSinceEpoch())
        return;
    std::optional<Order> fresh;
    const StoreError error = m_book->order(m_order.id, &fresh);
    if (error.isError() || !fresh)
        return; // read again at the next change; fulfilling re-checks the store anyway
    QSet<QString> ours;
    for (const Line &line : std::as_const(m_lines))
        ours.insert(line.fulfillmentOrderId);
    const bool held = std::any_of(fresh->fulfillmentOrders.cbegin(),
                                  fresh->fulfillmentOrders.cend(),
                                  [&ours](const FulfillmentOrder &fo) {
                                      return ours.contains(fo.id)
                                             && (fo.status == FulfillmentOrderStatus::OnHold
                                                 || !fo.holds.isEmpty());
                                  });
    if (held) {
        end(EndReason::OnHold, tr("%1 was put on hold.").arg(m_order.name));
        return;
    }
    // Packing goes on if what ships from here is still what was planned.
    PackSession replanned(*fresh, m_location.id);
    if (replanned.state() != State::Ended && shape(replanned.lines()) == shape(m_lines)) {
        m_order = *fresh;
        return;
    }
    end(EndReason::Changed,
        tr("%1 changed: what ships from here is not what was being packed.").arg(m_order.name));
}

QString PackSession::message(const Outcome &outcome) const
{
    const Line *line = outcome.line >= 0 && outcome.line < m_lines.size() ? &m_lines[outcome.line]
                                                                          : nullptr;
    switch (outcome.result) {
    case Result::Counted:
        if (!line)
            return tr("Label taken back: scan it again.");
        //: An item counted at the packing station: "Wool socks: 2 of 3"
        return tr("%1: %2 of %3").arg(line->title).arg(line->counted()).arg(line->needed);
    case Result::WrongItem:
        return tr("Not in this order: %1. Put it back.").arg(outcome.code);
    case Result::TooMany:
        return line ? tr("Too many: %1 needs %n.", nullptr, line->needed).arg(line->title)
                    : tr("Too many.");
    case Result::NotHere:
        return tr("%1 is in this order but does not ship from here now.")
            .arg(outcome.item.isEmpty() ? outcome.code : outcome.item);
    case Result::NoScanBefore:
        return tr("Scan an item before typing how many.");
    case Result::HasBarcode:
        return tr("%1 has a barcode: scan it.").arg(outcome.item);
    case Result::ItemsLeft:
        return tr("Scan every item before the label: %n left.",
                  nullptr,
                  neededUnits() - countedUnits());
    case Result::NothingToUndo:
        return tr("Nothing to undo.");
    case Result::LabelSet:
        return tr("Label %1 taken.").arg(m_tracking.numbers().join(u", "_s));
    case Result::Ended:
        break;
    }
    return tr("%1 is no longer being packed.").arg(m_order.name);
}
