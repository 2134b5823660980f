#include "core/tracking/TrackingNumberDetector.h"

#include "core/tracking/CarrierDirectory.h"
#include "core/tracking/CheckDigits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace {

// A format that matched, before the detector weighs it against the other matches.
struct Match
{
    QString company;
    QString carrierName; // empty: the company
    QString format;
    QString number;
    CheckDigitState checkDigit = CheckDigitState::NotApplicable;
    // Other issuers use the same format (SSCC ranges, S10 of a post outside Shopify's list),
    // so even a valid check digit does not name the carrier for sure.
    bool sharedFormat = false;
};

using Matches = QList<Match>;

bool isDigits(QStringView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isLetters(QStringView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

bool isAlphanumeric(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
    });
}

CheckDigitState verdict(std::optional<int> expected, QChar actual)
{
    if (!expected || actual < u'0' || actual > u'9')
        return CheckDigitState::Invalid;
    return actual.unicode() - u'0' == *expected ? CheckDigitState::Valid : CheckDigitState::Invalid;
}

// National variants in Shopify's list, chosen by where the shop is.
QString amazonCompany(QStringView shopCountry)
{
    return shopCountry == u"GB" ? QStringLiteral("Amazon Logistics UK") : QStringLiteral("Amazon");
}

QString dpdCompany(QStringView shopCountry)
{
    if (shopCountry == u"GB")
        return QStringLiteral("DPD UK");
    if (shopCountry == u"IE")
        return QStringLiteral("DPD Ireland");
    return QStringLiteral("DPD");
}

QString glsCompany(QStringView shopCountry)
{
    return shopCountry == u"IT" ? QStringLiteral("GLS Italy") : QStringLiteral("GLS");
}

QString postNordCompany(QStringView shopCountry)
{
    if (shopCountry == u"DK" || shopCountry == u"SE" || shopCountry == u"NO")
        return QStringLiteral("PostNord ") + shopCountry;
    // PostNord's own portal tracks parcels of every PostNord country.
    return QStringLiteral("Portal PostNord");
}

// A USPS Intelligent Mail package barcode number: 22 or 26 digits behind a channel
// application identifier 91 to 95.
bool isImpb(QStringView n)
{
    return (n.size() == 22 || n.size() == 26) && isDigits(n) && n[0] == u'9' && n[1] >= u'1'
           && n[1] <= u'5';
}

// The IMpb numbers a USPS barcode may carry behind its "420" + 5-digit ZIP or ZIP+4 routing
// prefix, one per reading of the prefix that leaves an IMpb.
QList<QStringView> routedImpbs(QStringView n)
{
    QList<QStringView> found;
    if (!n.startsWith(u"420") || !isDigits(n))
        return found;
    for (const qsizetype zipLength : {5, 9}) {
        if (n.size() > 3 + zipLength && isImpb(n.sliced(3 + zipLength)))
            found.append(n.sliced(3 + zipLength));
    }
    return found;
}

// UPS: "1Z", 6 characters of shipper account, 2 of service, 7 of package, 1 check digit.
void matchUps(QStringView n, Matches &out)
{
    if (n.size() != 18 || !n.startsWith(u"1Z") || !isAlphanumeric(n))
        return;
    out.append({QStringLiteral("UPS"),
                {},
                QCoreApplication::translate("Tracking", "UPS 1Z"),
                n.toString(),
                verdict(CheckDigits::upsMod10(n.mid(2, 15)), n[17]),
                false});
}

// UPU S10: 2 letters of service, 8 serial digits, 1 check digit, the ISO country code.
void matchS10(QStringView n, Matches &out)
{
    if (n.size() != 13 || !isLetters(n.first(2)) || !isDigits(n.mid(2, 9)) || !isLetters(n.last(2)))
        return;
    const QStringView country = n.last(2);
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (territory == QLocale::AnyTerritory)
        return;
    Match match;
    match.format = QCoreApplication::translate("Tracking", "UPU S10 (%1)").arg(country);
    match.number = n.toString();
    match.checkDigit = verdict(CheckDigits::s10Mod11(n.mid(2, 8)), n[10]);
    match.company = CarrierDirectory::postalOperator(country);
    if (match.company.isEmpty()) {
        //: %1 is a country, such as Finland
        match.carrierName = QCoreApplication::translate("Tracking", "Postal service of %1")
                                .arg(QLocale::territoryToString(territory));
        match.sharedFormat = true;
    }
    out.append(match);
}

