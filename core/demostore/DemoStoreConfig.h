#pragma once

#include "FaultPlan.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace demostore {

// Everything a demo store is made from. The same seed, order count and `now` give the same
// data; the rest shapes how it serves. Mutations happen at `now` plus the time the store has
// been running, so they always come after the generated history.
struct DemoStoreConfig
{
    quint64 seed = 1;
    int orderCount = 300;
    QDateTime now;             // the generated history ends here; invalid: the current time
    quint16 port = 0;          // 0: an ephemeral port
    double bucketSize = 2000;  // maximumAvailable of the cost bucket
    double restoreRate = 100;  // points per second, Shopify's Standard plan
    bool throttling = true;    // false: an endless bucket, for throughput tests
    QString accessToken;       // empty: any X-Shopify-Access-Token (or none) is accepted
    int maxQueryCost = 1000;   // Shopify's single-query limit
    int maxPageSize = 250;
    FaultPlan faults;          // none by default; DemoStore::setFaultPlan() changes it later
};

} // namespace demostore
