#pragma once

#include "print/PrintSettings.h"

#include "core/model/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

// The documents Smidig prints, painted on a printer (ui/printing) or written to a PDF file
// (the window's "Save as PDF", smidig-cli print). This header needs no QtGui, so smidig-cli,
// which may not include it, can ask for a PDF.
class PrintDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocuments)

public:
    enum class Kind {
        Slips,        // a packing slip per order (and location), SlipRenderer
        PickList,     // one pick list of the orders, PickListRenderer
        CommandSheet, // pack mode's commands; needs no orders
    };

    // Paints on a device whose page layout is set already (the printer dialog's, or
    // PaperFormat's). `now` is the pick list's printing time. False when painting could not
    // start on the device (a printer that is gone, a file that cannot be written).
    static bool paint(QPagedPaintDevice *device,
                      Kind kind,
                      const QList<Order> &orders,
                      const PrintSettings &settings,
                      const QDateTime &now);
    // A PDF on the settings' paper at 1200 dpi. On failure the sentence for people says why
    // and what to do, and no half-written file is left behind.
    static bool writePdf(const QString &path,
                         Kind kind,
                         const QList<Order> &orders,
                         const PrintSettings &settings,
                         const QDateTime &now,
                         QString *problem);

    // The orders whose lines are known. An order only listed so far (Order::detailsPending:
    // a big shop's first sync is still reading its items) would print as a slip without
    // lines or be missing from a pick list, so it is left out and its name added to `leftOut`.
    static QList<Order> readWhole(const QList<Order> &orders, QStringList *leftOut);
    // The sentence that tells people which orders were left out, and when to print them.
    static QString stillBeingRead(const QStringList &leftOut);
};
