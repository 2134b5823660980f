#include "print/PageCursor.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kPointsPerInch = 72.0;
// Office paper is read at arm's length; a label's page is about half as wide.
constexpr double kOfficeWidthMm = 180.0;

} // namespace

PageCursor::PageCursor(QPainter *painter, QPagedPaintDevice *device)
    : m_painter(painter)
    , m_device(device)
    , m_dpi(device->logicalDpiX())
{
    const QPageLayout layout = device->pageLayout();
    const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
    m_scale = std::clamp(paint.width() / kOfficeWidthMm, 0.8, 1.0);
    // The painter's origin is the margins' top left corner: the area starts at 0, 0.
    m_area = QRectF(0.0, 0.0, px(paint.width()), px(paint.height()));
    m_y = m_area.top();
    m_pageTop = m_y;
}

double PageCursor::px(double mm) const
{
    return mm / kMmPerInch * m_dpi;
}

double PageCursor::spaceLeft() const
{
    double footer = 0.0;
    if (!m_footer.isEmpty())
        footer = textHeight(m_footer, m_footerFont, width()) + px(3.0);
    return m_area.bottom() - footer - m_y;
}

QFont PageCursor::font(double points, QFont::Weight weight) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Sized in device pixels so the type is the same on a 203 dpi label and in a PDF.
    font.setPixelSize(std::max(1, int(points * m_scale / kPointsPerInch * m_dpi + 0.5)));
    font.setWeight(weight);
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters in the
    // PDF's text, so searching it (and pdftotext) finds "Fulfil" and SKUs as typed. A fiftieth
    // of a pixel shows nowhere.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

void PageCursor::setFooter(const QString &text, const QFont &font)
{
    m_footer = text.trimmed();
    m_footerFont = font;
}

void PageCursor::ensureSpace(double height)
{
    if (height > spaceLeft() && m_y > m_pageTop)
        newPage();
}

void PageCursor::newPage()
{
    drawFooter();
    m_device->newPage();
    m_y = m_area.top();
    m_blank = false;
    if (m_header)
        m_header();
    m_pageTop = m_y;
}

void PageCursor::startDocument()
{
    m_header = nullptr;
    if (m_blank) {
        m_blank = false;
        return;
    }
    drawFooter();
    m_device->newPage();
    m_y = m_area.top();
    m_pageTop = m_y;
}

double PageCursor::textHeight(const QString &text, const QFont &font, double widthPx) const
{
    if (text.isEmpty())
        return 0.0;
    m_painter->setFont(font);
    return m_painter
        ->boundingRect(QRectF(0.0, 0.0, widthPx, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

double PageCursor::drawText(
    double x, double widthPx, const QString &text, const QFont &font, Qt::Alignment alignment) const
{
    if (text.isEmpty())
        return 0.0;
    m_painter->setFont(font);
    m_painter->setPen(Qt::black);
    QRectF used;
    m_painter->drawText(QRectF(x, m_y, widthPx, 1e7),
                        int(Qt::TextWordWrap | alignment | Qt::AlignTop),
                        text,
                        &used);
    return used.height();
}

void PageCursor::paragraph(const QString &text, const QFont &font, double spaceAfterMm)
{
    if (text.isEmpty())
        return;
    ensureSpace(textHeight(text, font, width()));
    m_y += drawText(left(), width(), text, font) + px(spaceAfterMm);
}

void PageCursor::rule(double thicknessMm)
{
    const double thickness = std::max(1.0, px(thicknessMm));
    ensureSpace(thickness + px(1.0));
    m_painter->fillRect(QRectF(left(), m_y, width(), thickness), Qt::black);
    m_y += thickness + px(1.5);
}

void PageCursor::drawFooter()
{
    if (m_footer.isEmpty())
        return;
    const double height = textHeight(m_footer, m_footerFont, width());
    const double savedY = m_y;
    m_y = m_area.bottom() - height;
    drawText(left(), width(), m_footer, m_footerFont, Qt::AlignHCenter);
    m_y = savedY;
}
