#include "ui/widgets/StatusSidebar.h"

#include "ui/models/StatusCountModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {

// Draws the count right-aligned in the row, after the icon and name the style draws.
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString count = QLocale().toString(index.data(StatusCountModel::CountRole).toInt());
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(option.rect.adjusted(0, 0, -8, 0),
                          Qt::AlignRight | Qt::AlignVCenter,
                          count);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int countWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("0000000"));
        size.rwidth() += countWidth;
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

StatusSidebar::StatusSidebar(StatusCountModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("statusSidebar"));
    setAccessibleName(tr("Order status"));
    setModel(model);
    setItemDelegate(new CountDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setIconSize(QSize(16, 16));
    setCurrentIndex(model->index(0));

    connect(selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const OrderView view = m_model->viewAt(current.row());
                if (view == m_current)
                    return;
                m_current = view;
                emit viewChosen(view);
            });
    // When the chosen status's row goes (its last order left it), fall back to all orders.
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowOf(m_current) < 0)
            selectView(OrderView::all());
        else
            setCurrentIndex(m_model->index(m_model->rowOf(m_current)));
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        setCurrentIndex(m_model->index(m_model->rowOf(m_current)));
    });
}

bool StatusSidebar::selectStatus(std::optional<OrderFulfillmentStatus> status)
{
    return selectView(status ? OrderView::ofStatus(*status) : OrderView::all());
}

bool StatusSidebar::selectView(const OrderView &view)
{
    const int row = m_model->rowOf(view);
    if (row < 0)
        return false;
    setCurrentIndex(m_model->index(row));
    if (!(m_current == view)) {
        // currentChanged did not fire (same index after a row shift): say it ourselves.
        m_current = view;
        emit viewChosen(view);
    }
    return true;
}
