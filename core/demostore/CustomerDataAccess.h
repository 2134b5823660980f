#pragma once

#include "core/graphql/Error.h"

#include <QString>

#include <optional>

namespace demostore {

// Which protected customer data Shopify lets the app read ("Work with protected customer
// data", shopify.dev/docs/apps/launch/protected-customer-data): level 1 is customer data
// without the fields that identify a person; level 2 adds those fields (name, email, phone,
// address), each approved on its own. What the app may not read answers null with an
// ACCESS_DENIED error in `errors`, and the rest of the answer stays (StoreJson).
struct CustomerDataAccess
{
    bool customerData = true; // level 1: the Customer and MailingAddress objects at all
    // Level 2, field by field.
    bool name = true;
    bool email = true;
    bool phone = true;
    bool address = true;

    // Everything (the default: a shop's own custom app has level 2).
    static CustomerDataAccess full() { return {}; }
    // Level 1 without level 2: the customer is there, who it is is not.
    static CustomerDataAccess level1() { return {true, false, false, false, false}; }
    // No protected customer data at all.
    static CustomerDataAccess none() { return {false, false, false, false, false}; }

    bool isFull() const { return customerData && name && email && phone && address; }

    // From the command line: a level ("none", "level1", "level2" or "full") and, for level 2,
    // the approved fields ("name,email"; empty: all four). Nothing, with *error set, for
    // anything else.
    static std::optional<CustomerDataAccess> parse(const QString &level,
                                                   const QString &fields,
                                                   QString *error = nullptr);

    // Shopify's errors, with the extensions code ACCESS_DENIED: "This app is not approved to
    // access the Customer object. See https://partners.shopify.com/…/customer_data for more
    // details." for an object (and, as Shopify's example shows, for a Customer's field), and
    // "This app is not approved to use the email field. See …" for a field elsewhere.
    static graphql::Error objectDenied(const QString &typeName);
    static graphql::Error fieldDenied(const QString &fieldName);

    friend bool operator==(const CustomerDataAccess &a, const CustomerDataAccess &b)
    {
        return a.customerData == b.customerData && a.name == b.name && a.email == b.email
               && a.phone == b.phone && a.address == b.address;
    }
};

} // namespace demostore
