#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// Writes down a page of a paged device (a PDF, a printer) from top to bottom: text blocks,
// rules and fixed-height pieces, starting a new page when one does not fit. Each page gets
// the footer at its bottom and, after the first, the document's running header at its top
// (a slip's order name and column headings on every page it runs over). Measures are in
// millimetres and points, drawn in the device's pixels.
class PageCursor final
{
public:
    // The painter is active on the device; both are kept, not owned.
    PageCursor(QPainter *painter, QPagedPaintDevice *device);

    QPainter *painter() const { return m_painter; }
    double dpi() const { return m_dpi; }
    double px(double mm) const;
    // The printable area of the page (inside the margins), in pixels.
    QRectF area() const { return m_area; }
    double left() const { return m_area.left(); }
    double width() const { return m_area.width(); }
    double y() const { return m_y; }
    void moveDown(double pixels) { m_y += pixels; }
    // What is left above the footer.
    double spaceLeft() const;

    // A font of the device's size: `points` scaled to the page (labels use smaller type).
    QFont font(double points, QFont::Weight weight = QFont::Normal) const;

    // Drawn at the bottom of every page from now on (empty: none).
    void setFooter(const QString &text, const QFont &font);
    // Drawn at the top of every page started from now on, before anything else; it moves the
    // cursor down itself.
    void setRunningHeader(std::function<void()> header) { m_header = std::move(header); }

    // A new page when `height` pixels do not fit in what is left (and the page holds more
    // than its running header already, so a piece taller than a page is drawn anyway).
    void ensureSpace(double height);
    // Ends this page; the next starts with the running header. The first page needs none.
    void newPage();
    // Ends this document's pages: the next document starts on a fresh page without the
    // running header (that is the next document's to set).
    void startDocument();
    // Draws the last page's footer; call once after the last document.
    void finish() { drawFooter(); }

    // The height `text` takes in a box `widthPx` wide, word-wrapped.
    double textHeight(const QString &text, const QFont &font, double widthPx) const;
    // Draws word-wrapped text at (x, y()) in a box `widthPx` wide, without moving; returns its
    // height.
    double drawText(double x,
                    double widthPx,
                    const QString &text,
                    const QFont &font,
                    Qt::Alignment alignment = Qt::AlignLeft) const;
    // A paragraph across the page: space made for it, drawn, and the cursor below it.
    void paragraph(const QString &text, const QFont &font, double spaceAfterMm = 1.0);
    void rule(double thicknessMm = 0.3);

private:
    void drawFooter();

    QPainter *m_painter;
    QPagedPaintDevice *m_device;
    double m_dpi;
    double m_scale; // type size for this paper: 1 on office paper, smaller on labels
    QRectF m_area;
    double m_y;
    double m_pageTop;    // where the running header ended on this page
    bool m_blank = true; // nothing drawn on this page yet (a document may start here)
    QString m_footer;
    QFont m_footerFont;
    std::function<void()> m_header;
};
