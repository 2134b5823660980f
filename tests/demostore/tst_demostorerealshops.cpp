// What a real shop sends that a store written with the client's assumptions would not, served
// by the demo store over HTTP and checked against Shopify's schema with check-response:
// missing SKUs and barcodes, custom line items, gift cards that need no shipping, local
// pickups, test orders, fulfillments without a location, guests without email; protected
// customer data denied field by field (data and errors in one answer); plain lists cut at
// the size asked for; the 60-day window without read_all_orders, moving with the clock;
// fulfillment orders that appear seconds after the order; "ready for pickup"; and the
// schema's limit of 512 line items per fulfillment order.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreCommandLine.h"
#include "core/demostore/StoreJson.h"
#include "tests/demostore/DemoOperations.h"
#include "tests/testlib/DemoClient.h"
#include "tests/testlib/SchemaTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>

using namespace demostore;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);
constexpr qint64 kDay = 86400;

DemoStoreConfig configWith()
{
    DemoStoreConfig config;
    config.now = kNow;
    config.clockRuns = false; // only advance() moves it
    config.throttling = false;
    config.maxQueryCost = 100000000; // whole orders in one answer
    return config;
}

QString operationsFile()
{
    return SchemaTools::fixturePath(QStringLiteral("demostore/real-shops.graphql"));
}

QString operations()
{
    return QString::fromUtf8(SchemaTools::fixture(QStringLiteral("demostore/real-shops.graphql")));
}

QString orderGid(const Order &order)
{
    return StoreJson::gid(u"Order", order.id);
}

QString fulfillmentOrderGid(const FulfillmentOrder &fulfillmentOrder)
{
    return StoreJson::gid(u"FulfillmentOrder", fulfillmentOrder.id);
}

QJsonArray nodesOf(const QJsonValue &connection)
{
    return connection[QStringLiteral("nodes")].toArray();
}

QJsonArray errorsOf(const DemoClient::Response &response)
{
    return response.json[QStringLiteral("errors")].toArray();
}

// The errors by their path, written "orders.nodes.3.email".
QHash<QString, QJsonObject> errorsByPath(const DemoClient::Response &response)
{
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &error : errorsOf(response)) {
        QStringList path;
        for (const QJsonValue &part : error[QStringLiteral("path")].toArray())
            path.append(part.isDouble() ? QString::number(part.toInt()) : part.toString());
        byPath.insert(path.join(u'.'), error.toObject());
    }
    return byPath;
}

} // namespace

class TestDemoStoreRealShops final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void servesTheShapesOfRealShops();
    void deniesProtectedCustomerData_data();
    void deniesProtectedCustomerData();
    void commandLineSetsCustomerDataAccess();
    void cutsPlainListsAtTheSizeAsked();
    void showsOnlySixtyDaysWithoutReadAllOrders();
    void theWindowMovesWithTheClock();
    void routesNewOrdersSecondsLater();
    void preparesLocalPickups();
    void refusesMoreThan512LineItemsPerFulfillmentOrder();

private:
    DemoClient &startStore(const DemoStoreConfig &config);
    const StoreData &data() const { return m_store->data(); }
    // The first order that fits, its position; fails the test when there is none.
    int findOrder(const std::function<bool(const Order &)> &fits, const char *what) const;
    DemoClient::Response post(const QString &operation, const QJsonObject &variables);
    // check-response on an answer to one of the fixture's operations.
    void checkShape(const QString &operation,
                    const QJsonObject &variables,
                    const DemoClient::Response &response);

    std::unique_ptr<DemoStore> m_store;
    std::unique_ptr<DemoClient> m_client;
};

void TestDemoStoreRealShops::initTestCase()
{
    // The fixture's operations are valid against Shopify's schema.
    const auto outcome = SchemaTools::validateGraphql({operationsFile()});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));
}

void TestDemoStoreRealShops::cleanup()
{
    m_client.reset();
    m_store.reset();
}

DemoClient &TestDemoStoreRealShops::startStore(const DemoStoreConfig &config)
{
    m_client.reset();
    m_store = std::make_unique<DemoStore>(config);
    QString error;
    if (!m_store->start(&error))
        qFatal("the demo store did not start: %s", qPrintable(error));
    m_client = std::make_unique<DemoClient>(m_store->graphqlUrl());
    return *m_client;
}

int TestDemoStoreRealShops::findOrder(const std::function<bool(const Order &)> &fits,
                                      const char *what) const
{
    for (int i = 0; i < data().orders.size(); ++i) {
        if (fits(data().orders[i]))
            return i;
    }
    qFatal("no generated order is %s", what);
}

DemoClient::Response TestDemoStoreRealShops::post(const QString &operation,
                                                  const QJsonObject &variables)
{
    static const QString document = operations();
    return m_client->post(document, variables, operation);
}

void TestDemoStoreRealShops::checkShape(const QString &operation,
                                        const QJsonObject &variables,
                                        const DemoClient::Response &response)
{
    const auto outcome
        = SchemaTools::checkResponse(operationsFile(), operation, variables, response.body);
    QVERIFY2(outcome.exitCode == 0,
             qPrintable(outcome.output + QStringLiteral("\n")
                        + QString::fromUtf8(response.body.left(3000))));
}

