#include "core/tracking/TrackingCompanies.h"

#include <array>

namespace {

struct Company
{
    QStringView name;
    QStringView countries; // space-separated ISO codes; empty when shown in every country
};

// Copied by hand from the schema's description; tst_trackingcompanies checks it against the
// schema file, both ways, so a new API version that renames a company fails the tests.
constexpr std::array kCompanies{
    // "The following tracking companies display for shops located in any country"
    Company{u"4PX", {}},
    Company{u"AGS", {}},
    Company{u"Amazon", {}},
    Company{u"Amazon Logistics UK", {}},
    Company{u"An Post", {}},
    Company{u"Anjun Logistics", {}},
    Company{u"APC", {}},
    Company{u"Asendia USA", {}},
    Company{u"Australia Post", {}},
    Company{u"Bonshaw", {}},
    Company{u"BPost", {}},
    Company{u"BPost International", {}},
    Company{u"Canada Post", {}},
    Company{u"Canpar", {}},
    Company{u"CDL Last Mile", {}},
    Company{u"China Post", {}},
    Company{u"Chronopost", {}},
    Company{u"Chukou1", {}},
    Company{u"Colissimo", {}},
    Company{u"Comingle", {}},
    Company{u"Coordinadora", {}},
    Company{u"Correios", {}},
    Company{u"Correos", {}},
    Company{u"CTT", {}},
    Company{u"CTT Express", {}},
    Company{u"Cyprus Post", {}},
    Company{u"Delnext", {}},
    Company{u"Deutsche Post", {}},
    Company{u"DHL eCommerce", {}},
    Company{u"DHL eCommerce Asia", {}},
    Company{u"DHL Express", {}},
    Company{u"DPD", {}},
    Company{u"DPD Local", {}},
    Company{u"DPD UK", {}},
    Company{u"DTD Express", {}},
    Company{u"DX", {}},
    Company{u"Eagle", {}},
    Company{u"Estes", {}},
    Company{u"Evri", {}},
    Company{u"FedEx", {}},
    Company{u"First Global Logistics", {}},
    Company{u"First Line", {}},
    Company{u"FSC", {}},
    Company{u"Fulfilla", {}},
    Company{u"GLS", {}},
    Company{u"Guangdong Weisuyi Information Technology (WSE)", {}},
    Company{u"Heppner Internationale Spedition GmbH & Co.", {}},
    Company{u"Iceland Post", {}},
    Company{u"IDEX", {}},
    Company{u"Israel Post", {}},
    Company{u"Japan Post (EN)", {}},
    Company{u"Japan Post (JA)", {}},
    Company{u"La Poste Colissimo", {}},
    Company{u"La Poste Burkina Faso", {}},
    Company{u"Lasership", {}},
    Company{u"Latvia Post", {}},
    Company{u"Lietuvos Paštas", {}},
    Company{u"Logisters", {}},
    Company{u"Lone Star Overnight", {}},
    Company{u"M3 Logistics", {}},
    Company{u"Meteor Space", {}},
    Company{u"Mondial Relay", {}},
    Company{u"New Zealand Post", {}},
    Company{u"NinjaVan", {}},
    Company{u"North Russia Supply Chain (Shenzhen) Co.", {}},
    Company{u"OnTrac", {}},
    Company{u"Packeta", {}},
    Company{u"Pago Logistics", {}},
    Company{u"Ping An Da Tengfei Express", {}},
    Company{u"Pitney Bowes", {}},
    Company{u"Portal PostNord", {}},
    Company{u"Poste Italiane", {}},
    Company{u"PostNL", {}},
    Company{u"PostNord DK", {}},
    Company{u"PostNord NO", {}},
    Company{u"PostNord SE", {}},
    Company{u"Purolator", {}},
    Company{u"Qxpress", {}},
    Company{u"Qyun Express", {}},
    Company{u"Royal Mail", {}},
    Company{u"Royal Shipments", {}},
    Company{u"Sagawa (EN)", {}},
    Company{u"Sagawa (JA)", {}},
    Company{u"Sendle", {}},
    Company{u"SF Express", {}},
    Company{u"SFC Fulfillment", {}},
    Company{u"SHREE NANDAN COURIER", {}},
    Company{u"Singapore Post", {}},
    Company{u"Southwest Air Cargo", {}},
    Company{u"StarTrack", {}},
    Company{u"Step Forward Freight", {}},
    Company{u"Swiss Post", {}},
    Company{u"TForce Final Mile", {}},
    Company{u"Tinghao", {}},
    Company{u"TNT", {}},
    Company{u"Toll IPEC", {}},
    Company{u"United Delivery Service", {}},
    Company{u"UPS", {}},
    Company{u"USPS", {}},
    Company{u"Venipak", {}},
    Company{u"We Post", {}},
    Company{u"Whistl", {}},
    Company{u"Wizmo", {}},
    Company{u"WMYC", {}},
    Company{u"Xpedigo", {}},
    Company{u"XPO Logistics", {}},
    Company{u"Yamato (EN)", {}},
    Company{u"Yamato (JA)", {}},
    Company{u"YiFan Express", {}},
    Company{u"YunExpress", {}},
    // "The following tracking companies are displayed for shops located in specific
    // countries", leaving out names already listed above.
    Company{u"Aramex Australia", u"AU"},
    Company{u"TNT Australia", u"AU"},
    Company{u"Hunter Express", u"AU"},
    Company{u"Couriers Please", u"AU"},
    Company{u"Bonds", u"AU"},
    Company{u"Allied Express", u"AU"},
    Company{u"Direct Couriers", u"AU"},
    Company{u"Northline", u"AU"},
    Company{u"GO Logistics", u"AU"},
    Company{u"Österreichische Post", u"AT"},
    Company{u"Speedy", u"BG"},
    Company{u"Intelcom", u"CA"},
    Company{u"BoxKnight", u"CA"},
    Company{u"Loomis", u"CA"},
    Company{u"WanbExpress", u"CN"},
    Company{u"Zásilkovna", u"CZ"},
    Company{u"Deutsche Post (DE)", u"DE"},
    Company{u"Deutsche Post (EN)", u"DE"},
    Company{u"DHL", u"DE"},
    Company{u"Swiship", u"DE"},
    Company{u"Hermes", u"DE"},
    Company{u"SEUR", u"ES"},
    Company{u"Colis Privé", u"FR"},
    Company{u"Parcelforce", u"GB"},
    Company{u"Yodel", u"GB"},
    Company{u"DHL Parcel", u"GB NL"},
    Company{u"Tuffnells", u"GB"},
    Company{u"ACS Courier", u"GR"},
    Company{u"Fastway", u"IE ZA"},
    Company{u"DPD Ireland", u"IE"},
    Company{u"DTDC", u"IN"},
    Company{u"India Post", u"IN"},
    Company{u"Delhivery", u"IN"},
    Company{u"Gati KWE", u"IN"},
    Company{u"Professional Couriers", u"IN"},
    Company{u"XpressBees", u"IN"},
    Company{u"Ecom Express", u"IN"},
    Company{u"Ekart", u"IN"},
    Company{u"Shadowfax", u"IN"},
    Company{u"Bluedart", u"IN"},
    Company{u"BRT", u"IT"},
    Company{u"GLS Italy", u"IT"},
    Company{u"エコ配", u"JP"},
    Company{u"西濃運輸", u"JP"},
    Company{u"西濃スーパーエキスプレス", u"JP"},
    Company{u"福山通運", u"JP"},
    Company{u"日本通運", u"JP"},
    Company{u"名鉄運輸", u"JP"},
    Company{u"第一貨物", u"JP"},
    Company{u"Bring", u"NO"},
    Company{u"Inpost", u"PL"},
    Company{u"PTT", u"TR"},
    Company{u"Yurtiçi Kargo", u"TR"},
    Company{u"Aras Kargo", u"TR"},
    Company{u"Sürat Kargo", u"TR"},
    Company{u"Alliance Air Freight", u"US"},
    Company{u"Pilot Freight", u"US"},
    Company{u"LSO", u"US"},
    Company{u"Old Dominion", u"US"},
    Company{u"Pandion", u"US"},
    Company{u"R+L Carriers", u"US"},
    Company{u"Skynet", u"ZA"},
};

const Company *find(QStringView name)
{
    for (const auto &company : kCompanies) {
        if (company.name == name)
            return &company;
    }
    return nullptr;
}

} // namespace

