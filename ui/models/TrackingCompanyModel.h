#pragma once

#include <QAbstractListModel>
#include <QStringList>

// Shopify's tracking companies for the carrier choice: those Shopify shows to a shop in its
// country first, a separator, then every other name. One instance is shared by every carrier
// box of a dialog, so a hundred shipments do not hold a hundred copies of the list.
class TrackingCompanyModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TrackingCompanyModel(const QString &shopCountry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isSeparator(int row) const { return row == m_separatorRow; }
    // The row of a company name, or -1.
    int rowOf(const QString &company) const;

private:
    QStringList m_names; // the separator's row holds an empty name
    int m_separatorRow = -1;
};
