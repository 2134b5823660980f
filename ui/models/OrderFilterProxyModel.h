#pragma once

#include "core/model/OrderFilter.h"
#include "core/model/SearchTextIndex.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QVariant>

#include <functional>

class OrderTableModel;

// The order table as the user narrowed and sorted it, built for a big shop: a hundred
// thousand orders must switch status or take a keystroke within a frame.
//
// Why not QSortFilterProxyModel: when a filter changes it tells the view about every run of
// rows that left or came back, and the view processes each of them; with most of 100,000
// rows leaving at once that took seconds (docs/benchmarks.md). Here a filter or sort change
// is one layout change: the rows are matched in one pass over a prebuilt, case-folded search
// text per order, in an order sorted once per sort column by precomputed keys, and the
// persistent indexes (selection, current row) are moved to where their orders went. A term
// typed afresh is only looked for in the orders that hold its rarest three letters
// (SearchTextIndex).
class OrderFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(OrderTableModel *source, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    // Passed on whole: the table model answers every role of a cell at once.
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // A layout change that may move, hide or show any row: begin remembers the source rows
    // of the persistent indexes (mapped by `sourceRowAfter` when the source's rows shift, -1
    // for a row that goes); end places them where those rows are now.
    void beginLayoutChange(const std::function<int(int)> &sourceRowAfter = {});
    void endLayoutChange();

    void resort();       // m_sorted from the sort column, all source rows
    void refilter();     // m_visible from m_sorted, all of it
    void narrowFilter(); // m_visible from itself: the new filter only takes rows away
    // m_visible from the rows the index names for the search term, when they are fewer than
    // half of `rowsToReadOtherwise` (each is read out of order, then sorted into place).
    bool filterThroughIndex(qsizetype rowsToReadOtherwise);
    // Sets m_visible for m_filter from a remembered wider result when there is one.
    bool reuseWiderResult();
    void rebuildIndex(); // m_proxyRowOf from m_visible
    QString searchTextOf(int sourceRow) const;
    bool accepts(int sourceRow) const;

    void sourceRowsAboutToBeInserted(int first, int last);
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsChanged(); // after rows were inserted or removed: sorted and matched again
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceReset();

    OrderTableModel *m_source;
    OrderFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sorted;        // every source row, in sort order
    QList<int> m_sortPosition;  // per source row: where it is in m_sorted
    QList<int> m_visible;       // the rows shown: source rows in sort order
    QList<int> m_proxyRowOf;    // per source row: its row here, or -1 when hidden
    SearchTextIndex m_texts;    // per source row: OrderFilter::searchText() of its order
    QList<QVariant> m_sortKeys; // per source row: its sort key when last sorted

    // Typing a term narrows the filter key by key; deleting keys widens it again, and then
    // every row would have to be matched again. So the results of the filters typed on the
    // way are kept, widest first, each narrowed by the next and m_filter narrowing the last:
    // deleting back to one of them takes its rows as they were. They are the same source rows
    // in the same order only as long as nothing else changes, so any change of the source or
    // of the sort forgets them.
    struct WiderResult
    {
        OrderFilter filter;
        QList<int> visible;
    };
    QList<WiderResult> m_wider;

    // Between beginLayoutChange() and endLayoutChange().
    QModelIndexList m_savedPersistent;
    QList<int> m_savedSourceRows;
};
