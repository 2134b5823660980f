#pragma once

#include <QComboBox>

// The shop's country, chosen from the countries Shopify knows (ISO 3166 alpha-2 codes),
// listed by name with the code beside it ("Denmark (DK)"), with "Not set" first. Typing the
// start of a name finds it, as in any combo box.
class CountryComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    // "DK", or empty when none is chosen.
    QString countryCode() const;
    // Chooses the country; a code Smidig does not list is added as it is, so nothing set
    // elsewhere is lost by opening the dialog.
    void setCountryCode(const QString &code);
};
