#pragma once

#include "core/tracking/TrackingDetection.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// Tells which carrier a tracking number belongs to from its format and check digit: UPS,
// USPS, FedEx, DHL Express, DHL eCommerce, DPD, GLS, PostNord, Bring, Royal Mail, Canada Post,
// Amazon Logistics and UPU S10 international postal numbers (mapped to the national post of
// their country). docs/tracking-numbers.md lists the formats, the algorithms, their sources and
// the published numbers they are checked against (tests/tracking/published-numbers.tsv).
class TrackingNumberDetector final
{
public:
    // The shop's country (ISO 3166 alpha-2, such as "DK"; may be empty) picks among a
    // carrier's national names in Shopify's list ("PostNord DK", "DPD UK") and puts a
    // carrier that delivers there first when two guesses are equally good.
    explicit TrackingNumberDetector(QStringView shopCountry = {});

    QString shopCountry() const { return m_shopCountry; }

    TrackingDetection detect(QStringView text) const;

    // The carrier's public tracking page for a number, for any company the detector knows;
    // empty for other companies.
    static QString trackingUrl(QStringView company, QStringView number);

    // Every Shopify company name detect() can return, whatever the shop's country.
    static QStringList detectableCompanies();

private:
    QString m_shopCountry;
};
