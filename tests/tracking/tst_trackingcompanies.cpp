#include "core/tracking/TrackingCompanies.h"
#include "core/tracking/TrackingNumberDetector.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Our copy of Shopify's tracking company list against the schema it was copied from.
class TestTrackingCompanies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyNameIsInTheSchema();
    void everyNameOfTheSchemaIsKnown();
    void countrySectionsMatch();
    void detectorReturnsOnlyShopifyNames();
    void lookupIgnoresCaseAndSpacing();
    void shopCountryAddsItsOwnNames();
    void suggestsNamesForAPartialOne();

private:
    // The "Supported tracking companies" section of FulfillmentTrackingInfo.company.
    QString m_description;
    QStringList m_anyCountry;               // "display for shops located in any country"
    QMap<QString, QStringList> m_byCountry; // country name as Shopify writes it -> names
};

namespace {

QString sharedDir()
{
    const QString shared = qEnvironmentVariable("SMIDIG_SHARED_DIR");
    if (!shared.isEmpty())
        return shared;
    return QDir(qEnvironmentVariable("SMIDIG_SOURCE_DIR", QDir::currentPath()))
        .absoluteFilePath(u"../shared"_s);
}

// Shopify's country headings and their ISO codes.
const QMap<QString, QString> &countryCodes()
{
    static const QMap<QString, QString> codes{
        {u"Australia"_s, u"AU"_s},      {u"Austria"_s, u"AT"_s},     {u"Bulgaria"_s, u"BG"_s},
        {u"Canada"_s, u"CA"_s},         {u"China"_s, u"CN"_s},       {u"Czechia"_s, u"CZ"_s},
        {u"Germany"_s, u"DE"_s},        {u"Spain"_s, u"ES"_s},       {u"France"_s, u"FR"_s},
        {u"United Kingdom"_s, u"GB"_s}, {u"Greece"_s, u"GR"_s},      {u"Hong Kong SAR"_s, u"HK"_s},
        {u"Ireland"_s, u"IE"_s},        {u"India"_s, u"IN"_s},       {u"Italy"_s, u"IT"_s},
        {u"Japan"_s, u"JP"_s},          {u"Netherlands"_s, u"NL"_s}, {u"Norway"_s, u"NO"_s},
        {u"Poland"_s, u"PL"_s},         {u"Turkey"_s, u"TR"_s},      {u"United States"_s, u"US"_s},
        {u"South Africa"_s, u"ZA"_s},
    };
    return codes;
}

} // namespace