namespace TrackingCompanies {

QStringList all()
{
    QStringList names;
    names.reserve(qsizetype(kCompanies.size()));
    for (const auto &company : kCompanies)
        names.append(company.name.toString());
    return names;
}

QStringList forShopCountry(QStringView countryCode)
{
    QStringList names;
    for (const auto &company : kCompanies) {
        const bool everywhere = company.countries.isEmpty();
        const bool local = !countryCode.isEmpty()
                           && company.countries.split(u' ').contains(
                               countryCode.toString().toUpper());
        if (everywhere || local)
            names.append(company.name.toString());
    }
    return names;
}

QStringList countriesOf(QStringView name)
{
    const Company *company = find(name);
    if (!company || company->countries.isEmpty())
        return {};
    QStringList countries;
    for (const QStringView code : company->countries.split(u' '))
        countries.append(code.toString());
    return countries;
}

bool contains(QStringView name)
{
    return find(name) != nullptr;
}

std::optional<QString> canonical(QStringView name)
{
    const QString wanted = name.toString().simplified();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto &company : kCompanies) {
        if (company.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return company.name.toString();
    }
    return std::nullopt;
}

QStringList suggestions(QStringView text, int limit)
{
    const QString wanted = text.toString().simplified();
    QStringList names;
    if (wanted.isEmpty())
        return names;
    for (const auto &company : kCompanies) {
        if (names.size() >= limit)
            break;
        if (company.name.contains(wanted, Qt::CaseInsensitive))
            names.append(company.name.toString());
    }
    return names;
}

} // namespace TrackingCompanies