void TestDemoStoreRealShops::servesTheShapesOfRealShops()
{
    startStore(configWith());
    const StoreData &store = data();
    const NotableOrders &notable = store.notable;
    QVERIFY(notable.wholesale >= 0 && notable.manyShipments >= 0 && notable.giftCardsOnly >= 0
            && notable.readyForPickup >= 0 && notable.pickupToPrepare >= 0);

    auto variantOf = [&store](const LineItem &item) -> const Variant * {
        return item.variant >= 0 ? &store.variants[item.variant] : nullptr;
    };
    auto anyLine = [](const Order &o, const std::function<bool(const LineItem &)> &fits) {
        return std::any_of(o.lineItems.cbegin(), o.lineItems.cend(), fits);
    };
    const int custom = findOrder(
        [&](const Order &o) { return anyLine(o, [](const LineItem &l) { return l.custom; }); },
        "with a custom line item");
    const int noSku = findOrder(
        [&](const Order &o) {
            return anyLine(o, [&](const LineItem &l) {
                return variantOf(l) && variantOf(l)->tracked && l.sku.isNull();
            });
        },
        "with a tracked item without SKU");
    const int noBarcode = findOrder(
        [&](const Order &o) {
            return anyLine(o, [&](const LineItem &l) {
                return variantOf(l) && !variantOf(l)->giftCard && variantOf(l)->barcode.isNull();
            });
        },
        "with an item without barcode");
    const int test = findOrder([](const Order &o) { return o.test; }, "a test order");
    const int guest = findOrder([](const Order &o) { return o.customer < 0 && o.email.isNull(); },
                                "a guest without email");
    const int unknownLocation = findOrder(
        [](const Order &o) {
            return std::any_of(o.fulfillments.cbegin(),
                               o.fulfillments.cend(),
                               [](const Fulfillment &f) { return f.locationUnknown; });
        },
        "with a fulfillment whose location is null");
    const int holdWithoutNotes = findOrder(
        [](const Order &o) {
            for (const FulfillmentOrder &fo : o.fulfillmentOrders) {
                for (const FulfillmentHold &hold : fo.holds) {
                    if (hold.reasonNotes.isNull())
                        return true;
                }
            }
            return false;
        },
        "held without notes");
    const QList<int> chosen{custom,
                            noSku,
                            noBarcode,
                            test,
                            guest,
                            unknownLocation,
                            holdWithoutNotes,
                            notable.giftCardsOnly,
                            notable.readyForPickup,
                            notable.pickupToPrepare,
                            notable.wholesale,
                            notable.olderThan60Days.first()};
    QJsonArray ids;
    for (const int index : chosen)
        ids.append(orderGid(store.orders[index]));
    const QJsonObject variables{{QStringLiteral("ids"), ids}};
    const auto r = post(QStringLiteral("RealShapes"), variables);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(errorsOf(r).isEmpty(), r.body.left(2000).constData());
    checkShape(QStringLiteral("RealShapes"), variables, r);

    const QJsonArray nodes = r.json[QStringLiteral("data")][QStringLiteral("nodes")].toArray();
    QCOMPARE(nodes.size(), chosen.size());
    // Each order as Shopify would show it: what the data says, null where it has nothing.
    for (int n = 0; n < chosen.size(); ++n) {
        const Order &order = store.orders[chosen[n]];
        const QJsonObject json = nodes[n].toObject();
        const QString where = order.name();
        QCOMPARE(json[QStringLiteral("name")].toString(), where);
        QCOMPARE(json[QStringLiteral("test")].toBool(), order.test);
        QCOMPARE(json[QStringLiteral("requiresShipping")].toBool(), order.requiresShipping());
        QCOMPARE(json[QStringLiteral("email")].isNull(), order.email.isNull());
        QCOMPARE(json[QStringLiteral("customer")].isNull(), order.customer < 0);
        QCOMPARE(json[QStringLiteral("shippingAddress")].isNull(), !order.hasShippingAddress);
        QVERIFY(json[QStringLiteral("billingAddress")].isObject());

        const QJsonArray lines = nodesOf(json[QStringLiteral("lineItems")]);
        QCOMPARE(lines.size(), std::min<qsizetype>(order.lineItems.size(), 250));
        QCOMPARE(json[QStringLiteral("lineItems")][QStringLiteral("pageInfo")]
                     [QStringLiteral("hasNextPage")]
                         .toBool(),
                 order.lineItems.size() > 250);
        QHash<QString, const LineItem *> lineById;
        for (int l = 0; l < lines.size(); ++l) {
            const LineItem &item = order.lineItems[l];
            const QJsonObject line = lines[l].toObject();
            lineById.insert(line[QStringLiteral("id")].toString(), &item);
            QCOMPARE(line[QStringLiteral("sku")].isNull(), item.sku.isNull());
            QCOMPARE(line[QStringLiteral("variantTitle")].isNull(), item.variantTitle.isEmpty());
            QCOMPARE(line[QStringLiteral("isGiftCard")].toBool(), item.giftCard);
            QCOMPARE(line[QStringLiteral("requiresShipping")].toBool(), !item.giftCard);
            const Variant *variant = item.custom ? nullptr : variantOf(item);
            QCOMPARE(line[QStringLiteral("variant")].isNull(), variant == nullptr);
            QCOMPARE(line[QStringLiteral("product")].isNull(), variant == nullptr);
            if (!variant)
                continue;
            const QJsonObject v = line[QStringLiteral("variant")].toObject();
            QCOMPARE(v[QStringLiteral("sku")].isNull(), variant->sku.isNull());
            QCOMPARE(v[QStringLiteral("barcode")].toString(), variant->barcode);
            QCOMPARE(v[QStringLiteral("barcode")].isNull(), variant->barcode.isNull());
            const QJsonObject inventoryItem = v[QStringLiteral("inventoryItem")].toObject();
            QCOMPARE(inventoryItem[QStringLiteral("sku")].isNull(), variant->sku.isNull());
            QCOMPARE(inventoryItem[QStringLiteral("tracked")].toBool(), variant->tracked);
            QCOMPARE(inventoryItem[QStringLiteral("requiresShipping")].toBool(), !variant->giftCard);
        }

        // Fulfillment orders: how each is delivered; custom items have no inventory item.
        const QJsonArray fulfillmentOrders = nodesOf(json[QStringLiteral("fulfillmentOrders")]);
        QCOMPARE(fulfillmentOrders.size(), order.fulfillmentOrders.size());
        for (int f = 0; f < fulfillmentOrders.size(); ++f) {
            const FulfillmentOrder &fo = order.fulfillmentOrders[f];
            const QJsonObject foJson = fulfillmentOrders[f].toObject();
            QCOMPARE(foJson[QStringLiteral("deliveryMethod")][QStringLiteral("methodType")]
                         .toString(),
                     shopifyName(fo.deliveryMethod));
            for (const QJsonValue &foLine : nodesOf(foJson[QStringLiteral("lineItems")])) {
                const LineItem *item = lineById.value(
                    foLine[QStringLiteral("lineItem")][QStringLiteral("id")].toString());
                if (!item)
                    continue; // beyond the first 250 lines
                QCOMPARE(foLine[QStringLiteral("sku")].isNull(), item->sku.isNull());
                QCOMPARE(foLine[QStringLiteral("inventoryItemId")].isNull(),
                         item->custom || item->variant < 0);
                QCOMPARE(foLine[QStringLiteral("requiresShipping")].toBool(), !item->giftCard);
            }
            for (int h = 0; h < fo.holds.size(); ++h) {
                QCOMPARE(foJson[QStringLiteral("fulfillmentHolds")][h]
                               [QStringLiteral("reasonNotes")]
                                   .isNull(),
                         fo.holds[h].reasonNotes.isNull());
            }
        }
        const QJsonArray fulfillments = json[QStringLiteral("fulfillments")].toArray();
        QCOMPARE(fulfillments.size(), std::min<qsizetype>(order.fulfillments.size(), 10));
        for (int f = 0; f < fulfillments.size(); ++f) {
            QCOMPARE(fulfillments[f][QStringLiteral("location")].isNull(),
                     order.fulfillments[f].locationUnknown);
        }
        Q_UNUSED(where);
    }

    // The shapes themselves, as the data says they are.
    const Order &giftCards = store.orders[notable.giftCardsOnly];
    QVERIFY(!giftCards.requiresShipping() && !giftCards.hasShippingAddress);
    for (const FulfillmentOrder &fo : giftCards.fulfillmentOrders)
        QCOMPARE(fo.deliveryMethod, demostore::DeliveryMethod::None);
    for (const int index : {notable.readyForPickup, notable.pickupToPrepare}) {
        const Order &pickup = store.orders[index];
        QVERIFY(!pickup.hasShippingAddress);
        QCOMPARE(pickup.fulfillmentOrders.size(), 1);
        QCOMPARE(pickup.fulfillmentOrders[0].deliveryMethod, demostore::DeliveryMethod::PickUp);
        QVERIFY(!store.locations[pickup.fulfillmentOrders[0].location].isFulfillmentService());
    }
    QCOMPARE(store.orders[notable.readyForPickup].fulfillmentOrders[0].status,
             FulfillmentOrderStatus::InProgress);
    QCOMPARE(store.orders[notable.pickupToPrepare].fulfillmentOrders[0].status,
             FulfillmentOrderStatus::Open);
    const Order &wholesale = store.orders[notable.wholesale];
    QVERIFY(wholesale.lineItems.size() > 260);
    QCOMPARE(wholesale.fulfillmentOrders.size(), 1);
    QCOMPARE(wholesale.fulfillmentOrders[0].lineItems.size(), wholesale.lineItems.size());
    QVERIFY(!wholesale.isClosed() && !wholesale.isCancelled());
    QVERIFY(!wholesale.shippingAddress.company.isEmpty());
}

