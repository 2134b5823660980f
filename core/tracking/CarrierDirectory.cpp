#include "core/tracking/CarrierDirectory.h"

#include <QUrl>

#include <array>

namespace {

// Countries where the European parcel networks (GLS, DPD) deliver as a home market.
constexpr QStringView kEurope
    = u"AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO "
      u"SE SI SK";

struct Carrier
{
    QStringView company;
    QStringView urlTemplate; // %1 is the number; empty when no public page is known
    QStringView homeCountries;
};

// Public tracking pages, as the carriers link them from their own sites.
constexpr std::array kCarriers{
    Carrier{u"UPS", u"https://www.ups.com/track?tracknum=%1", {}},
    Carrier{u"FedEx", u"https://www.fedex.com/fedextrack/?trknbr=%1", {}},
    Carrier{u"DHL Express",
            u"https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&"
            u"tracking-id=%1",
            {}},
    Carrier{u"DHL eCommerce",
            u"https://www.dhl.com/global-en/home/tracking/tracking-ecommerce.html?submit=1&"
            u"tracking-id=%1",
            {}},
    Carrier{u"Amazon", u"https://track.amazon.com/tracking/%1", {}},
    Carrier{u"Amazon Logistics UK", u"https://track.amazon.com/tracking/%1", u"GB"},
    Carrier{u"USPS", u"https://tools.usps.com/go/TrackConfirmAction?tLabels=%1", u"US"},
    Carrier{u"Canada Post",
            u"https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%1",
            u"CA"},
    Carrier{u"Royal Mail", u"https://www.royalmail.com/track-your-item#/tracking-results/%1", u"GB"},
    Carrier{u"DPD", u"https://tracking.dpd.de/status/en_US/parcel/%1", kEurope},
    Carrier{u"DPD UK", u"https://track.dpd.co.uk/parcels/%1", u"GB"},
    Carrier{u"DPD Ireland", u"https://tracking.dpd.de/status/en_US/parcel/%1", u"IE"},
    Carrier{u"GLS", u"https://gls-group.com/GROUP/en/parcel-tracking?match=%1", kEurope},
    Carrier{u"GLS Italy", u"https://gls-group.com/GROUP/en/parcel-tracking?match=%1", u"IT"},
    Carrier{u"PostNord DK", u"https://portal.postnord.com/tracking/details/%1", u"DK"},
    Carrier{u"PostNord SE", u"https://portal.postnord.com/tracking/details/%1", u"SE"},
    Carrier{u"PostNord NO", u"https://portal.postnord.com/tracking/details/%1", u"NO"},
    Carrier{u"Portal PostNord", u"https://portal.postnord.com/tracking/details/%1", u"DK SE NO FI"},
    Carrier{u"Bring", u"https://tracking.bring.com/tracking/%1", u"NO"},
    Carrier{u"Deutsche Post",
            u"https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode=%1",
            u"DE"},
    Carrier{u"Australia Post", u"https://auspost.com.au/mypost/track/details/%1", u"AU"},
    Carrier{u"New Zealand Post", u"https://www.nzpost.co.nz/tools/tracking?trackid=%1", u"NZ"},
    Carrier{u"An Post", u"https://www.anpost.com/Post-Parcels/Track/History?item=%1", u"IE"},
    Carrier{u"PostNL", u"https://jouw.postnl.nl/track-and-trace/%1", u"NL"},
    Carrier{u"BPost", u"https://track.bpost.cloud/btr/web/#/search?itemCode=%1", u"BE"},
    Carrier{u"La Poste Colissimo",
            u"https://www.laposte.fr/outils/suivre-vos-envois?code=%1",
            u"FR"},
    Carrier{u"Poste Italiane",
            u"https://www.poste.it/cerca/index.html#/risultati-spedizioni/%1",
            u"IT"},
    Carrier{u"Correos",
            u"https://www.correos.es/es/en/tools/tracker/items/details?tracking-number=%1",
            u"ES"},
    Carrier{u"Swiss Post", u"https://service.post.ch/ekp-web/ui/entry/search/%1", u"CH"},
    Carrier{u"Österreichische Post", u"https://www.post.at/s/sendungsdetails?snr=%1", u"AT"},
    Carrier{u"Japan Post (EN)",
            u"https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%1&"
            u"locale=en",
            u"JP"},
    // National posts in Shopify's list whose tracking page address we have not confirmed:
    // anyPostTrackingUrl() stands in.
    Carrier{u"China Post", {}, u"CN"},
    Carrier{u"Singapore Post", {}, u"SG"},
    Carrier{u"Iceland Post", {}, u"IS"},
    Carrier{u"Israel Post", {}, u"IL"},
    Carrier{u"Latvia Post", {}, u"LV"},
    Carrier{u"Lietuvos Paštas", {}, u"LT"},
    Carrier{u"Cyprus Post", {}, u"CY"},
    Carrier{u"Correios", {}, u"BR"},
    Carrier{u"CTT", {}, u"PT"},
    Carrier{u"India Post", {}, u"IN"},
    Carrier{u"PTT", {}, u"TR"},
    Carrier{u"La Poste Burkina Faso", {}, u"BF"},
};

struct PostalOperator
{
    QStringView countryCode;
    QStringView company;
};

// The operator designated to the UPU for each country, where Shopify lists it. Norway's is
// Posten Norge, whose parcel brand Shopify lists as Bring (PostNord NO is a private carrier
// there); Finland's Posti is not in Shopify's list.
constexpr std::array kPostalOperators{
    PostalOperator{u"US", u"USPS"},
    PostalOperator{u"CA", u"Canada Post"},
    PostalOperator{u"GB", u"Royal Mail"},
    PostalOperator{u"DK", u"PostNord DK"},
    PostalOperator{u"SE", u"PostNord SE"},
    PostalOperator{u"NO", u"Bring"},
    PostalOperator{u"DE", u"Deutsche Post"},
    PostalOperator{u"AU", u"Australia Post"},
    PostalOperator{u"NZ", u"New Zealand Post"},
    PostalOperator{u"IE", u"An Post"},
    PostalOperator{u"NL", u"PostNL"},
    PostalOperator{u"BE", u"BPost"},
    PostalOperator{u"FR", u"La Poste Colissimo"},
    PostalOperator{u"IT", u"Poste Italiane"},
    PostalOperator{u"ES", u"Correos"},
    PostalOperator{u"PT", u"CTT"},
    PostalOperator{u"CH", u"Swiss Post"},
    PostalOperator{u"AT", u"Österreichische Post"},
    PostalOperator{u"JP", u"Japan Post (EN)"},
    PostalOperator{u"CN", u"China Post"},
    PostalOperator{u"SG", u"Singapore Post"},
    PostalOperator{u"IS", u"Iceland Post"},
    PostalOperator{u"IL", u"Israel Post"},
    PostalOperator{u"LV", u"Latvia Post"},
    PostalOperator{u"LT", u"Lietuvos Paštas"},
    PostalOperator{u"CY", u"Cyprus Post"},
    PostalOperator{u"BR", u"Correios"},
    PostalOperator{u"IN", u"India Post"},
    PostalOperator{u"TR", u"PTT"},
    PostalOperator{u"BF", u"La Poste Burkina Faso"},
};

const Carrier *find(QStringView company)
{
    for (const auto &carrier : kCarriers) {
        if (carrier.company == company)
            return &carrier;
    }
    return nullptr;
}

QString fill(QStringView urlTemplate, QStringView number)
{
    return urlTemplate.toString().arg(
        QString::fromLatin1(QUrl::toPercentEncoding(number.toString())));
}

} // namespace

namespace CarrierDirectory {

QString trackingUrl(QStringView company, QStringView number)
{
    const Carrier *carrier = find(company);
    if (!carrier)
        return {};
    if (carrier->urlTemplate.isEmpty())
        return anyPostTrackingUrl(number);
    return fill(carrier->urlTemplate, number);
}

QString anyPostTrackingUrl(QStringView number)
{
    return fill(u"https://t.17track.net/en#nums=%1", number);
}

bool isHomeCarrier(QStringView company, QStringView countryCode)
{
    const Carrier *carrier = find(company);
    if (!carrier || countryCode.size() != 2)
        return false;
    const QString code = countryCode.toString().toUpper();
    return carrier->homeCountries.split(u' ').contains(QStringView(code));
}

QString postalOperator(QStringView countryCode)
{
    for (const auto &entry : kPostalOperators) {
        if (entry.countryCode == countryCode)
            return entry.company.toString();
    }
    return {};
}

QStringList companies()
{
    QStringList names;
    for (const auto &carrier : kCarriers)
        names.append(carrier.company.toString());
    for (const auto &entry : kPostalOperators) {
        if (!names.contains(entry.company))
            names.append(entry.company.toString());
    }
    return names;
}

} // namespace CarrierDirectory
