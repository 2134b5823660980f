#include "ui/pack/PackView.h"

#include "core/model/Statuses.h"
#include "ui/pack/PackController.h"
#include "ui/pack/PackPalette.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Readable from a step away: the order's name at three times the desktop's size.
QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(std::max(8.0, base.pointSizeF()) * factor);
    font.setBold(bold);
    return font;
}

QString styleFor(const PackPalette::Colours &colours)
{
    return u"color: %1; background-color: %2;"_s.arg(colours.text.name(), colours.background.name());
}

// How the line's units were counted: "2 scanned, 10 typed, 1 by hand".
QString howCounted(const PackSession::Line &line)
{
    QStringList parts;
    if (line.scanned > 0)
        parts.append(PackView::tr("%n scanned", nullptr, line.scanned));
    if (line.typed > 0)
        parts.append(PackView::tr("%n typed", nullptr, line.typed));
    if (line.confirmed > 0)
        parts.append(PackView::tr("%n by hand", nullptr, line.confirmed));
    return parts.join(u", "_s);
}

} // namespace

PackView::PackView(PackController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_customer(new QLabel)
    , m_notes(new QLabel)
    , m_lines(new QTableWidget(0, 4))
    , m_progress(new QLabel)
    , m_nextStep(new QLabel)
    , m_result(new QFrame)
    , m_resultIcon(new QLabel)
    , m_resultText(new QLabel)
    , m_quantityLabel(new QLabel)
    , m_offer(new QLabel)
{
    setObjectName(u"packView"_s);
    setAccessibleName(tr("Pack mode"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setStyleSheet(u"#packView { %1 }"_s.arg(styleFor(PackPalette::page())));
    const QFont base = QApplication::font();

    m_title->setObjectName(u"packOrderName"_s);
    m_title->setAccessibleName(tr("Order"));
    m_title->setFont(scaled(base, 3.0, true));
    m_customer->setObjectName(u"packCustomer"_s);
    m_customer->setAccessibleName(tr("Customer and shipping"));
    m_customer->setFont(scaled(base, 1.6));
    m_notes->setObjectName(u"packNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setFont(scaled(base, 1.4));
    m_notes->setWordWrap(true);

    m_lines->setObjectName(u"packLines"_s);
    m_lines->setAccessibleName(tr("Items to pack"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Code"), tr("Counted"), tr("How")});
    m_lines->setFont(scaled(base, 1.5));
    m_lines->horizontalHeader()->setFont(scaled(base, 1.2, true));
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_lines->font()).height() + 16);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    // The keys stay with the view, which the scanner and the packer's keys go to.
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_lines->setStyleSheet(u"QTableWidget { %1 }"_s.arg(styleFor(PackPalette::page())));

    m_progress->setObjectName(u"packProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFont(scaled(base, 1.6, true));
    m_nextStep->setObjectName(u"packNextStep"_s);
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setFont(scaled(base, 2.4, true));
    m_nextStep->setWordWrap(true);
    m_quantityLabel->setObjectName(u"packQuantity"_s);
    m_quantityLabel->setAccessibleName(tr("Quantity typed"));
    m_quantityLabel->setFont(scaled(base, 1.6, true));
    m_offer->setObjectName(u"packOffer"_s);
    m_offer->setAccessibleName(tr("Order offered"));
    m_offer->setFont(scaled(base, 1.6));
    m_offer->setWordWrap(true);

    m_result->setObjectName(u"packResult"_s);
    m_result->setAccessibleName(tr("Last scan"));
    m_result->setAutoFillBackground(true);
    m_resultIcon->setObjectName(u"packResultIcon"_s);
    m_resultIcon->setAccessibleName(tr("Last scan's icon"));
    m_resultIcon->setFixedSize(48, 48);
    m_resultText->setObjectName(u"packResultText"_s);
    m_resultText->setAccessibleName(tr("Last scan's result"));
    m_resultText->setFont(scaled(base, 1.8, true));
    m_resultText->setWordWrap(true);
    auto *resultLayout = new QHBoxLayout(m_result);
    resultLayout->setContentsMargins(16, 12, 16, 12);
    resultLayout->addWidget(m_resultIcon);
    resultLayout->addWidget(m_resultText, 1);

    m_fulfil = addButton(tr("Fulfill (Enter)"),
                         u"packFulfilButton"_s,
                         tr("Fulfill the labelled order"));
    connect(m_fulfil, &QPushButton::clicked, this, &PackView::enter);
    m_byHand = addButton(tr("Confirm by Hand (Space)"),
                         u"packByHandButton"_s,
                         tr("Count the selected line without barcode"));
    connect(m_byHand, &QPushButton::clicked, this, &PackView::confirmSelected);
    m_undo = addButton(tr("Undo (Ctrl+Z)"),
                       u"packUndoButton"_s,
                       tr("Take back the last count, the label, or the last fulfillment"));
    connect(m_undo, &QPushButton::clicked, m_controller, &PackController::undo);
    m_skip = addButton(tr("Skip (Esc)"),
                       u"packSkipButton"_s,
                       tr("Put the order aside; another station may pack it"));
    connect(m_skip, &QPushButton::clicked, m_controller, &PackController::skip);
    m_reprint = addButton(tr("Reprint Slip"),
                          u"packReprintButton"_s,
                          tr("Print the packing slip again"));
    connect(m_reprint, &QPushButton::clicked, m_controller, &PackController::reprint);
    QPushButton *keys = addButton(tr("Keys (F1)"),
                                  u"packKeysButton"_s,
                                  tr("Show every key of pack mode"));
    connect(keys, &QPushButton::clicked, this, &PackView::hotkeysRequested);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_fulfil, m_byHand, m_undo, m_skip, m_reprint, keys})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_customer);
    layout->addWidget(m_notes);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_offer);
    layout->addWidget(m_lines, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addStretch(1);
    progressRow->addWidget(m_quantityLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_controller, &PackController::changed, this, &PackView::refresh);
    refresh();
}

QPushButton *PackView::addButton(const QString &text, const QString &objectName, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    button->setFont(scaled(QApplication::font(), 1.2));
    // Big enough to hit with a gloved finger; the keys stay with the view.
    button->setMinimumHeight(44);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

void PackView::refresh()
{
    const PackSession *session = m_controller->session();
    if (!session) {
        m_title->setText(tr("Pack mode"));
        m_customer->clear();
        m_notes->hide();
        m_lines->setRowCount(0);
        m_lines->hide();
        m_progress->clear();
        m_nextStep->setText(tr("Scan a packing slip or an order number"));
        const QString offered = m_controller->offeredOrderName();
        m_offer->setText(offered.isEmpty()
                             ? tr("No order is waiting to be packed here.")
                             //: %1 is an order's name
                             : tr("Oldest waiting: %1. Press Enter to take it.").arg(offered));
        m_offer->show();
    } else {
        const Order &order = session->order();
        m_title->setText(order.name);
        QStringList about;
        const QString customer = !order.shippingName.isEmpty() ? order.shippingName
                                                               : order.customerName;
        about.append(customer.isEmpty() ? tr("No customer") : customer);
        // The checkout's shipping method ("PostNord Pakke") tells the packer which label to
        // take; the kind of delivery stands in for an order without one.
        QString shipping = order.shippingMethod;
        // The order's note first (a wish such as gift wrapping), then the holds' notes.
        QStringList notes;
        if (!order.note.trimmed().isEmpty())
            notes.append(order.note.trimmed());
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (fo.location.id != session->location().id)
                continue;
            if (shipping.isEmpty())
                shipping = displayName(fo.deliveryMethod);
            for (const FulfillmentHold &hold : fo.holds) {
                if (!hold.notes.isEmpty())
                    notes.append(hold.notes);
            }
        }
        if (!shipping.isEmpty())
            about.append(shipping);
        about.append(session->location().name);
        m_customer->setText(about.join(u" · "_s));
        m_notes->setText(tr("Notes: %1").arg(notes.join(u"; "_s)));
        m_notes->setVisible(!notes.isEmpty());
        m_offer->hide();
        m_lines->show();
        showLines();
        //: %1 units counted, %2 units needed
        m_progress->setText(
            tr("%1 of %2 items counted").arg(session->countedUnits()).arg(session->neededUnits()));
        switch (session->state()) {
        case PackSession::State::Counting:
            m_nextStep->setText(tr("Scan the items"));
            break;
        case PackSession::State::Counted:
            m_nextStep->setText(m_controller->packSettings().fulfilOnLabel
                                    ? tr("Scan the label: it fulfills the order")
                                    : tr("Scan the label"));
            break;
        case PackSession::State::Labelled:
            //: %1 is the tracking number
            m_nextStep->setText(tr("Press Enter to fulfill (label %1)")
                                    .arg(session->tracking().numbers().join(u", "_s)));
            break;
        case PackSession::State::Ended:
            m_nextStep->clear();
            break;
        }
    }
    m_quantityLabel->setText(m_quantity.isEmpty()
                                 ? QString()
                                 //: %1 is a quantity being typed
                                 : tr("Quantity: %1, Enter sets it").arg(m_quantity));
    m_fulfil->setEnabled(!session ? !m_controller->offeredOrderId().isEmpty()
                                  : session->state() == PackSession::State::Labelled);
    m_fulfil->setText(session ? tr("Fulfill (Enter)") : tr("Take Offered Order (Enter)"));
    m_fulfil->setAccessibleName(m_fulfil->text());
    m_byHand->setEnabled(session != nullptr);
    m_skip->setEnabled(session != nullptr);
    showResult();
}

void PackView::showLines()
{
    const PackSession *session = m_controller->session();
    const QList<PackSession::Line> &lines = session->lines();
    const int selected = m_lines->currentRow();
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PackSession::Line &line = lines.at(row);
        const QString title = line.variantTitle.isEmpty()
                                  ? line.title
                                  : tr("%1 – %2").arg(line.title, line.variantTitle);
        const QString code = line.hasBarcode()    ? line.barcode
                             : line.sku.isEmpty() ? tr("no barcode: confirm by hand")
                                                  //: %1 is a SKU of an item without barcode
                                                  : tr("SKU %1").arg(line.sku);
        // Done or not in words too, never only by colour.
        const QString counted = line.isComplete()
                                    //: %1 counted of %2 needed, the line is complete
                                    ? tr("✔ %1 of %2").arg(line.counted()).arg(line.needed)
                                    : tr("%1 of %2").arg(line.counted()).arg(line.needed);
        const QStringList cells{title, code, counted, howCounted(line)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_lines->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_lines->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            QFont font = m_lines->font();
            font.setBold(column == 2 && line.isComplete());
            item->setFont(font);
        }
    }
    if (selected >= 0 && selected < lines.size())
        m_lines->selectRow(selected);
    else if (!lines.isEmpty() && session->lastScannedLine() >= 0)
        m_lines->selectRow(session->lastScannedLine());
}

void PackView::showResult()
{
    const PackController::Feedback &feedback = m_controller->feedback();
    const PackPalette::Colours colours = PackPalette::result(feedback.tone);
    m_result->setStyleSheet(
        u"#packResult { %1 } #packResult QLabel { %1 }"_s.arg(styleFor(colours)));
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (feedback.tone) {
    case PackController::Tone::None:
    case PackController::Tone::Good:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case PackController::Tone::Done:
        icon = QStyle::SP_DialogOkButton;
        break;
    case PackController::Tone::Refused:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case PackController::Tone::Attention:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    m_resultIcon->setPixmap(style()->standardIcon(icon).pixmap(48, 48));
    m_resultIcon->setVisible(feedback.tone != PackController::Tone::None);
    m_resultText->setText(feedback.text.isEmpty() ? tr("Ready.") : feedback.text);
    m_resultText->setAccessibleDescription(feedback.text);
}

void PackView::confirmSelected()
{
    const PackSession *session = m_controller->session();
    int line = m_lines->currentRow();
    // Nothing chosen: the first line left that has no barcode.
    if (session && (line < 0 || line >= session->lines().size())) {
        for (int i = 0; i < session->lines().size(); ++i) {
            if (!session->lines().at(i).hasBarcode() && !session->lines().at(i).isComplete()) {
                line = i;
                break;
            }
        }
    }
    m_controller->confirmByHand(line);
}

void PackView::enter()
{
    if (!m_quantity.isEmpty()) {
        const int quantity = m_quantity.toInt();
        m_quantity.clear();
        m_controller->setQuantity(quantity);
        return;
    }
    m_controller->enter();
}

bool PackView::event(QEvent *event)
{
    // The window's own Ctrl+Z, Enter and Esc give way here: in pack mode they are the table's.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->key() == Qt::Key_Escape
            || key->key() == Qt::Key_F1
            || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() == Qt::NoModifier)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void PackView::keyPressEvent(QKeyEvent *event)
{
    const PackSession *session = m_controller->session();
    if (event->matches(QKeySequence::Undo)) {
        m_quantity.clear();
        m_controller->undo();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        enter();
        return;
    case Qt::Key_Escape:
        if (!m_quantity.isEmpty()) {
            m_quantity.clear();
            refresh();
            return;
        }
        m_controller->skip();
        return;
    case Qt::Key_Space:
        confirmSelected();
        return;
    case Qt::Key_Backspace:
        m_quantity.chop(1);
        refresh();
        return;
    case Qt::Key_F1:
        emit hotkeysRequested();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (session && !session->lines().isEmpty()) {
            const int step = event->key() == Qt::Key_Up ? -1 : 1;
            const int row = std::clamp(m_lines->currentRow() + step,
                                       0,
                                       int(session->lines().size()) - 1);
            m_lines->selectRow(row);
        }
        return;
    default:
        break;
    }
    // A digit by its text, whatever the layout (a German keyboard's too).
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).digitValue() >= 0 && m_quantity.size() < 5) {
        m_quantity += QString::number(text.at(0).digitValue());
        refresh();
        return;
    }
    QWidget::keyPressEvent(event);
}
