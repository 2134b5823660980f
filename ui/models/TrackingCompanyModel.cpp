#include "ui/models/TrackingCompanyModel.h"

#include "core/tracking/TrackingCompanies.h"

using namespace Qt::StringLiterals;

TrackingCompanyModel::TrackingCompanyModel(const QString &shopCountry, QObject *parent)
    : QAbstractListModel(parent)
{
    const QStringList local = TrackingCompanies::forShopCountry(shopCountry);
    QStringList others;
    for (const QString &name : TrackingCompanies::all()) {
        if (!local.contains(name))
            others.append(name);
    }
    m_names = local;
    if (!local.isEmpty() && !others.isEmpty()) {
        m_separatorRow = int(m_names.size());
        m_names.append(QString());
    }
    m_names.append(others);
}

int TrackingCompanyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant TrackingCompanyModel::data(const QModelIndex &index, int role) const
{
    // A combo box with nothing chosen asks for the invalid index: nothing to warn about.
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_names.at(index.row());
    case Qt::AccessibleDescriptionRole:
        // QComboBox draws a row described so as a dividing line.
        if (isSeparator(index.row()))
            return u"separator"_s;
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags TrackingCompanyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || isSeparator(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int TrackingCompanyModel::rowOf(const QString &company) const
{
    if (company.isEmpty())
        return -1;
    return int(m_names.indexOf(company));
}
