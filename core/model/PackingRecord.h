#pragma once

#include "core/model/Lease.h"
#include "core/model/OutboxEntry.h"
#include "core/model/PackedLine.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One entry of an order's packing history: a fulfilment (or a pickup made ready) that a
// station sent, who made it there and when. Kept in the store after the outbox has
// forgotten the entry it came from.
struct PackingRecord
{
    // Whether it reached Shopify, as far as the outbox knows: an entry the outbox has
    // finished and pruned is done.
    enum class Outcome { Pending, Failed, Done };

    qint64 outboxEntryId = 0;
    QString orderId;
    OutboxEntry::Action action = OutboxEntry::Action::Fulfill;
    StationIdentity who;
    QDateTime at; // UTC: when it was made (the outbox entry's creation)
    Outcome outcome = Outcome::Pending;
    // How each line was counted in pack mode; empty when the order was not packed there.
    QList<PackedLine> lines;

    // Whether the outbox keeps a packing record of entries with this action: what a packer
    // hands over (a parcel fulfilled, a pickup made ready), not later changes to tracking.
    static bool isPacking(OutboxEntry::Action action)
    {
        return action == OutboxEntry::Action::Fulfill
               || action == OutboxEntry::Action::PreparePickup;
    }

    friend bool operator==(const PackingRecord &, const PackingRecord &) = default;
};
