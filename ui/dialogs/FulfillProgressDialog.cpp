#include "ui/dialogs/FulfillProgressDialog.h"

#include "core/outbox/Outbox.h"
#include "ui/models/FulfillProgressModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FulfillProgressDialog::FulfillProgressDialog(Outbox *outbox,
                                             const QList<qint64> &entryIds,
                                             const QString &title,
                                             QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_model(new FulfillProgressModel(outbox, entryIds, this))
    , m_view(new QTreeView(this))
    , m_totals(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"fulfillProgressDialog"_s);
    setWindowTitle(title);
    setModal(false);
    // It comes up beside the work without taking the keyboard: the next scan or search goes
    // to the window, not to the Undo button.
    setAttribute(Qt::WA_ShowWithoutActivating);

    m_view->setObjectName(u"progressList"_s);
    m_view->setAccessibleName(tr("Shipments"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(FulfillProgressModel::OrderColumn,
                           metrics.horizontalAdvance(u"#000000"_s) + 24);
    m_view->setColumnWidth(FulfillProgressModel::ShipmentColumn,
                           metrics.horizontalAdvance(
                               u"Fulfill 10 items from Butik København · PostNord DK "
                               "00370712345000000004"_s)
                               + 24);
    m_view->setColumnWidth(FulfillProgressModel::StateColumn,
                           metrics.horizontalAdvance(u"Sends in 10 s (can be undone)"_s) + 40);
    m_view->header()->setStretchLastSection(true);

    m_totals->setObjectName(u"progressTotals"_s);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_note->setObjectName(u"progressNote"_s);
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setToolTip(tr("Take everything back before it is sent (Ctrl+Z)"));
    m_cancel = buttons->addButton(tr("Cancel &Remaining"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"cancelRemainingButton"_s);
    m_cancel->setToolTip(tr("Withdraw what has not been sent yet; what was sent stays sent"));
    m_showOutbox = buttons->addButton(tr("Show &Outbox"), QDialogButtonBox::ActionRole);
    m_showOutbox->setObjectName(u"showOutboxButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setToolTip(tr("Close this window; sending goes on in the background"));
    for (QPushButton *button : {m_undo, m_cancel, m_showOutbox, m_close})
        button->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &FulfillProgressDialog::undo);
    // Ctrl+Z as an action: the button's own shortcut is its mnemonic, reset with each text.
    auto *undoAction = new QAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, this, [this] {
        if (m_undo->isVisible())
            undo();
    });
    addAction(undoAction);
    connect(m_cancel, &QPushButton::clicked, this, &FulfillProgressDialog::cancelRemaining);
    connect(m_showOutbox, &QPushButton::clicked, this, &FulfillProgressDialog::showOutboxRequested);
    connect(m_close, &QPushButton::clicked, this, &FulfillProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_model,
            &FulfillProgressModel::totalsChanged,
            this,
            &FulfillProgressDialog::updateState);
    // The countdown repaints a few times a second while a window is open; nothing waits on it.
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_model->tick();
        updateState();
    });
    updateState();
    const int rows = int(std::min<qsizetype>(entryIds.size(), 12));
    const int listHeight = m_view->header()->sizeHint().height()
                           + (rows + 1) * (fontMetrics().lineSpacing() + 8);
    resize(1000, sizeHint().height() - m_view->sizeHint().height() + listHeight);
}

void FulfillProgressDialog::undo()
{
    const QList<qint64> ids = m_model->unsentIds();
    StoreError error;
    const int withdrawn = m_outbox->withdraw(ids, &error);
    if (error.isError())
        m_note->setText(tr("Not everything could be taken back: %1").arg(error.userMessage()));
    else if (withdrawn == m_model->rowCount())
        m_note->setText(tr("Undone: nothing was sent to Shopify."));
    else
        m_note->setText(tr("%n shipment(s) taken back.", nullptr, withdrawn));
    updateState();
}

void FulfillProgressDialog::cancelRemaining()
{
    const QList<qint64> ids = m_model->unsentIds();
    StoreError error;
    const int withdrawn = m_outbox->withdraw(ids, &error);
    const int gone = m_model->rowCount() - m_model->count(FulfillProgressModel::Outcome::Withdrawn)
                     - m_model->count(FulfillProgressModel::Outcome::Dropped);
    //: %1 says how many were withdrawn ("3 shipments withdrawn"), %2 how many had gone
    QString text
        = tr("%1; %2.").arg(tr("%n shipment(s) withdrawn", nullptr, withdrawn),
                            tr("%n shipment(s) had already gone to Shopify", nullptr, gone));
    if (error.isError())
        text += u' ' + tr("Not everything could be withdrawn: %1").arg(error.userMessage());
    m_note->setText(text);
    updateState();
}

void FulfillProgressDialog::updateState()
{
    using Outcome = FulfillProgressModel::Outcome;
    const int done = m_model->count(Outcome::Done);
    const int failed = m_model->count(Outcome::Failed);
    const int left = m_model->leftCount();
    const int withdrawn = m_model->count(Outcome::Withdrawn) + m_model->count(Outcome::Dropped);
    QStringList parts{tr("%n done", nullptr, done),
                      tr("%n failed", nullptr, failed),
                      tr("%n left", nullptr, left)};
    if (withdrawn > 0)
        parts.append(tr("%n withdrawn", nullptr, withdrawn));
    m_totals->setText(parts.join(u" · "_s));

    const int seconds = m_model->undoSecondsLeft();
    m_undo->setVisible(seconds > 0);
    if (m_undoAvailable != (seconds > 0)) {
        m_undoAvailable = seconds > 0;
        emit undoAvailableChanged(m_undoAvailable);
    }
    m_undo->setText(tr("&Undo (%n s)", nullptr, seconds));
    m_cancel->setEnabled(!m_model->unsentIds().isEmpty());
    m_showOutbox->setVisible(failed > 0);
    if (failed > 0 && m_note->text().isEmpty()) {
        m_note->setText(
            tr("Failed shipments stay in the outbox with Shopify's message, where you can retry "
               "or drop them."));
    }
    m_note->setVisible(!m_note->text().isEmpty());
    if (seconds > 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (seconds == 0 && m_countdown.isActive())
        m_countdown.stop();
}

void FulfillProgressDialog::reject()
{
    m_countdown.stop();
    QDialog::reject();
}
