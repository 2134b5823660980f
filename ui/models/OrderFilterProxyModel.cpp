#include "ui/models/OrderFilterProxyModel.h"

#include "core/model/OrderSummary.h"
#include "ui/models/OrderTableModel.h"

#include <QCollator>
#include <QCollatorSortKey>

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>

OrderFilterProxyModel::OrderFilterProxyModel(OrderTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source,
            &QAbstractItemModel::rowsAboutToBeInserted,
            this,
            [this](const QModelIndex &, int first, int last) {
                sourceRowsAboutToBeInserted(first, last);
            });
    connect(source,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
    connect(source,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this](const QModelIndex &, int first, int last) {
                sourceRowsAboutToBeRemoved(first, last);
            });
    connect(source,
            &QAbstractItemModel::rowsRemoved,
            this,
            [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
    connect(source,
            &QAbstractItemModel::dataChanged,
            this,
            &OrderFilterProxyModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, &OrderFilterProxyModel::sourceReset);
    // The table model never reorders its rows; were it to, everything is read again.
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        beginResetModel();
    });
    connect(source, &QAbstractItemModel::layoutChanged, this, &OrderFilterProxyModel::sourceReset);
    connect(source,
            &QAbstractItemModel::headerDataChanged,
            this,
            &QAbstractItemModel::headerDataChanged);
    m_texts.reset(m_source->rowCount(), [this](int row) { return searchTextOf(row); });
    resort();
    refilter();
    rebuildIndex();
}

QModelIndex OrderFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_visible.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex OrderFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int OrderFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int OrderFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

bool OrderFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex OrderFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

void OrderFilterProxyModel::multiData(const QModelIndex &index,
                                      QModelRoleDataSpan roleDataSpan) const
{
    m_source->multiData(mapToSource(index), roleDataSpan);
}

QModelIndex OrderFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source
        || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void OrderFilterProxyModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = m_filter.isNarrowedBy(filter);
    beginLayoutChange();
    if (narrowing) {
        // One per key typed. The cap bounds the memory (a result is up to one int per order)
        // for a very long term; the widest results are the least likely to be deleted back to.
        constexpr qsizetype maxWider = 64;
        if (m_wider.size() == maxWider)
            m_wider.removeFirst();
        m_wider.append({m_filter, m_visible});
        m_filter = filter;
        narrowFilter();
    } else {
        m_filter = filter;
        if (!reuseWiderResult())
            refilter();
    }
    endLayoutChange();
}

bool OrderFilterProxyModel::reuseWiderResult()
{
    // The narrowest remembered result that m_filter narrows: the fewest rows to match again.
    for (qsizetype i = m_wider.size() - 1; i >= 0; --i) {
        if (!m_wider.at(i).filter.isNarrowedBy(m_filter))
            continue;
        if (m_wider.at(i).filter == m_filter) {
            m_visible = std::move(m_wider[i].visible);
            m_wider.resize(i);
        } else {
            m_wider.resize(i + 1);
            m_visible = m_wider.at(i).visible;
            narrowFilter();
        }
        return true;
    }
    m_wider.clear();
    return false;
}

void OrderFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginLayoutChange();
    m_sortColumn = column;
    m_sortOrder = order;
    m_wider.clear();
    resort();
    refilter();
    endLayoutChange();
}

void OrderFilterProxyModel::beginLayoutChange(const std::function<int(int)> &sourceRowAfter)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedPersistent = persistentIndexList();
    m_savedSourceRows.clear();
    m_savedSourceRows.reserve(m_savedPersistent.size());
    for (const QModelIndex &index : std::as_const(m_savedPersistent)) {
        const int sourceRow = index.row() < m_visible.size() ? m_visible.at(index.row()) : -1;
        m_savedSourceRows.append(sourceRow < 0 || !sourceRowAfter ? sourceRow
                                                                  : sourceRowAfter(sourceRow));
    }
}

void OrderFilterProxyModel::endLayoutChange()
{
    rebuildIndex();
    QModelIndexList after;
    after.reserve(m_savedPersistent.size());
    for (qsizetype i = 0; i < m_savedPersistent.size(); ++i) {
        const int sourceRow = m_savedSourceRows.at(i);
        const int row = sourceRow < 0 || sourceRow >= m_proxyRowOf.size()
                            ? -1
                            : m_proxyRowOf.at(sourceRow);
        after.append(row < 0 ? QModelIndex() : createIndex(row, m_savedPersistent.at(i).column()));
    }
    changePersistentIndexList(m_savedPersistent, after);
    m_savedPersistent.clear();
    m_savedSourceRows.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OrderFilterProxyModel::resort()
{
    const int count = m_source->rowCount();
    m_sorted.resize(count);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    m_sortKeys.clear();
    m_sortPosition = m_sorted; // unsorted: each row where it is
    if (m_sortColumn < 0 || m_sortColumn >= m_source->columnCount())
        return;
    m_sortKeys.reserve(count);

    // One key per row, read once through the table model's sort role (so the model alone
    // decides what a column sorts by): numbers compare as numbers, text by the locale. Text is
    // case-folded first: not every collation backend can ignore case by itself.
    QList<qint64> numbers(count);
    std::optional<QList<QCollatorSortKey>> texts;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (int row = 0; row < count; ++row) {
        const QVariant key = m_source->index(row, m_sortColumn).data(OrderTableModel::SortRole);
        m_sortKeys.append(key);
        if (key.typeId() == QMetaType::QString) {
            if (!texts) {
                texts.emplace();
                texts->reserve(count);
                for (int earlier = 0; earlier < row; ++earlier)
                    texts->append(collator.sortKey(QString()));
            }
            texts->append(collator.sortKey(key.toString().toCaseFolded()));
        } else {
            numbers[row] = key.toLongLong();
            if (texts)
                texts->append(collator.sortKey(QString()));
        }
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Ties keep the source order, in both directions, so equal keys never swap places.
    if (texts) {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            const int c = texts->at(a).compare(texts->at(b));
            return descending ? c > 0 : c < 0;
        });
    } else {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            return descending ? numbers.at(a) > numbers.at(b) : numbers.at(a) < numbers.at(b);
        });
    }
    for (int position = 0; position < count; ++position)
        m_sortPosition[m_sorted.at(position)] = position;
}

