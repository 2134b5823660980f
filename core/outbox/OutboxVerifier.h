#pragma once

#include "core/model/Order.h"
#include "core/model/OutboxEntry.h"

#include <optional>

// Tells, from the order as Shopify has it now, whether an entry whose outcome is unknown (the
// request went, no answer came) was carried out. Only an entry that was certainly not carried
// out may be sent again; one that was partly carried out, or whose order changed in other
// ways, needs a person.
namespace OutboxVerifier {

enum class Outcome {
    Done,    // the work is there: mark the entry done
    NotDone, // nothing of it is there: send it again
    Changed, // the order changed otherwise: do not send, let a person look
};

Outcome check(const OutboxEntry &entry, const std::optional<Order> &current);

} // namespace OutboxVerifier
