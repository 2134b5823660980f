#pragma once

#include <QString>

namespace demostore {

// The tracking page Shopify links a tracking number to when the company is one of its
// supported tracking companies (FulfillmentTrackingInfo.company's description). Shopify does
// not publish the URLs it builds; these are the carriers' public tracking pages, which is what
// a shop's staff and customers see.
class TrackingUrls final
{
public:
    // The URL for a number of that company (exact spelling, as Shopify requires); a null
    // QString for a company we build no URL for, or an empty number.
    static QString urlFor(const QString &company, const QString &number);
};

} // namespace demostore
