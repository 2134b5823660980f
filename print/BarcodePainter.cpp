#include "print/BarcodePainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {

constexpr double kMmPerInch = 25.4;

} // namespace

BarcodePainter::BarcodePainter(double dpi)
    : m_dpi(dpi)
{}

int BarcodePainter::modulePixels(const BarcodeSymbol &symbol, double maxWidthPx) const
{
    const int minimum = int(std::ceil(kMinimumModuleMm / kMmPerInch * m_dpi - 1e-9));
    const int preferred = std::max(minimum,
                                   int(std::ceil(m_preferredMm / kMmPerInch * m_dpi - 1e-9)));
    const int modules = symbol.moduleCount() + 2 * kQuietZoneModules;
    const int fitting = int(std::floor(maxWidthPx / modules));
    if (fitting < minimum)
        return 0;
    return std::min(preferred, fitting);
}

QSizeF BarcodePainter::size(const BarcodeSymbol &symbol,
                            int modulePx,
                            double barHeightPx,
                            const QFont &font) const
{
    const double width = double(modulePx) * (symbol.moduleCount() + 2 * kQuietZoneModules);
    return {width, barHeightPx + QFontMetricsF(font).height() * 1.2};
}

QRectF BarcodePainter::paint(QPainter *painter,
                             const BarcodeSymbol &symbol,
                             QPointF topLeft,
                             int modulePx,
                             double barHeightPx,
                             const QFont &font) const
{
    const QSizeF taken = size(symbol, modulePx, barHeightPx, font);
    // Whole device pixels from a whole pixel start: every bar edge falls on a pixel edge.
    const double left = std::round(topLeft.x()) + double(kQuietZoneModules) * modulePx;
    const double top = std::round(topLeft.y());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    const QList<bool> &modules = symbol.modules();
    int x = 0;
    while (x < modules.size()) {
        if (!modules.at(x)) {
            ++x;
            continue;
        }
        int end = x;
        while (end < modules.size() && modules.at(end))
            ++end;
        // One rectangle per bar, not per module: no hairline seams inside a wide bar.
        painter->drawRect(
            QRectF(left + double(x) * modulePx, top, double(end - x) * modulePx, barHeightPx));
        x = end;
    }
    painter->setFont(font);
    painter->setPen(Qt::black);
    const QRectF textRect(topLeft.x(),
                          top + barHeightPx,
                          taken.width(),
                          taken.height() - barHeightPx);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignBottom, symbol.text());
    painter->restore();
    return {topLeft, taken};
}
