#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// What the detector knows about the carriers it can name: each one's public tracking page,
// where it mainly delivers, and which national postal operator issues UPU S10 numbers for a
// country. Companies are Shopify's names (see TrackingCompanies).
namespace CarrierDirectory {

// The carrier's public tracking page for the number, or empty for a company without a known
// page. Shopify builds its own link for the companies in its list; this one is for showing
// and printing, and for numbers of carriers outside the list.
QString trackingUrl(QStringView company, QStringView number);

// A tracking site that follows postal items of any country, for a national post that is not
// in Shopify's list.
QString anyPostTrackingUrl(QStringView number);

// Whether the company delivers mainly in and around the country (ISO 3166 alpha-2), so that it
// is the likelier of two equally good guesses for a shop there. Global carriers are home
// nowhere.
bool isHomeCarrier(QStringView company, QStringView countryCode);

// Shopify's name for the national postal operator that issues S10 numbers ending in the
// country code, or empty when that operator is not in Shopify's list.
QString postalOperator(QStringView countryCode);

// Every company this directory names, for the test that they are all in Shopify's list.
QStringList companies();

} // namespace CarrierDirectory
