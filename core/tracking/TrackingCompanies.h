#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Shopify's supported tracking companies (Admin API 2026-01, the description of
// FulfillmentTrackingInfo.company). For these names Shopify builds the tracking link itself;
// any other name needs a tracking URL. Names must match Shopify's spelling exactly.
namespace TrackingCompanies {

// Every name, those Shopify shows in any country first, then the country-specific ones, each
// once, in the order of Shopify's description.
QStringList all();

// The names Shopify shows to a shop in the given country (ISO 3166 alpha-2, such as "DK"):
// the ones for any country plus that country's own. An empty code gives the former only.
QStringList forShopCountry(QStringView countryCode);

// The countries (ISO 3166 alpha-2) Shopify lists a name under; empty for names it shows in
// every country, and for names not in the list.
QStringList countriesOf(QStringView name);

// Whether the name is in Shopify's list with exactly this spelling.
bool contains(QStringView name);

// Shopify's spelling of a name given in any case and spacing ("fedex", " dhl  express "), or
// nothing when it is not in the list.
std::optional<QString> canonical(QStringView name);

// Up to `limit` names containing the given text in any case, for "did you mean" hints
// ("PostNord" suggests "PostNord DK", "PostNord NO", ...).
QStringList suggestions(QStringView text, int limit = 5);

} // namespace TrackingCompanies
