#pragma once

#include "app/cli/CliOptions.h"

#include <QString>

class CliSession;

// `smidig-cli stock`: the stock panel's rows from the local store (with --demo: from the demo
// store), worst risk first, as a table, CSV or JSON (Shopify's field names: sku,
// inventoryItemId, locationId, available, committed, onHand, incoming; plus demand and risk).
namespace StockCommand {
// "oversold", "at-risk" (at risk or worse) or "all"; false for anything else.
bool isRiskFilter(const QString &name);
int run(CliSession &session, const CliOptions &options, const QString &risk);
} // namespace StockCommand
