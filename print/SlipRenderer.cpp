#include "print/SlipRenderer.h"

#include "print/BarcodePainter.h"
#include "print/BarcodeSymbol.h"
#include "print/LinesToShip.h"
#include "print/PageCursor.h"

#include "core/packing/ScanRouter.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

// Column widths as parts of the page: quantity, item (title and variant), SKU.
constexpr double kQuantityShare = 0.12;
constexpr double kSkuShare = 0.30;
constexpr double kBarHeightMm = 12.0;

struct Columns
{
    double quantityX, quantityWidth, itemX, itemWidth, skuX, skuWidth;

    explicit Columns(const PageCursor &cursor)
    {
        const double gap = cursor.px(2.0);
        quantityX = cursor.left();
        quantityWidth = cursor.width() * kQuantityShare - gap;
        skuWidth = cursor.width() * kSkuShare - gap;
        itemX = quantityX + quantityWidth + gap;
        itemWidth = cursor.width() - quantityWidth - skuWidth - 2 * gap;
        skuX = itemX + itemWidth + gap;
    }
};

QString deliveryText(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Shipping:
        return SlipRenderer::tr("Shipping");
    case DeliveryMethod::PickUp:
        return SlipRenderer::tr("Local pickup");
    case DeliveryMethod::Local:
        return SlipRenderer::tr("Local delivery");
    case DeliveryMethod::PickupPoint:
        return SlipRenderer::tr("Pickup point");
    case DeliveryMethod::Retail:
        return SlipRenderer::tr("Handed over in the shop");
    case DeliveryMethod::None:
        return SlipRenderer::tr("Nothing to deliver");
    case DeliveryMethod::Unknown:
        break;
    }
    return {};
}

// Who the parcel goes to and where, as far as the app may read it (the details pane's rules):
// what Shopify left out is said to be hidden, and what it did give (a city, a country) shows.
QStringList recipientLines(const Order &order)
{
    QStringList lines;
    if (order.customerHidden)
        lines.append(SlipRenderer::tr("Customer details hidden (the app has no access to "
                                      "protected customer data)"));
    const QString name = order.shippingName.isEmpty() ? order.customerName : order.shippingName;
    if (!name.isEmpty())
        lines.append(name);
    lines.append(order.shippingAddress.lines());
    if (!order.email.isEmpty())
        lines.append(order.email);
    if (lines.isEmpty())
        lines.append(SlipRenderer::tr("No customer (guest order without address)"));
    return lines;
}

} // namespace

struct SlipRenderer::Slip
{
    Location location; // empty for a reprint of a fulfilled order
    DeliveryMethod deliveryMethod = DeliveryMethod::Unknown;
    QList<LinesToShip::Line> lines;
};

SlipRenderer::SlipRenderer(const PrintSettings &settings)
    : m_settings(settings)
{
    if (!m_settings.logoPath.isEmpty())
        m_logo.load(m_settings.logoPath);
}

void SlipRenderer::render(PageCursor &cursor, const QList<Order> &orders) const
{
    for (const Order &order : orders) {
        QList<Slip> slips;
        for (const LinesToShip::AtLocation &from : LinesToShip::of(order))
            slips.append(Slip{from.location, from.deliveryMethod, from.lines});
        if (slips.isEmpty()) {
            Slip everything;
            for (const LineItem &item : order.lineItems) {
                if (item.currentQuantity > 0)
                    everything.lines.append(LinesToShip::Line{item, item.currentQuantity});
            }
            slips.append(everything);
        }
        for (const Slip &slip : std::as_const(slips))
            renderSlip(cursor, order, slip);
    }
    cursor.finish();
}

