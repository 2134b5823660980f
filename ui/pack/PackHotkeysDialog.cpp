#include "ui/pack/PackHotkeysDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QList<PackHotkeysDialog::Hotkey> PackHotkeysDialog::hotkeys()
{
    return {
        {tr("F2"), tr("Switch between the order table and pack mode")},
        {tr("Enter"),
         tr("Fulfill the labelled order; with no order on the table, take the "
            "order offered")},
        {tr("Digits, then Enter"), tr("Set how many of the item just scanned are in the box")},
        {tr("Space"), tr("Confirm the selected line by hand (only an item without barcode)")},
        {tr("Up, Down"), tr("Select a line")},
        {tr("Ctrl+Z"),
         tr("Undo the last count, then the label; after fulfilling, take the "
            "fulfillment back while it waits to be sent")},
        {tr("Esc"), tr("Put the order aside (skip it); its claim is let go")},
        {tr("F1"), tr("Show these keys")},
        {u"SMIDIG:FULFIL"_s, tr("Command sheet: fulfill (as Enter)")},
        {u"SMIDIG:SKIP"_s, tr("Command sheet: put the order aside (as Esc)")},
        {u"SMIDIG:UNDO"_s, tr("Command sheet: undo (as Ctrl+Z)")},
        {u"SMIDIG:NEXT"_s, tr("Command sheet: put the order aside and take the order offered")},
        {u"SMIDIG:REPRINT"_s, tr("Command sheet: print the packing slip again")},
    };
}

PackHotkeysDialog::PackHotkeysDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"packHotkeysDialog"_s);
    setWindowTitle(tr("Pack Mode Keys"));
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(u"packHotkeysTable"_s);
    table->setAccessibleName(tr("Pack mode keys"));
    table->setHorizontalHeaderLabels({tr("Key or barcode"), tr("What it does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    for (const Hotkey &hotkey : hotkeys()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(hotkey.keys));
        table->setItem(row, 1, new QTableWidgetItem(hotkey.what));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Scans work wherever the focus is. Keys:")));
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(760, 520);
}
