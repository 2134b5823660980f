#pragma once

#include "print/PrintDocuments.h"
#include "print/PrintSettings.h"

#include <QObject>
#include <QStringList>

#include <functional>

class OrderBook;
class QMenu;
class QPrinter;
class QWidget;

// The window's printing (issue 17): File > Print Packing Slips... and Print Pick List... for
// the orders selected in the table, Print Command Sheet..., each through a preview whose
// Print button offers the system's printers (or a PDF file); File > Print Settings...; and
// the packing slip printed without asking once an order is fulfilled, when the settings say
// so. The window makes one and adds its actions to the File menu; the settings are the
// caller's to keep (settingsChanged).
class PrintActions final : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs and the actions; `book` (not owned) is read for the
    // orders; `selectedOrderIds` says which orders the table has selected.
    PrintActions(QWidget *window,
                 const OrderBook *book,
                 std::function<QStringList()> selectedOrderIds);

    void addTo(QMenu *menu);
    void setSettings(const PrintSettings &settings) { m_settings = settings; }
    const PrintSettings &settings() const { return m_settings; }

    // The system's printers (QPrinterInfo); tests give their own.
    void setPrinterNames(std::function<QStringList()> names) { m_printerNames = std::move(names); }

public slots:
    // An order was fulfilled at this station: its slip goes to the saved printer without a
    // dialog when "print when fulfilled" is on; otherwise nothing happens.
    void printSlipForFulfilledOrder(const QString &orderId);
    // The order's slip on the saved printer now, without a dialog (pack mode's REPRINT).
    void printSlipNow(const QString &orderId);

signals:
    // Print Settings... was accepted: the new settings, in use already, for the caller to keep.
    void settingsChanged(const PrintSettings &settings);
    // Printing without a dialog failed (the printer is gone), or orders still being read
    // from Shopify were left out of what was printed: a sentence for the status bar.
    void printProblem(const QString &message);

private:
    void preview(PrintDocuments::Kind kind);
    void editSettings();
    // The orders with these ids that can be printed; those still being read go to
    // `stillReading` by name (PrintDocuments::readWhole).
    QList<Order> orders(const QStringList &ids, QStringList *stillReading) const;
    void setUpPrinter(QPrinter *printer) const;

    QWidget *m_window;
    const OrderBook *m_book;
    std::function<QStringList()> m_selectedOrderIds;
    std::function<QStringList()> m_printerNames;
    PrintSettings m_settings;
};