// Amazon Logistics: "TBA" (United States and most other countries), "TBC" (Canada) or "TBM"
// (Mexico) and 12 digits. Amazon publishes neither the format nor a check digit, so there is
// none to check and none to fail.
void matchAmazon(QStringView n, QStringView shopCountry, Matches &out)
{
    const bool prefix = n.startsWith(u"TBA") || n.startsWith(u"TBC") || n.startsWith(u"TBM");
    if (n.size() == 15 && prefix && isDigits(n.mid(3)))
        out.append({amazonCompany(shopCountry),
                    {},
                    QCoreApplication::translate("Tracking", "Amazon Logistics"),
                    n.toString(),
                    CheckDigitState::NotApplicable,
                    false});
}

// DHL Express: waybills of 10 digits (11 on some), and "JJD00"/"JJD01"/"JVGL" piece numbers.
// DHL publishes no check digit; its waybills are seen to end in the rest of the digits before
// modulo 7, so a number that passes is confirmed and one that fails is only unconfirmed.
// DHL eCommerce: "GM", "LX" or "RX" and digits, 10 to 39 characters, no check digit that DHL
// documents.
void matchDhl(QStringView n, Matches &out)
{
    if ((n.size() == 10 || n.size() == 11) && isDigits(n)) {
        const bool holds = verdict(CheckDigits::dhlExpressMod7(n.chopped(1)), n.last())
                           == CheckDigitState::Valid;
        out.append({QStringLiteral("DHL Express"),
                    {},
                    QCoreApplication::translate("Tracking", "DHL Express waybill"),
                    n.toString(),
                    holds ? CheckDigitState::Valid : CheckDigitState::Unconfirmed,
                    false});
    }
    const bool jjd = n.size() >= 12 && (n.startsWith(u"JJD00") || n.startsWith(u"JJD01"))
                     && isDigits(n.mid(3));
    const bool jvgl = n.size() == 14 && n.startsWith(u"JVGL") && isDigits(n.mid(4));
    if (jjd || jvgl) {
        out.append({QStringLiteral("DHL Express"),
                    {},
                    QCoreApplication::translate("Tracking", "DHL Express piece number"),
                    n.toString(),
                    CheckDigitState::NotApplicable,
                    false});
    }
    const bool eCommercePrefix = n.startsWith(u"GM") || n.startsWith(u"LX") || n.startsWith(u"RX");
    if (eCommercePrefix && n.size() >= 10 && n.size() <= 39 && isDigits(n.mid(2))) {
        out.append({QStringLiteral("DHL eCommerce"),
                    {},
                    QCoreApplication::translate("Tracking", "DHL eCommerce"),
                    n.toString(),
                    CheckDigitState::NotApplicable,
                    false});
    }
}

// FedEx: 12-digit Express (mod 11), 15-digit Ground (GS1 mod 10), 20-digit Ground Economy, the
// 22-digit Ground barcode ("96", 2 digits of carrier code and 3 of service, then the 15-digit
// number), and the 34-digit barcode on Express and Ground labels, whatever its first digits,
// whose last 14 digits are the tracking number padded with zeros, checked like a 12-digit one.
// A 34-digit USPS barcode ("420", ZIP+4, IMpb) is not a FedEx one.
void matchFedex(QStringView n, Matches &out)
{
    if (!isDigits(n))
        return;
    const QString company = QStringLiteral("FedEx");
    if (n.size() == 12) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "FedEx Express (12 digits)"),
                    n.toString(),
                    verdict(CheckDigits::fedexMod11(n.first(11)), n[11]),
                    false});
    } else if (n.size() == 15) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "FedEx Ground (15 digits)"),
                    n.toString(),
                    verdict(CheckDigits::gs1Mod10(n.first(14)), n[14]),
                    false});
    } else if (n.size() == 20 && !n.startsWith(u"00")) {
        // Ground Economy (formerly SmartPost): the IMpb that USPS delivers, written without
        // its "92" channel identifier, which the check digit still covers. USPS's own 20-digit
        // numbers look the same, so this never counts as proof.
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "FedEx Ground Economy (20 digits)"),
                    n.toString(),
                    verdict(CheckDigits::gs1Mod10(QStringLiteral("92").append(n.first(19))), n[19]),
                    true});
    } else if (n.size() == 22 && n.startsWith(u"96")) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "FedEx Ground barcode (22 digits)"),
                    n.last(15).toString(),
                    verdict(CheckDigits::gs1Mod10(n.mid(7, 14)), n[21]),
                    false});
    } else if (n.size() == 34 && routedImpbs(n).isEmpty()) {
        // The tracking number is the last 14 digits without their padding, at least the 12
        // digits of an Express number.
        QStringView number = n.last(14);
        while (number.size() > 12 && number.startsWith(u'0'))
            number = number.sliced(1);
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "FedEx barcode (34 digits)"),
                    number.toString(),
                    verdict(CheckDigits::fedexMod11(n.mid(20, 13)), n[33]),
                    false});
    }
}

