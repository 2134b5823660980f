#include "ui/SyncProblem.h"

#include "core/sync/SyncResult.h"

SyncProblem syncProblemOf(const SyncResult &result)
{
    if (result.storeError.isError())
        return SyncProblem::NeedsPerson;
    switch (result.shopError.kind) {
    case ShopifyError::Kind::None:
        return SyncProblem::None;
    // The kinds SyncScheduler treats as "offline" and retries with a growing pause.
    case ShopifyError::Kind::Network:
    case ShopifyError::Kind::Timeout:
    case ShopifyError::Kind::ServerError:
    case ShopifyError::Kind::TooManyRequests:
        return SyncProblem::Unreachable;
    case ShopifyError::Kind::Unauthorized:
    case ShopifyError::Kind::PaymentRequired:
    case ShopifyError::Kind::Forbidden:
    case ShopifyError::Kind::NotFound:
    case ShopifyError::Kind::Locked:
    case ShopifyError::Kind::AccessDenied:
    // Never offline: the address sends the token elsewhere, or the grant is refused; a person
    // connects again with the right address or credentials.
    case ShopifyError::Kind::Redirected:
    case ShopifyError::Kind::GrantRefused:
    case ShopifyError::Kind::NotMyshopifyAddress:
        return SyncProblem::NeedsReconnect;
    default:
        return SyncProblem::Other;
    }
}
