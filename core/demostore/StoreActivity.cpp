#include "core/demostore/StoreActivity.h"

#include "core/demostore/DemoStoreStats.h"
#include "core/demostore/FulfillmentMutations.h"
#include "core/demostore/GeneratorTables.h"
#include "core/demostore/OrderExtras.h"
#include "core/demostore/OrderRules.h"
#include "core/demostore/TrackingNumbers.h"

#include <algorithm>
#include <array>

namespace demostore {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

// Relative frequencies of the events that move updatedAt, in the order of StoreEventKind
// (FulfillAtMoved is only ever silent). Orders come in and get shipped most.
constexpr std::array<int, kStoreEventKinds> kWeights{30, 10, 30, 6, 5, 10, 5, 4, 0};
// The silent ones, drawn with equal chances.
constexpr std::array<StoreEventKind, 2> kSilentKinds{StoreEventKind::HoldReleased,
                                                     StoreEventKind::FulfillAtMoved};

bool shipped(const Order &order)
{
    return std::any_of(order.fulfillments.cbegin(),
                       order.fulfillments.cend(),
                       [](const Fulfillment &f) { return f.status == FulfillmentStatus::Success; });
}

} // namespace

StoreActivity::StoreActivity(StoreData &data,
                             DemoStoreStats &stats,
                             const ActivitySettings &settings,
                             qint64 startMs)
    : m_data(data)
    , m_stats(stats)
    , m_settings(settings)
    , m_schedule(Random::mix(settings.seed, 7001))
    , m_random(Random::mix(settings.seed, 7002))
{
    for (const Order &order : std::as_const(m_data.orders))
        m_lastNumber = std::max(m_lastNumber, order.number);
    for (int i = 0; i < m_data.locations.size(); ++i)
        (m_data.locations[i].isFulfillmentService() ? m_serviceLocations : m_ownLocations).append(i);
    if (m_settings.eventsPerMinute > 0)
        m_nextMs = startMs + interval();
}

qint64 StoreActivity::interval()
{
    // Uniform around the mean: the same moments on every platform (no floating-point
    // logarithm as an exponential draw would need), and never two events at one millisecond.
    const qint64 mean = std::max<qint64>(1, qint64(60000.0 / m_settings.eventsPerMinute));
    return m_schedule.between64(1, std::max<qint64>(1, 2 * mean - 1));
}

QList<StoreEvent> StoreActivity::runUntil(qint64 untilMs)
{
    QList<StoreEvent> events;
    while (m_nextMs <= untilMs) {
        const Timestamp at = m_nextMs / 1000;
        // Three draws per event whatever comes of them, so the schedule never depends on
        // the store's state.
        const bool silent = m_schedule.chance(m_settings.silentFraction);
        const int weighted = m_schedule.weighted(kWeights);
        const int silentKind = m_schedule.below(int(kSilentKinds.size()));
        m_nextMs += interval();

        std::optional<StoreEvent> event;
        if (silent) {
            event = happen(kSilentKinds[size_t(silentKind)], at, true);
            if (!event)
                event = happen(kSilentKinds[size_t(1 - silentKind)], at, true);
        } else {
            event = happen(StoreEventKind(weighted), at, false);
            // Nothing fits (no pending payment, nothing to ship): a new order instead.
            if (!event)
                event = happen(StoreEventKind::OrderCreated, at, false);
        }
        if (!event) {
            ++m_stats.skippedEvents;
            continue;
        }
        ++m_stats.events[size_t(event->kind)];
        if (event->silent)
            ++m_stats.silentEvents;
        events.append(*event);
    }
    return events;
}

std::optional<StoreEvent> StoreActivity::happen(StoreEventKind kind, Timestamp at, bool silent)
{
    std::optional<int> changed;
    switch (kind) {
    case StoreEventKind::OrderCreated:
        changed = createOrder(at);
        break;
    case StoreEventKind::PaymentCaptured:
        changed = capturePayment(at);
        break;
    case StoreEventKind::Fulfilled:
        changed = fulfil(at);
        break;
    case StoreEventKind::TrackingChanged:
        changed = changeTracking(at);
        break;
    case StoreEventKind::Cancelled:
        changed = cancel(at);
        break;
    case StoreEventKind::Archived:
        changed = archive(at);
        break;
    case StoreEventKind::HoldPlaced:
        changed = placeHold(at);
        break;
    case StoreEventKind::HoldReleased:
        changed = releaseHold(at, silent);
        break;
    case StoreEventKind::FulfillAtMoved:
        changed = moveFulfillAt(at);
        break;
    }
    if (!changed)
        return std::nullopt;
    return StoreEvent{kind,
                      m_data.orders[*changed].id,
                      at,
                      silent || kind == StoreEventKind::FulfillAtMoved};
}

