#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints the cells of a big table as QStyledItemDelegate does, but shapes each distinct text
// only once.
//
// Why: Qt's item painting lays out a cell's text three times on every paint (to measure it, to
// elide it, to draw it). With about 30 rows of 10 cells that was most of a keystroke in the
// order table (docs/benchmarks.md). Here the laid-out text (a QStaticText) is kept by text and
// font: repainting a row already seen only draws its glyphs, a new row's text is shaped once.
//
// The quick path draws a plain cell as Qt's common style does: the style's own background
// (selection, hover, alternate rows), the icon, and the text in the same place, aligned and
// elided the same way. Every other cell (a check box, a focus frame, wrapped or multi-line text,
// right to left, a style that may paint cells its own way) goes to QStyledItemDelegate::paint.
class CachedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether `option` (initialised for a cell) is painted by the quick path.
    static bool paintsQuickly(const QStyleOptionViewItem &option);

private:
    struct LaidOut
    {
        QStaticText text;
        // How far the pen moves over it, which places right-aligned text: for some scripts
        // (Arabic digits) less than its width. Measured when first needed, else negative.
        qreal advance = -1;
    };

    // `text` laid out in `font` on one line. Changing the font or direction empties the cache.
    LaidOut *laidOut(const QString &text, const QFont &font, Qt::LayoutDirection direction) const;
    // The text last laid out, elided to `width` pixels with `mode`.
    LaidOut *elided(const QString &text, int width, Qt::TextElideMode mode) const;
    LaidOut *layOut(QCache<QString, LaidOut> *cache, const QString &key, const QString &text) const;

    // The cells on screen and some scrolled past: enough that repainting a screenful never
    // shapes a text again, small enough to hold no more than a few MB.
    static constexpr int maxTexts = 4096;
    mutable QCache<QString, LaidOut> m_texts{maxTexts};
    // Texts too wide for their cell, elided: keyed by the width, the elide mode and the text.
    mutable QCache<QString, LaidOut> m_elided{maxTexts / 4};
    mutable QFont m_font; // the font of every text in m_texts
    mutable Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
