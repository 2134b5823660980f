#pragma once

#include "core/model/Order.h"

// Orders the fulfilment tests need beyond SampleOrders: ones the planner must refuse (on hold,
// scheduled, shipped by a fulfillment service), each with its fulfillment order set as
// Shopify sends it.
namespace UiSamples {

// On hold awaiting payment: the fulfillment order offers no CREATE_FULFILLMENT.
Order onHold(int number);
// Scheduled to open on 2026-12-24 08:00 UTC.
Order scheduled(int number);
// Shipped by a third-party fulfillment service.
Order byService(int number, const QString &service);

} // namespace UiSamples