void TestDemoStoreRealShops::deniesProtectedCustomerData_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("fields");
    QTest::newRow("no customer data") << QStringLiteral("none") << QString();
    QTest::newRow("level 1 without level 2") << QStringLiteral("level1") << QString();
    // Shopify's own example: approved for names and email, not phone and address.
    QTest::newRow("level 2, name and email")
        << QStringLiteral("level2") << QStringLiteral("name,email");
}

void TestDemoStoreRealShops::deniesProtectedCustomerData()
{
    QFETCH(QString, level);
    QFETCH(QString, fields);
    DemoStoreConfig config = configWith();
    const auto access = CustomerDataAccess::parse(level, fields);
    QVERIFY(access);
    config.customerData = *access;
    startStore(config);
    const int count = 40;
    const QJsonObject variables{{QStringLiteral("first"), count}};
    const auto r = post(QStringLiteral("CustomerData"), variables);
    QCOMPARE(r.httpStatus, 200);
    // Both data and errors, the data valid for the schema: the rest of each order stays.
    checkShape(QStringLiteral("CustomerData"), variables, r);
    const QJsonArray nodes = nodesOf(r.json[QStringLiteral("data")][QStringLiteral("orders")]);
    QCOMPARE(nodes.size(), count);
    const QHash<QString, QJsonObject> errors = errorsByPath(r);
    QCOMPARE(errors.size(), errorsOf(r).size()); // one error per denied field

    // Every error as Shopify shapes it, with the code a client can tell it by.
    for (const QJsonObject &error : errors) {
        QVERIFY(error[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("This app is not approved to ")));
        QVERIFY(error[QStringLiteral("message")].toString().contains(
            QStringLiteral("/customer_data for more details.")));
        QCOMPARE(error[QStringLiteral("extensions")][QStringLiteral("code")].toString(),
                 QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(error[QStringLiteral("locations")].toArray().size(), 1);
    }
    QCOMPARE(m_store->stats().accessDenied.load(), qint64(errors.size()));

    // Which fields are denied, order by order, and what stays.
    auto deniedAt = [&errors](const QString &path) { return errors.value(path); };
    int customersSeen = 0;
    int namelessSeen = 0;
    for (int i = 0; i < count; ++i) {
        const QJsonObject node = nodes[i].toObject();
        const Order &order = data().orders[i];
        const QString at = QStringLiteral("orders.nodes.%1.").arg(i);
        QCOMPARE(node[QStringLiteral("name")].toString(), order.name()); // not protected
        const bool email = access->customerData && access->email;
        QCOMPARE(node[QStringLiteral("email")].isNull(), !email || order.email.isNull());
        QCOMPARE(deniedAt(at + QStringLiteral("email")).isEmpty(), email);
        if (!email) {
            QCOMPARE(deniedAt(at + QStringLiteral("email"))[QStringLiteral("message")].toString(),
                     QStringLiteral("This app is not approved to use the email field. See "
                                    "https://partners.shopify.com/1234567/apps/7654321/"
                                    "customer_data for more details."));
        }
        QCOMPARE(deniedAt(at + QStringLiteral("phone")).isEmpty(), access->phone);

        const QJsonValue customer = node[QStringLiteral("customer")];
        if (order.customer < 0) {
            QVERIFY(customer.isNull()); // nobody: nothing to deny
            QVERIFY(deniedAt(at + QStringLiteral("customer")).isEmpty());
        } else if (!access->customerData) {
            QVERIFY(customer.isNull());
            QCOMPARE(deniedAt(at + QStringLiteral("customer"))[QStringLiteral("message")].toString(),
                     QStringLiteral("This app is not approved to access the Customer object. See "
                                    "https://partners.shopify.com/1234567/apps/7654321/"
                                    "customer_data for more details."));
        } else {
            ++customersSeen;
            const Customer &who = data().customers[order.customer];
            namelessSeen += !who.hasName();
            QCOMPARE(customer[QStringLiteral("id")].toString(), StoreJson::gid(u"Customer", who.id));
            QCOMPARE(customer[QStringLiteral("firstName")].isNull(), !access->name);
            QCOMPARE(deniedAt(at + QStringLiteral("customer.firstName")).isEmpty(), access->name);
            QCOMPARE(customer[QStringLiteral("email")].isNull(), !access->email);
            QCOMPARE(deniedAt(at + QStringLiteral("customer.phone")).isEmpty(), access->phone);
            // A name the app may not read, or an address standing in for one, shows as dots.
            const bool readable = who.hasName() ? access->name : access->email;
            QCOMPARE(customer[QStringLiteral("displayName")].toString(),
                     readable ? who.displayName() : QStringLiteral("\u2022\u2022\u2022"));
        }

        const QJsonValue address = node[QStringLiteral("shippingAddress")];
        if (!order.hasShippingAddress) {
            QVERIFY(address.isNull());
        } else if (!access->customerData) {
            QVERIFY(address.isNull());
            QVERIFY(deniedAt(at + QStringLiteral("shippingAddress"))[QStringLiteral("message")]
                        .toString()
                        .contains(QStringLiteral("access the MailingAddress object")));
        } else {
            // City, country and company identify nobody; names and the street do.
            QCOMPARE(address[QStringLiteral("city")].toString(), order.shippingAddress.city);
            QCOMPARE(address[QStringLiteral("countryCodeV2")].toString(),
                     order.shippingAddress.countryCode);
            QCOMPARE(address[QStringLiteral("name")].isNull(), !access->name);
            QCOMPARE(address[QStringLiteral("address1")].isNull(), !access->address);
            QCOMPARE(address[QStringLiteral("zip")].isNull(), !access->address);
            QCOMPARE(deniedAt(at + QStringLiteral("shippingAddress.address1")).isEmpty(),
                     access->address);
            QCOMPARE(deniedAt(at
                              + QStringLiteral("shippingAddress.name"))[QStringLiteral("message")]
                         .toString()
                         .contains(QStringLiteral("use the name field")),
                     !access->name);
        }
    }
    if (access->customerData)
        QVERIFY(customersSeen > 0);
    Q_UNUSED(namelessSeen);

    // Approved for everything again: no errors at all.
    m_store->setCustomerDataAccess(CustomerDataAccess::full());
    QVERIFY(errorsOf(post(QStringLiteral("CustomerData"), variables)).isEmpty());
}

void TestDemoStoreRealShops::commandLineSetsCustomerDataAccess()
{
    auto parsed = [](const QStringList &options) {
        DemoStoreCommandLine commandLine;
        const auto outcome = commandLine.parse(QStringList{QStringLiteral("smidig-demostore")}
                                                   + options,
                                               QProcessEnvironment());
        return std::pair{outcome, commandLine};
    };
    QCOMPARE(parsed({}).second.config().customerData, CustomerDataAccess::full());
    QCOMPARE(parsed({QStringLiteral("--customer-data"), QStringLiteral("none")})
                 .second.config()
                 .customerData,
             CustomerDataAccess::none());
    QCOMPARE(parsed({QStringLiteral("--customer-data"), QStringLiteral("level1")})
                 .second.config()
                 .customerData,
             CustomerDataAccess::level1());
    CustomerDataAccess nameAndEmail = CustomerDataAccess::level1();
    nameAndEmail.name = nameAndEmail.email = true;
    QCOMPARE(parsed({QStringLiteral("--customer-fields"), QStringLiteral("email,name")})
                 .second.config()
                 .customerData,
             nameAndEmail);
    const auto wrongLevel = parsed({QStringLiteral("--customer-data"), QStringLiteral("level3")});
    QCOMPARE(wrongLevel.first, DemoStoreCommandLine::Outcome::Error);
    QVERIFY2(wrongLevel.second.errorText().startsWith(
                 QStringLiteral("Invalid value for --customer-data: 'level3'")),
             qPrintable(wrongLevel.second.errorText()));
    const auto wrongField = parsed({QStringLiteral("--customer-fields"), QStringLiteral("age")});
    QCOMPARE(wrongField.first, DemoStoreCommandLine::Outcome::Error);
    QVERIFY2(wrongField.second.errorText().startsWith(
                 QStringLiteral("Invalid value for --customer-fields: 'age'")),
             qPrintable(wrongField.second.errorText()));
    // The window's scope is granted unless --scopes leaves it out.
    QVERIFY(parsed({}).second.config().grantedScopes.contains(QStringLiteral("read_all_orders")));
}

void TestDemoStoreRealShops::cutsPlainListsAtTheSizeAsked()
{
    startStore(configWith());
    const int index = data().notable.manyShipments;
    QVERIFY(index >= 0);
    const Order &order = data().orders[index];
    // Six shipments, the fourth in five parcels each with its URL, and more to ship.
    QCOMPARE(order.fulfillments.size(), 6);
    QCOMPARE(order.fulfillments[3].tracking.size(), 5);
    for (const TrackingInfo &parcel : order.fulfillments[3].tracking)
        QVERIFY(!parcel.number.isEmpty() && parcel.url.startsWith(QStringLiteral("https://")));
    QCOMPARE(order.displayFulfillmentStatus, OrderFulfillmentStatus::PartiallyFulfilled);
    QVERIFY(!order.isClosed() && !order.isCancelled());

    struct Sizes
    {
        int fulfillments;
        int trackingInfo;
    };
    for (const Sizes sizes : {Sizes{3, 2}, Sizes{4, 2}, Sizes{6, 5}, Sizes{10, 10}}) {
        const QJsonObject variables{{QStringLiteral("id"), orderGid(order)},
                                    {QStringLiteral("fulfillments"), sizes.fulfillments},
                                    {QStringLiteral("trackingInfo"), sizes.trackingInfo}};
        const auto r = post(QStringLiteral("ListsCut"), variables);
        checkShape(QStringLiteral("ListsCut"), variables, r);
        // The first N, nothing to say there were more: a plain list, no pageInfo.
        const QJsonArray fulfillments = r.json[QStringLiteral("data")][QStringLiteral("order")]
                                              [QStringLiteral("fulfillments")]
                                                  .toArray();
        QCOMPARE(fulfillments.size(), std::min(sizes.fulfillments, 6));
        for (int f = 0; f < fulfillments.size(); ++f) {
            const QJsonArray tracking = fulfillments[f][QStringLiteral("trackingInfo")].toArray();
            const QList<TrackingInfo> &stored = order.fulfillments[f].tracking;
            QCOMPARE(tracking.size(), std::min<qsizetype>(sizes.trackingInfo, stored.size()));
            for (int t = 0; t < tracking.size(); ++t) {
                QCOMPARE(tracking[t][QStringLiteral("number")].toString(), stored[t].number);
                QCOMPARE(tracking[t][QStringLiteral("url")].toString(), stored[t].url);
            }
        }
    }
}

void TestDemoStoreRealShops::showsOnlySixtyDaysWithoutReadAllOrders()
{
    DemoStoreConfig config = configWith();
    config.grantedScopes = AccessScopes::smidigScopes(); // read_all_orders not among them
    startStore(config);
    const QList<int> old = data().notable.olderThan60Days;
    QCOMPARE(old.size(), 3);
    const Timestamp now = kNow.toSecsSinceEpoch();
    int outside = 0;
    for (const Order &order : data().orders)
        outside += order.createdAt < now - 60 * kDay;
    QCOMPARE(outside, old.size());
    for (const int index : old) {
        const Order &order = data().orders[index];
        // Open backorders and pre-orders, 61 to 120 days old.
        QVERIFY(order.createdAt >= now - 120 * kDay && order.createdAt < now - 61 * kDay);
        QVERIFY(!order.isClosed() && !order.isCancelled());
        QVERIFY(order.displayFulfillmentStatus == OrderFulfillmentStatus::Unfulfilled
                || order.displayFulfillmentStatus == OrderFulfillmentStatus::PartiallyFulfilled);
    }
    const Order &oldOrder = data().orders[old.first()];
    const Order &recent = data().orders[data().notable.pickupToPrepare];

    // Problems with the answer are noted in `problems`, the data returned.
    QStringList problems;
    auto ask = [&](const Order &order) {
        const QJsonObject variables{{QStringLiteral("id"), orderGid(order)},
                                    {QStringLiteral("fulfillmentOrderId"),
                                     fulfillmentOrderGid(order.fulfillmentOrders[0])},
                                    {QStringLiteral("ids"), QJsonArray{orderGid(order)}}};
        const auto r = post(QStringLiteral("Window"), variables);
        checkShape(QStringLiteral("Window"), variables, r);
        if (!errorsOf(r).isEmpty())
            problems.append(QString::fromUtf8(r.body));
        return r.json[QStringLiteral("data")].toObject();
    };
    // Outside the window an order is as if it did not exist: null, like an unknown id.
    QJsonObject answer = ask(oldOrder);
    QVERIFY(answer[QStringLiteral("order")].isNull());
    QVERIFY(answer[QStringLiteral("fulfillmentOrder")].isNull());
    QVERIFY(answer[QStringLiteral("nodes")][0].isNull());
    QCOMPARE(answer[QStringLiteral("ordersCount")][QStringLiteral("count")].toInt(),
             data().orders.size() - old.size());
    QSet<QString> listed;
    for (const QJsonValue &node : nodesOf(answer[QStringLiteral("orders")]))
        listed.insert(node[QStringLiteral("id")].toString());
    for (const int index : old)
        QVERIFY(!listed.contains(orderGid(data().orders[index])));
    QVERIFY(listed.contains(orderGid(data().orders[old.last() + 1])));
    // Inside it, everything is there.
    answer = ask(recent);
    QCOMPARE(answer[QStringLiteral("order")][QStringLiteral("name")].toString(), recent.name());
    QVERIFY(answer[QStringLiteral("fulfillmentOrder")].isObject());
    QVERIFY(answer[QStringLiteral("nodes")][0].isObject());

    // The mutations do not find it either; nothing changes.
    const FulfillmentOrder &open = oldOrder.fulfillmentOrders[0];
    const Timestamp updatedAt = oldOrder.updatedAt;
    const auto refused
        = DemoOperations::fulfillmentCreate(*m_client,
                                            {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                              QJsonArray{
                                                  QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                                               fulfillmentOrderGid(open)}}}}});
    const QJsonObject payload = DemoOperations::payload(refused,
                                                        QStringLiteral("fulfillmentCreate"));
    QCOMPARE(payload[QStringLiteral("userErrors")][0][QStringLiteral("message")].toString(),
             QStringLiteral("Fulfillment order does not exist."));
    QCOMPARE(data().orders[old.first()].updatedAt, updatedAt);
    QCOMPARE(m_store->stats().mutationsRefused.load(), qint64(1));

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // With read_all_orders the old orders are back.
    m_store->setGrantedScopes(AccessScopes::defaultGrant());
    answer = ask(oldOrder);
    QCOMPARE(answer[QStringLiteral("order")][QStringLiteral("name")].toString(), oldOrder.name());
    QCOMPARE(answer[QStringLiteral("ordersCount")][QStringLiteral("count")].toInt(),
             data().orders.size());
}

