#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/FaultPlan.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace demostore {

// Everything a demo store is made from. The same seed, order count and `now` give the same
// data; the rest shapes how it serves. The store's clock starts at `now` and runs with real
// time (unless told to stand still) plus whatever DemoStore::advance() adds; mutations and
// the store's own activity happen on it, so they always come after the generated history.
struct DemoStoreConfig
{
    quint64 seed = 1;
    int orderCount = 300;
    // -1: the orders as generated (most of a 30-day history is still open). N: every order
    // but the newest N open ones is archived (closed), as in a shop with a long history;
    // nothing else about them changes (Shopify lets a merchant archive any order).
    int openOrders = -1;
    QDateTime now;            // the generated history ends here; invalid: the current time
    bool clockRuns = true;    // false: the clock moves only by advance() (repeatable tests)
    quint16 port = 0;         // 0: an ephemeral port
    double bucketSize = 2000; // maximumAvailable of the cost bucket
    double restoreRate = 100; // points per second, Shopify's Standard plan
    bool throttling = true;   // false: an endless bucket, for throughput tests
    int maxQueryCost = 1000;  // Shopify's single-query limit
    // Tests only: the store charges this multiple of Shopify's published prices (rounded up),
    // as Shopify may with manual costs on fields, so the client's estimate falls short until
    // it learns from the requestedQueryCost of the answers (see ShopifyPricing).
    double priceFactor = 1.0;
    int maxPageSize = 250;

    // Access. With neither a token nor a client id, any X-Shopify-Access-Token (or none) is
    // accepted.
    QString accessToken; // a custom app's Admin API token, valid until revoked
    QString clientId;    // the client-credentials grant, when set
    QString clientSecret;
    int tokenLifetimeSeconds = 86399; // of granted tokens: Shopify's is a day
    QStringList grantedScopes = AccessScopes::defaultGrant(); // read_all_orders included
    // The protected customer data Shopify approved the app for (level 2, all fields, unless
    // told otherwise); the rest answers null with an ACCESS_DENIED error.
    CustomerDataAccess customerData = CustomerDataAccess::full();

    // How the shop changes by itself while it serves (StoreActivity).
    double activityRate = 0;     // events per minute of the store's clock; 0: none
    double silentFraction = 0.1; // share of events Shopify does not show in updatedAt
    quint64 activitySeed = 0;    // 0: derived from `seed`

    // The host is no shop: every request is answered 404 as Shopify answers for an unknown
    // myshopify.com address.
    bool unknownShop = false;
    // The version in each answer's X-Shopify-API-Version: Shopify names the version it
    // actually served, which differs from the one asked for once that one is unsupported.
    QString apiVersion = QStringLiteral("2026-01");

    // Orders a bulk operation writes per second of the store's clock; 0: as fast as it can.
    double bulkOrdersPerSecond = 0;

    FaultPlan faults; // none by default; DemoStore::setFaultPlan() changes it later
};

} // namespace demostore
