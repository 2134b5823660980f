#include "print/BarcodeSymbol.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

BarcodeSymbol::BarcodeSymbol(QString text, QList<bool> modules)
    : m_text(std::move(text))
    , m_modules(std::move(modules))
{}

std::optional<BarcodeSymbol> BarcodeSymbol::code128(const QString &text)
{
    // Code 128 carries ASCII; anything else would be encoded as something a scanner types
    // differently, so it is refused here rather than printed wrong.
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return std::nullopt;
    }
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        // Width 0: one column per module, the narrowest zxing-cpp can make.
        const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, 1);
        QList<bool> modules;
        modules.reserve(matrix.width());
        for (int x = 0; x < matrix.width(); ++x)
            modules.append(matrix.get(x, 0));
        if (modules.isEmpty())
            return std::nullopt;
        return BarcodeSymbol(text, std::move(modules));
    } catch (const std::exception &) {
        // zxing-cpp throws std::invalid_argument for contents it cannot encode.
        return std::nullopt;
    }
}
