#include "ui/pack/PackPalette.h"

#include <algorithm>
#include <cmath>

namespace PackPalette {

Colours page()
{
    return {QColor(0x11, 0x11, 0x11), QColor(0xff, 0xff, 0xff)};
}

Colours result(PackController::Tone tone)
{
    switch (tone) {
    case PackController::Tone::None:
        return {QColor(0x11, 0x11, 0x11), QColor(0xee, 0xee, 0xee)};
    case PackController::Tone::Good:
        return {QColor(0xff, 0xff, 0xff), QColor(0x1b, 0x5e, 0x20)};
    case PackController::Tone::Done:
        return {QColor(0xff, 0xff, 0xff), QColor(0x0d, 0x47, 0xa1)};
    case PackController::Tone::Refused:
        return {QColor(0xff, 0xff, 0xff), QColor(0xb7, 0x1c, 0x1c)};
    case PackController::Tone::Attention:
        return {QColor(0x00, 0x00, 0x00), QColor(0xff, 0xb3, 0x00)};
    }
    return page();
}

namespace {

// The relative luminance of an sRGB colour (WCAG 2).
double luminance(const QColor &colour)
{
    auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace PackPalette
