// Tracking numbers as staff scan, type or paste them, and as the CSV import and the CLI pass
// them on: TrackingNumberDetector::detect with the shop countries that change its answers,
// then what the dialog shows of the result. Each input is tried as UTF-8 text and as raw
// UTF-16 (lone surrogates included).

#include "tests/fuzz/FuzzSupport.h"

#include "core/tracking/TrackingNumberDetector.h"

using namespace Qt::StringLiterals;

namespace {

void detect(const TrackingNumberDetector &detector, const QString &text)
{
    const TrackingDetection detection = detector.detect(text);
    (void) detection.message();
    (void) detection.isAmbiguous();
    (void) detection.hasWrongCheckDigit();
    if (const std::optional<TrackingCandidate> best = detection.best()) {
        (void) detection.candidateFor(best->company);
        (void) TrackingNumberDetector::trackingUrl(best->company, text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const TrackingNumberDetector detectors[] = {TrackingNumberDetector(),
                                                       TrackingNumberDetector(u"DK"),
                                                       TrackingNumberDetector(u"US"),
                                                       TrackingNumberDetector(u"GB"),
                                                       TrackingNumberDetector(u"DE")};
    const QString utf8 = fuzz::utf8Text(data, size);
    const QString utf16 = fuzz::utf16Text(data, size);
    for (const TrackingNumberDetector &detector : detectors) {
        detect(detector, utf8);
        detect(detector, utf16);
    }
    return 0;
}