void SlipRenderer::renderSlip(PageCursor &cursor, const Order &order, const Slip &slip) const
{
    cursor.startDocument();
    cursor.setFooter(m_settings.footer, cursor.font(8));
    QPainter *painter = cursor.painter();

    // The shop: logo at the left, name and address beside it.
    const double top = cursor.y();
    double logoWidth = 0.0;
    double headerHeight = 0.0;
    if (!m_logo.isNull()) {
        const double maxHeight = cursor.px(15.0);
        const double maxWidth = cursor.width() * 0.4;
        const QSizeF size = QSizeF(m_logo.size()).scaled(maxWidth, maxHeight, Qt::KeepAspectRatio);
        painter->drawImage(QRectF(QPointF(cursor.left(), top), size), m_logo);
        logoWidth = size.width() + cursor.px(4.0);
        headerHeight = size.height();
    }
    const QStringList sender = m_settings.sender.trimmed().split(u'\n');
    if (!sender.isEmpty() && !sender.first().isEmpty()) {
        const double x = cursor.left() + logoWidth;
        const double width = cursor.width() - logoWidth;
        double height
            = cursor.drawText(x, width, sender.first().trimmed(), cursor.font(11, QFont::Bold));
        cursor.moveDown(height);
        const double rest
            = cursor.drawText(x, width, sender.mid(1).join(u'\n').trimmed(), cursor.font(9));
        cursor.moveDown(-height);
        height += rest;
        headerHeight = std::max(headerHeight, height);
    }
    cursor.moveDown(headerHeight > 0 ? headerHeight + cursor.px(4.0) : 0.0);

    drawHeading(cursor, order);

    // The order's barcode: pack mode opens the order when it is scanned.
    if (const auto symbol = BarcodeSymbol::code128(ScanRouter::orderCode(order.name))) {
        const BarcodePainter barcode(cursor.dpi());
        const int module = barcode.modulePixels(*symbol, cursor.width());
        if (module > 0) {
            const QFont codeFont = cursor.font(7);
            const QSizeF size = barcode.size(*symbol, module, cursor.px(kBarHeightMm), codeFont);
            cursor.ensureSpace(size.height());
            barcode.paint(painter,
                          *symbol,
                          QPointF(cursor.left(), cursor.y()),
                          module,
                          cursor.px(kBarHeightMm),
                          codeFont);
            cursor.moveDown(size.height() + cursor.px(3.0));
        }
    }

    // Date, recipient and how it ships, as label: value lines.
    const QLocale locale;
    const QDateTime placed = order.processedAt.isValid() ? order.processedAt : order.createdAt;
    QStringList facts;
    if (placed.isValid())
        facts.append(tr("Order date: %1")
                         .arg(locale.toString(placed.toLocalTime().date(), QLocale::ShortFormat)));
    // The method the customer chose at checkout ("PostNord Pakke"); Shopify's kind of
    // delivery only when the order has no shipping line, or was stored before it was read.
    if (!order.shippingMethod.isEmpty())
        facts.append(tr("Shipping method: %1").arg(order.shippingMethod));
    else if (const QString method = deliveryText(slip.deliveryMethod); !method.isEmpty())
        facts.append(tr("Delivery: %1").arg(method));
    if (!slip.location.name.isEmpty())
        facts.append(tr("Ships from: %1").arg(slip.location.name));
    cursor.paragraph(facts.join(u'\n'), cursor.font(9), 2.0);
    cursor.paragraph(tr("Ship to"), cursor.font(9, QFont::Bold), 0.5);
    cursor.paragraph(recipientLines(order).join(u'\n'), cursor.font(9), 3.0);
    // The order's note before the lines: a wish such as gift wrapping changes how it is packed.
    if (!order.note.trimmed().isEmpty()) {
        cursor.paragraph(tr("Note"), cursor.font(9, QFont::Bold), 0.5);
        // Line by line, so a long note breaks across pages between its lines.
        const QStringList noteLines = order.note.trimmed().split(u'\n');
        for (qsizetype i = 0; i < noteLines.size(); ++i)
            cursor.paragraph(noteLines.at(i), cursor.font(9), i + 1 < noteLines.size() ? 0 : 3.0);
    }

    // The lines; pages after the first repeat the order's name and the headings.
    int page = 1;
    cursor.setRunningHeader([this, &cursor, &order, &page] {
        ++page;
        cursor.paragraph(tr("%1 · packing slip, page %2").arg(order.name).arg(page),
                         cursor.font(10, QFont::Bold),
                         2.0);
        drawTableHeader(cursor);
    });
    drawTableHeader(cursor);
    const Columns columns(cursor);
    const QFont lineFont = cursor.font(9);
    const QFont variantFont = cursor.font(8);
    int units = 0;
    for (const LinesToShip::Line &line : slip.lines) {
        const QString quantity = locale.toString(line.quantity);
        const QString sku = line.item.sku.isEmpty() ? u"—"_s : line.item.sku;
        const double titleHeight = cursor.textHeight(line.item.title, lineFont, columns.itemWidth);
        const double height = std::max(
            {titleHeight + cursor.textHeight(line.item.variantTitle, variantFont, columns.itemWidth),
             cursor.textHeight(sku, lineFont, columns.skuWidth),
             cursor.textHeight(quantity, lineFont, columns.quantityWidth)});
        cursor.ensureSpace(height + cursor.px(1.5));
        cursor.drawText(columns.quantityX, columns.quantityWidth, quantity, lineFont, Qt::AlignRight);
        cursor.drawText(columns.itemX, columns.itemWidth, line.item.title, lineFont);
        cursor.moveDown(titleHeight);
        cursor.drawText(columns.itemX, columns.itemWidth, line.item.variantTitle, variantFont);
        cursor.moveDown(-titleHeight);
        cursor.drawText(columns.skuX, columns.skuWidth, sku, lineFont);
        cursor.moveDown(height + cursor.px(1.5));
        units += line.quantity;
    }
    cursor.setRunningHeader(nullptr);
    cursor.rule(0.2);
    // "Items: 4", not "4 item(s)": paper reads right in every language without plural forms.
    cursor.paragraph(tr("Items: %1").arg(locale.toString(units)), cursor.font(9, QFont::Bold));
}

void SlipRenderer::drawHeading(PageCursor &cursor, const Order &order) const
{
    cursor.paragraph(tr("Packing slip"), cursor.font(9), 0.5);
    cursor.paragraph(order.name, cursor.font(18, QFont::Bold), 2.0);
}

void SlipRenderer::drawTableHeader(PageCursor &cursor) const
{
    const Columns columns(cursor);
    const QFont font = cursor.font(8, QFont::Bold);
    const double height = cursor.textHeight(tr("Item"), font, columns.itemWidth);
    cursor.ensureSpace(height * 3);
    cursor.drawText(columns.quantityX, columns.quantityWidth, tr("Qty"), font, Qt::AlignRight);
    cursor.drawText(columns.itemX, columns.itemWidth, tr("Item"), font);
    cursor.drawText(columns.skuX, columns.skuWidth, tr("SKU"), font);
    cursor.moveDown(height + cursor.px(0.5));
    cursor.rule(0.3);
}
