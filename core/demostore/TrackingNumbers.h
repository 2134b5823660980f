#pragma once

#include "core/demostore/Random.h"
#include "core/demostore/StoreData.h"

namespace demostore {

// Tracking entries as staff (or a fulfillment service) enter them, for the generated history
// and for shipments others make while the store runs: a company from Shopify's list of
// supported tracking companies, a number in that carrier's format with a correct check digit,
// and the carrier's tracking URL; now and then a number without a company.
class TrackingNumbers final
{
public:
    // At a fulfillment service: PostNord DK or GLS; elsewhere any company of the list, by
    // how common it is. Draws from `rng` in a fixed order (the generated data depends on it).
    static TrackingInfo make(Random &rng, bool atFulfillmentService);
    // A number of the company's format (one of the companies make() draws from) with the
    // carrier's tracking URL.
    static TrackingInfo forCompany(Random &rng, const QString &company);
};

} // namespace demostore