void TestTrackingCompanies::initTestCase()
{
    QFile schema(QDir(sharedDir()).filePath(u"shopify/admin-2026-01.graphql"_s));
    QVERIFY2(schema.open(QIODevice::ReadOnly), qPrintable(schema.fileName()));
    const QString text = QString::fromUtf8(schema.readAll());

    const qsizetype type = text.indexOf(u"type FulfillmentTrackingInfo {");
    QVERIFY(type >= 0);
    const qsizetype start = text.indexOf(u"### Supported tracking companies", type);
    const qsizetype end = text.indexOf(u"\"\"\"", start);
    QVERIFY(start > type && end > start);
    m_description = text.mid(start, end - start);

    const qsizetype specific = m_description.indexOf(u"for shops located in specific countries");
    QVERIFY(specific > 0);
    const QString anyCountry = m_description.left(specific);
    static const QRegularExpression bullet(u"^\\s*\\* (.+?)\\s*$"_s,
                                           QRegularExpression::MultilineOption);
    for (auto it = bullet.globalMatch(anyCountry); it.hasNext();)
        m_anyCountry.append(it.next().captured(1));

    // "* **Country**: a, b,\n  c" with names wrapping onto the next lines.
    const QString countries = m_description.mid(specific);
    static const QRegularExpression section(u"\\* \\*\\*(.+?)\\*\\*:(.*?)(?=\\n\\s*\\* |$)"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    for (auto it = section.globalMatch(countries); it.hasNext();) {
        const auto match = it.next();
        QString names = match.captured(2).simplified();
        if (names.endsWith(u'.'))
            names.chop(1);
        QStringList list;
        for (const QString &name : names.split(u',', Qt::SkipEmptyParts))
            list.append(name.trimmed());
        m_byCountry.insert(match.captured(1), list);
    }
    QVERIFY2(m_anyCountry.size() > 100, "the list for any country was not found");
    QCOMPARE(m_byCountry.size(), countryCodes().size());
}

void TestTrackingCompanies::everyNameIsInTheSchema()
{
    QSet<QString> schemaNames(m_anyCountry.cbegin(), m_anyCountry.cend());
    for (const auto &names : m_byCountry)
        schemaNames.unite(QSet<QString>(names.cbegin(), names.cend()));
    for (const QString &name : TrackingCompanies::all()) {
        QVERIFY2(schemaNames.contains(name), qPrintable(name));
        QVERIFY2(m_description.simplified().contains(name), qPrintable(name));
    }
}

void TestTrackingCompanies::everyNameOfTheSchemaIsKnown()
{
    const QStringList ours = TrackingCompanies::all();
    for (const QString &name : m_anyCountry) {
        QVERIFY2(ours.contains(name), qPrintable(name));
        QVERIFY2(TrackingCompanies::countriesOf(name).isEmpty(), qPrintable(name));
    }
    for (const auto &names : m_byCountry) {
        for (const QString &name : names)
            QVERIFY2(ours.contains(name), qPrintable(name));
    }
    // Each name once.
    QCOMPARE(QSet<QString>(ours.cbegin(), ours.cend()).size(), ours.size());
}

void TestTrackingCompanies::countrySectionsMatch()
{
    for (auto it = m_byCountry.cbegin(); it != m_byCountry.cend(); ++it) {
        const QString code = countryCodes().value(it.key());
        QVERIFY2(!code.isEmpty(), qPrintable(it.key()));
        const QStringList shown = TrackingCompanies::forShopCountry(code);
        for (const QString &name : it.value()) {
            QVERIFY2(shown.contains(name), qPrintable(it.key() + u": "_s + name));
            // A name listed for every country carries no country of its own.
            if (!m_anyCountry.contains(name))
                QVERIFY2(TrackingCompanies::countriesOf(name).contains(code), qPrintable(name));
        }
    }
    // And no name claims a country that Shopify does not list it under.
    for (const QString &name : TrackingCompanies::all()) {
        for (const QString &code : TrackingCompanies::countriesOf(name)) {
            const QString country = countryCodes().key(code);
            QVERIFY2(m_byCountry.value(country).contains(name), qPrintable(name + u" in "_s + code));
        }
    }
}

void TestTrackingCompanies::detectorReturnsOnlyShopifyNames()
{
    for (const QString &name : TrackingNumberDetector::detectableCompanies())
        QVERIFY2(TrackingCompanies::contains(name), qPrintable(name));

    // And what detect() really returns, for one number of each format, in several countries.
    const QStringList numbers{
        u"1Z999AA10123456784"_s,
        u"9400111201080805483016"_s,
        u"986578788855"_s,
        u"041441760228964"_s,
        u"3318810025"_s,
        u"JJD0099999999"_s,
        u"GM2951173225174494"_s,
        u"01905002345615Y"_s,
        u"201234567898"_s,
        u"00370724760120000898"_s,
        u"0073938000549297"_s,
        u"TBA502887274000"_s,
    };
    QStringList s10;
    for (const QStringView country : {u"GB",
                                      u"US",
                                      u"CA",
                                      u"DK",
                                      u"SE",
                                      u"NO",
                                      u"DE",
                                      u"FR",
                                      u"NL",
                                      u"JP",
                                      u"CN",
                                      u"BR",
                                      u"TR",
                                      u"LT",
                                      u"AT",
                                      u"BF"})
        s10.append(u"RR123456785"_s + country);
    for (const QString &shop :
         {u""_s, u"DK"_s, u"SE"_s, u"NO"_s, u"FI"_s, u"GB"_s, u"IE"_s, u"IT"_s, u"US"_s, u"DE"_s}) {
        const TrackingNumberDetector detector(shop);
        for (const QString &number : numbers + s10) {
            const TrackingDetection detection = detector.detect(number);
            QVERIFY2(!detection.candidates.isEmpty(), qPrintable(number));
            for (const auto &candidate : detection.candidates) {
                QVERIFY2(TrackingCompanies::contains(candidate.company),
                         qPrintable(shop + u": "_s + number + u" -> "_s + candidate.company));
            }
        }
    }
}

void TestTrackingCompanies::lookupIgnoresCaseAndSpacing()
{
    QCOMPARE(TrackingCompanies::canonical(u"fedex"), std::optional<QString>(u"FedEx"_s));
    QCOMPARE(TrackingCompanies::canonical(u"  dhl   EXPRESS "),
             std::optional<QString>(u"DHL Express"_s));
    QCOMPARE(TrackingCompanies::canonical(u"postnord dk"), std::optional<QString>(u"PostNord DK"_s));
    QCOMPARE(TrackingCompanies::canonical(u"ÖSTERREICHISCHE POST"),
             std::optional<QString>(u"Österreichische Post"_s));
    QCOMPARE(TrackingCompanies::canonical(u"lietuvos paštas"),
             std::optional<QString>(u"Lietuvos Paštas"_s));
    QCOMPARE(TrackingCompanies::canonical(u"Fed Ex"), std::nullopt);
    QCOMPARE(TrackingCompanies::canonical(u""), std::nullopt);
    QCOMPARE(TrackingCompanies::canonical(u"PostNord"), std::nullopt);

    QVERIFY(TrackingCompanies::contains(u"FedEx"));
    QVERIFY(!TrackingCompanies::contains(u"fedex"));
    QVERIFY(!TrackingCompanies::contains(u""));
}

void TestTrackingCompanies::shopCountryAddsItsOwnNames()
{
    const QStringList anywhere = TrackingCompanies::forShopCountry(u"");
    QCOMPARE(anywhere.size(), m_anyCountry.size());
    const QStringList norway = TrackingCompanies::forShopCountry(u"no");
    QVERIFY(norway.contains(u"Bring"_s));
    QVERIFY(norway.contains(u"PostNord NO"_s));
    QVERIFY(!anywhere.contains(u"Bring"_s));
    QVERIFY(!norway.contains(u"Hermes"_s));
    QVERIFY(TrackingCompanies::forShopCountry(u"DE").contains(u"Hermes"_s));
    QCOMPARE(TrackingCompanies::countriesOf(u"DHL Parcel"), (QStringList{u"GB"_s, u"NL"_s}));
}

void TestTrackingCompanies::suggestsNamesForAPartialOne()
{
    const QStringList postNord = TrackingCompanies::suggestions(u"postnord");
    QCOMPARE(postNord,
             (QStringList{u"Portal PostNord"_s,
                          u"PostNord DK"_s,
                          u"PostNord NO"_s,
                          u"PostNord SE"_s}));
    QCOMPARE(TrackingCompanies::suggestions(u"dhl", 2).size(), 2);
    QVERIFY(TrackingCompanies::suggestions(u"zzzz").isEmpty());
    QVERIFY(TrackingCompanies::suggestions(u"  ").isEmpty());
}

QTEST_GUILESS_MAIN(TestTrackingCompanies)
#include "tst_trackingcompanies.moc"