QString OrderFilterProxyModel::searchTextOf(int sourceRow) const
{
    return OrderFilter::searchText(m_source->summaryAt(sourceRow));
}

bool OrderFilterProxyModel::accepts(int sourceRow) const
{
    return m_filter.matchesStatus(m_source->summaryAt(sourceRow))
           && m_filter.matchesSearchText(m_texts.text(sourceRow));
}

bool OrderFilterProxyModel::filterThroughIndex(qsizetype rowsToReadOtherwise)
{
    const std::optional<QList<int>> candidates = m_texts.candidates(m_filter.searchText(),
                                                                    rowsToReadOtherwise / 2);
    if (!candidates)
        return false;
    m_visible.clear();
    m_visible.reserve(candidates->size());
    for (const int sourceRow : *candidates) {
        if (accepts(sourceRow))
            m_visible.append(sourceRow);
    }
    std::sort(m_visible.begin(), m_visible.end(), [this](int a, int b) {
        return m_sortPosition.at(a) < m_sortPosition.at(b);
    });
    return true;
}

void OrderFilterProxyModel::refilter()
{
    if (filterThroughIndex(m_sorted.size()))
        return;
    m_visible.clear();
    for (const int sourceRow : std::as_const(m_sorted)) {
        if (accepts(sourceRow))
            m_visible.append(sourceRow);
    }
}

void OrderFilterProxyModel::narrowFilter()
{
    if (filterThroughIndex(m_visible.size()))
        return;
    m_visible.removeIf([this](int sourceRow) { return !accepts(sourceRow); });
}

void OrderFilterProxyModel::rebuildIndex()
{
    m_proxyRowOf.fill(-1, m_source->rowCount());
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRowOf[m_visible.at(row)] = row;
}

// Rows coming and going in the source: one layout change around them. The source rows of the
// persistent indexes are shifted by what was inserted or removed before them.
void OrderFilterProxyModel::sourceRowsAboutToBeInserted(int first, int last)
{
    const int count = last - first + 1;
    beginLayoutChange([=](int row) { return row >= first ? row + count : row; });
}

void OrderFilterProxyModel::sourceRowsInserted(int first, int last)
{
    m_texts.insertRows(first, last - first + 1, [this](int row) { return searchTextOf(row); });
    sourceRowsChanged();
}

void OrderFilterProxyModel::sourceRowsAboutToBeRemoved(int first, int last)
{
    const int count = last - first + 1;
    beginLayoutChange([=](int row) { return row < first ? row : row > last ? row - count : -1; });
}

void OrderFilterProxyModel::sourceRowsRemoved(int first, int last)
{
    m_texts.removeRows(first, last - first + 1);
    sourceRowsChanged();
}

void OrderFilterProxyModel::sourceRowsChanged()
{
    m_wider.clear();
    resort();
    refilter();
    endLayoutChange();
}

void OrderFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // Most changes (an outbox mark, a new tracking number) neither hide a row nor move it:
    // those are passed on as they are. A row that appears, disappears or sorts elsewhere
    // makes it a layout change.
    //
    // A changed order may now match a wider filter it did not match before, or no longer
    // match one it did: the remembered results of those are no longer true.
    m_wider.clear();
    bool moves = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        m_texts.setText(row, searchTextOf(row));
        if (accepts(row) != (m_proxyRowOf.at(row) >= 0))
            moves = true;
        if (m_sortColumn >= 0
            && m_source->index(row, m_sortColumn).data(OrderTableModel::SortRole)
                   != m_sortKeys.at(row))
            moves = true;
    }
    if (moves) {
        beginLayoutChange();
        resort();
        refilter();
        endLayoutChange();
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyRowOf.at(row);
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()),
                             index(proxyRow, bottomRight.column()));
    }
}

void OrderFilterProxyModel::sourceReset()
{
    m_wider.clear();
    m_texts.reset(m_source->rowCount(), [this](int row) { return searchTextOf(row); });
    resort();
    refilter();
    rebuildIndex();
    endResetModel();
}
