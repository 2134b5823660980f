#include "print/PickListRenderer.h"

#include "print/PageCursor.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

struct Columns
{
    double skuX, skuWidth, itemX, itemWidth, totalX, totalWidth, ordersX, ordersWidth;

    explicit Columns(const PageCursor &cursor)
    {
        const double gap = cursor.px(2.0);
        const double width = cursor.width();
        skuX = cursor.left();
        skuWidth = width * 0.24 - gap;
        itemX = skuX + skuWidth + gap;
        itemWidth = width * 0.36 - gap;
        totalX = itemX + itemWidth + gap;
        totalWidth = width * 0.10 - gap;
        ordersX = totalX + totalWidth + gap;
        ordersWidth = cursor.left() + width - ordersX;
    }
};

QString ordersText(const QList<PickList::Need> &needs, const QLocale &locale)
{
    QStringList parts;
    for (const PickList::Need &need : needs) {
        parts.append(need.quantity > 1
                         ? PickListRenderer::tr("%1 (%2)").arg(need.orderName,
                                                               locale.toString(need.quantity))
                         : need.orderName);
    }
    return parts.join(u", "_s);
}

} // namespace

void PickListRenderer::render(PageCursor &cursor,
                              const PickList &list,
                              const QDateTime &printedAt) const
{
    const QLocale locale;
    cursor.startDocument();
    cursor.paragraph(tr("Pick list"), cursor.font(18, QFont::Bold), 1.0);
    // Counts as "label: number": paper reads right in every language without plural forms.
    cursor.paragraph(tr("%1 · orders: %2 · items to pick: %3")
                         .arg(locale.toString(printedAt.toLocalTime(), QLocale::ShortFormat),
                              locale.toString(list.orderCount),
                              locale.toString(list.total())),
                     cursor.font(9),
                     4.0);
    if (list.locations.isEmpty()) {
        cursor.paragraph(tr("Nothing to pick: the orders have nothing left to ship."),
                         cursor.font(10));
        cursor.finish();
        return;
    }

    const Columns columns(cursor);
    const QFont font = cursor.font(9);
    const QFont variantFont = cursor.font(8);
    const QFont totalFont = cursor.font(10, QFont::Bold);
    for (const PickList::AtLocation &location : list.locations) {
        const QString name = location.location.name.isEmpty() ? tr("Unnamed location")
                                                              : location.location.name;
        const QString heading = tr("%1 · items: %2").arg(name, locale.toString(location.total()));
        cursor.setRunningHeader(nullptr);
        cursor.ensureSpace(cursor.px(25.0));
        cursor.paragraph(heading, cursor.font(12, QFont::Bold), 1.5);
        cursor.setRunningHeader([this, &cursor, heading] {
            cursor.paragraph(heading + u' ' + tr("(continued)"), cursor.font(10, QFont::Bold), 1.5);
            drawTableHeader(cursor);
        });
        drawTableHeader(cursor);
        for (const PickList::Item &item : location.items) {
            const QString sku = item.sku.isEmpty() ? u"—"_s : item.sku;
            const QString total = locale.toString(item.total);
            const QString orders = ordersText(item.orders, locale);
            const double titleHeight = cursor.textHeight(item.title, font, columns.itemWidth);
            const double height = std::max(
                {cursor.textHeight(sku, font, columns.skuWidth),
                 titleHeight + cursor.textHeight(item.variantTitle, variantFont, columns.itemWidth),
                 cursor.textHeight(total, totalFont, columns.totalWidth),
                 cursor.textHeight(orders, font, columns.ordersWidth)});
            cursor.ensureSpace(height + cursor.px(1.5));
            cursor.drawText(columns.skuX, columns.skuWidth, sku, font);
            cursor.drawText(columns.itemX, columns.itemWidth, item.title, font);
            cursor.moveDown(titleHeight);
            cursor.drawText(columns.itemX, columns.itemWidth, item.variantTitle, variantFont);
            cursor.moveDown(-titleHeight);
            cursor.drawText(columns.totalX, columns.totalWidth, total, totalFont, Qt::AlignRight);
            cursor.drawText(columns.ordersX, columns.ordersWidth, orders, font);
            cursor.moveDown(height + cursor.px(1.5));
        }
        cursor.setRunningHeader(nullptr);
        cursor.moveDown(cursor.px(4.0));
    }
    cursor.finish();
}

void PickListRenderer::drawTableHeader(PageCursor &cursor) const
{
    const Columns columns(cursor);
    const QFont font = cursor.font(8, QFont::Bold);
    const double height = cursor.textHeight(tr("Item"), font, columns.itemWidth);
    cursor.ensureSpace(height * 3);
    cursor.drawText(columns.skuX, columns.skuWidth, tr("SKU"), font);
    cursor.drawText(columns.itemX, columns.itemWidth, tr("Item"), font);
    cursor.drawText(columns.totalX, columns.totalWidth, tr("Qty"), font, Qt::AlignRight);
    cursor.drawText(columns.ordersX, columns.ordersWidth, tr("Orders"), font);
    cursor.moveDown(height + cursor.px(0.5));
    cursor.rule(0.3);
}
