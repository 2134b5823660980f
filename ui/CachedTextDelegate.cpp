#include "ui/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

namespace {

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// Qt's own styles that leave a plain item to the common drawing, where the quick path draws
// the same pixels. Any other style (the platform's, a proxy, a style sheet) may paint cells
// its own way, so it keeps Qt's painting.
bool drawsItemsLikeCommonStyle(const QStyle *style)
{
    const char *name = style->metaObject()->className();
    return qstrcmp(name, "QFusionStyle") == 0 || qstrcmp(name, "QWindowsStyle") == 0;
}

QIcon::Mode iconMode(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QIcon::Disabled;
    return option.state & QStyle::State_Selected ? QIcon::Selected : QIcon::Normal;
}

QColor textColor(const QStyleOptionViewItem &option)
{
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal
                                                                      : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return option.palette.color(group,
                                option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                      : QPalette::Text);
}

} // namespace

bool CachedTextDelegate::paintsQuickly(const QStyleOptionViewItem &option)
{
    constexpr QStyle::State ownFrame = QStyle::State_HasFocus | QStyle::State_Editing;
    // QStyledItemDelegate shows a line break as a line separator: a second line.
    return !(option.features & QStyleOptionViewItem::HasCheckIndicator)
           && !(option.state & ownFrame) && option.direction == Qt::LeftToRight
           && option.decorationPosition == QStyleOptionViewItem::Left
           && !option.text.contains(QChar::LineSeparator) && !option.text.contains(u'\n')
           && drawsItemsLikeCommonStyle(styleOf(option));
}

void CachedTextDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!paintsQuickly(cell)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStyle *style = styleOf(cell);

    // The icon in a slot at the leading edge, the text in the rest: both with the style's
    // margin on each side. A cell whose icon is empty has no slot for it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, cell.widget) + 1;
    const bool hasIcon = cell.features & QStyleOptionViewItem::HasDecoration
                         && !cell.decorationSize.isEmpty();
    const QRect slot(cell.rect.topLeft(),
                     QSize(hasIcon ? cell.decorationSize.width() + 2 * margin : 0,
                           cell.rect.height()));
    const QRect area = cell.rect.adjusted(slot.width() + margin, 0, -margin, 0);
    LaidOut *text = cell.text.isEmpty() ? nullptr : laidOut(cell.text, cell.font, cell.direction);
    if (text && text->text.size().width() > area.width()) {
        // A text too wide for one line that the view wraps: Qt's painting breaks it into lines.
        if (cell.features & QStyleOptionViewItem::WrapText) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        if (cell.textElideMode != Qt::ElideNone)
            text = elided(cell.text, area.width(), cell.textElideMode);
    }
    const QSizeF size = text ? text->text.size() : QSizeF();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, cell.widget);
    if (hasIcon) {
        cell.icon.paint(painter,
                        QStyle::alignedRect(cell.direction,
                                            cell.decorationAlignment,
                                            cell.decorationSize,
                                            slot),
                        cell.decorationAlignment,
                        iconMode(cell),
                        cell.state & QStyle::State_Open ? QIcon::On : QIcon::Off);
    }
    if (text) {
        // Across: aligned in the area by how far the text (elided or whole) advances; a text
        // that overflows, not elided, starts at the leading edge. Down: the line's whole
        // pixels centred in the area.
        const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction,
                                                                cell.displayAlignment);
        qreal x = area.left();
        if (size.width() <= area.width() && alignment & (Qt::AlignRight | Qt::AlignHCenter)) {
            if (text->advance < 0)
                text->advance = QFontMetricsF(cell.font).horizontalAdvance(text->text.text());
            const qreal space = area.width() - text->advance;
            x += alignment & Qt::AlignRight ? space : space / 2;
        }
        const QRect line = QStyle::alignedRect(cell.direction,
                                               alignment & Qt::AlignVertical_Mask,
                                               QSize(area.width(), int(size.height())),
                                               area);
        if (size.width() > area.width()) // not elided: cut off at the cell's edge
            painter->setClipRect(cell.rect, Qt::IntersectClip);
        painter->setPen(textColor(cell));
        painter->setFont(cell.font);
        painter->drawStaticText(QPointF(x, line.top()), text->text);
    }
    painter->restore();
}

CachedTextDelegate::LaidOut *CachedTextDelegate::laidOut(const QString &text,
                                                         const QFont &font,
                                                         Qt::LayoutDirection direction) const
{
    if (font != m_font || direction != m_direction) {
        m_texts.clear();
        m_elided.clear();
        m_font = font;
        m_direction = direction;
    }
    if (LaidOut *cached = m_texts.object(text))
        return cached;
    return layOut(&m_texts, text, text);
}

CachedTextDelegate::LaidOut *CachedTextDelegate::elided(const QString &text,
                                                        int width,
                                                        Qt::TextElideMode mode) const
{
    const QString key = QString::number(width) + u'/' + QString::number(int(mode)) + u'/' + text;
    if (LaidOut *cached = m_elided.object(key))
        return cached;
    return layOut(&m_elided, key, QFontMetrics(m_font).elidedText(text, mode, width));
}

// QCache::insert() may drop any entry but the new one: a pointer from the cache stays good
// only until the next insert.
CachedTextDelegate::LaidOut *CachedTextDelegate::layOut(QCache<QString, LaidOut> *cache,
                                                        const QString &key,
                                                        const QString &text) const
{
    auto *laid = new LaidOut{QStaticText(text)};
    laid->text.setTextFormat(Qt::PlainText);
    QTextOption option;
    option.setTextDirection(m_direction);
    option.setWrapMode(QTextOption::ManualWrap);
    laid->text.setTextOption(option);
    laid->text.prepare(QTransform(), m_font);
    cache->insert(key, laid);
    return laid;
}
