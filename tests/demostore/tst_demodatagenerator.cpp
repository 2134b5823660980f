// The demo store's generated data: deterministic, covering every status the order desk must
// show, and consistent the way Shopify's numbers are.

#include "core/demostore/DataGenerator.h"
#include "core/demostore/OrderRules.h"
#include "core/demostore/StoreJson.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace demostore;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

QByteArray allOrdersAsJson(const StoreData &data)
{
    StoreJson json(data);
    QJsonArray orders;
    for (const auto &o : data.orders)
        orders.append(json.order(o));
    return QJsonDocument(orders).toJson(QJsonDocument::Compact);
}

// The "Supported tracking companies" part of FulfillmentTrackingInfo.company's description.
QString supportedTrackingCompanies()
{
    QFile schema(
        QDir(SchemaTools::sharedDir()).filePath(QStringLiteral("shopify/admin-2026-01.graphql")));
    if (!schema.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(schema.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("### Supported tracking companies"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\"\"\""), start);
    return text.mid(start, end - start);
}

} // namespace

class TestDemoDataGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameData();
    void everyStatusAppears();
    void fulfillmentServiceRequestsMatchTheOrderStatus();
    void holdsHaveReasonsAndNotes();
    void ordersAreConsistent_data();
    void ordersAreConsistent();
    void peopleAndProductsAreRealistic();
    void trackingCompaniesAreShopifysOwn();
    void realShopsShapesAreAFewPercent_data();
    void realShopsShapesAreAFewPercent();
    void notableOrdersAreWhereTheySay();
    void generatesAHundredThousandOrders();
    void writesTimesAndMoneyAsShopifyDoes();
};

void TestDemoDataGenerator::sameSeedGivesSameData()
{
    const QByteArray first = allOrdersAsJson(DataGenerator::generate(1, 300, kNow));
    const QByteArray again = allOrdersAsJson(DataGenerator::generate(1, 300, kNow));
    const QByteArray other = allOrdersAsJson(DataGenerator::generate(2, 300, kNow));
    QVERIFY(first.size() > 100000);
    QCOMPARE(again, first);
    QVERIFY(other != first);
    // A later "now" shifts the history with it.
    const StoreData later = DataGenerator::generate(1, 300, kNow.addDays(1));
    QCOMPARE(later.orders.first().createdAt,
             DataGenerator::generate(1, 300, kNow).orders.first().createdAt + 86400);
}

void TestDemoDataGenerator::everyStatusAppears()
{
    const StoreData data = DataGenerator::generate(1, 300, kNow);
    QCOMPARE(data.orders.size(), 300);
    QMap<OrderFulfillmentStatus, int> display;
    QSet<FulfillmentOrderStatus> fulfillmentOrderStatuses;
    QMap<OrderFinancialStatus, int> financial;
    for (const auto &o : data.orders) {
        ++display[o.displayFulfillmentStatus];
        ++financial[o.financialStatus];
        for (const auto &fo : o.fulfillmentOrders)
            fulfillmentOrderStatuses.insert(fo.status);
    }
    for (const OrderFulfillmentStatus s : allOrderFulfillmentStatuses())
        QVERIFY2(display.value(s) > 0, qPrintable(shopifyName(s)));
    // Most orders are the everyday three; the legacy and service ones are rare.
    using S = OrderFulfillmentStatus;
    QVERIFY(display[S::Unfulfilled] + display[S::Fulfilled] + display[S::PartiallyFulfilled] > 200);
    QVERIFY(display[S::Unfulfilled] > display[S::OnHold]);
    QVERIFY(display[S::Open] < 10 && display[S::Restocked] < 10);
    for (const auto s : {FulfillmentOrderStatus::Open,
                         FulfillmentOrderStatus::InProgress,
                         FulfillmentOrderStatus::OnHold,
                         FulfillmentOrderStatus::Scheduled,
                         FulfillmentOrderStatus::Closed,
                         FulfillmentOrderStatus::Cancelled,
                         FulfillmentOrderStatus::Incomplete}) {
        QVERIFY2(fulfillmentOrderStatuses.contains(s), qPrintable(shopifyName(s)));
    }
    using F = OrderFinancialStatus;
    for (const auto f : {F::Paid, F::Pending, F::Authorized, F::PartiallyRefunded, F::Refunded})
        QVERIFY2(financial.value(f) > 0, qPrintable(shopifyName(f)));
    QVERIFY(financial[F::Paid] > 150);
}

