#pragma once

#include "ui/pack/PackController.h"

#include <QColor>

// The pack view's colours, chosen for a screen read from a step away: every pair of text and
// background has a contrast of at least 4.5:1 (WCAG 2's AA for normal text), and each result
// also has its icon and words, so colour is never all that tells them apart.
namespace PackPalette {

struct Colours
{
    QColor text;
    QColor background;
};

// The order's text on the view's background.
Colours page();
// The last result's strip, by what it came to.
Colours result(PackController::Tone tone);
// WCAG 2's contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace PackPalette
