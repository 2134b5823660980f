#pragma once

#include "app/cli/CliOptions.h"

#include <QCoreApplication>

class CliSession;

// `smidig-cli import-tracking FILE.csv`: applies a file of tracking numbers (order, tracking
// number, optional company; a header row). An order that can still ship is fulfilled with
// its numbers; one already shipped gets them added to its latest shipment. Bad rows are
// reported by line number and skipped; the good ones are applied.
class ImportTrackingCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportTrackingCommand)

public:
    static int run(CliSession &session, const CliOptions &options);
};
