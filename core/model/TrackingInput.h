#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One parcel of a shipment: its tracking number and, for a carrier outside Shopify's list,
// the link to follow it (empty when there is none).
struct TrackedParcel
{
    QString number;
    QString url;

    friend bool operator==(const TrackedParcel &, const TrackedParcel &) = default;
};

// Tracking for one fulfillment: the carrier as Shopify spells it and a parcel per number.
// Shopify pairs `urls[i]` with `numbers[i]`, so each link is kept with its number, and links go
// out for every number or for none: one missing would shift the others onto the wrong parcels.
struct TrackingInput
{
    QString company;
    QList<TrackedParcel> parcels;

    // Parcels with the given numbers and no links.
    static TrackingInput withNumbers(const QString &company, const QStringList &numbers);

    QStringList numbers() const;
    // The link of every parcel in the order of numbers(), or none when any parcel has none.
    QStringList urls() const;
    // Some parcels have links and some have none, so none is sent: worth telling the person.
    bool dropsUrls() const;
    bool containsNumber(const QString &number) const;

    bool isEmpty() const { return company.isEmpty() && parcels.isEmpty(); }
    friend bool operator==(const TrackingInput &, const TrackingInput &) = default;
};
