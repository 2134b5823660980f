#pragma once

#include "print/BarcodeSymbol.h"

#include <QFont>
#include <QRectF>

class QPainter;

// Draws a one-dimensional barcode so a cheap scanner reads it: each module is a whole number
// of the device's pixels wide (so every bar prints at the same width on a 203 or 300 dpi
// label printer) and at least kMinimumModuleMm, with quiet zones of kQuietZoneModules on
// both sides, and its text under the bars.
class BarcodePainter final
{
public:
    static constexpr double kMinimumModuleMm = 0.25;
    static constexpr double kPreferredModuleMm = 0.33; // scans best; used when there is room
    static constexpr int kQuietZoneModules = 10;

    // `dpi` is the device's horizontal resolution (pixels per inch, as QPainter draws).
    explicit BarcodePainter(double dpi);
    // A sheet with room for big codes (the command sheet) asks for wider modules.
    void setPreferredModuleMm(double mm) { m_preferredMm = mm; }

    // The module width in device pixels for a symbol in at most `maxWidthPx` (quiet zones
    // included): the preferred width where it fits, else narrower, never below the minimum.
    // 0 when even the minimum does not fit.
    int modulePixels(const BarcodeSymbol &symbol, double maxWidthPx) const;
    // The size the symbol takes at that module width: bars, quiet zones and the text line.
    QSizeF size(const BarcodeSymbol &symbol,
                int modulePx,
                double barHeightPx,
                const QFont &font) const;
    // Paints it with its top left corner (the left quiet zone's) at `topLeft`; returns the
    // rectangle it took.
    QRectF paint(QPainter *painter,
                 const BarcodeSymbol &symbol,
                 QPointF topLeft,
                 int modulePx,
                 double barHeightPx,
                 const QFont &font) const;

private:
    double m_dpi;
    double m_preferredMm = kPreferredModuleMm;
};