void TestDemoDataGenerator::fulfillmentServiceRequestsMatchTheOrderStatus()
{
    const StoreData data = DataGenerator::generate(1, 300, kNow);
    QMap<RequestStatus, QSet<OrderFulfillmentStatus>> seen;
    int splitOrders = 0;
    for (const auto &o : data.orders) {
        QSet<int> locations;
        // Gift cards Shopify fulfilled by itself make an order partly fulfilled.
        const bool giftCardsShipped = std::any_of(o.fulfillmentOrders.cbegin(),
                                                  o.fulfillmentOrders.cend(),
                                                  [](const FulfillmentOrder &fo) {
                                                      return fo.deliveryMethod
                                                                 == demostore::DeliveryMethod::None
                                                             && fo.remainingQuantity() == 0;
                                                  });
        for (const auto &fo : o.fulfillmentOrders) {
            if (fo.status != FulfillmentOrderStatus::Cancelled
                && fo.deliveryMethod != demostore::DeliveryMethod::None)
                locations.insert(fo.location);
            if (data.locations[fo.location].isFulfillmentService()) {
                if (giftCardsShipped && fo.requestStatus == RequestStatus::Submitted)
                    QCOMPARE(o.displayFulfillmentStatus, OrderFulfillmentStatus::PartiallyFulfilled);
                else
                    seen[fo.requestStatus].insert(o.displayFulfillmentStatus);
            } else {
                QCOMPARE(fo.requestStatus, RequestStatus::Unsubmitted);
            }
        }
        if (locations.size() == 2)
            ++splitOrders;
    }
    QVERIFY(splitOrders >= 10);
    QCOMPARE(seen.value(RequestStatus::Submitted),
             QSet<OrderFulfillmentStatus>{OrderFulfillmentStatus::InProgress});
    QCOMPARE(seen.value(RequestStatus::Rejected),
             QSet<OrderFulfillmentStatus>{OrderFulfillmentStatus::RequestDeclined});
    // Accepted: pending until shipped, then fulfilled.
    QVERIFY(
        seen.value(RequestStatus::Accepted).contains(OrderFulfillmentStatus::PendingFulfillment));
    QVERIFY(seen.value(RequestStatus::Accepted).contains(OrderFulfillmentStatus::Fulfilled));
    QVERIFY(seen.contains(RequestStatus::Closed)); // the service closed one without finishing
    QVERIFY(!data.locations[2].fulfillmentServiceName.isEmpty());
    QVERIFY(data.locations[0].fulfillmentServiceName.isEmpty());
}

void TestDemoDataGenerator::holdsHaveReasonsAndNotes()
{
    const StoreData data = DataGenerator::generate(1, 300, kNow);
    QSet<FulfillmentHoldReason> reasons;
    int withNotes = 0;
    int withoutNotes = 0;
    for (const auto &o : data.orders) {
        for (const auto &fo : o.fulfillmentOrders) {
            QCOMPARE(fo.status == FulfillmentOrderStatus::OnHold, !fo.holds.isEmpty());
            for (const auto &hold : fo.holds) {
                reasons.insert(hold.reason);
                hold.reasonNotes.isNull() ? ++withoutNotes : ++withNotes;
            }
        }
    }
    QVERIFY2(reasons.size() >= 4, qPrintable(QString::number(reasons.size())));
    QVERIFY(withNotes > 0 && withoutNotes > 0);
}

