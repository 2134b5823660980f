#pragma once

#include "core/tracking/TrackingDetection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

struct Order;
class TrackingNumberDetector;

// What a scan at the packing station is (issue 16, point 2), after ScanDetector told it from
// typing: a command from the printed command sheet, an order (to pack next), an item of the
// order being packed, a shipping label's tracking number, or nothing known. The router only
// reads the code; counting is PackSession's, finding the order is OrderLookup's.
//
// The rules, first match wins (docs/architecture.md, "Pack mode (issue 16): the core"):
//  1. Smidig's own barcodes, "SMIDIG:<COMMAND>" and "SMIDIG:ORDER:<order name>": no shop's
//     SKU or barcode is expected to start with "SMIDIG:", so they are never read as anything
//     else. Another "SMIDIG:" code (a sheet of a later version) is unknown.
//  2. A variant barcode or SKU of a line of the current order (linesWithCode: a barcode
//     before a SKU, since SKUs need not be unique): an item, before any reading
//     below (so a SKU "NEXT", "1001" or "#1001", or an EAN that also fits a carrier's format,
//     is the item it names while its order is on the table).
//  3. A plain command word (FULFIL, FULFILL, SKIP, UNDO, NEXT, REPRINT; any case).
//  4. An order: a name starting with "#" ("#1001"), or a number of 1 to 7 digits ("1001").
//  5. A product code (EAN-8, UPC-A, EAN-13, GTIN-14 with a valid check digit) while items are
//     still to be counted: unknown (not this order's item, so the session refuses it as
//     wrong); once every item is counted and the label is expected, such a code is a tracking
//     number if a carrier's format fits it.
//  6. A tracking number: the text is one (TrackingNumberInput) and a carrier's format fits it
//     with a check digit that is not wrong; or, while the label is expected, any valid text
//     (the carrier is then the packer's to pick).
//  7. Anything else is unknown.
class ScanRouter final
{
    Q_DECLARE_TR_FUNCTIONS(ScanRouter)

public:
    enum class Kind { Command, Order, Item, Tracking, Unknown };
    enum class Command { Fulfil, Skip, Undo, Next, Reprint };
    // What the station waits for, which settles a code that may be a product or a label.
    enum class Expecting { Items, Label };

    struct Route
    {
        Kind kind = Kind::Unknown;
        QString code; // as scanned, trimmed
        Command command = Command::Fulfil;
        QString orderReference;     // Kind::Order: for OrderLookup::find ("#1001", "1001")
        QStringList lineItemIds;    // Kind::Item: the current order's lines with this code
        TrackingDetection tracking; // Kind::Tracking: the carriers, best first (may be none)
    };

    // `detector` is kept, not owned; it must outlive the router.
    explicit ScanRouter(const TrackingNumberDetector *detector);

    // `current` is the order on the packing table, or null when none is.
    Route route(QStringView code, const Order *current, Expecting expecting) const;

    // The text of the command sheet's and the packing slip's barcodes (Code 128).
    static QString commandCode(Command command);        // "SMIDIG:FULFIL"
    static QString orderCode(const QString &orderName); // "SMIDIG:ORDER:#1001"
    // The command's name on the sheet, for people ("Fulfil"), translated.
    static QString commandName(Command command);
    // The lines of `order` a code names: by variant barcode (product codes equal but for
    // leading zeros, as a UPC-A read as EAN-13); else by SKU exactly; else by SKU in any case.
    static QStringList linesWithCode(const Order &order, QStringView code);
    // A valid GTIN (EAN-8, UPC-A, EAN-13, GTIN-14): digits only with a right check digit.
    static bool isProductCode(QStringView code);

private:
    static std::optional<Command> commandFromWord(QStringView word);

    const TrackingNumberDetector *m_detector;
};
