#include "core/demostore/TrackingNumbers.h"

#include "core/demostore/GeneratorTables.h"
#include "core/demostore/TrackingUrls.h"
#include "core/tracking/CheckDigits.h"

#include <optional>

namespace demostore {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString digits(Random &rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + rng.below(10));
    return text;
}

} // namespace

TrackingInfo TrackingNumbers::make(Random &rng, bool atFulfillmentService)
{
    QString company;
    if (atFulfillmentService) {
        company = rng.chance(0.6) ? QStringLiteral("PostNord DK") : QStringLiteral("GLS");
    } else {
        QList<int> weights;
        for (const auto &c : tables::trackingCompanies())
            weights.append(c.weight);
        company = utf8(tables::trackingCompanies()[rng.weighted(weights)].name);
    }
    const TrackingInfo tracking = forCompany(rng, company);
    // Now and then staff type a number without saying whose it is.
    if (rng.chance(0.03))
        return TrackingInfo{QString(), tracking.number, QString()};
    return tracking;
}

TrackingInfo TrackingNumbers::forCompany(Random &rng, const QString &company)
{
    // Each carrier's number format with a correct check digit, so a number staff see in the
    // demo passes the tracking checks like a real one. The last random character is replaced
    // by the check, which keeps the generator's random stream, and so all other data, as it was.
    auto withCheck = [](QString number, std::optional<int> check) {
        if (check)
            number[number.size() - 1] = QChar(u'0' + *check);
        return number;
    };
    QString number;
    if (company == u"PostNord DK") {
        // An SSCC: application identifier 00, then 18 digits, the last the GS1 check.
        const QString sscc = QStringLiteral("370") + digits(rng, 15);
        number = QStringLiteral("00")
                 + withCheck(sscc, CheckDigits::gs1Mod10(QStringView(sscc).chopped(1)));
    } else if (company == u"GLS") {
        number = digits(rng, 11);
    } else if (company == u"DHL Express") {
        const QString waybill = digits(rng, 10);
        number = withCheck(waybill, CheckDigits::dhlExpressMod7(QStringView(waybill).chopped(1)));
    } else if (company == u"DPD") {
        number = u'0' + digits(rng, 13);
    } else if (company == u"UPS") {
        static const char alphanumerics[] = "ABCDEFGHJKLMNPRSTVWXY0123456789";
        QString body;
        for (int i = 0; i < 6; ++i)
            body += QLatin1Char(alphanumerics[rng.below(int(sizeof(alphanumerics)) - 1)]);
        body += QStringLiteral("68") + digits(rng, 8);
        number = QStringLiteral("1Z")
                 + withCheck(body, CheckDigits::upsMod10(QStringView(body).chopped(1)));
    } else if (company == u"Deutsche Post") {
        const QString serial = digits(rng, 9);
        number = QStringLiteral("RR")
                 + withCheck(serial, CheckDigits::s10Mod11(QStringView(serial).chopped(1)))
                 + QStringLiteral("DE");
    } else {
        const QString express = digits(rng, 12); // FedEx Express
        number = withCheck(express, CheckDigits::fedexMod11(QStringView(express).chopped(1)));
    }
    return TrackingInfo{company, number, TrackingUrls::urlFor(company, number)};
}

} // namespace demostore