void TestDemoDataGenerator::ordersAreConsistent_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("count");
    QTest::newRow("seed 1") << quint64(1) << 300;
    QTest::newRow("seed 2") << quint64(2) << 300;
    QTest::newRow("seed 99, 3000 orders") << quint64(99) << 3000;
    QTest::newRow("tiny") << quint64(5) << 7;
}

void TestDemoDataGenerator::ordersAreConsistent()
{
    QFETCH(quint64, seed);
    QFETCH(int, count);
    const StoreData data = DataGenerator::generate(seed, count, kNow);
    const Timestamp now = kNow.toSecsSinceEpoch();
    QCOMPARE(data.orders.size(), count);
    QSet<qint64> ids;
    auto unique = [&ids](qint64 id) {
        const bool fresh = !ids.contains(id);
        ids.insert(id);
        return fresh;
    };
    const NotableOrders &notable = data.notable;
    for (int i = 0; i < data.orders.size(); ++i) {
        const Order &o = data.orders[i];
        const QString where = o.name();
        QCOMPARE(o.number, 1001 + i);
        QVERIFY2(unique(o.id), qPrintable(where));
        QVERIFY(data.orderIndex(o.id) == i);
        // The history is 30 days; a few open orders are from 61 to 120 days before it ends.
        if (notable.olderThan60Days.contains(i))
            QVERIFY2(o.createdAt >= now - 120 * 86400 && o.createdAt < now - 60 * 86400,
                     qPrintable(where));
        else
            QVERIFY2(o.createdAt >= now - 30 * 86400 && o.createdAt < now, qPrintable(where));
        QVERIFY2(o.updatedAt >= o.createdAt && o.updatedAt <= now, qPrintable(where));
        QCOMPARE(o.processedAt, o.createdAt);
        if (i > 0)
            QVERIFY(o.createdAt >= data.orders[i - 1].createdAt);
        // 1 to 8 lines of products, now and then one custom item more; the wholesale order more
        // than a page of them.
        const auto custom = std::count_if(o.lineItems.cbegin(),
                                          o.lineItems.cend(),
                                          [](const LineItem &item) { return item.custom; });
        if (i == notable.wholesale)
            QVERIFY(o.lineItems.size() > 260);
        else
            QVERIFY2(o.lineItems.size() >= 1 && o.lineItems.size() - custom <= 8 && custom <= 1,
                     qPrintable(where));
        QVERIFY(!o.shippingAddress.name.isEmpty());
        QVERIFY(o.currentTotal() >= 0 && o.currentTotal() <= o.originalTotal());
        if (o.isCancelled()) {
            QVERIFY2(o.isClosed() && o.cancelledAt >= o.createdAt && o.cancelledAt <= now,
                     qPrintable(where));
        }

        // Line items against fulfillment orders and fulfillments.
        for (int l = 0; l < o.lineItems.size(); ++l) {
            const LineItem &item = o.lineItems[l];
            QVERIFY(unique(item.id));
            QVERIFY(item.quantity >= item.currentQuantity && item.currentQuantity >= 0);
            int remaining = 0;
            for (const auto &fo : o.fulfillmentOrders) {
                if (fo.status == FulfillmentOrderStatus::Cancelled)
                    continue;
                for (const auto &foItem : fo.lineItems) {
                    if (foItem.lineItem == l)
                        remaining += foItem.remainingQuantity;
                }
            }
            // Until Shopify makes the fulfillment orders, every line is still to be shipped.
            QCOMPARE(item.unfulfilledQuantity,
                     o.awaitingFulfillmentOrders ? item.currentQuantity : remaining);
            if (!o.isCancelled())
                QCOMPARE(OrderRules::fulfilledQuantity(o, l) + item.unfulfilledQuantity,
                         item.currentQuantity);
        }
        int shipped = 0;
        int shippedGiftCards = 0;
        for (const auto &f : o.fulfillments) {
            QVERIFY(unique(f.id));
            QVERIFY(f.createdAt >= o.createdAt && f.createdAt <= now && f.updatedAt >= f.createdAt);
            if (f.status == FulfillmentStatus::Success) {
                shipped += f.totalQuantity();
                for (const auto &item : f.lineItems)
                    shippedGiftCards += o.lineItems[item.lineItem].giftCard ? item.quantity : 0;
            }
            for (const auto &t : f.tracking) {
                QVERIFY(!t.number.isEmpty());
                QVERIFY(t.url.isNull() || t.url.startsWith(QStringLiteral("https://")));
            }
        }
        int unfulfilled = 0;
        for (const auto &item : o.lineItems)
            unfulfilled += item.unfulfilledQuantity;
        for (const auto &fo : o.fulfillmentOrders) {
            QVERIFY(unique(fo.id));
            QVERIFY(fo.updatedAt >= fo.createdAt && fo.createdAt >= o.createdAt);
            if (fo.status == FulfillmentOrderStatus::Closed)
                QCOMPARE(fo.remainingQuantity(), 0);
            if (fo.status == FulfillmentOrderStatus::Scheduled)
                QVERIFY(fo.fulfillAt > now);
            for (const auto &foItem : fo.lineItems) {
                QVERIFY(unique(foItem.id));
                QVERIFY(foItem.remainingQuantity >= 0
                        && foItem.remainingQuantity <= foItem.totalQuantity);
            }
        }

        // The display status says what the fulfillment orders say.
        using S = OrderFulfillmentStatus;
        switch (o.displayFulfillmentStatus) {
        case S::Fulfilled:
            QVERIFY2(shipped > 0 && unfulfilled == 0, qPrintable(where));
            break;
        case S::PartiallyFulfilled:
            QVERIFY2(shipped > 0 && unfulfilled > 0, qPrintable(where));
            break;
        case S::OnHold:
        case S::Scheduled: {
            const auto expected = o.displayFulfillmentStatus == S::OnHold
                                      ? FulfillmentOrderStatus::OnHold
                                      : FulfillmentOrderStatus::Scheduled;
            QVERIFY2(shipped == 0 && unfulfilled > 0, qPrintable(where));
            // Gift cards wait apart: they need no delivery.
            for (const auto &fo : o.fulfillmentOrders) {
                if (fo.remainingQuantity() > 0 && OrderRules::isActive(fo)
                    && fo.deliveryMethod != demostore::DeliveryMethod::None)
                    QVERIFY2(fo.status == expected, qPrintable(where));
            }
            break;
        }
        case S::Unfulfilled:
        case S::InProgress:
        case S::PendingFulfillment:
            QVERIFY2(shipped == 0, qPrintable(where));
            break;
        case S::Open: // pinned: Shopify may have fulfilled the gift cards since
            QVERIFY2(shipped == shippedGiftCards, qPrintable(where));
            break;
        case S::Restocked:
            QVERIFY2(o.isCancelled() && unfulfilled == 0, qPrintable(where));
            break;
        case S::RequestDeclined:
        case S::Unknown:
            break;
        }
        if (!o.legacyDisplayStatus)
            QCOMPARE(o.displayFulfillmentStatus, OrderRules::displayStatus(o));
    }
}

