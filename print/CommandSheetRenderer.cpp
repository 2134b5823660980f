#include "print/CommandSheetRenderer.h"

#include "print/BarcodePainter.h"
#include "print/BarcodeSymbol.h"
#include "print/PageCursor.h"

#include "core/packing/ScanRouter.h"

namespace {

QString explanation(ScanRouter::Command command)
{
    switch (command) {
    case ScanRouter::Command::Fulfil:
        return CommandSheetRenderer::tr("Fulfil the order on the table with what was counted.");
    case ScanRouter::Command::Skip:
        return CommandSheetRenderer::tr("Put the order aside unpacked and take the next one.");
    case ScanRouter::Command::Undo:
        return CommandSheetRenderer::tr("Take back the last count, or the fulfilment just made.");
    case ScanRouter::Command::Next:
        return CommandSheetRenderer::tr("Open the next order to pack.");
    case ScanRouter::Command::Reprint:
        return CommandSheetRenderer::tr("Print the order's packing slip again.");
    }
    return {};
}

} // namespace

void CommandSheetRenderer::render(PageCursor &cursor) const
{
    cursor.startDocument();
    cursor.paragraph(tr("Pack mode commands"), cursor.font(16, QFont::Bold), 1.0);
    cursor.paragraph(tr("Scan a code to give its command at the packing station."),
                     cursor.font(9),
                     5.0);
    // Scanned from arm's length on a table: wide bars where the page has room.
    BarcodePainter barcode(cursor.dpi());
    barcode.setPreferredModuleMm(0.5);
    const QFont codeFont = cursor.font(7);
    const QFont nameFont = cursor.font(14, QFont::Bold);
    const QFont textFont = cursor.font(9);
    for (const ScanRouter::Command command : {ScanRouter::Command::Fulfil,
                                              ScanRouter::Command::Skip,
                                              ScanRouter::Command::Undo,
                                              ScanRouter::Command::Next,
                                              ScanRouter::Command::Reprint}) {
        const auto symbol = BarcodeSymbol::code128(ScanRouter::commandCode(command));
        if (!symbol)
            continue;
        const int module = barcode.modulePixels(*symbol, cursor.width());
        const double barHeight = cursor.px(15.0);
        const QSizeF size = barcode.size(*symbol, module, barHeight, codeFont);
        const QString name = ScanRouter::commandName(command);
        const QString text = explanation(command);
        const double height = cursor.textHeight(name, nameFont, cursor.width())
                              + cursor.textHeight(text, textFont, cursor.width()) + size.height()
                              + cursor.px(8.0);
        cursor.ensureSpace(height);
        cursor.paragraph(name, nameFont, 0.5);
        cursor.paragraph(text, textFont, 1.0);
        if (module > 0) {
            barcode.paint(cursor.painter(),
                          *symbol,
                          QPointF(cursor.left(), cursor.y()),
                          module,
                          barHeight,
                          codeFont);
            cursor.moveDown(size.height());
        }
        cursor.moveDown(cursor.px(7.0));
    }
    cursor.finish();
}
