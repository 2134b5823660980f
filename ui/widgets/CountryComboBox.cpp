#include "ui/widgets/CountryComboBox.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Country
{
    QString code;
    QString name;
};

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper()
           && code.at(0).unicode() < 128 && code.at(1).unicode() < 128;
}

// Qt's territories that are countries to Shopify: its two-letter codes without the
// groupings (EU, eurozone, UN, outlying Oceania, unknown) and the CLDR reservations that
// Shopify has no country for.
QList<Country> countries()
{
    static const QSet<QString> notCountries{u"EU"_s,
                                            u"EZ"_s,
                                            u"UN"_s,
                                            u"QO"_s,
                                            u"ZZ"_s,
                                            u"IC"_s,
                                            u"EA"_s,
                                            u"DG"_s,
                                            u"CP"_s};
    QList<Country> list;
    QSet<QString> seen;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (!isCountryCode(code) || notCountries.contains(code) || seen.contains(code))
            continue;
        seen.insert(code);
        list.append({code, QLocale::territoryToString(territory)});
    }
    QCollator collator;
    std::sort(list.begin(), list.end(), [&collator](const Country &a, const Country &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"countryBox"_s);
    //: No shop country chosen: only the carrier names for every country are offered first
    addItem(tr("Not set"), QString());
    for (const Country &country : countries())
        //: A country in the list: %1 is its name, %2 its ISO code ("Denmark (DK)")
        addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);
    setMaxVisibleItems(20);
}

QString CountryComboBox::countryCode() const
{
    return currentData().toString();
}

void CountryComboBox::setCountryCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    int index = findData(wanted);
    if (index < 0) {
        addItem(wanted, wanted);
        index = count() - 1;
    }
    setCurrentIndex(index);
}