void TestDemoStoreRealShops::theWindowMovesWithTheClock()
{
    DemoStoreConfig config = configWith();
    config.grantedScopes = AccessScopes::smidigScopes();
    startStore(config);
    // The oldest order of the 30-day history: read while it is inside the window...
    const int index = data().notable.olderThan60Days.last() + 1;
    const Order &order = data().orders[index];
    const QJsonObject variables{{QStringLiteral("id"), orderGid(order)},
                                {QStringLiteral("fulfillmentOrderId"),
                                 fulfillmentOrderGid(order.fulfillmentOrders[0])},
                                {QStringLiteral("ids"), QJsonArray{orderGid(order)}}};
    auto found = [&] {
        return post(QStringLiteral("Window"), variables)
            .json[QStringLiteral("data")][QStringLiteral("order")]
            .isObject();
    };
    QVERIFY(found());
    // ... until the store's clock passes 60 days after it was created.
    const qint64 inside = order.createdAt + 60 * kDay - m_store->now().toSecsSinceEpoch();
    m_store->advance(std::chrono::seconds(inside));
    QVERIFY(found());
    m_store->advance(1s);
    QVERIFY(!found());
}

void TestDemoStoreRealShops::routesNewOrdersSecondsLater()
{
    startStore(configWith());
    const QList<int> newest = data().notable.awaitingRouting;
    QCOMPARE(newest.size(), 2);
    QCOMPARE(data().pendingRoutings.size(), 2);
    const Timestamp now = kNow.toSecsSinceEpoch();
    for (const PendingRouting &routing : data().pendingRoutings)
        QVERIFY(routing.at > now && routing.at <= now + 30); // seconds from now

    auto read = [&](const Order &order) {
        const QJsonObject variables{{QStringLiteral("id"), orderGid(order)}};
        const auto r = post(QStringLiteral("Routing"), variables);
        checkShape(QStringLiteral("Routing"), variables, r);
        return r.json[QStringLiteral("data")][QStringLiteral("order")].toObject();
    };
    for (const int index : newest) {
        const Order &order = data().orders[index];
        QVERIFY(order.createdAt > now - 60 && order.createdAt <= now);
        // Not routed yet: no fulfillment orders, everything unfulfilled.
        const QJsonObject before = read(order);
        QVERIFY(nodesOf(before[QStringLiteral("fulfillmentOrders")]).isEmpty());
        QCOMPARE(before[QStringLiteral("displayFulfillmentStatus")].toString(),
                 QStringLiteral("UNFULFILLED"));
        for (const QJsonValue &line : nodesOf(before[QStringLiteral("lineItems")]))
            QCOMPARE(line[QStringLiteral("unfulfilledQuantity")], line[QStringLiteral("quantity")]);
        QCOMPARE(before[QStringLiteral("updatedAt")], before[QStringLiteral("createdAt")]);
    }
    // A few seconds of the store's clock later they are there, and updatedAt says so.
    m_store->advance(30s);
    QVERIFY(data().pendingRoutings.isEmpty());
    for (const int index : newest) {
        const Order &order = data().orders[index];
        const QJsonObject after = read(order);
        const QJsonArray fulfillmentOrders = nodesOf(after[QStringLiteral("fulfillmentOrders")]);
        QVERIFY(!fulfillmentOrders.isEmpty());
        QCOMPARE(fulfillmentOrders[0][QStringLiteral("status")].toString(), QStringLiteral("OPEN"));
        QVERIFY(after[QStringLiteral("updatedAt")].toString()
                > after[QStringLiteral("createdAt")].toString());
        QCOMPARE(after[QStringLiteral("updatedAt")],
                 fulfillmentOrders[0][QStringLiteral("createdAt")]);
    }
}