template<typename Predicate>
std::optional<int> StoreActivity::pickOrder(Timestamp at, bool movesUpdatedAt, Predicate fits)
{
    QList<int> candidates;
    for (int i = 0; i < m_data.orders.size(); ++i) {
        const Order &order = m_data.orders[i];
        if (movesUpdatedAt && order.updatedAt >= at)
            continue; // it changed this second already: Shopify's updatedAt could not move
        if (fits(order))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates[m_random.below(int(candidates.size()))];
}

void StoreActivity::commit(const Order &order, int sign)
{
    OrderRules::addCommitted(m_data, order, sign);
}

FulfillmentOrderStatus StoreActivity::statusWithoutHolds(const FulfillmentOrder &fulfillmentOrder)
{
    int total = 0;
    for (const auto &line : fulfillmentOrder.lineItems)
        total += line.totalQuantity;
    const int remaining = fulfillmentOrder.remainingQuantity();
    if (remaining == 0)
        return FulfillmentOrderStatus::Closed;
    return remaining < total ? FulfillmentOrderStatus::InProgress : FulfillmentOrderStatus::Open;
}

std::optional<int> StoreActivity::createOrder(Timestamp at)
{
    if (m_data.variants.isEmpty() || m_ownLocations.isEmpty())
        return std::nullopt;
    Order order;
    order.number = ++m_lastNumber;
    order.id = m_data.newId(); // larger than every id before: ids grow with the number
    order.createdAt = at;
    order.processedAt = at;
    order.updatedAt = at;

    const auto &town = tables::towns()[m_random.below(int(tables::towns().size()))];
    order.shippingAddress.address1 = QString::fromUtf8(town.street) + u' '
                                     + QString::number(m_random.between(1, 120));
    order.shippingAddress.city = QString::fromUtf8(town.city);
    order.shippingAddress.zip = QString::fromUtf8(town.zip);
    order.shippingAddress.countryCode = QString::fromUtf8(town.countryCode);
    if (m_data.customers.isEmpty() || m_random.chance(0.04)) {
        const auto &name = tables::otherNames()[m_random.below(int(tables::otherNames().size()))];
        order.shippingAddress.name = QString::fromUtf8(name.first) + u' '
                                     + QString::fromUtf8(name.last);
        if (m_random.chance(0.5))
            order.email = tables::emailLocalPart(QString::fromUtf8(name.first),
                                                 QString::fromUtf8(name.last))
                          + QStringLiteral("@example.net");
    } else {
        order.customer = m_random.below(int(m_data.customers.size()));
        const Customer &customer = m_data.customers[order.customer];
        order.email = customer.email;
        // A customer known by email only still names who the parcel is for.
        const auto &other = tables::otherNames()[order.number % tables::otherNames().size()];
        order.shippingAddress.name = customer.hasName() ? customer.displayName()
                                                        : QString::fromUtf8(other.first) + u' '
                                                              + QString::fromUtf8(other.last);
    }

    // Goods to ship (gift cards, which go their own way, are not among what comes in here).
    QList<int> goods;
    for (int v = 0; v < m_data.variants.size(); ++v) {
        if (!m_data.variants[v].giftCard)
            goods.append(v);
    }
    if (goods.isEmpty())
        return std::nullopt;
    const int lines = std::min<int>(1 + m_random.weighted(std::array{55, 25, 12, 8}),
                                    int(goods.size()));
    QList<int> chosen;
    while (chosen.size() < lines) {
        const int v = goods[m_random.below(int(goods.size()))];
        if (!chosen.contains(v))
            chosen.append(v);
    }
    qint64 subtotal = 0;
    for (const int v : std::as_const(chosen)) {
        const Variant &variant = m_data.variants[v];
        LineItem item;
        item.id = m_data.newId();
        item.variant = v;
        item.title = m_data.products[variant.product].title;
        item.variantTitle = variant.title == u"Default Title" ? QString() : variant.title;
        item.sku = variant.sku;
        item.quantity = 1 + m_random.weighted(std::array{75, 18, 7});
        item.currentQuantity = item.quantity;
        item.unitPrice = variant.price;
        subtotal += item.unitPrice * item.quantity;
        order.lineItems.append(item);
    }
    order.shippingPrice = subtotal >= 49900
                              ? 0
                              : (order.shippingAddress.countryCode == u"DK" ? 3900 : 7900);
    OrderExtras::fill(&order, false);
    using FS = OrderFinancialStatus;
    order.financialStatus
        = std::array{FS::Paid,
                     FS::Authorized,
                     FS::Pending}[size_t(m_random.weighted(std::array{75, 10, 15}))];

    // Routed to the warehouse, now and then the shop, or the fulfillment service, which
    // accepts at once.
    const bool toService = !m_serviceLocations.isEmpty() && m_random.chance(0.1);
    FulfillmentOrder fo;
    fo.id = m_data.newId();
    fo.location = toService
                      ? m_serviceLocations.first()
                      : m_ownLocations.value(m_random.chance(0.15) ? 1 : 0, m_ownLocations.first());
    fo.status = toService ? FulfillmentOrderStatus::InProgress : FulfillmentOrderStatus::Open;
    fo.requestStatus = toService ? RequestStatus::Accepted : RequestStatus::Unsubmitted;
    fo.createdAt = at;
    fo.updatedAt = at;
    fo.fulfillAt = at;
    for (int i = 0; i < order.lineItems.size(); ++i)
        fo.lineItems.append(
            {m_data.newId(), i, order.lineItems[i].quantity, order.lineItems[i].quantity});
    if (!toService && order.financialStatus == FS::Pending && m_random.chance(0.5)) {
        const auto notes = tables::holdNotes(FulfillmentHoldReason::AwaitingPayment);
        const char *note = notes[m_random.below(int(notes.size()))];
        fo.status = FulfillmentOrderStatus::OnHold;
        fo.holds.append({m_data.newId(),
                         FulfillmentHoldReason::AwaitingPayment,
                         note ? QString::fromUtf8(note) : QString()});
    }
    order.fulfillmentOrders.append(fo);
    OrderRules::update(order);
    m_data.orders.append(order);
    const int index = int(m_data.orders.size() - 1);
    commit(m_data.orders[index], 1);
    m_data.orderChanged(index);
    return index;
}

std::optional<int> StoreActivity::capturePayment(Timestamp at)
{
    using FS = OrderFinancialStatus;
    const auto index = pickOrder(at, true, [](const Order &o) {
        return !o.isCancelled()
               && (o.financialStatus == FS::Pending || o.financialStatus == FS::Authorized
                   || o.financialStatus == FS::PartiallyPaid);
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    order.financialStatus = FS::Paid;
    // Paid: a hold that waited for the money goes.
    for (FulfillmentOrder &fo : order.fulfillmentOrders) {
        if (fo.status != FulfillmentOrderStatus::OnHold)
            continue;
        const auto awaiting
            = std::remove_if(fo.holds.begin(), fo.holds.end(), [](const FulfillmentHold &h) {
                  return h.reason == FulfillmentHoldReason::AwaitingPayment;
              });
        if (awaiting == fo.holds.end())
            continue;
        fo.holds.erase(awaiting, fo.holds.end());
        if (fo.holds.isEmpty())
            fo.status = statusWithoutHolds(fo);
        fo.updatedAt = std::max(fo.updatedAt, at);
    }
    order.updatedAt = at;
    OrderRules::update(order);
    m_data.orderChanged(*index);
    return index;
}

std::optional<int> StoreActivity::fulfil(Timestamp at)
{
    auto fulfillable = [this](const FulfillmentOrder &fo) {
        if (fo.remainingQuantity() == 0)
            return false;
        const Location &location = m_data.locations[fo.location];
        if (location.isFulfillmentService()) {
            return fo.requestStatus == RequestStatus::Accepted
                   && (fo.status == FulfillmentOrderStatus::Open
                       || fo.status == FulfillmentOrderStatus::InProgress);
        }
        return OrderRules::supportedActions(fo, location)
            .contains(FulfillmentOrderAction::CreateFulfillment);
    };
    const auto index = pickOrder(at, true, [&](const Order &o) {
        return !o.isCancelled()
               && std::any_of(o.fulfillmentOrders.cbegin(), o.fulfillmentOrders.cend(), fulfillable);
    });
    if (!index)
        return std::nullopt;
    const Order &order = m_data.orders[*index];
    QList<int> open;
    for (int f = 0; f < order.fulfillmentOrders.size(); ++f) {
        if (fulfillable(order.fulfillmentOrders[f]))
            open.append(f);
    }
    const FulfillmentOrder &fo = order.fulfillmentOrders[open[m_random.below(int(open.size()))]];
    const bool atService = m_data.locations[fo.location].isFulfillmentService();

    FulfillmentOrderSelection selection;
    selection.fulfillmentOrderId = fo.id;
    const int remaining = fo.remainingQuantity();
    if (remaining > 1 && m_random.chance(0.3)) {
        // Part of it: some of each line, at least one item and not all of them.
        QList<int> quantities;
        int sum = 0;
        for (const auto &line : fo.lineItems) {
            quantities.append(m_random.between(0, line.remainingQuantity));
            sum += quantities.last();
        }
        if (sum == 0) {
            for (int k = 0; k < quantities.size() && sum == 0; ++k) {
                if (fo.lineItems[k].remainingQuantity > 0)
                    quantities[k] = sum = 1;
            }
        } else if (sum == remaining) {
            for (int k = int(quantities.size()) - 1; k >= 0; --k) {
                if (quantities[k] > 0) {
                    --quantities[k];
                    break;
                }
            }
        }
        selection.items.emplace();
        for (int k = 0; k < quantities.size(); ++k) {
            if (quantities[k] > 0)
                selection.items->append({fo.lineItems[k].id, quantities[k]});
        }
    }
    FulfillmentRequest request;
    request.lineItemsByFulfillmentOrder.append(selection);
    // Parcels only: a pickup is handed over in the shop, a gift card is sent by email.
    const bool parcels = fo.deliveryMethod == DeliveryMethod::Shipping;
    if (parcels && (atService || m_random.chance(0.9))) {
        const TrackingInfo tracking = TrackingNumbers::make(m_random, atService);
        TrackingInput input;
        input.company = tracking.company;
        input.numbers.append(tracking.number);
        if (!tracking.url.isEmpty())
            input.urls.append(tracking.url);
        request.tracking = input;
    }
    FulfillmentMutations mutations(m_data, [at] { return at; });
    const MutationOutcome outcome = mutations.create(request,
                                                     atService ? Fulfiller::FulfillmentService
                                                               : Fulfiller::Merchant);
    return outcome.succeeded() ? index : std::nullopt;
}

std::optional<int> StoreActivity::changeTracking(Timestamp at)
{
    const auto index = pickOrder(at, true, [](const Order &o) {
        return !o.isCancelled() && shipped(o);
    });
    if (!index)
        return std::nullopt;
    const Order &order = m_data.orders[*index];
    QList<const Fulfillment *> successful;
    for (const Fulfillment &f : order.fulfillments) {
        if (f.status == FulfillmentStatus::Success)
            successful.append(&f);
    }
    const Fulfillment &fulfillment = *successful[m_random.below(int(successful.size()))];
    const TrackingInfo tracking
        = TrackingNumbers::make(m_random,
                                m_data.locations[fulfillment.location].isFulfillmentService());
    TrackingInput input;
    input.company = tracking.company;
    input.numbers.append(tracking.number);
    FulfillmentMutations mutations(m_data, [at] { return at; });
    const MutationOutcome outcome = mutations.updateTracking(fulfillment.id,
                                                             input,
                                                             NotifyCustomer::No);
    return outcome.succeeded() ? index : std::nullopt;
}

std::optional<int> StoreActivity::cancel(Timestamp at)
{
    // Shopify cancels an order only while nothing of it is shipped; a request the
    // fulfillment service has taken on would need its consent first.
    const auto index = pickOrder(at, true, [this](const Order &o) {
        if (o.isCancelled() || o.isClosed() || shipped(o) || o.awaitingFulfillmentOrders)
            return false;
        return std::none_of(o.fulfillmentOrders.cbegin(),
                            o.fulfillmentOrders.cend(),
                            [this](const FulfillmentOrder &fo) {
                                return m_data.locations[fo.location].isFulfillmentService()
                                       && (fo.requestStatus == RequestStatus::Submitted
                                           || fo.requestStatus == RequestStatus::Accepted);
                            });
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    commit(order, -1); // a cancelled order commits no stock
    const bool restock = m_random.chance(0.7);
    for (FulfillmentOrder &fo : order.fulfillmentOrders) {
        if (!OrderRules::isActive(fo))
            continue;
        fo.holds.clear();
        fo.updatedAt = std::max(fo.updatedAt, at);
        if (restock) {
            // The items go back on the shelf: nothing is left to ship.
            fo.status = FulfillmentOrderStatus::Closed;
            for (auto &line : fo.lineItems)
                line.remainingQuantity = 0;
        } else {
            fo.status = FulfillmentOrderStatus::Cancelled;
        }
    }
    if (restock)
        order.legacyDisplayStatus = OrderFulfillmentStatus::Restocked;
    else
        order.legacyDisplayStatus.reset();
    using FS = OrderFinancialStatus;
    // Money taken is refunded, an authorisation or a pending payment voided.
    const bool captured = order.financialStatus == FS::Paid
                          || order.financialStatus == FS::PartiallyRefunded
                          || order.financialStatus == FS::PartiallyPaid;
    order.financialStatus = captured ? FS::Refunded : FS::Voided;
    for (LineItem &item : order.lineItems)
        item.currentQuantity = 0;
    order.cancelledAt = at;
    order.closedAt = at; // a cancelled order is closed (Order.closed in Shopify's schema)
    order.updatedAt = at;
    OrderRules::update(order);
    m_data.orderChanged(*index);
    return index;
}

std::optional<int> StoreActivity::archive(Timestamp at)
{
    const auto index = pickOrder(at, true, [](const Order &o) {
        return !o.isCancelled() && !o.isClosed()
               && o.displayFulfillmentStatus == OrderFulfillmentStatus::Fulfilled;
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    order.closedAt = at;
    order.updatedAt = at;
    m_data.orderChanged(*index);
    return index;
}

std::optional<int> StoreActivity::placeHold(Timestamp at)
{
    auto holdable = [this](const FulfillmentOrder &fo) {
        return fo.status == FulfillmentOrderStatus::Open && fo.remainingQuantity() > 0
               && !m_data.locations[fo.location].isFulfillmentService();
    };
    const auto index = pickOrder(at, true, [&](const Order &o) {
        return !o.isCancelled()
               && std::any_of(o.fulfillmentOrders.cbegin(), o.fulfillmentOrders.cend(), holdable);
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    QList<int> open;
    for (int f = 0; f < order.fulfillmentOrders.size(); ++f) {
        if (holdable(order.fulfillmentOrders[f]))
            open.append(f);
    }
    FulfillmentOrder &fo = order.fulfillmentOrders[open[m_random.below(int(open.size()))]];
    using R = FulfillmentHoldReason;
    const R reason = std::array{R::IncorrectAddress,
                                R::HighRiskOfFraud,
                                R::InventoryOutOfStock,
                                R::Other}[size_t(m_random.weighted(std::array{30, 20, 30, 20}))];
    const auto notes = tables::holdNotes(reason);
    const char *note = notes.isEmpty() ? nullptr : notes[m_random.below(int(notes.size()))];
    fo.status = FulfillmentOrderStatus::OnHold;
    fo.holds.append({m_data.newId(), reason, note ? QString::fromUtf8(note) : QString()});
    fo.updatedAt = std::max(fo.updatedAt, at);
    order.updatedAt = at;
    OrderRules::update(order);
    m_data.orderChanged(*index);
    return index;
}

std::optional<int> StoreActivity::releaseHold(Timestamp at, bool silent)
{
    auto held = [](const FulfillmentOrder &fo) {
        return fo.status == FulfillmentOrderStatus::OnHold;
    };
    const auto index = pickOrder(at, !silent, [&](const Order &o) {
        return !o.isCancelled()
               && std::any_of(o.fulfillmentOrders.cbegin(), o.fulfillmentOrders.cend(), held);
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    QList<int> onHold;
    for (int f = 0; f < order.fulfillmentOrders.size(); ++f) {
        if (held(order.fulfillmentOrders[f]))
            onHold.append(f);
    }
    FulfillmentOrder &fo = order.fulfillmentOrders[onHold[m_random.below(int(onHold.size()))]];
    fo.holds.clear();
    fo.status = statusWithoutHolds(fo);
    fo.updatedAt = std::max(fo.updatedAt, at);
    if (!silent)
        order.updatedAt = at;
    OrderRules::update(order);
    m_data.orderChanged(*index);
    return index;
}

std::optional<int> StoreActivity::moveFulfillAt(Timestamp at)
{
    auto scheduled = [](const FulfillmentOrder &fo) {
        return fo.status == FulfillmentOrderStatus::Scheduled;
    };
    const auto index = pickOrder(at, false, [&](const Order &o) {
        return !o.isCancelled()
               && std::any_of(o.fulfillmentOrders.cbegin(), o.fulfillmentOrders.cend(), scheduled);
    });
    if (!index)
        return std::nullopt;
    Order &order = m_data.orders[*index];
    QList<int> waiting;
    for (int f = 0; f < order.fulfillmentOrders.size(); ++f) {
        if (scheduled(order.fulfillmentOrders[f]))
            waiting.append(f);
    }
    FulfillmentOrder &fo = order.fulfillmentOrders[waiting[m_random.below(int(waiting.size()))]];
    // Another morning within three weeks.
    Timestamp moved = (at / kDay + m_random.between(1, 21)) * kDay + 8 * kHour;
    if (moved == fo.fulfillAt)
        moved += kDay;
    fo.fulfillAt = moved;
    fo.updatedAt = std::max(fo.updatedAt, at);
    m_data.orderChanged(*index);
    return index;
}

} // namespace demostore
