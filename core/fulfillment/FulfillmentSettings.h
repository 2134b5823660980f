#pragma once

#include "core/model/FulfillmentRequest.h"

#include <QString>

#include <chrono>

// The shop's choices for fulfilment work, read by app/ from the settings and passed in.
struct FulfillmentSettings
{
    // Whether "Notify customer" starts ticked; off unless the shop says otherwise.
    NotifyCustomer notifyByDefault = NotifyCustomer::No;
    // How long staff can take an action back before it is sent.
    std::chrono::milliseconds undoWindow{5000};
    // The shop's country (ISO 3166 alpha-2), for carrier names such as "PostNord DK".
    QString shopCountry;
};