// USPS: IMpb numbers of 22 or 26 digits starting 91-95, the same behind a "420" + ZIP or
// ZIP+4 routing prefix, and the older 20-digit numbers; all GS1 mod 10.
void matchUsps(QStringView n, Matches &out)
{
    if (!isDigits(n))
        return;
    const auto check = [](QStringView digits) {
        return verdict(CheckDigits::gs1Mod10(digits.chopped(1)), digits.last());
    };
    const QString company = QStringLiteral("USPS");
    if (isImpb(n)) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "USPS IMpb"),
                    n.toString(),
                    check(n),
                    false});
        return;
    }
    if (n.size() == 20 && !n.startsWith(u"00")) {
        // The check digit is published two ways: over the 20 digits alone, and over the number
        // behind the "91" application identifier its barcode carries (USPS Publication 91).
        // Either one holding confirms the number.
        const bool holds = check(n) == CheckDigitState::Valid
                           || check(QStringLiteral("91").append(n)) == CheckDigitState::Valid;
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "USPS (20 digits)"),
                    n.toString(),
                    holds ? CheckDigitState::Valid : CheckDigitState::Invalid,
                    false});
        return;
    }
    // Where both routing readings give an IMpb, the one whose check digit holds wins.
    std::optional<Match> found;
    for (const QStringView impb : routedImpbs(n)) {
        Match match{company,
                    {},
                    QCoreApplication::translate("Tracking", "USPS IMpb with ZIP routing"),
                    impb.toString(),
                    check(impb),
                    false};
        if (!found
            || (found->checkDigit != CheckDigitState::Valid
                && match.checkDigit == CheckDigitState::Valid))
            found = match;
    }
    if (found)
        out.append(*found);
}

// DPD: the 14-digit parcel number (4 digits of depot, 10 of serial), alone, with its
// ISO 7064 MOD 37,36 check character, or inside the 27-digit barcode (7 of postcode, the
// parcel number, 3 of service, 3 of country) with the check character over all 27.
void matchDpd(QStringView n, QStringView shopCountry, Matches &out)
{
    const QString company = dpdCompany(shopCountry);
    const auto check = [](QStringView data, QChar actual) {
        const auto expected = CheckDigits::iso7064Mod37_36(data);
        return expected && *expected == actual ? CheckDigitState::Valid : CheckDigitState::Invalid;
    };
    if (n.size() == 14 && isDigits(n)) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "DPD parcel number"),
                    n.toString(),
                    CheckDigitState::NotApplicable,
                    false});
    } else if (n.size() == 15 && isDigits(n.first(14)) && isAlphanumeric(n.last(1))) {
        out.append(
            {company,
             {},
             QCoreApplication::translate("Tracking", "DPD parcel number with check character"),
             n.first(14).toString(),
             check(n.first(14), n[14]),
             false});
    } else if (n.size() == 27 && isDigits(n)) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "DPD barcode"),
                    n.mid(7, 14).toString(),
                    CheckDigitState::NotApplicable,
                    false});
    } else if (n.size() == 28 && isDigits(n.first(27)) && isAlphanumeric(n.last(1))) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "DPD barcode"),
                    n.mid(7, 14).toString(),
                    check(n.first(27), n[27]),
                    false});
    }
}

// GLS: the 11-digit parcel number alone, or with its check digit (12 digits).
void matchGls(QStringView n, QStringView shopCountry, Matches &out)
{
    if (!isDigits(n))
        return;
    const QString company = glsCompany(shopCountry);
    if (n.size() == 11) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "GLS parcel number"),
                    n.toString(),
                    CheckDigitState::NotApplicable,
                    false});
    } else if (n.size() == 12) {
        out.append({company,
                    {},
                    QCoreApplication::translate("Tracking", "GLS parcel number"),
                    n.toString(),
                    verdict(CheckDigits::glsMod10(n.first(11)), n[11]),
                    false});
    }
}

// GS1 SSCC item numbers starting "370" (extension digit 3, a Norwegian GS1 company prefix), with
// or without the "00" application identifier of their barcode: PostNord's and Bring's parcel
// labels both carry them, and nothing in the number tells the two apart, so each is offered.
void matchNordicSscc(QStringView n, QStringView shopCountry, Matches &out)
{
    if (!isDigits(n))
        return;
    const bool withIdentifier = n.size() == 20 && n.startsWith(u"00370");
    const bool bare = n.size() == 18 && n.startsWith(u"370");
    if (!withIdentifier && !bare)
        return;
    const QStringView sscc = withIdentifier ? n.sliced(2) : n;
    const CheckDigitState check = verdict(CheckDigits::gs1Mod10(sscc.chopped(1)), sscc.last());
    const QString format = QCoreApplication::translate("Tracking", "GS1 SSCC");
    out.append({postNordCompany(shopCountry),
                QStringLiteral("PostNord"),
                format,
                n.toString(),
                check,
                true});
    out.append({QStringLiteral("Bring"), {}, format, n.toString(), check, true});
}

