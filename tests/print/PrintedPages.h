#pragma once

#include "core/model/Order.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

// What the print tests look at: real demo-store orders, and a PDF as poppler-utils see it
// (the text of each page, each page as an image at a printer's resolution), the way a person
// or a scanner meets the paper.
namespace PrintedPages {

// `count` orders of a demo store (seed 17), synced into a store in `folder`, by number.
QList<Order> demoOrders(int count, const QString &folder, QString *problem);

// pdftotext of each page (poppler ends every page with a form feed); empty when it failed.
QStringList pageTexts(const QString &pdfPath, const QStringList &options = {});

// pdftoppm at `dpi`, in grey, without smoothing vector edges (so a bar's width is the
// pixels it covers); empty when it failed.
QList<QImage> pageImages(const QString &pdfPath, int dpi, const QString &folder);

// A barcode found on a page image: where its bars are, what zxing-cpp read from that region
// alone, and its bars as measured along one row.
struct Scan
{
    QRect bars;
    QString text; // empty when zxing-cpp could not read it
    int barCount = 0;
    double narrowestBarMm = 0.0;
};

// Every one-dimensional barcode on the page, top to bottom: found as bands of at least
// `minHeightMm` whose rows are all the same with many bars (text never is), each read on its
// own (Debian's zxing-cpp 1.4 can abort reading several Code 128 symbols at once).
QList<Scan> scanBarcodes(const QImage &page, int dpi, double minHeightMm = 8.0);

} // namespace PrintedPages
