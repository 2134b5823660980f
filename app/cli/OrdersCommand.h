#pragma once

#include "app/cli/CliOptions.h"

class CliSession;

// `smidig-cli orders`: the local store's orders, filtered like the window's table, as a
// table, CSV or JSON with Shopify's field names.
namespace OrdersCommand {
int run(CliSession &session, const CliOptions &options);
}