// Canada Post: 16-digit parcel PINs with a GS1 mod 10 check digit.
void matchCanadaPost(QStringView n, Matches &out)
{
    if (n.size() == 16 && isDigits(n)) {
        out.append({QStringLiteral("Canada Post"),
                    {},
                    QCoreApplication::translate("Tracking", "Canada Post (16 digits)"),
                    n.toString(),
                    verdict(CheckDigits::gs1Mod10(n.first(15)), n[15]),
                    false});
    }
}

// A check digit that holds fails to be proof when another carrier's format fits the number
// as well (its check digit holds too, or it has none), or when other issuers share the format.
TrackingConfidence confidenceOf(const Match &match, int fittingMatches)
{
    switch (match.checkDigit) {
    case CheckDigitState::Invalid:
    case CheckDigitState::Unconfirmed:
        return TrackingConfidence::Low;
    case CheckDigitState::NotApplicable:
        return TrackingConfidence::Medium;
    case CheckDigitState::Valid:
        return match.sharedFormat || fittingMatches > 1 ? TrackingConfidence::Medium
                                                        : TrackingConfidence::High;
    }
    return TrackingConfidence::Low;
}

} // namespace

TrackingNumberDetector::TrackingNumberDetector(QStringView shopCountry)
    : m_shopCountry(shopCountry.trimmed().toString().toUpper())
{}

TrackingDetection TrackingNumberDetector::detect(QStringView text) const
{
    TrackingDetection detection;
    detection.input = TrackingNumberInput::normalise(text);
    if (!detection.input.isValid())
        return detection;

    // The order here breaks ties between equally good guesses: the more common carrier first.
    const QStringView n = detection.input.number;
    Matches matches;
    matchUps(n, matches);
    matchS10(n, matches);
    matchAmazon(n, m_shopCountry, matches);
    matchFedex(n, matches);
    matchUsps(n, matches);
    matchDhl(n, matches);
    matchDpd(n, m_shopCountry, matches);
    matchGls(n, m_shopCountry, matches);
    matchNordicSscc(n, m_shopCountry, matches);
    matchCanadaPost(n, matches);

    const int fittingMatches = int(
        std::count_if(matches.cbegin(), matches.cend(), [](const Match &m) {
            return m.checkDigit == CheckDigitState::Valid
                   || m.checkDigit == CheckDigitState::NotApplicable;
        }));
    for (const Match &match : matches) {
        TrackingCandidate candidate;
        candidate.company = match.company;
        candidate.carrierName = match.carrierName.isEmpty() ? match.company : match.carrierName;
        candidate.format = match.format;
        candidate.number = match.number;
        candidate.url = match.company.isEmpty()
                            ? CarrierDirectory::anyPostTrackingUrl(match.number)
                            : CarrierDirectory::trackingUrl(match.company, match.number);
        candidate.checkDigit = match.checkDigit;
        candidate.confidence = confidenceOf(match, fittingMatches);
        detection.candidates.append(candidate);
    }

    const QString country = m_shopCountry;
    std::stable_sort(detection.candidates.begin(),
                     detection.candidates.end(),
                     [&country](const TrackingCandidate &a, const TrackingCandidate &b) {
                         if (a.confidence != b.confidence)
                             return a.confidence > b.confidence;
                         return CarrierDirectory::isHomeCarrier(a.company, country)
                                && !CarrierDirectory::isHomeCarrier(b.company, country);
                     });
    return detection;
}

QString TrackingNumberDetector::trackingUrl(QStringView company, QStringView number)
{
    return CarrierDirectory::trackingUrl(company, number);
}

QStringList TrackingNumberDetector::detectableCompanies()
{
    QStringList companies = CarrierDirectory::companies();
    // Every national variant the shop's country can select.
    for (const QStringView country : {u"", u"GB", u"IE", u"IT", u"DK", u"SE", u"NO", u"FI"}) {
        for (const QString &name : {amazonCompany(country),
                                    dpdCompany(country),
                                    glsCompany(country),
                                    postNordCompany(country)}) {
            if (!companies.contains(name))
                companies.append(name);
        }
    }
    return companies;
}
