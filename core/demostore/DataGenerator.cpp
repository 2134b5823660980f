#include "core/demostore/DataGenerator.h"

#include "core/demostore/GeneratorTables.h"
#include "core/demostore/OrderExtras.h"
#include "core/demostore/OrderRules.h"
#include "core/demostore/Random.h"
#include "core/demostore/TrackingNumbers.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace demostore {

namespace {

// What happens to an order after it is placed. Each gives one shape of fulfillment orders and
// fulfillments; OrderRules derives the display status from that shape.
enum class Scenario {
    Unfulfilled,
    UnfulfilledSplit,
    Fulfilled,
    FulfilledSplit,
    FulfilledByService,
    PartialSingle,
    PartialSplit,
    PartialSplitHold,
    PartialWithService,
    OnHold,
    OnHoldSplit,
    Scheduled,
    ServiceSubmitted,
    ServiceAccepted,
    ServiceRejected,
    MarkedInProgress,
    LegacyOpen,
    CancelledRestocked,
    Cancelled,
    FulfillmentCancelled,
    Count,
};

// Relative frequencies, in the order of Scenario.
constexpr std::array<int, int(Scenario::Count)> kScenarioWeights{300, 40, 250, 30, 15, 70, 45,
                                                                 10,  10, 60,  10, 35, 20, 10,
                                                                 12,  10, 8,   8,  25, 12};
// Every scenario appears at least this often once the store is big enough to afford it.
constexpr int kMinimumPerScenario = 2;
constexpr int kGuaranteeFrom = 100;

// The orders NotableOrders names, once the store has this many.
constexpr int kNotableFrom = 20;
// How many line items the wholesale order has: more than a page of 250.
constexpr int kWholesaleLines = 264;
// Shopify routes a new order to its locations a few seconds after it was placed.
constexpr qint64 kRoutingDelay = 11;

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kHistory = 30 * kDay;

// Id ranges, one per object type, so ids are unique and grow with the order number, as
// Shopify's do. Objects made later take ids from kFirstFreeId up.
constexpr qint64 kShopId = 60123456789;
constexpr qint64 kLocationBase = 71234560000;
constexpr qint64 kFulfillmentServiceId = 58012345678;
constexpr qint64 kProductBase = 8801234500000;
constexpr qint64 kVariantBase = 44001234500000;
constexpr qint64 kInventoryItemBase = 46001234500000;
constexpr qint64 kCustomerBase = 7001234500000;
constexpr qint64 kOrderBase = 6101000000000;
constexpr qint64 kLineItemBase = 15001000000000;
constexpr qint64 kFulfillmentOrderBase = 6801000000000;
constexpr qint64 kFulfillmentOrderLineItemBase = 16001000000000;
constexpr qint64 kFulfillmentBase = 5301000000000;
constexpr qint64 kFulfillmentLineItemBase = 17001000000000;
constexpr qint64 kHoldBase = 901000000000;
constexpr qint64 kFirstFreeId = 90000000000000;

enum LocationIndex { Warehouse = 0, ShopFloor = 1, FulfillmentService = 2 };

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Ids for the objects of one order, from its own slice of each range. An order with more
// objects than its slice holds (the wholesale order's 264 lines) continues in a second,
// roomier slice far above all first ones, still within the type's range.
struct OrderIds
{
    qint64 index = 0;
    int lineItems = 0;
    int fulfillmentOrders = 0;
    int fulfillmentOrderLineItems = 0;
    int fulfillments = 0;
    int fulfillmentLineItems = 0;
    int holds = 0;

