#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The paper the documents are laid out for: office sheets or the label printers' sizes.
enum class Paper {
    A4,
    Letter,
    A6,       // 105 × 148 mm, a label printer's or a half-folded A5
    Label4x6, // 4 × 6 in (101.6 × 152.4 mm), the shipping-label size of most label printers
};

// How this station prints its slips, pick lists and command sheet (kept by app/AppSettings,
// edited in the window's Print Settings dialog).
struct PrintSettings
{
    Paper paper = Paper::A4;
    QString printerName; // empty: the system's default printer
    QString logoPath;    // an image file drawn at the top of each slip; empty for none
    QString sender;      // the shop's name and address, one line each, at the top of slips
    QString footer;      // the shop's words at the bottom of each slip (returns, thanks)
    // Print the order's slip on the printer without asking once it has been fulfilled.
    bool printSlipWhenFulfilled = false;

    friend bool operator==(const PrintSettings &, const PrintSettings &) = default;
};
Q_DECLARE_METATYPE(PrintSettings)

// This header and these need no QtGui (smidig-cli and the settings read them).
namespace PaperKeys {
QList<Paper> all();
// "a4", "letter", "a6", "4x6": what the command line and the settings file say.
QString key(Paper paper);
// Any case; nullopt for anything else.
std::optional<Paper> fromKey(const QString &key);
} // namespace PaperKeys