void TestDemoDataGenerator::peopleAndProductsAreRealistic()
{
    const StoreData data = DataGenerator::generate(1, 300, kNow);
    QSet<QString> names;
    int withoutCustomer = 0;
    for (const auto &o : data.orders) {
        if (o.customer >= 0)
            names.insert(data.customers[o.customer].displayName());
        else
            ++withoutCustomer;
    }
    QVERIFY(names.contains(QString::fromUtf8("Søren Ødegaard")));
    QVERIFY(names.contains(QString::fromUtf8("Jürgen Weiß")));
    auto anyNameWith = [&names](const char *letters) {
        for (const QString &n : names) {
            for (const QChar c : QString::fromUtf8(letters)) {
                if (n.contains(c))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(anyNameWith("æøåÆØÅ"));
    QVERIFY(anyNameWith("äöüßÄÖÜ"));
    QVERIFY(withoutCustomer > 0);
    for (const auto &c : data.customers) {
        const bool ascii = std::all_of(c.email.cbegin(), c.email.cend(), [](QChar ch) {
            return ch.unicode() < 128;
        });
        QVERIFY2(ascii && c.email.contains(u'@'), qPrintable(c.email));
    }
    QVERIFY(data.customers[0].email.startsWith(QStringLiteral("soeren.oedegaard@")));
    QVERIFY(data.customers[1].email.startsWith(QStringLiteral("juergen.weiss@")));

    QCOMPARE(data.variants.size(), 80);
    QMultiHash<QString, int> productsBySku;
    int withoutSku = 0;
    for (const auto &v : data.variants) {
        if (v.sku.isEmpty())
            ++withoutSku;
        else
            productsBySku.insert(v.sku, v.product);
    }
    QVERIFY(withoutSku >= 2);
    int shared = 0;
    for (const QString &sku : productsBySku.uniqueKeys()) {
        if (productsBySku.values(sku).size() > 1)
            ++shared;
    }
    QCOMPARE(shared, 1);
}

void TestDemoDataGenerator::trackingCompaniesAreShopifysOwn()
{
    const QString supported = supportedTrackingCompanies();
    QVERIFY2(supported.contains(QStringLiteral("* PostNord DK")), "the schema's list was not found");
    const StoreData data = DataGenerator::generate(3, 1000, kNow);
    QSet<QString> companies;
    int withoutCompany = 0;
    for (const auto &o : data.orders) {
        for (const auto &f : o.fulfillments) {
            for (const auto &t : f.tracking) {
                if (t.company.isNull())
                    ++withoutCompany;
                else
                    companies.insert(t.company);
            }
        }
    }
    QVERIFY(companies.size() >= 5);
    QVERIFY(withoutCompany > 0);
    for (const QString &company : companies)
        QVERIFY2(supported.contains(QStringLiteral("* ") + company + u'\n'), qPrintable(company));
}

void TestDemoDataGenerator::realShopsShapesAreAFewPercent_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("count");
    for (quint64 seed = 1; seed <= 4; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 300;
    QTest::newRow("seed 99, 3000 orders") << quint64(99) << 3000;
}

void TestDemoDataGenerator::realShopsShapesAreAFewPercent()
{
    QFETCH(quint64, seed);
    QFETCH(int, count);
    const StoreData data = DataGenerator::generate(seed, count, kNow);
    // Orders (and fulfillments) of each shape; every shape there, none common.
    QMap<QString, int> orders;
    int fulfillments = 0;
    int fulfillmentsWithoutLocation = 0;
    for (const Order &o : data.orders) {
        auto any = [&o](auto fits) {
            return std::any_of(o.lineItems.cbegin(), o.lineItems.cend(), fits);
        };
        orders[QStringLiteral("tracked item without SKU")] += any([&](const LineItem &l) {
            return l.variant >= 0 && data.variants[l.variant].tracked && l.sku.isNull();
        });
        orders[QStringLiteral("item without barcode")] += any([&](const LineItem &l) {
            return l.variant >= 0 && !l.giftCard && data.variants[l.variant].barcode.isNull();
        });
        orders[QStringLiteral("custom line item")] += any(
            [](const LineItem &l) { return l.custom && l.variant < 0 && l.sku.isNull(); });
        orders[QStringLiteral("gift card")] += any(
            [](const LineItem &l) { return l.giftCard && !l.requiresShipping; });
        orders[QStringLiteral("no customer, no email")] += o.customer < 0 && o.email.isNull();
        orders[QStringLiteral("test order")] += o.test;
        orders[QStringLiteral("local pickup")]
            += std::any_of(o.fulfillmentOrders.cbegin(),
                           o.fulfillmentOrders.cend(),
                           [](const FulfillmentOrder &fo) {
                               return fo.deliveryMethod == demostore::DeliveryMethod::PickUp;
                           });
        orders[QStringLiteral("customer known by email only")]
            += o.customer >= 0 && !data.customers[o.customer].hasName();
        for (const Fulfillment &f : o.fulfillments) {
            ++fulfillments;
            fulfillmentsWithoutLocation += f.locationUnknown;
        }
        // Gift cards need no delivery; pickups and gift cards alone no shipping address.
        for (const FulfillmentOrder &fo : o.fulfillmentOrders) {
            for (const FulfillmentOrderLineItem &line : fo.lineItems) {
                QCOMPARE(o.lineItems[line.lineItem].giftCard,
                         fo.deliveryMethod == demostore::DeliveryMethod::None);
            }
            if (fo.deliveryMethod == demostore::DeliveryMethod::PickUp) {
                QVERIFY(!o.hasShippingAddress);
                QVERIFY(!data.locations[fo.location].isFulfillmentService());
            }
        }
        QCOMPARE(o.hasShippingAddress,
                 std::none_of(o.fulfillmentOrders.cbegin(),
                              o.fulfillmentOrders.cend(),
                              [](const FulfillmentOrder &fo) {
                                  return fo.deliveryMethod == demostore::DeliveryMethod::PickUp;
                              })
                     && o.requiresShipping());
        // Nothing collected or sent digitally has tracking numbers.
        for (const Fulfillment &f : o.fulfillments) {
            for (const FulfillmentLineItem &line : f.lineItems) {
                if (o.fulfillmentOrders[line.fulfillmentOrder].deliveryMethod
                    != demostore::DeliveryMethod::Shipping)
                    QVERIFY(f.tracking.isEmpty());
            }
        }
    }
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        const QString what = it.key() + QStringLiteral(": %1 of %2").arg(it.value()).arg(count);
        QVERIFY2(it.value() > 0, qPrintable(what));
        // A realistic minority: a few percent (gift cards and missing barcodes a bit more).
        QVERIFY2(it.value() * 100 < count * 15, qPrintable(what));
    }
    QVERIFY(fulfillmentsWithoutLocation > 0 && fulfillmentsWithoutLocation * 100 < fulfillments * 5);
}

void TestDemoDataGenerator::notableOrdersAreWhereTheySay()
{
    const StoreData data = DataGenerator::generate(5, 120, kNow);
    const NotableOrders &notable = data.notable;
    const Timestamp now = kNow.toSecsSinceEpoch();
    // Six shipments, one of them in five parcels each with a URL, and more to ship.
    const Order &many = data.orders.value(notable.manyShipments);
    QCOMPARE(many.fulfillments.size(), 6);
    QCOMPARE(std::count_if(many.fulfillments.cbegin(),
                           many.fulfillments.cend(),
                           [](const Fulfillment &f) {
                               return f.tracking.size() == 5
                                      && std::all_of(f.tracking.cbegin(),
                                                     f.tracking.cend(),
                                                     [](const TrackingInfo &t) {
                                                         return !t.url.isEmpty();
                                                     });
                           }),
             1);
    QVERIFY(many.fulfillmentOrders.first().remainingQuantity() > 0 && !many.isClosed());
    // Wholesale: more than a page of lines, at one location, open.
    const Order &wholesale = data.orders.value(notable.wholesale);
    QVERIFY(wholesale.lineItems.size() > 260);
    QCOMPARE(wholesale.fulfillmentOrders.size(), 1);
    QCOMPARE(wholesale.displayFulfillmentStatus, OrderFulfillmentStatus::Unfulfilled);
    // Open, 61 to 120 days old.
    QCOMPARE(notable.olderThan60Days.size(), 3);
    for (const int index : notable.olderThan60Days) {
        const Order &old = data.orders[index];
        QVERIFY(old.createdAt < now - 61 * 86400 && old.createdAt >= now - 120 * 86400);
        QVERIFY(!old.isClosed() && !old.isCancelled());
        QVERIFY(old.displayFulfillmentStatus == OrderFulfillmentStatus::Unfulfilled
                || old.displayFulfillmentStatus == OrderFulfillmentStatus::PartiallyFulfilled);
    }
    // The newest two, routed a few seconds after `now`.
    QCOMPARE(notable.awaitingRouting, (QList<int>{118, 119}));
    for (const int index : notable.awaitingRouting) {
        const Order &order = data.orders[index];
        QVERIFY(order.awaitingFulfillmentOrders && order.fulfillmentOrders.isEmpty());
        QVERIFY(order.createdAt > now - 60);
    }
    QCOMPARE(data.pendingRoutings.size(), 2);
    // Gift cards alone, and two pickups: one to prepare, one ready.
    QVERIFY(!data.orders.value(notable.giftCardsOnly).requiresShipping());
    QCOMPARE(data.orders.value(notable.pickupToPrepare).fulfillmentOrders.value(0).status,
             FulfillmentOrderStatus::Open);
    QCOMPARE(data.orders.value(notable.readyForPickup).fulfillmentOrders.value(0).status,
             FulfillmentOrderStatus::InProgress);
    // A store too small for them has none.
    const StoreData tiny = DataGenerator::generate(5, 7, kNow);
    QCOMPARE(tiny.notable.wholesale, -1);
    QVERIFY(tiny.notable.olderThan60Days.isEmpty() && tiny.pendingRoutings.isEmpty());
}

// How fast is a benchmark's business (tests/bench); here only that a big store is whole.
void TestDemoDataGenerator::generatesAHundredThousandOrders()
{
    const StoreData data = DataGenerator::generate(42, 100000, kNow);
    QCOMPARE(data.orders.size(), 100000);
    QCOMPARE(data.orders.last().name(), QStringLiteral("#101000"));
}

void TestDemoDataGenerator::writesTimesAndMoneyAsShopifyDoes()
{
    // The hand-written date formatting agrees with Qt's over two centuries, leap days included.
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        const qint64 t = qint64(random.bounded(Q_INT64_C(7258118400))); // 1970 to 2200
        const QString expected = QDateTime::fromSecsSinceEpoch(t).toUTC().toString(Qt::ISODate);
        QCOMPARE(StoreJson::dateTime(t), expected);
    }
    QCOMPARE(StoreJson::dateTime(951782400), QStringLiteral("2000-02-29T00:00:00Z"));
    QCOMPARE(StoreJson::dateTime(-1), QStringLiteral("1969-12-31T23:59:59Z"));

    // Decimal amounts: at least one decimal, trailing zeros dropped.
    const QString dkk = QStringLiteral("DKK");
    QCOMPARE(StoreJson::decimal(12995, dkk), QStringLiteral("129.95"));
    QCOMPARE(StoreJson::decimal(12990, dkk), QStringLiteral("129.9"));
    QCOMPARE(StoreJson::decimal(20000, dkk), QStringLiteral("200.0"));
    QCOMPARE(StoreJson::decimal(5, dkk), QStringLiteral("0.05"));
    QCOMPARE(StoreJson::decimal(0, dkk), QStringLiteral("0.0"));
    QCOMPARE(StoreJson::decimal(-150, dkk), QStringLiteral("-1.5"));
    QCOMPARE(StoreJson::decimal(500, QStringLiteral("JPY")), QStringLiteral("500.0"));

    QCOMPARE(StoreJson::gid(u"Order", 42), QStringLiteral("gid://shopify/Order/42"));
    QCOMPARE(StoreJson::idFromGid(u"gid://shopify/Order/42", u"Order"), std::optional<qint64>(42));
    QVERIFY(!StoreJson::idFromGid(u"gid://shopify/Product/42", u"Order"));
    QVERIFY(!StoreJson::idFromGid(u"gid://shopify/Order/x", u"Order"));
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
