#include "ui/widgets/OutboxPanel.h"

#include "core/outbox/Outbox.h"
#include "ui/models/OutboxModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OutboxPanel::OutboxPanel(Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_model(new OutboxModel(outbox, this))
    , m_view(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_drop(new QPushButton(tr("&Drop..."), this))
{
    setObjectName(u"outboxPanel"_s);
    m_view->setObjectName(u"outboxList"_s);
    m_view->setAccessibleName(tr("Outbox"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(OutboxModel::OrderColumn, metrics.horizontalAdvance(u"#000000"_s) + 24);
    m_view->setColumnWidth(OutboxModel::ActionColumn,
                           metrics.horizontalAdvance(
                               u"Fulfill 10 items from Butik København · PostNord DK "
                               "00370712345000000004"_s)
                               + 24);
    m_view->setColumnWidth(OutboxModel::StateColumn,
                           metrics.horizontalAdvance(u"Waiting (can be undone)"_s) + 40);

    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setToolTip(tr("Send the selected failed actions again"));
    m_drop->setObjectName(u"dropButton"_s);
    m_drop->setToolTip(tr("Forget the selected actions: they are not sent (Delete)"));
    auto *dropAction = new QAction(this);
    dropAction->setShortcut(QKeySequence::Delete);
    dropAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(dropAction, &QAction::triggered, this, [this] {
        if (m_drop->isEnabled())
            askToDropSelected();
    });
    m_view->addAction(dropAction);

    auto *hint = new QLabel(
        tr("Actions on their way to Shopify. Failed ones stay here until you retry or drop them."),
        this);
    hint->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hint);
    layout->addLayout(row, 1);

    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retrySelected);
    connect(m_drop, &QPushButton::clicked, this, &OutboxPanel::askToDropSelected);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateButtons);
    updateButtons();
}

QList<qint64> OutboxPanel::selectedIds() const
{
    // Ids first: retrying or dropping changes the rows under the selection.
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(OutboxModel::EntryIdRole).toLongLong());
    return ids;
}

void OutboxPanel::updateButtons()
{
    bool anyFailed = false;
    bool anyDroppable = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const auto state = OutboxEntry::State(index.data(OutboxModel::StateRole).toInt());
        anyFailed = anyFailed || state == OutboxEntry::State::Failed;
        anyDroppable = anyDroppable || state != OutboxEntry::State::Sending;
    }
    m_retry->setEnabled(anyFailed);
    m_drop->setEnabled(anyDroppable);
}

void OutboxPanel::retrySelected()
{
    for (qint64 id : selectedIds()) {
        const std::optional<OutboxEntry> entry = m_outbox->entry(id);
        if (!entry || entry->state != OutboxEntry::State::Failed)
            continue;
        const StoreError error = m_outbox->retry(id);
        if (error.isError()) {
            showProblem(error.userMessage());
            return;
        }
    }
}

void OutboxPanel::askToDropSelected()
{
    QList<qint64> ids;
    QStringList orders;
    for (qint64 id : selectedIds()) {
        const std::optional<OutboxEntry> entry = m_outbox->entry(id);
        if (!entry || entry->state == OutboxEntry::State::Sending)
            continue;
        ids.append(id);
        if (!orders.contains(entry->orderName))
            orders.append(entry->orderName);
    }
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Drop Actions"),
                                tr("Drop %n action(s) for %1?", nullptr, int(ids.size()))
                                    .arg(orders.join(u", "_s)),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(u"dropConfirmation"_s);
    box->setInformativeText(
        tr("They are not sent to Shopify, and the orders no longer show them. An action "
           "whose outcome Smidig could not check may still have reached Shopify: the next "
           "sync shows the order as Shopify has it."));
    QPushButton *drop = box->addButton(tr("Drop"), QMessageBox::DestructiveRole);
    drop->setObjectName(u"confirmDropButton"_s);
    QPushButton *keep = box->addButton(tr("Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(drop, &QPushButton::clicked, this, [this, ids] {
        for (qint64 id : ids) {
            const StoreError error = m_outbox->drop(id);
            if (error.isError()) {
                showProblem(error.userMessage());
                return;
            }
        }
    });
    box->open();
}

void OutboxPanel::showProblem(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Outbox"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