void TestDemoStoreRealShops::preparesLocalPickups()
{
    startStore(configWith());
    const int index = data().notable.pickupToPrepare;
    const FulfillmentOrder pickup = data().orders[index].fulfillmentOrders[0];
    QCOMPARE(pickup.deliveryMethod, demostore::DeliveryMethod::PickUp);
    QCOMPARE(pickup.status, FulfillmentOrderStatus::Open);
    auto prepare = [&](const QList<qint64> &ids) {
        QJsonArray entries;
        for (const qint64 id : ids)
            entries.append(QJsonObject{
                {QStringLiteral("fulfillmentOrderId"), StoreJson::gid(u"FulfillmentOrder", id)}});
        const QJsonObject variables{
            {QStringLiteral("input"),
             QJsonObject{{QStringLiteral("lineItemsByFulfillmentOrder"), entries}}}};
        const auto r = post(QStringLiteral("PreparedForPickup"), variables);
        checkShape(QStringLiteral("PreparedForPickup"), variables, r);
        return r
            .json[QStringLiteral("data")][QStringLiteral(
                "fulfillmentOrderLineItemsPreparedForPickup")][QStringLiteral("userErrors")]
            .toArray();
    };
    auto statusOf = [&](qint64 id) {
        const QJsonObject variables{{QStringLiteral("id"), StoreJson::gid(u"FulfillmentOrder", id)}};
        const auto r = post(QStringLiteral("Pickup"), variables);
        checkShape(QStringLiteral("Pickup"), variables, r);
        return r.json[QStringLiteral("data")][QStringLiteral("fulfillmentOrder")].toObject();
    };
    const int shipping = findOrder(
        [](const Order &o) {
            return o.fulfillmentOrders.size() == 1
                   && o.fulfillmentOrders[0].deliveryMethod == demostore::DeliveryMethod::Shipping
                   && o.fulfillmentOrders[0].status == FulfillmentOrderStatus::Open
                   && o.createdAt > kNow.toSecsSinceEpoch() - 30 * kDay;
        },
        "to be shipped");
    const qint64 parcels = data().orders[shipping].fulfillmentOrders[0].id;

    // Refused, all or nothing: one that is shipped, one that does not exist.
    QJsonArray errors = prepare({pickup.id, parcels, 42});
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0][QStringLiteral("code")].toString(),
             QStringLiteral("FULFILLMENT_ORDER_INVALID"));
    QCOMPARE(errors[0][QStringLiteral("field")].toArray(),
             (QJsonArray{QStringLiteral("input"),
                         QStringLiteral("lineItemsByFulfillmentOrder"),
                         QStringLiteral("1"),
                         QStringLiteral("fulfillmentOrderId")}));
    QCOMPARE(errors[1][QStringLiteral("message")].toString(),
             QStringLiteral("Fulfillment order does not exist."));
    QCOMPARE(statusOf(pickup.id)[QStringLiteral("status")].toString(), QStringLiteral("OPEN"));
    QCOMPARE(m_store->stats().mutationsRefused.load(), qint64(1));
    QCOMPARE(m_store->notificationsSent(), qint64(0));

    // Ready for pickup: IN_PROGRESS, the customer told, and it can still be fulfilled.
    QVERIFY(prepare({pickup.id}).isEmpty());
    const QJsonObject ready = statusOf(pickup.id);
    QCOMPARE(ready[QStringLiteral("status")].toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(ready[QStringLiteral("deliveryMethod")][QStringLiteral("methodType")].toString(),
             QStringLiteral("PICK_UP"));
    QVERIFY(ready[QStringLiteral("supportedActions")].toArray().contains(
        QJsonObject{{QStringLiteral("action"), QStringLiteral("CREATE_FULFILLMENT")}}));
    QCOMPARE(m_store->stats().pickupsPrepared.load(), qint64(1));
    QCOMPARE(m_store->notificationsSent(), qint64(data().orders[index].email.isEmpty() ? 0 : 1));
    QCOMPARE(data().orders[index].displayFulfillmentStatus, OrderFulfillmentStatus::InProgress);

    // Prepared already: nothing left to prepare.
    errors = prepare({pickup.id});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][QStringLiteral("code")].toString(),
             QStringLiteral("NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"));
    QCOMPARE(m_store->stats().mutationsRefused.load(), qint64(2));

    // The customer collects: fulfilled, closed.
    const auto collected = DemoOperations::fulfillmentCreate(
        *m_client,
        {{QStringLiteral("lineItemsByFulfillmentOrder"),
          QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                  StoreJson::gid(u"FulfillmentOrder", pickup.id)}}}}});
    QVERIFY2(DemoOperations::payload(collected,
                                     QStringLiteral(
                                         "fulfillmentCreate"))[QStringLiteral("userErrors")]
                 .toArray()
                 .isEmpty(),
             collected.body.constData());
    QCOMPARE(statusOf(pickup.id)[QStringLiteral("status")].toString(), QStringLiteral("CLOSED"));
    QCOMPARE(data().orders[index].displayFulfillmentStatus, OrderFulfillmentStatus::Fulfilled);

    // Without the write scope, nothing.
    m_store->setGrantedScopes({QStringLiteral("read_orders"),
                               QStringLiteral("read_merchant_managed_fulfillment_orders")});
    const QJsonObject variables{
        {QStringLiteral("input"),
         QJsonObject{{QStringLiteral("lineItemsByFulfillmentOrder"),
                      QJsonArray{QJsonObject{{QStringLiteral("fulfillmentOrderId"),
                                              StoreJson::gid(u"FulfillmentOrder", parcels)}}}}}}};
    const auto denied = post(QStringLiteral("PreparedForPickup"), variables);
    QCOMPARE(denied.firstErrorCode(), QStringLiteral("ACCESS_DENIED"));
}

