#pragma once

#include <QList>
#include <QString>

#include <optional>

// A one-dimensional barcode as modules (true: a bar), encoded by zxing-cpp, without quiet
// zones: the painter adds them at the size it draws the modules.
class BarcodeSymbol final
{
public:
    // Code 128 of printable ASCII; nullopt for text it cannot carry (or empty text).
    static std::optional<BarcodeSymbol> code128(const QString &text);

    const QString &text() const { return m_text; }
    const QList<bool> &modules() const { return m_modules; }
    int moduleCount() const { return int(m_modules.size()); }

private:
    BarcodeSymbol(QString text, QList<bool> modules);

    QString m_text;
    QList<bool> m_modules;
};
