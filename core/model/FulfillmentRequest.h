#pragma once

#include "core/model/Order.h"
#include "core/model/PackedLine.h"
#include "core/model/TrackingInput.h"

#include <QList>
#include <QString>
#include <QStringList>

// What to ship, as one fulfillmentCreate call: lines of one order's fulfillment orders at one
// location (Shopify takes one order and one location per call).

struct FulfillmentLine
{
    QString fulfillmentOrderId;
    QString fulfillmentOrderLineItemId;
    QString lineItemId;
    int quantity = 0;
    int remainingBefore = 0; // what Shopify had left when the line was planned

    friend bool operator==(const FulfillmentLine &, const FulfillmentLine &) = default;
};

enum class NotifyCustomer { No, Yes };

struct FulfillmentRequest
{
    QString orderId;
    QString orderName;
    Location location;
    QList<FulfillmentLine> lines;
    TrackingInput tracking;
    NotifyCustomer notify = NotifyCustomer::No;
    // How pack mode counted each line (by line item); empty when it was not packed there.
    // Recorded with the packing history, never sent to Shopify.
    QList<PackedLine> packed;

    int itemCount() const
    {
        int sum = 0;
        for (const FulfillmentLine &line : lines)
            sum += line.quantity;
        return sum;
    }
    friend bool operator==(const FulfillmentRequest &, const FulfillmentRequest &) = default;
};