void TestDemoStoreRealShops::refusesMoreThan512LineItemsPerFulfillmentOrder()
{
    startStore(configWith());
    const int index = data().notable.wholesale;
    const FulfillmentOrder &fo = data().orders[index].fulfillmentOrders[0];
    QVERIFY(fo.lineItems.size() > 260);
    auto create = [&](int items, int quantity) {
        QJsonArray lines;
        for (int i = 0; i < items; ++i) {
            lines.append(QJsonObject{{QStringLiteral("id"),
                                      StoreJson::gid(u"FulfillmentOrderLineItem",
                                                     fo.lineItems[i % fo.lineItems.size()].id)},
                                     {QStringLiteral("quantity"), quantity}});
        }
        QJsonObject entry{{QStringLiteral("fulfillmentOrderId"), fulfillmentOrderGid(fo)}};
        if (items > 0)
            entry.insert(QStringLiteral("fulfillmentOrderLineItems"), lines);
        return DemoOperations::payload(
            DemoOperations::fulfillmentCreate(*m_client,
                                              {{QStringLiteral("lineItemsByFulfillmentOrder"),
                                                QJsonArray{entry}}}),
            QStringLiteral("fulfillmentCreate"));
    };
    // The schema: "Accepts a maximum of 512 line items".
    const qint64 refusedBefore = m_store->stats().mutationsRefused;
    QJsonObject payload = create(FulfillmentMutations::kMaxLineItemsPerFulfillmentOrder + 1, 1);
    QCOMPARE(payload[QStringLiteral("userErrors")].toArray().size(), 1);
    QCOMPARE(payload[QStringLiteral("userErrors")][0][QStringLiteral("field")].toArray(),
             (QJsonArray{QStringLiteral("fulfillment"),
                         QStringLiteral("lineItemsByFulfillmentOrder"),
                         QStringLiteral("0"),
                         QStringLiteral("fulfillmentOrderLineItems")}));
    QVERIFY(payload[QStringLiteral("fulfillment")].isNull());
    QCOMPARE(m_store->stats().mutationsRefused.load(), refusedBefore + 1);
    QCOMPARE(data().orders[index].fulfillments.size(), 0);

    // 250 lines in one shipment, then all that remains in another.
    payload = create(250, 1);
    QVERIFY2(payload[QStringLiteral("userErrors")].toArray().isEmpty(),
             QJsonDocument(payload).toJson().constData());
    payload = create(0, 0);
    QVERIFY(payload[QStringLiteral("userErrors")].toArray().isEmpty());
    QCOMPARE(data().orders[index].fulfillmentOrders[0].status, FulfillmentOrderStatus::Closed);
    // Once more: refused (nothing left), and counted as a refusal.
    payload = create(0, 0);
    QCOMPARE(payload[QStringLiteral("userErrors")].toArray().size(), 1);
    QCOMPARE(m_store->stats().mutationsRefused.load(), refusedBefore + 2);
    QCOMPARE(m_store->stats().fulfillmentsCreated.load(), qint64(2));
}

QTEST_GUILESS_MAIN(TestDemoStoreRealShops)
#include "tst_demostorerealshops.moc"
