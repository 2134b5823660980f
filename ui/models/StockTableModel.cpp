#include "ui/models/StockTableModel.h"

#include "core/stock/StockDesk.h"
#include "ui/StockIcons.h"

#include <QHash>
#include <QLocale>

StockTableModel::StockTableModel(const StockDesk *desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{
    connect(desk, &StockDesk::rowsChanged, this, &StockTableModel::follow);
    follow();
}

void StockTableModel::follow()
{
    const QList<StockRow> &incoming = m_desk->rows();
    QHash<QString, int> wanted;
    for (int i = 0; i < incoming.size(); ++i)
        wanted.insert(incoming.at(i).key(), i);
    // Rows that went, from the back, in runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.contains(m_rows.at(row).key())) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).key()))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Rows that stay and changed.
    QHash<QString, int> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows.at(row).key(), row);
        const StockRow &fresh = incoming.at(wanted.value(m_rows.at(row).key()));
        if (!(fresh == m_rows.at(row))) {
            m_rows[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Rows that came, at the end.
    QList<StockRow> added;
    for (const StockRow &row : incoming) {
        if (!present.contains(row.key()))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int StockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow &row = m_rows.at(index.row());
    const InventoryLevel &level = row.level;
    const InventoryQuantities &q = level.quantities;
    const bool tracked = level.tracked;
    auto number = [&](int value) -> QVariant {
        if (role == SortRole)
            return value;
        // An untracked item's numbers mean nothing: Shopify does not count them.
        if (!tracked)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("\u2013")) : QVariant();
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(value)) : QVariant();
    };
    switch (role) {
    case RiskRole:
        return int(row.risk);
    case SkuRole:
        return level.sku;
    case InventoryItemRole:
        return level.inventoryItemId;
    case Qt::TextAlignmentRole:
        if (index.column() >= OnHand && index.column() <= Demand)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        return index.column() == Risk ? QVariant(StockIcons::forRisk(row.risk)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Risk || index.column() == Sku) {
            QString tip;
            switch (row.risk) {
            case StockRisk::Oversold:
                tip = tr("Oversold: open orders need %1, %2 on hand, %3 available.")
                          .arg(row.demand)
                          .arg(q.onHand)
                          .arg(q.available);
                break;
            case StockRisk::AtRisk:
                tip = level.policy == InventoryPolicy::Continue
                          ? tr("At risk: %1 available, and the variant keeps selling when out of "
                               "stock.")
                                .arg(q.available)
                          : tr("At risk: only %1 available.").arg(q.available);
                break;
            case StockRisk::Ok:
                tip = tr("%1 available.").arg(q.available);
                break;
            case StockRisk::Untracked:
                tip = tr("Shopify does not track this item's stock.");
                break;
            }
            if (index.column() == Sku && !level.sku.isEmpty())
                tip = tr("Click to show the orders with this SKU.") + u'\n' + tip;
            return tip;
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Sku:
        // An item without SKU goes by the title the orders give it: shown, sorted and
        // searched by that.
        if (level.sku.isEmpty() && role == Qt::DisplayRole)
            //: An item without SKU in the stock table; %1 is its title
            return tr("(no SKU) %1").arg(row.title).trimmed();
        return level.sku.isEmpty() ? row.title : level.sku;
    case Location:
        if (level.locationName.isEmpty())
            return role == Qt::DisplayRole ? tr("(not stocked)") : QString();
        return level.locationName;
    case OnHand:
        return number(q.onHand);
    case Committed:
        return number(q.committed);
    case Available:
        return number(q.available);
    case Incoming:
        return number(q.incoming);
    case Demand:
        return role == SortRole ? QVariant(row.demand) : QVariant(QLocale().toString(row.demand));
    case Risk:
        return role == SortRole ? QVariant(int(row.risk)) : QVariant(displayName(row.risk));
    case Policy:
        switch (level.policy) {
        //: The variant's inventory policy CONTINUE: it can be bought when out of stock
        case InventoryPolicy::Continue:
            return tr("Keeps selling");
        //: The variant's inventory policy DENY: it cannot be bought when out of stock
        case InventoryPolicy::Deny:
            return tr("Stops selling");
        case InventoryPolicy::Unknown:
            return QString();
        }
        return {};
    }
    return {};
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Location:
        return tr("Location");
    //: Stock physically at the location
    case OnHand:
        return tr("On Hand");
    //: Stock in placed orders that are not shipped yet
    case Committed:
        return tr("Committed");
    case Available:
        return tr("Available");
    case Incoming:
        return tr("Incoming");
    //: Units the open orders in this desk still need from this location
    case Demand:
        return tr("Demand");
    case Risk:
        return tr("Risk");
    //: What the shop does when the item is out of stock
    case Policy:
        return tr("When Out of Stock");
    }
    return {};
}
