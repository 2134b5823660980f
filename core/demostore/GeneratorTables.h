#pragma once

#include "core/model/Statuses.h"

#include <QList>
#include <QString>

// The fixed material the demo store's data is drawn from: a Danish shop's catalogue, names of
// people (Danish, German and others, many with letters outside ASCII), towns, hold notes and
// tracking companies. Kept apart from the generator so the generator reads as rules.

namespace demostore::tables {

struct ProductTemplate
{
    const char *title; // UTF-8
    const char *vendor;
    const char *productType;
    const char *skuStem;         // "" gives variants without SKU
    int basePrice;               // minor units (øre)
    QList<const char *> options; // variant titles; empty: one "Default Title" variant
};

const QList<ProductTemplate> &products();

// Custom line items: sold without a product (a service, something made to order), so they
// have no variant, no SKU and no inventory item.
struct CustomItem
{
    const char *title; // UTF-8
    int price;         // minor units
};

const QList<CustomItem> &customItems();

// Businesses that buy wholesale.
const QList<const char *> &companies();

struct PersonName
{
    const char *first;
    const char *last;
};

const QList<const char *> &danishFirstNames();
const QList<const char *> &danishLastNames();
const QList<const char *> &germanFirstNames();
const QList<const char *> &germanLastNames();
const QList<PersonName> &otherNames();

struct Town
{
    const char *city;
    const char *zip;
    const char *countryCode;
    const char *street;
};

const QList<Town> &towns();

struct TrackingCompany
{
    const char *name; // exactly as in Shopify's list of supported tracking companies
    int weight;
};

const QList<TrackingCompany> &trackingCompanies();

// Notes staff write on holds of that reason; a nullptr entry stands for "no note".
QList<const char *> holdNotes(FulfillmentHoldReason reason);

// "Søren Ødegaard" -> "soeren.oedegaard": the ASCII local part of an email address.
QString emailLocalPart(const QString &first, const QString &last);

} // namespace demostore::tables
