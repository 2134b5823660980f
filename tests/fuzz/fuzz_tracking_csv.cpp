// The CSV tracking import (smidig-cli import-tracking, and the window's import): any bytes
// at all, as a spreadsheet, a script or a broken download may leave them.

#include "tests/fuzz/FuzzSupport.h"

#include "core/tracking/TrackingCsvParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const TrackingCsvParser parser{TrackingNumberDetector(u"DK")};
    const TrackingImportResult result = parser.parse(fuzz::bytes(data, size));
    // Every row and problem is shown or applied; reading them all is what the callers do.
    qsizetype total = 0;
    for (const TrackingImportRow &row : result.rows)
        total += row.order.size() + row.number.size() + row.company.size() + row.url.size();
    for (const TrackingImportProblem &problem : result.problems)
        total += problem.message.size();
    return total < 0 ? 1 : 0;
}
