#include "core/demostore/GeneratorTables.h"

namespace demostore::tables {

const QList<ProductTemplate> &products()
{
    // 27 products, 80 variants. Two products have no SKU, and the tote bag shares a SKU with
    // the tea towel: real shops have both.
    static const QList<ProductTemplate> list{
        {"Uldsokker", "Smidig Uld", "Tøj", "SOCK-UL", 12995, {"36–38", "39–41", "42–44", "45–47"}},
        {"Merino hue", "Smidig Uld", "Tøj", "HUE-MER", 24900, {"Sand", "Skovgrøn", "Sort"}},
        {"Stentøjskrus",
         "Keramik & Co.",
         "Køkken",
         "KRUS",
         14900,
         {"Hvid", "Blåmusling", "Okker", "Grå"}},
        {"Duftlys", "Lysværket", "Hjem", "LYS", 8995, {"Gran", "Æble & kanel", "Lavendel"}},
        {"Viskestykke i hør", "Hørgården", "Køkken", "HOER-VS", 7995, {"Natur", "Rust", "Stribet"}},
        {"Ærø havsalt", "Ærø Salt", "Delikatesser", "SALT-AE", 5900, {"250 g", "1 kg"}},
        {"Rugbrødssæt", "Bageriet", "Delikatesser", "RUG-KIT", 11900, {}},
        {"Uldplaid", "Smidig Uld", "Hjem", "PLAID", 89900, {"130×180", "150×200", "Baby 80×100"}},
        {"Skærebræt i eg", "Træværk", "Køkken", "BRAET-EG", 29900, {"S", "M", "L"}},
        {"Emaljekande", "Keramik & Co.", "Køkken", "KANDE", 34900, {"Creme", "Flaskegrøn"}},
        {"Notesbog i læder", "Papirhuset", "Papir", "NOTE-LAE", 19900, {"A5", "A6"}},
        {"Strikkede vanter",
         "Smidig Uld",
         "Tøj",
         "VANTE",
         17900,
         {"S/M / Grå", "L/XL / Grå", "S/M / Rød", "L/XL / Rød"}},
        {"Regnjakke",
         "Nordvejr",
         "Tøj",
         "REGN",
         79900,
         {"S / Gul", "M / Gul", "L / Gul", "S / Navy", "M / Navy", "L / Navy"}},
        {"Gummistøvler", "Nordvejr", "Sko", "STOEVLE", 44900, {"37", "38", "39", "40", "41", "42"}},
        {"Bivoksklude", "Bi & Blomst", "Køkken", "", 9900, {}},
        {"Lakridsudvalg",
         "Lakridsfabrikken",
         "Delikatesser",
         "LAKRIDS",
         6900,
         {"Sød", "Salt", "Blandet"}},
        {"Porcelænstallerken", "Keramik & Co.", "Køkken", "TALL", 12900, {"Ø19", "Ø22", "Ø27"}},
        {"Tog i træ", "Legeværket", "Legetøj", "", 24900, {}},
        {"Cykelklokke", "Cykelsmeden", "Cykel", "KLOKKE", 6995, {"Messing", "Sort", "Mint", "Rød"}},
        {"Mulepose i bomuld", "Hørgården", "Tasker", "TOTE", 9900, {"Natur", "Sort"}},
        {"Tandbørste i bambus", "Bi & Blomst", "Pleje", "TAND", 3995, {"Blød", "Medium"}},
        {"Duftsæbe",
         "Bi & Blomst",
         "Pleje",
         "SAEBE",
         5995,
         {"Rabarber", "Havtorn", "Birk", "Uden duft"}},
        {"Termoflaske", "Nordvejr", "Køkken", "TERMO", 27900, {"0,5 l", "0,75 l", "1 l"}},
        {"Læsebriller",
         "Klarsyn",
         "Tilbehør",
         "BRILLE",
         14900,
         {"+1,0", "+1,5", "+2,0", "+2,5", "+3,0"}},
        {"Gavekort", "Smidig", "Gavekort", "GAVE", 20000, {"200 kr.", "500 kr.", "1000 kr."}},
        {"Nordisk kogebog", "Forlaget Fjord", "Bøger", "BOG-KOG", 29995, {"Dansk", "English"}},
        {"Opvaskebørste", "Træværk", "Køkken", "BOERSTE", 4995, {}},
    };
    return list;
}

const QList<CustomItem> &customItems()
{
    static const QList<CustomItem> list{{"Gravering af navn på skærebræt", 7500},
                                        {"Specialstrik: hue i egne farver", 34900},
                                        {"Gaveindpakning med kort", 2500},
                                        {"Tilpasset plaid, ekstra længde", 25000}};
    return list;
}

const QList<const char *> &companies()
{
    static const QList<const char *> list{"Café Fjordlys ApS",
                                          "Hygge & Co. Brugskunst",
                                          "Nordhavn Gårdbutik I/S"};
    return list;
}

const QList<const char *> &danishFirstNames()
{
    static const QList<const char *> list{"Søren",    "Mette",    "Anders", "Kirsten", "Jørgen",
                                          "Birgitte", "Lærke",    "Mads",   "Rasmus",  "Signe",
                                          "Asbjørn",  "Åse",      "Bjørn",  "Sørine",  "Kjeld",
                                          "Ditte",    "Frederik", "Ida",    "Malthe",  "Freja",
                                          "Æbbe",     "Øjvind",   "Karen",  "Niels"};
    return list;
}

const QList<const char *> &danishLastNames()
{
    static const QList<const char *> list{"Ødegaard",   "Jørgensen", "Sørensen",   "Kjærgaard",
                                          "Møller",     "Bæk",       "Østergaard", "Højgaard",
                                          "Nørgaard",   "Skovbæk",   "Ærenlund",   "Lykkegård",
                                          "Frølund",    "Dahl",      "Holm",       "Thygesen",
                                          "Ærøskøbing", "Nielsen",   "Kragh",      "Søndergård"};
    return list;
}

const QList<const char *> &germanFirstNames()
{
    static const QList<const char *> list{"Jürgen",
                                          "Günther",
                                          "Jörg",
                                          "Käthe",
                                          "Björn",
                                          "Uwe",
                                          "Sabine",
                                          "Dörte",
                                          "Matthias",
                                          "Anneliese",
                                          "Maximilian",
                                          "Lütje",
                                          "Grete",
                                          "Torben"};
    return list;
}

const QList<const char *> &germanLastNames()
{
    static const QList<const char *> list{"Weiß",
                                          "Müller",
                                          "Schäfer",
                                          "Groß",
                                          "Köhler",
                                          "Straßburger",
                                          "Fröhlich",
                                          "Bäcker",
                                          "Hößl",
                                          "Krüger",
                                          "Schmitz",
                                          "Meißner",
                                          "Lübke",
                                          "Vogt"};
    return list;
}

const QList<PersonName> &otherNames()
{
    static const QList<PersonName> list{{"Zoë", "Brontë"},
                                        {"François", "Lefèvre"},
                                        {"José", "Núñez"},
                                        {"Łukasz", "Wójcik"},
                                        {"Ólafur", "Guðmundsson"},
                                        {"Siobhán", "Ní Bhriain"},
                                        {"Ana", "García"},
                                        {"Wei", "Chen"},
                                        {"Priya", "Raman"},
                                        {"John", "Smith"},
                                        {"Emma", "Wilson"},
                                        {"花子", "山田"},
                                        {"Ayşe", "Yılmaz"},
                                        {"Håkon", "Ås"},
                                        {"Anaïs", "Dubois"}};
    return list;
}

const QList<Town> &towns()
{
    static const QList<Town> list{{"København K", "1150", "DK", "Købmagergade"},
                                  {"Aarhus C", "8000", "DK", "Søndergade"},
                                  {"Odense C", "5000", "DK", "Vestergade"},
                                  {"Ærøskøbing", "5970", "DK", "Vestergade"},
                                  {"Nørre Nebel", "6830", "DK", "Østergade"},
                                  {"Aalborg", "9000", "DK", "Bispensgade"},
                                  {"Vejle", "7100", "DK", "Nørregade"},
                                  {"Frederiksberg", "2000", "DK", "Gammel Kongevej"},
                                  {"Tórshavn", "100", "FO", "Áarvegur"},
                                  {"Flensburg", "24937", "DE", "Große Straße"},
                                  {"Köln", "50667", "DE", "Hohe Straße"},
                                  {"München", "80331", "DE", "Marienplatz"},
                                  {"Düsseldorf", "40213", "DE", "Königsallee"},
                                  {"Malmö", "211 22", "SE", "Södergatan"},
                                  {"Oslo", "0155", "NO", "Karl Johans gate"}};
    return list;
}

const QList<TrackingCompany> &trackingCompanies()
{
    static const QList<TrackingCompany> list{{"PostNord DK", 35},
                                             {"GLS", 25},
                                             {"DHL Express", 10},
                                             {"DPD", 10},
                                             {"UPS", 8},
                                             {"Deutsche Post", 7},
                                             {"FedEx", 5}};
    return list;
}

QList<const char *> holdNotes(FulfillmentHoldReason reason)
{
    switch (reason) {
    case FulfillmentHoldReason::AwaitingPayment:
        return {"Venter på bankoverførsel", "Waiting for MobilePay", nullptr};
    case FulfillmentHoldReason::HighRiskOfFraud:
        return {"Billing and shipping country differ: call the customer first",
                "Tre ordrer på en time fra samme kort",
                nullptr};
    case FulfillmentHoldReason::IncorrectAddress:
        return {"Postnummer mangler", "Street number missing", "Hausnummer fehlt", nullptr};
    case FulfillmentHoldReason::InventoryOutOfStock:
        return {"Back in stock next week", "Restordre: leveres fra lager i Vejle", nullptr};
    case FulfillmentHoldReason::UnknownDeliveryDate:
        return {"Customer will choose a delivery date", nullptr};
    case FulfillmentHoldReason::AwaitingReturnItems:
        return {"Ombytning: venter på returpakken", nullptr};
    case FulfillmentHoldReason::OnlineStorePostPurchaseCrossSell:
        return {nullptr};
    case FulfillmentHoldReason::Other:
    case FulfillmentHoldReason::Unknown:
        break;
    }
    return {"Kunden vil hente selv fredag", "Gift: ship together with order #1042", nullptr};
}

QString emailLocalPart(const QString &first, const QString &last)
{
    auto ascii = [](const QString &name) {
        QString spelled;
        for (const QChar c : name.toLower()) {
            switch (c.unicode()) {
            case u'æ':
                spelled += QStringLiteral("ae");
                break;
            case u'ø':
                spelled += QStringLiteral("oe");
                break;
            case u'å':
                spelled += QStringLiteral("aa");
                break;
            case u'ä':
                spelled += QStringLiteral("ae");
                break;
            case u'ö':
                spelled += QStringLiteral("oe");
                break;
            case u'ü':
                spelled += QStringLiteral("ue");
                break;
            case u'ß':
                spelled += QStringLiteral("ss");
                break;
            case u'ł':
                spelled += u'l';
                break;
            case u'ð':
                spelled += u'd';
                break;
            case u'ı':
                spelled += u'i';
                break;
            default:
                spelled += c;
            }
        }
        // Other accents go: decompose, then keep what is plain ASCII.
        QString plain;
        for (const QChar c : spelled.normalized(QString::NormalizationForm_D)) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                plain += c;
        }
        return plain;
    };
    const QString a = ascii(first);
    const QString b = ascii(last);
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    return a + u'.' + b;
}

} // namespace demostore::tables
