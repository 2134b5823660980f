#include "ui/printing/PrintActions.h"

#include "ui/printing/PrintSettingsDialog.h"

#include "core/storage/OrderBook.h"
#include "print/PaperFormat.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

PrintActions::PrintActions(QWidget *window,
                           const OrderBook *book,
                           std::function<QStringList()> selectedOrderIds)
    : QObject(window)
    , m_window(window)
    , m_book(book)
    , m_selectedOrderIds(std::move(selectedOrderIds))
    , m_printerNames([] { return QPrinterInfo::availablePrinterNames(); })
{}

void PrintActions::addTo(QMenu *menu)
{
    auto *slips = new QAction(tr("Print Packing &Slips..."), m_window);
    slips->setObjectName(u"printSlipsAction"_s);
    slips->setShortcut(QKeySequence::Print);
    slips->setToolTip(tr("Print a packing slip for each selected order (Ctrl+P)"));
    connect(slips, &QAction::triggered, this, [this] { preview(PrintDocuments::Kind::Slips); });

    auto *pickList = new QAction(tr("Print Pic&k List..."), m_window);
    pickList->setObjectName(u"printPickListAction"_s);
    pickList->setToolTip(tr("Print what the selected orders need from the shelves"));
    connect(pickList, &QAction::triggered, this, [this] {
        preview(PrintDocuments::Kind::PickList);
    });

    auto *commands = new QAction(tr("Print &Command Sheet..."), m_window);
    commands->setObjectName(u"printCommandSheetAction"_s);
    commands->setToolTip(tr("Print pack mode's commands as barcodes for the packing table"));
    connect(commands, &QAction::triggered, this, [this] {
        preview(PrintDocuments::Kind::CommandSheet);
    });

    auto *settings = new QAction(tr("Print Se&ttings..."), m_window);
    settings->setObjectName(u"printSettingsAction"_s);
    connect(settings, &QAction::triggered, this, &PrintActions::editSettings);

    menu->addAction(slips);
    menu->addAction(pickList);
    menu->addAction(commands);
    menu->addAction(settings);
}

void PrintActions::printSlipForFulfilledOrder(const QString &orderId)
{
    if (m_settings.printSlipWhenFulfilled)
        printSlipNow(orderId);
}

void PrintActions::printSlipNow(const QString &orderId)
{
    QStringList stillReading;
    const QList<Order> order = orders({orderId}, &stillReading);
    if (!stillReading.isEmpty())
        emit printProblem(PrintDocuments::stillBeingRead(stillReading));
    if (order.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    if (!printer.isValid()
        || !PrintDocuments::paint(&printer,
                                  PrintDocuments::Kind::Slips,
                                  order,
                                  m_settings,
                                  QDateTime::currentDateTime())) {
        emit printProblem(tr("The packing slip of %1 was not printed: the printer \"%2\" cannot "
                             "be reached. Check it, or choose another in File > Print Settings.")
                              .arg(order.first().name, printer.printerName()));
    }
}

void PrintActions::preview(PrintDocuments::Kind kind)
{
    QList<Order> chosen;
    if (kind != PrintDocuments::Kind::CommandSheet) {
        QStringList stillReading;
        chosen = orders(m_selectedOrderIds(), &stillReading);
        if (chosen.isEmpty()) {
            QMessageBox::information(m_window,
                                     tr("Nothing to Print"),
                                     stillReading.isEmpty()
                                         ? tr("Select the orders to print in the table first "
                                              "(Ctrl+A selects all shown).")
                                         : PrintDocuments::stillBeingRead(stillReading));
            return;
        }
        if (!stillReading.isEmpty())
            emit printProblem(PrintDocuments::stillBeingRead(stillReading));
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(u"printPreview"_s);
    dialog.setWindowTitle(kind == PrintDocuments::Kind::Slips      ? tr("Packing Slips")
                          : kind == PrintDocuments::Kind::PickList ? tr("Pick List")
                                                                   : tr("Command Sheet"));
    const QDateTime now = QDateTime::currentDateTime();
    connect(&dialog,
            &QPrintPreviewDialog::paintRequested,
            this,
            [this, kind, &chosen, now](QPrinter *target) {
                PrintDocuments::paint(target, kind, chosen, m_settings, now);
            });
    dialog.exec();
}

void PrintActions::editSettings()
{
    PrintSettingsDialog dialog(m_settings, m_printerNames(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    emit settingsChanged(m_settings);
}

QList<Order> PrintActions::orders(const QStringList &ids, QStringList *stillReading) const
{
    QList<Order> found;
    if (m_book->orders(ids, &found).isError())
        found.clear(); // nothing to print, as when none of them is in the store
    return PrintDocuments::readWhole(found, stillReading);
}

void PrintActions::setUpPrinter(QPrinter *printer) const
{
    if (!m_settings.printerName.isEmpty())
        printer->setPrinterName(m_settings.printerName);
    printer->setPageLayout(PaperFormat::pageLayout(m_settings.paper));
    printer->setDocName(u"Smidig"_s);
}