    qint64 next(qint64 base, int perOrder, int *count) const
    {
        constexpr qint64 kOverflow = 500000000000; // above a million orders' first slices
        constexpr int kOverflowPerOrder = 4096;
        const int n = (*count)++;
        if (n < perOrder)
            return base + index * perOrder + n;
        Q_ASSERT(n - perOrder < kOverflowPerOrder);
        return base + kOverflow + index * kOverflowPerOrder + (n - perOrder);
    }
    qint64 lineItem() { return next(kLineItemBase, 16, &lineItems); }
    qint64 fulfillmentOrder() { return next(kFulfillmentOrderBase, 8, &fulfillmentOrders); }
    qint64 fulfillmentOrderLineItem()
    {
        return next(kFulfillmentOrderLineItemBase, 32, &fulfillmentOrderLineItems);
    }
    qint64 fulfillment() { return next(kFulfillmentBase, 8, &fulfillments); }
    qint64 fulfillmentLineItem()
    {
        return next(kFulfillmentLineItemBase, 32, &fulfillmentLineItems);
    }
    qint64 hold() { return next(kHoldBase, 8, &holds); }
};

// The orders made on purpose (NotableOrders), in place of a drawn one.
enum class Special {
    None,
    OlderThan60Days,
    AwaitingRouting,
    ManyShipments,
    Wholesale,
    GiftCardsOnly,
    ReadyForPickup,
    PickupToPrepare,
};

// What becomes of one order: its scenario, and the shapes of real shops it takes on.
struct Plan
{
    Scenario scenario = Scenario::Unfulfilled;
    Special special = Special::None;
    bool pickup = false;     // local pickup in the shop: no shipping address, no parcels
    bool test = false;       // Order.test
    bool customItem = false; // one custom line item besides the others
};

// Scenarios whose order can be a local pickup: one location, the merchant's own.
bool canBePickup(Scenario scenario)
{
    return scenario == Scenario::Unfulfilled || scenario == Scenario::Fulfilled
           || scenario == Scenario::OnHold || scenario == Scenario::MarkedInProgress
           || scenario == Scenario::Cancelled;
}

// The two-location scenarios and what they are with one location.
Scenario withOneLocation(Scenario scenario)
{
    switch (scenario) {
    case Scenario::UnfulfilledSplit:
        return Scenario::Unfulfilled;
    case Scenario::FulfilledSplit:
        return Scenario::Fulfilled;
    case Scenario::PartialSplit:
    case Scenario::PartialSplitHold:
    case Scenario::PartialWithService:
        return Scenario::PartialSingle;
    case Scenario::OnHoldSplit:
        return Scenario::OnHold;
    default:
        return scenario;
    }
}

// An EAN-13 with Denmark's GS1 prefix, the shop's company number and an item number.
QString ean13(int item)
{
    QString digits = QStringLiteral("5701234") + QString::number(10000 + item).right(5);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

class Builder final
{
public:
    Builder(quint64 seed, int orderCount, Timestamp now)
        : m_seed(seed)
        , m_orderCount(std::max(0, orderCount))
        , m_now(now)
    {}

    StoreData build();

private:
    void makeShop();
    void makeCatalogue();
    void makeCustomers();
    QList<Scenario> drawScenarios(const QHash<int, Special> &specials);
    QHash<int, Special> notableIndices() const;
    QList<Plan> makePlans();
    void makeOrder(int index, const Plan &plan);
    void makeStockShortages();
    // Shapes of real shops that chance may leave out of a store: an order without customer
    // or email, a fulfillment whose location is null.
    void ensureRareShapes();

    // Steps of making an order; `rng` and `ids` belong to that order.
    void addLineItems(Order &order, OrderIds &ids, Random &rng, int minimumLines);
    void addLine(Order &order, OrderIds &ids, int variant, int quantity);
    void addWholesaleLines(Order &order, OrderIds &ids, Random &rng);
    // Ships one line after another, six shipments in all, the fourth in five parcels.
    void shipInSixParcels(Order &order, OrderIds &ids, Random &rng, int fulfillmentOrder);
    int addFulfillmentOrder(Order &order,
                            OrderIds &ids,
                            int location,
                            const QList<int> &lines,
                            FulfillmentOrderStatus status,
                            Timestamp at);
    // Ships the given quantities of a fulfillment order's line items (all that remains when
    // empty) as one fulfillment, and closes the fulfillment order when nothing remains.
    int ship(Order &order,
             OrderIds &ids,
             Random &rng,
             int fulfillmentOrder,
             Timestamp at,
             const QList<int> &quantities = {});
    void addHolds(
        Order &order, OrderIds &ids, Random &rng, int fulfillmentOrder, int count, Timestamp at);
    Timestamp later(Random &rng, Timestamp from, qint64 minimumDelay, qint64 maximumDelay) const;
    void cancel(Order &order, Random &rng, FulfillmentOrderStatus fulfillmentOrderStatus);

    quint64 m_seed;
    int m_orderCount;
    Timestamp m_now;
    StoreData m_data;
};

StoreData Builder::build()
{
    makeShop();
    makeCatalogue();
    makeCustomers();
    const QList<Plan> plans = makePlans();
    m_data.orders.reserve(m_orderCount);
    for (int i = 0; i < m_orderCount; ++i)
        makeOrder(i, plans[i]);
    ensureRareShapes();
    OrderRules::updateCommitted(m_data);
    makeStockShortages();
    m_data.setLastId(kFirstFreeId);
    m_data.touch();
    return std::move(m_data);
}

// The stock panel's stories, on top of the drawn stock: gift cards are not tracked; elsewhere
// the shelf holds what open orders need and a few more; the variants open orders want most
// at the warehouse run short (the first two because they kept selling with CONTINUE, the next
// two because stock was counted late: a half down to a fifth of what is committed), and the
// three after them are down to their last unit. Drawn after the orders, so no order changes.
void Builder::makeStockShortages()
{
    QList<int> wanted;
    for (int v = 0; v < m_data.variants.size(); ++v) {
        const Variant &variant = m_data.variants[v];
        if (variant.tracked && !variant.inventory.isEmpty()
            && variant.inventory[0].location == Warehouse && variant.inventory[0].committed > 0)
            wanted.append(v);
    }
    std::stable_sort(wanted.begin(), wanted.end(), [this](int a, int b) {
        return m_data.variants[a].inventory[0].committed
               > m_data.variants[b].inventory[0].committed;
    });
    // Everywhere else the shop keeps up with its orders: what open orders hold is on the
    // shelf, with a few to spare, so the short ones stand out.
    Random rng(Random::mix(m_seed, 9));
    for (Variant &v : m_data.variants) {
        for (InventoryLevel &level : v.inventory) {
            if (level.onHand < level.committed)
                level.onHand = level.committed + rng.between(3, 25);
        }
    }
    for (int rank = 0; rank < std::min<int>(7, wanted.size()); ++rank) {
        Variant &v = m_data.variants[wanted[rank]];
        InventoryLevel &warehouse = v.inventory[0];
        warehouse.reserved = 0;
        warehouse.damaged = 0;
        warehouse.qualityControl = 0;
        warehouse.safetyStock = 0;
        if (rank < 4) {
            warehouse.onHand = warehouse.committed / (2 + rank); // a half down to a fifth
            v.continueSellingWhenOutOfStock = rank < 2;
        } else {
            warehouse.onHand = warehouse.committed + 1; // one left to sell
            v.continueSellingWhenOutOfStock = rank == 4;
        }
    }
}

void Builder::makeShop()
{
    m_data.shop = Shop{kShopId,
                       QStringLiteral("Smidig Demo Butik"),
                       QStringLiteral("smidig-demo.myshopify.com"),
                       QStringLiteral("ordre@example.com"),
                       QStringLiteral("DKK"),
                       QStringLiteral("Europe/Copenhagen")};
    m_data.locations = {
        Location{kLocationBase + 1,
                 QStringLiteral("Lager Vejle"),
                 QStringLiteral("Industrivej 7"),
                 QStringLiteral("Vejle"),
                 QStringLiteral("7100"),
                 QStringLiteral("DK"),
                 0,
                 {}},
        Location{kLocationBase + 2,
                 utf8("Butik København"),
                 utf8("Købmagergade 12"),
                 utf8("København K"),
                 QStringLiteral("1150"),
                 QStringLiteral("DK"),
                 0,
                 {}},
        Location{kLocationBase + 3,
                 QStringLiteral("Nordlys Fulfilment"),
                 utf8("Transitvej 3"),
                 utf8("Padborg"),
                 QStringLiteral("6330"),
                 QStringLiteral("DK"),
                 kFulfillmentServiceId,
                 QStringLiteral("Nordlys Fulfilment")},
    };
}

void Builder::makeCatalogue()
{
    Random rng(Random::mix(m_seed, 1));
    const auto &templates = tables::products();
    int variantIndex = 0;
    for (int p = 0; p < templates.size(); ++p) {
        const auto &t = templates[p];
        m_data.products.append(
            Product{kProductBase + p, utf8(t.title), utf8(t.vendor), utf8(t.productType)});
        QStringList options;
        for (const char *o : t.options)
            options.append(utf8(o));
        if (options.isEmpty())
            options.append(QStringLiteral("Default Title"));
        for (int k = 0; k < options.size(); ++k, ++variantIndex) {
            Variant v;
            v.id = kVariantBase + variantIndex;
            v.inventoryItemId = kInventoryItemBase + variantIndex;
            v.product = p;
            v.title = options[k];
            const QString stem = utf8(t.skuStem);
            v.sku = stem.isEmpty() ? QString()
                                   : stem + u'-' + QString::number(k + 1).rightJustified(2, u'0');
            v.price = t.basePrice;
            if (stem == u"GAVE") { // gift cards cost what their title says, and are not stock
                v.price = v.title.section(u' ', 0, 0).toLongLong() * 100;
                v.giftCard = true;
                v.tracked = false;
            }
            v.continueSellingWhenOutOfStock = rng.chance(0.1);
            InventoryLevel warehouse;
            warehouse.location = Warehouse;
            warehouse.onHand = rng.chance(0.1) ? 0 : rng.between(1, 80);
            warehouse.incoming = rng.chance(0.2) ? rng.between(10, 40) : 0;
            warehouse.reserved = rng.chance(0.1) ? rng.between(1, 2) : 0;
            warehouse.damaged = rng.chance(0.05) ? 1 : 0;
            warehouse.safetyStock = rng.chance(0.2) ? rng.between(1, 3) : 0;
            v.inventory.append(warehouse);
            if (rng.chance(0.6)) {
                InventoryLevel shop;
                shop.location = ShopFloor;
                shop.onHand = rng.between(0, 15);
                v.inventory.append(shop);
            }
            if (rng.chance(0.2)) {
                InventoryLevel service;
                service.location = FulfillmentService;
                service.onHand = rng.between(5, 200);
                v.inventory.append(service);
            }
            m_data.variants.append(v);
        }
    }
    // One SKU used twice, by two different products: SKUs are not unique in real shops.
    auto variantWithSku = [this](const QString &sku) -> Variant * {
        for (auto &v : m_data.variants) {
            if (v.sku == sku)
                return &v;
        }
        return nullptr;
    };
    Variant *towel = variantWithSku(QStringLiteral("HOER-VS-01"));
    Variant *tote = variantWithSku(QStringLiteral("TOTE-01"));
    if (towel && tote)
        tote->sku = towel->sku;
    // Barcodes on the goods, except gift cards and two articles that never got one.
    Random barcodes(Random::mix(m_seed, 11));
    QList<int> goods;
    for (int v = 0; v < m_data.variants.size(); ++v) {
        if (!m_data.variants[v].giftCard) {
            m_data.variants[v].barcode = ean13(v);
            goods.append(v);
        }
    }
    for (int k = 0; k < 2 && !goods.isEmpty(); ++k)
        m_data.variants[goods.takeAt(barcodes.below(int(goods.size())))].barcode = QString();
}

void Builder::makeCustomers()
{
    Random rng(Random::mix(m_seed, 2));
    const int count = std::clamp(m_orderCount / 3, 40, 30000);
    static const std::array domains{"example.com", "example.net", "example.org"};
    QSet<QString> usedLocalParts;
    m_data.customers.reserve(count);
    for (int c = 0; c < count; ++c) {
        Customer customer;
        customer.id = kCustomerBase + c;
        if (c == 0) {
            customer.firstName = utf8("Søren");
            customer.lastName = utf8("Ødegaard");
        } else if (c == 1) {
            customer.firstName = utf8("Jürgen");
            customer.lastName = utf8("Weiß");
        } else {
            const int origin = rng.weighted(std::array{55, 25, 20});
            if (origin == 0) {
                customer.firstName = utf8(
                    tables::danishFirstNames()[rng.below(tables::danishFirstNames().size())]);
                customer.lastName = utf8(
                    tables::danishLastNames()[rng.below(tables::danishLastNames().size())]);
            } else if (origin == 1) {
                customer.firstName = utf8(
                    tables::germanFirstNames()[rng.below(tables::germanFirstNames().size())]);
                customer.lastName = utf8(
                    tables::germanLastNames()[rng.below(tables::germanLastNames().size())]);
            } else {
                const auto &name = tables::otherNames()[rng.below(tables::otherNames().size())];
                customer.firstName = utf8(name.first);
                customer.lastName = utf8(name.last);
            }
        }
        QString local = tables::emailLocalPart(customer.firstName, customer.lastName);
        if (local.isEmpty())
            local = QStringLiteral("kunde");
        if (usedLocalParts.contains(local))
            local += QString::number(c);
        usedLocalParts.insert(local);
        customer.email = local + u'@' + QLatin1StringView(domains[size_t(rng.below(3))]);
        m_data.customers.append(customer);
    }
    // A few customers are known by their email address only (a newsletter signup that
    // ordered later): Shopify shows the address as their displayName.
    Random nameless(Random::mix(m_seed, 12));
    for (int c = 2; c < m_data.customers.size(); ++c) {
        if (nameless.chance(0.03)) {
            m_data.customers[c].firstName.clear();
            m_data.customers[c].lastName.clear();
        }
    }
}

QHash<int, Special> Builder::notableIndices() const
{
    QHash<int, Special> specials;
    const int n = m_orderCount;
    if (n < kNotableFrom)
        return specials;
    // The oldest orders come first (numbers grow with time), the newest last.
    for (int i = 0; i < 3; ++i)
        specials.insert(i, Special::OlderThan60Days);
    specials.insert(n * 2 / 5, Special::ReadyForPickup);
    specials.insert(n / 2, Special::GiftCardsOnly);
    specials.insert(n * 3 / 5, Special::PickupToPrepare);
    specials.insert(n * 3 / 4, Special::ManyShipments);
    specials.insert(n * 5 / 6, Special::Wholesale);
    specials.insert(n - 2, Special::AwaitingRouting);
    specials.insert(n - 1, Special::AwaitingRouting);
    Q_ASSERT(specials.size() == 10); // three old, five single, two routing: distinct places
    return specials;
}

QList<Scenario> Builder::drawScenarios(const QHash<int, Special> &specials)
{
    QList<Scenario> scenarios;
    scenarios.reserve(m_orderCount);
    std::array<int, int(Scenario::Count)> counts{};
    for (int i = 0; i < m_orderCount; ++i) {
        Random rng(Random::mix(m_seed, 1000 + quint64(i)));
        auto s = Scenario(rng.weighted(kScenarioWeights));
        switch (specials.value(i, Special::None)) {
        case Special::None:
            break;
        case Special::OlderThan60Days: // backorders; the second partly shipped
            s = i == 1 ? Scenario::PartialSingle : Scenario::Unfulfilled;
            break;
        case Special::ReadyForPickup:
            s = Scenario::MarkedInProgress;
            break;
        case Special::ManyShipments:
            s = Scenario::PartialSingle;
            break;
        case Special::AwaitingRouting:
        case Special::Wholesale:
        case Special::GiftCardsOnly:
        case Special::PickupToPrepare:
            s = Scenario::Unfulfilled;
            break;
        }
        scenarios.append(s);
        ++counts[size_t(s)];
    }
    if (m_orderCount < kGuaranteeFrom)
        return scenarios;
    // Rare scenarios may not come up by chance: take orders from the plentiful ones.
    Random rng(Random::mix(m_seed, 3));
    for (int s = 0; s < int(Scenario::Count); ++s) {
        for (int attempts = 0; counts[size_t(s)] < kMinimumPerScenario && attempts < 100000;
             ++attempts) {
            const int i = rng.below(m_orderCount);
            const auto donor = size_t(scenarios[i]);
            if (counts[donor] <= 20 || int(donor) == s || specials.contains(i))
                continue;
            --counts[donor];
            scenarios[i] = Scenario(s);
            ++counts[size_t(s)];
        }
    }
    return scenarios;
}

QList<Plan> Builder::makePlans()
{
    const QHash<int, Special> specials = notableIndices();
    const QList<Scenario> scenarios = drawScenarios(specials);
    QList<Plan> plans;
    plans.reserve(m_orderCount);
    for (int i = 0; i < m_orderCount; ++i) {
        Plan plan;
        plan.scenario = scenarios[i];
        plan.special = specials.value(i, Special::None);
        plan.pickup = plan.special == Special::ReadyForPickup
                      || plan.special == Special::PickupToPrepare;
        if (plan.special == Special::None) {
            // Drawn from a stream of their own, so the rest of the data stays as it was.
            Random rng(Random::mix(m_seed, 4000000 + quint64(i)));
            plan.test = rng.chance(0.015);
            plan.customItem = rng.chance(0.03);
            plan.pickup = rng.chance(0.06) && canBePickup(plan.scenario);
        }
        plans.append(plan);
    }
    // Each shape at least once in a store big enough to have the notable orders.
    auto ensure = [&plans, this](bool Plan::*shape, int from) {
        if (m_orderCount < kNotableFrom
            || std::any_of(plans.cbegin(), plans.cend(), [shape](const Plan &p) {
                   return p.*shape;
               }))
            return;
        for (int i = from; i < m_orderCount; ++i) {
            if (plans[i].special == Special::None) {
                plans[i].*shape = true;
                return;
            }
        }
    };
    ensure(&Plan::test, m_orderCount / 3);
    ensure(&Plan::customItem, m_orderCount / 4);
    return plans;
}

void Builder::ensureRareShapes()
{
    if (m_orderCount < kNotableFrom)
        return;
    auto ordinary = [this](int i) {
        const NotableOrders &n = m_data.notable;
        return i != n.manyShipments && i != n.wholesale && i != n.readyForPickup
               && i != n.pickupToPrepare && i != n.giftCardsOnly && !n.olderThan60Days.contains(i)
               && !n.awaitingRouting.contains(i);
    };
    // A guest who left no email address.
    const bool guestWithoutEmail = std::any_of(m_data.orders.cbegin(),
                                               m_data.orders.cend(),
                                               [](const Order &o) {
                                                   return o.customer < 0 && o.email.isNull();
                                               });
    for (int i = m_orderCount / 5; !guestWithoutEmail && i < m_orderCount; ++i) {
        if (ordinary(i)) {
            Order &order = m_data.orders[i];
            order.customer = -1;
            order.email = QString();
            break;
        }
    }
    // A shipment whose location Shopify no longer names.
    bool locationUnknown = false;
    for (const Order &order : std::as_const(m_data.orders)) {
        for (const Fulfillment &f : order.fulfillments)
            locationUnknown = locationUnknown || f.locationUnknown;
    }
    for (int i = 3; !locationUnknown && i < m_orderCount; ++i) {
        if (ordinary(i) && !m_data.orders[i].fulfillments.isEmpty()) {
            m_data.orders[i].fulfillments.first().locationUnknown = true;
            locationUnknown = true;
        }
    }
}

Timestamp Builder::later(Random &rng, Timestamp from, qint64 minimumDelay, qint64 maximumDelay) const
{
    const Timestamp t = from + rng.between64(minimumDelay, maximumDelay);
    return std::clamp(t, from, std::max(from, m_now));
}

void Builder::addLineItems(Order &order, OrderIds &ids, Random &rng, int minimumLines)
{
    static constexpr std::array kLineWeights{30, 25, 17, 11, 7, 5, 3, 2}; // 1 to 8 lines
    const int lines = std::max(minimumLines, 1 + rng.weighted(kLineWeights));
    QList<int> chosen;
    while (chosen.size() < lines) {
        const int v = rng.below(m_data.variants.size());
        if (!chosen.contains(v))
            chosen.append(v);
    }
    for (const int v : std::as_const(chosen)) {
        const bool deleted = rng.chance(0.005); // the variant was deleted since
        addLine(order, ids, v, 1 + rng.weighted(std::array{65, 22, 8, 3, 2}));
        if (deleted)
            order.lineItems.last().variant = -1;
    }
}

void Builder::addLine(Order &order, OrderIds &ids, int v, int quantity)
{
    const Variant &variant = m_data.variants[v];
    const Product &product = m_data.products[variant.product];
    LineItem item;
    item.id = ids.lineItem();
    item.variant = v;
    item.giftCard = variant.giftCard;
    item.requiresShipping = !variant.giftCard;
    item.title = product.title;
    item.variantTitle = variant.title == u"Default Title" ? QString() : variant.title;
    item.sku = variant.sku;
    item.quantity = quantity;
    item.currentQuantity = quantity;
    item.unitPrice = variant.price;
    order.lineItems.append(item);
}

void Builder::addWholesaleLines(Order &order, OrderIds &ids, Random &rng)
{
    // Every stocked article in turn, again and again: a shop restocking its shelves writes
    // one line per article and shelf, so articles repeat (Shopify keeps such lines apart).
    QList<int> stocked;
    for (int v = 0; v < m_data.variants.size(); ++v) {
        if (m_data.variants[v].tracked)
            stocked.append(v);
    }
    const int start = rng.below(int(stocked.size()));
    for (int k = 0; k < kWholesaleLines; ++k)
        addLine(order, ids, stocked[(start + k) % stocked.size()], rng.between(2, 24));
}

void Builder::shipInSixParcels(Order &order, OrderIds &ids, Random &rng, int fulfillmentOrder)
{
    const int lines = int(order.fulfillmentOrders[fulfillmentOrder].lineItems.size());
    Timestamp at = later(rng, order.createdAt, kHour, 6 * kHour);
    for (int shipment = 0; shipment < 6; ++shipment) {
        QList<int> only(lines, 0);
        only[shipment]
            = order.fulfillmentOrders[fulfillmentOrder].lineItems[shipment].remainingQuantity;
        const int f = ship(order, ids, rng, fulfillmentOrder, at, only);
        Fulfillment &fulfillment = order.fulfillments[f];
        fulfillment.locationUnknown = false;
        fulfillment.tracking.clear();
        // Every parcel its own number, each with the carrier's page.
        const QString company = shipment % 2 == 0 ? QStringLiteral("PostNord DK")
                                                  : QStringLiteral("GLS");
        for (int parcel = 0; parcel < (shipment == 3 ? 5 : 1); ++parcel)
            fulfillment.tracking.append(TrackingNumbers::forCompany(rng, company));
        at = later(rng, at, 2 * kHour, 20 * kHour);
    }
}

int Builder::addFulfillmentOrder(Order &order,
                                 OrderIds &ids,
                                 int location,
                                 const QList<int> &lines,
                                 FulfillmentOrderStatus status,
                                 Timestamp at)
{
    FulfillmentOrder fo;
    fo.id = ids.fulfillmentOrder();
    fo.location = location;
    fo.status = status;
    fo.createdAt = at;
    fo.updatedAt = at;
    fo.fulfillAt = at;
    for (const int line : lines) {
        const int quantity = order.lineItems[line].currentQuantity;
        if (quantity <= 0)
            continue;
        fo.lineItems.append({ids.fulfillmentOrderLineItem(), line, quantity, quantity});
    }
    order.fulfillmentOrders.append(fo);
    return int(order.fulfillmentOrders.size() - 1);
}

int Builder::ship(Order &order,
                  OrderIds &ids,
                  Random &rng,
                  int fulfillmentOrder,
                  Timestamp at,
                  const QList<int> &quantities)
{
    FulfillmentOrder &fo = order.fulfillmentOrders[fulfillmentOrder];
    Fulfillment f;
    f.id = ids.fulfillment();
    f.sequence = int(order.fulfillments.size()) + 1;
    f.status = FulfillmentStatus::Success;
    f.location = fo.location;
    f.createdAt = at;
    f.updatedAt = at;
    for (int k = 0; k < fo.lineItems.size(); ++k) {
        auto &item = fo.lineItems[k];
        const int quantity = quantities.isEmpty()
                                 ? item.remainingQuantity
                                 : std::min(quantities.value(k), item.remainingQuantity);
        if (quantity <= 0)
            continue;
        item.remainingQuantity -= quantity;
        f.lineItems.append({ids.fulfillmentLineItem(), item.lineItem, fulfillmentOrder, quantity});
    }
    // Pickups in the shop go without tracking; a big order goes in two parcels.
    const bool tracked = fo.location != ShopFloor || rng.chance(0.3);
    if (tracked && rng.chance(0.95)) {
        f.tracking.append(TrackingNumbers::make(rng, fo.location == FulfillmentService));
        if (rng.chance(0.08)) {
            TrackingInfo second = TrackingNumbers::make(rng, fo.location == FulfillmentService);
            second.company = f.tracking.first().company;
            f.tracking.append(second);
        }
    }
    if (rng.chance(0.1))
        f.updatedAt = later(rng, at, kHour, 2 * kDay); // tracking edited afterwards
    fo.updatedAt = std::max(fo.updatedAt, at);
    if (fo.remainingQuantity() == 0)
        fo.status = FulfillmentOrderStatus::Closed;
    order.fulfillments.append(f);
    return int(order.fulfillments.size() - 1);
}

void Builder::addHolds(
    Order &order, OrderIds &ids, Random &rng, int fulfillmentOrder, int count, Timestamp at)
{
    using R = FulfillmentHoldReason;
    static constexpr std::array kReasons{R::AwaitingPayment,
                                         R::HighRiskOfFraud,
                                         R::IncorrectAddress,
                                         R::InventoryOutOfStock,
                                         R::UnknownDeliveryDate,
                                         R::Other,
                                         R::AwaitingReturnItems,
                                         R::OnlineStorePostPurchaseCrossSell};
    static constexpr std::array kWeights{20, 15, 20, 20, 8, 12, 3, 2};
    FulfillmentOrder &fo = order.fulfillmentOrders[fulfillmentOrder];
    fo.status = FulfillmentOrderStatus::OnHold;
    fo.updatedAt = std::max(fo.updatedAt, at);
    for (int h = 0; h < count; ++h) {
        R reason = kReasons[size_t(rng.weighted(kWeights))];
        if (h > 0 && reason == fo.holds.first().reason)
            reason = reason == R::Other ? R::IncorrectAddress : R::Other;
        const auto notes = tables::holdNotes(reason);
        const char *note = notes[rng.below(notes.size())];
        fo.holds.append({ids.hold(), reason, note ? utf8(note) : QString()});
        if (reason == R::AwaitingPayment)
            order.financialStatus = OrderFinancialStatus::Pending;
    }
}

void Builder::cancel(Order &order, Random &rng, FulfillmentOrderStatus fulfillmentOrderStatus)
{
    order.cancelledAt = later(rng, order.createdAt, 30 * kMinute, 2 * kDay);
    order.closedAt = order.cancelledAt;
    order.financialStatus = rng.chance(0.6) ? OrderFinancialStatus::Refunded
                                            : OrderFinancialStatus::Voided;
    for (auto &item : order.lineItems)
        item.currentQuantity = 0;
    for (auto &fo : order.fulfillmentOrders) {
        fo.status = fulfillmentOrderStatus;
        fo.updatedAt = order.cancelledAt;
        // Closing on cancellation releases what was left; a cancelled one keeps its numbers.
        if (fulfillmentOrderStatus == FulfillmentOrderStatus::Closed) {
            for (auto &item : fo.lineItems)
                item.remainingQuantity = 0;
        }
    }
}

void Builder::makeOrder(int index, const Plan &plan)
{
    Random rng(Random::mix(m_seed, 1000 + quint64(index)));
    rng.next(); // the draw that chose the scenario
    // The shapes of real shops drawn here come from a stream of their own, so that the
    // order's other draws stay as they were without them.
    Random extra(Random::mix(m_seed, 5000000 + quint64(index)));
    OrderIds ids;
    ids.index = index;
    Scenario scenario = plan.scenario;

    Order order;
    order.number = 1001 + index;
    order.id = kOrderBase + qint64(index) * 1000 + rng.between(0, 999);
    // Evenly spread over the history, each order at a random moment of its own slot, so
    // numbers and creation times rise together.
    const qint64 slot = (qint64(index) * 1000000 + rng.below(1000000)) * kHistory;
    order.createdAt = m_now - kHistory + slot / (qint64(m_orderCount) * 1000000);
    if (plan.special == Special::OlderThan60Days) {
        // Backorders and a pre-order, placed long before the history: 118, 93 and 66 days.
        static constexpr std::array kDaysAgo{118, 93, 66};
        order.createdAt = m_now - kDaysAgo[size_t(index)] * kDay + 3 * kHour * index;
        m_data.notable.olderThan60Days.append(index);
    } else if (plan.special == Special::AwaitingRouting) {
        // The last two orders, placed 8 and 4 seconds before `now` (or later, in a store so
        // big that its slots are shorter).
        order.createdAt = std::max(order.createdAt, m_now - (index == m_orderCount - 1 ? 4 : 8));
        m_data.notable.awaitingRouting.append(index);
    }
    order.processedAt = order.createdAt;
    order.test = plan.test;

    // Who ordered, and where it goes.
    const auto &town = tables::towns()[rng.below(tables::towns().size())];
    order.shippingAddress.address1 = utf8(town.street) + u' '
                                     + QString::number(rng.between(1, 120));
    order.shippingAddress.city = utf8(town.city);
    order.shippingAddress.zip = utf8(town.zip);
    order.shippingAddress.countryCode = utf8(town.countryCode);
    // Someone's name for an address, when the customer gave none.
    const auto &stand = tables::otherNames()[order.number % tables::otherNames().size()];
    const QString standInName = utf8(stand.first) + u' ' + utf8(stand.last);
    if (index >= 2 && rng.chance(0.04)) {
        // No customer account: a guest, sometimes without an email address.
        const auto &name = tables::otherNames()[rng.below(tables::otherNames().size())];
        order.shippingAddress.name = utf8(name.first) + u' ' + utf8(name.last);
        if (rng.chance(0.5))
            order.email = tables::emailLocalPart(utf8(name.first), utf8(name.last))
                          + QStringLiteral("@example.net");
    } else {
        order.customer = index < 2 ? index : rng.below(m_data.customers.size());
        const Customer &customer = m_data.customers[order.customer];
        order.email = customer.email;
        order.shippingAddress.name = customer.hasName() ? customer.displayName() : standInName;
        if (rng.chance(0.08)) { // a present, sent to someone else
            const auto &other = tables::danishFirstNames();
            const QString first = utf8(other[rng.below(other.size())]);
            if (customer.hasName())
                order.shippingAddress.name = first + u' ' + customer.lastName;
        }
    }

    const bool split = scenario == Scenario::UnfulfilledSplit
                       || scenario == Scenario::FulfilledSplit || scenario == Scenario::PartialSplit
                       || scenario == Scenario::PartialSplitHold
                       || scenario == Scenario::PartialWithService
                       || scenario == Scenario::OnHoldSplit;
    switch (plan.special) {
    case Special::Wholesale: {
        // A shop restocking: a business, one location, more lines than a page holds.
        addWholesaleLines(order, ids, extra);
        const auto &companies = tables::companies();
        order.shippingAddress.company = utf8(companies[extra.below(int(companies.size()))]);
        m_data.notable.wholesale = index;
        break;
    }
    case Special::ManyShipments: {
        // Seven lines, six of them shipped one by one.
        QList<int> goods;
        for (int v = 0; v < m_data.variants.size(); ++v) {
            if (!m_data.variants[v].giftCard)
                goods.append(v);
        }
        const int start = extra.below(int(goods.size()));
        for (int k = 0; k < 7; ++k)
            addLine(order, ids, goods[(start + k * 5) % goods.size()], extra.between(1, 3));
        m_data.notable.manyShipments = index;
        break;
    }
    case Special::GiftCardsOnly: {
        QList<int> giftCards;
        for (int v = 0; v < m_data.variants.size(); ++v) {
            if (m_data.variants[v].giftCard)
                giftCards.append(v);
        }
        if (!giftCards.isEmpty())
            addLine(order, ids, giftCards[extra.below(int(giftCards.size()))], extra.between(1, 2));
        else
            addLineItems(order, ids, rng, 1);
        m_data.notable.giftCardsOnly = index;
        break;
    }
    default:
        addLineItems(order, ids, rng, split ? 2 : 1);
        break;
    }
    if (plan.customItem) {
        const auto &items = tables::customItems();
        const auto &custom = items[extra.below(int(items.size()))];
        LineItem item;
        item.id = ids.lineItem();
        item.custom = true;
        item.title = utf8(custom.title);
        item.quantity = item.currentQuantity = 1;
        item.unitPrice = custom.price;
        order.lineItems.append(item);
    }

    // What is sent (or collected), and the gift cards, which are neither.
    QList<int> all;
    QList<int> giftCards;
    for (int i = 0; i < order.lineItems.size(); ++i)
        (order.lineItems[i].requiresShipping ? all : giftCards).append(i);
    if (all.size() < 2)
        scenario = withOneLocation(scenario);
    if (scenario == Scenario::PartialSingle && all.size() == 1
        && order.lineItems[all[0]].quantity == 1) {
        order.lineItems[all[0]].quantity = order.lineItems[all[0]].currentQuantity = 2;
    }
    qint64 subtotal = 0;
    for (const auto &item : std::as_const(order.lineItems))
        subtotal += item.unitPrice * item.quantity;
    order.shippingPrice = subtotal >= 49900
                              ? 0
                              : (order.shippingAddress.countryCode == u"DK" ? 3900 : 7900);
    // Nothing travels for a pickup or an order of gift cards: no address to send to.
    const bool pickup = plan.pickup && !all.isEmpty();
    if (pickup || all.isEmpty()) {
        order.shippingPrice = 0;
        order.hasShippingAddress = false;
    }
    OrderExtras::fill(&order, pickup);

    using FS = OrderFinancialStatus;
    static constexpr std::array kFinancial{FS::Paid,
                                           FS::Authorized,
                                           FS::Pending,
                                           FS::PartiallyRefunded,
                                           FS::PartiallyPaid};
    order.financialStatus = kFinancial[size_t(rng.weighted(std::array{80, 7, 4, 6, 2}))];
    if (scenario == Scenario::Scheduled || plan.special != Special::None)
        order.financialStatus = FS::Paid;
    if (order.financialStatus == FS::PartiallyRefunded) {
        // An item taken off before shipping, or some money back after.
        auto removable = std::find_if(order.lineItems.begin(),
                                      order.lineItems.end(),
                                      [](const LineItem &i) { return i.quantity >= 2; });
        const bool beforeShipping = scenario != Scenario::Fulfilled
                                    && scenario != Scenario::FulfilledSplit
                                    && scenario != Scenario::FulfilledByService
                                    && scenario != Scenario::PartialSingle;
        if (beforeShipping && removable != order.lineItems.end())
            removable->currentQuantity -= 1;
        else
            order.refunded = order.shippingPrice > 0 ? order.shippingPrice : subtotal / 10;
    }

    // Split orders: some lines from the warehouse, the rest from the shop (or the service).
    const int cut = 1 + rng.below(int(all.size()) - 1 > 0 ? int(all.size()) - 1 : 1);
    const QList<int> firstPart = all.mid(0, cut);
    const QList<int> secondPart = all.mid(cut);
    int ownLocation = rng.chance(0.15) ? ShopFloor : Warehouse;
    if (pickup)
        ownLocation = ShopFloor; // collected in the shop
    else if (plan.special != Special::None)
        ownLocation = Warehouse;
    const Timestamp created = order.createdAt;
    using FOS = FulfillmentOrderStatus;

    // Gift cards are a fulfillment order of their own with nothing to deliver; Shopify
    // fulfils them by itself once the order is paid (below).
    const int giftCardOrder
        = giftCards.isEmpty()
              ? -1
              : addFulfillmentOrder(order, ids, Warehouse, giftCards, FOS::Open, created);
    if (giftCardOrder >= 0)
        order.fulfillmentOrders[giftCardOrder].deliveryMethod = DeliveryMethod::None;

    if (all.isEmpty()) {
        // Only gift cards: nothing else to happen than a cancellation.
        if (scenario == Scenario::Cancelled || scenario == Scenario::CancelledRestocked)
            cancel(order, rng, scenario == Scenario::Cancelled ? FOS::Cancelled : FOS::Closed);
        scenario = Scenario::Count;
    }
    if (plan.special == Special::ManyShipments) {
        const int fo = addFulfillmentOrder(order, ids, Warehouse, all, FOS::Open, created);
        shipInSixParcels(order, ids, extra, fo);
        order.fulfillmentOrders[fo].status = FOS::InProgress;
        scenario = Scenario::Count;
    }

    switch (scenario) {
    case Scenario::Unfulfilled:
        addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        break;
    case Scenario::LegacyOpen:
        addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        order.legacyDisplayStatus = OrderFulfillmentStatus::Open;
        break;
    case Scenario::UnfulfilledSplit:
        addFulfillmentOrder(order, ids, Warehouse, firstPart, FOS::Open, created);
        addFulfillmentOrder(order, ids, ShopFloor, secondPart, FOS::Open, created);
        break;
    case Scenario::Fulfilled: {
        const int fo = addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        const Timestamp first = later(rng, created, 20 * kMinute, 3 * kDay);
        if (all.size() > 1 && rng.chance(0.12)) { // two shipments
            QList<int> some(order.fulfillmentOrders[fo].lineItems.size(), 0);
            some[0] = order.fulfillmentOrders[fo].lineItems[0].remainingQuantity;
            ship(order, ids, rng, fo, first, some);
            ship(order, ids, rng, fo, later(rng, first, kHour, 2 * kDay));
        } else {
            ship(order, ids, rng, fo, first);
        }
        break;
    }
    case Scenario::FulfilledSplit: {
        const int a = addFulfillmentOrder(order, ids, Warehouse, firstPart, FOS::Open, created);
        const int b = addFulfillmentOrder(order, ids, ShopFloor, secondPart, FOS::Open, created);
        ship(order, ids, rng, a, later(rng, created, 30 * kMinute, 2 * kDay));
        ship(order, ids, rng, b, later(rng, created, 30 * kMinute, 3 * kDay));
        break;
    }
    case Scenario::FulfilledByService: {
        const int fo
            = addFulfillmentOrder(order, ids, FulfillmentService, all, FOS::InProgress, created);
        order.fulfillmentOrders[fo].requestStatus = RequestStatus::Accepted;
        ship(order, ids, rng, fo, later(rng, created, 2 * kHour, 3 * kDay));
        break;
    }
    case Scenario::PartialSingle: {
        const int fo = addFulfillmentOrder(order, ids, ownLocation, all, FOS::InProgress, created);
        auto &items = order.fulfillmentOrders[fo].lineItems;
        QList<int> some(items.size(), 0);
        if (items.size() > 1) {
            for (int k = 0; k < items.size() - 1; ++k) // every line but the last, in full
                some[k] = rng.chance(0.6) || k == 0 ? items[k].remainingQuantity : 0;
        } else {
            some[0] = rng.between(1, items[0].remainingQuantity - 1);
        }
        ship(order, ids, rng, fo, later(rng, created, 20 * kMinute, 2 * kDay), some);
        break;
    }
    case Scenario::PartialSplit:
    case Scenario::PartialSplitHold:
    case Scenario::PartialWithService: {
        const int a = addFulfillmentOrder(order, ids, Warehouse, firstPart, FOS::Open, created);
        const int secondLocation = scenario == Scenario::PartialWithService ? FulfillmentService
                                                                            : ShopFloor;
        const int b
            = addFulfillmentOrder(order, ids, secondLocation, secondPart, FOS::Open, created);
        const Timestamp shipped = later(rng, created, 20 * kMinute, 2 * kDay);
        ship(order, ids, rng, a, shipped);
        if (scenario == Scenario::PartialSplitHold) {
            addHolds(order, ids, rng, b, 1, later(rng, created, 5 * kMinute, 2 * kHour));
        } else if (scenario == Scenario::PartialWithService) {
            // The service closed it without shipping everything.
            auto &fo = order.fulfillmentOrders[b];
            fo.status = FOS::Incomplete;
            fo.requestStatus = RequestStatus::Closed;
            fo.updatedAt = later(rng, created, 4 * kHour, 3 * kDay);
        }
        break;
    }
    case Scenario::OnHold: {
        const int fo = addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        addHolds(order,
                 ids,
                 rng,
                 fo,
                 rng.chance(0.15) ? 2 : 1,
                 later(rng, created, 5 * kMinute, 2 * kHour));
        break;
    }
    case Scenario::OnHoldSplit: {
        const int a = addFulfillmentOrder(order, ids, Warehouse, firstPart, FOS::Open, created);
        const int b = addFulfillmentOrder(order, ids, ShopFloor, secondPart, FOS::Open, created);
        const Timestamp held = later(rng, created, 5 * kMinute, 2 * kHour);
        addHolds(order, ids, rng, a, 1, held);
        addHolds(order, ids, rng, b, 1, held);
        break;
    }
    case Scenario::Scheduled: {
        const int fo = addFulfillmentOrder(order, ids, ownLocation, all, FOS::Scheduled, created);
        // Opens at 08:00 UTC on a day in the next three weeks.
        const Timestamp day = (m_now / kDay + rng.between(1, 21)) * kDay;
        order.fulfillmentOrders[fo].fulfillAt = day + 8 * kHour;
        break;
    }
    case Scenario::ServiceSubmitted:
    case Scenario::ServiceAccepted:
    case Scenario::ServiceRejected: {
        const FOS status = scenario == Scenario::ServiceAccepted ? FOS::InProgress : FOS::Open;
        const int fo = addFulfillmentOrder(order, ids, FulfillmentService, all, status, created);
        auto &f = order.fulfillmentOrders[fo];
        f.requestStatus = scenario == Scenario::ServiceSubmitted  ? RequestStatus::Submitted
                          : scenario == Scenario::ServiceAccepted ? RequestStatus::Accepted
                                                                  : RequestStatus::Rejected;
        f.updatedAt = later(rng, created, kMinute, 6 * kHour);
        break;
    }
    case Scenario::MarkedInProgress: {
        // For a pickup: prepared, ready for the customer to collect.
        const int fo = addFulfillmentOrder(order, ids, ownLocation, all, FOS::InProgress, created);
        order.fulfillmentOrders[fo].updatedAt = later(rng, created, 10 * kMinute, 4 * kHour);
        break;
    }
    case Scenario::CancelledRestocked:
        addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        cancel(order, rng, FOS::Closed);
        order.legacyDisplayStatus = OrderFulfillmentStatus::Restocked;
        break;
    case Scenario::Cancelled:
        addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        cancel(order, rng, FOS::Cancelled);
        break;
    case Scenario::FulfillmentCancelled: {
        // Shipped, then the shipment was cancelled: Shopify closes the old fulfillment order
        // and opens a new one for the same items.
        const int old = addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, created);
        const int f = ship(order, ids, rng, old, later(rng, created, 20 * kMinute, 2 * kDay));
        const Timestamp cancelledAt
            = later(rng, order.fulfillments[f].createdAt, 10 * kMinute, kDay);
        order.fulfillments[f].status = FulfillmentStatus::Cancelled;
        order.fulfillments[f].updatedAt = cancelledAt;
        addFulfillmentOrder(order, ids, ownLocation, all, FOS::Open, cancelledAt);
        break;
    }
    case Scenario::Count:
        break;
    }

    if (pickup) {
        // Collected in the shop: no parcels, no tracking.
        for (FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (fo.deliveryMethod == DeliveryMethod::Shipping)
                fo.deliveryMethod = DeliveryMethod::PickUp;
        }
        for (Fulfillment &f : order.fulfillments)
            f.tracking.clear();
        if (plan.special == Special::ReadyForPickup)
            m_data.notable.readyForPickup = index;
        else if (plan.special == Special::PickupToPrepare)
            m_data.notable.pickupToPrepare = index;
    }
    // Shopify fulfils gift cards as soon as the order is paid (and routed), without tracking.
    const bool paid = order.financialStatus == FS::Paid
                      || order.financialStatus == FS::PartiallyRefunded;
    if (giftCardOrder >= 0 && paid && !order.isCancelled()
        && plan.special != Special::AwaitingRouting) {
        const int f
            = ship(order, ids, extra, giftCardOrder, later(extra, created, kMinute, 5 * kMinute));
        order.fulfillments[f].tracking.clear();
    }
    // Now and then Shopify no longer names where an older shipment left from.
    for (Fulfillment &f : order.fulfillments) {
        if (f.createdAt < m_now - 3 * kDay && extra.chance(0.03) && plan.special == Special::None)
            f.locationUnknown = true;
    }
    if (plan.special == Special::AwaitingRouting) {
        // Not routed yet: Shopify makes the fulfillment orders a few seconds from now.
        PendingRouting routing;
        routing.orderId = order.id;
        routing.at = order.createdAt + kRoutingDelay;
        routing.fulfillmentOrders = order.fulfillmentOrders;
        order.fulfillmentOrders.clear();
        order.awaitingFulfillmentOrders = true;
        m_data.pendingRoutings.append(routing);
    }

    OrderRules::update(order);

    // Closed: everything shipped or cancelled and paid up; most such orders get archived.
    if (order.displayFulfillmentStatus == OrderFulfillmentStatus::Fulfilled
        && (order.financialStatus == FS::Paid || order.financialStatus == FS::PartiallyRefunded)
        && rng.chance(0.8)) {
        Timestamp lastShipment = created;
        for (const auto &f : std::as_const(order.fulfillments))
            lastShipment = std::max(lastShipment, f.createdAt);
        order.closedAt = later(rng, lastShipment, kHour, 2 * kDay);
    }

    Timestamp last = std::max(order.createdAt, order.cancelledAt);
    last = std::max(last, order.closedAt);
    for (const auto &fo : std::as_const(order.fulfillmentOrders))
        last = std::max(last, fo.updatedAt);
    for (const auto &f : std::as_const(order.fulfillments))
        last = std::max(last, f.updatedAt);
    // Notes, tags and the like touch an order after its last fulfillment event.
    order.updatedAt = rng.chance(0.25) ? later(rng, last, kMinute, 2 * kDay) : last;
    order.updatedAt = std::min(order.updatedAt, std::max(m_now, order.createdAt));
    if (order.awaitingFulfillmentOrders)
        order.updatedAt = order.createdAt;
    m_data.orders.append(order);
}

} // namespace

StoreData DataGenerator::generate(quint64 seed, int orderCount, const QDateTime &now)
{
    Builder builder(seed, orderCount, now.toSecsSinceEpoch());
    return builder.build();
}

} // namespace demostore
