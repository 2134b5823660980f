#pragma once

#include <QString>

// Who works at a station: the station's name (set once per PC) and, when the shop uses it,
// the name of the person packing there. Shown wherever another station sees its work (an
// order it claims, the sync it runs) and recorded with what it fulfils.
struct StationIdentity
{
    QString station;
    QString packer; // empty when the shop does not name its packers

    bool operator==(const StationIdentity &other) const = default;
};

// A named lease in the shared store: an order being packed ("order:<id>"), the sync that one
// station runs for all ("sync"). It belongs to one running process (holder, a
// SenderIdentity name) until `remainingMs` runs out by the database's clock, unless that
// process renews it first.
struct Lease
{
    QString name;
    QString holder;
    StationIdentity who;
    qint64 heldForMs = 0;   // since it was taken (renewals do not reset it)
    qint64 remainingMs = 0; // until it lapses, unless renewed

    bool isValid() const { return !name.isEmpty(); }
};
