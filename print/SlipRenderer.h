#pragma once

#include "print/PrintSettings.h"

#include "core/model/Order.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class PageCursor;

// Packing slips (issue 17, point 1): one per order and location it ships from, each starting
// on a new page: the shop's logo, name and address, the order's name and its Code 128
// barcode (which pack mode reads as that order), the date, who it goes to (as far as the app
// may read it), how it ships, and each line with title, variant, SKU and the quantity to ship
// from that location; the shop's footer at the bottom of every page. A slip longer than a
// page repeats the order's name and the column headings on each page. An order with nothing
// left to ship (a reprint after it was fulfilled) gets one slip of everything it holds.
class SlipRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(SlipRenderer)

public:
    explicit SlipRenderer(const PrintSettings &settings);

    void render(PageCursor &cursor, const QList<Order> &orders) const;

private:
    struct Slip;
    void renderSlip(PageCursor &cursor, const Order &order, const Slip &slip) const;
    void drawHeading(PageCursor &cursor, const Order &order) const;
    void drawTableHeader(PageCursor &cursor) const;

    PrintSettings m_settings;
    QImage m_logo; // null when none is set or the file cannot be read
};
