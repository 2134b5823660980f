#pragma once

#include "core/model/Money.h"
#include "core/model/ShipReadiness.h"
#include "core/model/Statuses.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

struct Order;

// Where an order stands in the outbox of actions on their way to Shopify.
enum class OutboxMark : quint8 {
    None,
    Pending, // an action waits, is being sent, or is being checked
    Failed,  // an action failed and needs a person (retry or drop it)
};

// One row of the order table: what the list shows and searches, without line items,
// fulfillment orders or fulfillments (those load on demand for the details pane).
// Kept small because a big shop has a hundred thousand of them in memory.
struct OrderSummary
{
    QString id;
    QString name;
    qint64 number = 0;
    qint64 createdAtMs = 0; // UTC, milliseconds since the epoch
    qint64 updatedAtMs = 0;
    QString customerName;
    QString email;
    int itemCount = 0;
    Money total;
    OrderFinancialStatus financialStatus = OrderFinancialStatus::Unknown;
    QString financialStatusName;
    OrderFulfillmentStatus fulfillmentStatus = OrderFulfillmentStatus::Unknown;
    QString fulfillmentStatusName;
    QString locationNames;   // "Warehouse, Shop" in order of appearance
    QString trackingNumbers; // space separated
    QString skus;            // space separated, for searching
    bool cancelled = false;
    bool closed = false;
    bool test = false;            // a test order (Order.test)
    bool customerHidden = false;  // Shopify left the customer's details out (protected data)
    bool unreadable = false;      // Shopify no longer shows this open order to the app
    bool awaitingRouting = false; // no fulfillment orders yet: Shopify is still routing it
    bool pickup = false;          // the customer collects (some of) what is left to ship
    bool detailsPending = false;  // listed only: its lines are still being read (Order.h)
    OutboxMark outboxMark = OutboxMark::None; // set by the OrderBook, not read from Shopify
    // Set through the OrderBook by the stock analysis, not read from Shopify.
    ShipReadiness shipReadiness = ShipReadiness::None;
    QStringList shortSkus;

    static OrderSummary from(const Order &order);
    friend bool operator==(const OrderSummary &, const OrderSummary &) = default;
};
