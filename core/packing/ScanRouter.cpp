#include "core/packing/ScanRouter.h"

#include "core/model/Order.h"
#include "core/tracking/TrackingNumberDetector.h"

using namespace Qt::StringLiterals;

namespace {

const QString kNamespace = u"SMIDIG:"_s;
const QString kOrderNamespace = u"SMIDIG:ORDER:"_s;
constexpr qsizetype kLongestOrderNumber = 7;

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A scanner may send a UPC-A as the EAN-13 it also is (a leading 0), and a shop may have
// stored either: product codes are the same when they differ only in leading zeros.
QStringView withoutLeadingZeros(QStringView code)
{
    qsizetype i = 0;
    while (i + 1 < code.size() && code.at(i) == u'0')
        ++i;
    return code.mid(i);
}

bool sameCode(QStringView scanned, const QString &stored)
{
    if (stored.isEmpty())
        return false;
    if (scanned == stored)
        return true;
    return ScanRouter::isProductCode(scanned) && ScanRouter::isProductCode(stored)
           && withoutLeadingZeros(scanned) == withoutLeadingZeros(stored);
}

} // namespace

// A barcode names its variant; a SKU is not unique in every shop, so it counts only when no
// barcode matched, and in any case only as a last resort (a scanner left in caps lock, a
// label printed in capitals).
QStringList ScanRouter::linesWithCode(const Order &order, QStringView code)
{
    QStringList ids;
    for (const LineItem &line : order.lineItems) {
        if (sameCode(code, line.barcode))
            ids.append(line.id);
    }
    if (!ids.isEmpty())
        return ids;
    for (const LineItem &line : order.lineItems) {
        if (!line.sku.isEmpty() && line.sku == code)
            ids.append(line.id);
    }
    if (!ids.isEmpty())
        return ids;
    for (const LineItem &line : order.lineItems) {
        if (!line.sku.isEmpty() && code.compare(line.sku, Qt::CaseInsensitive) == 0)
            ids.append(line.id);
    }
    return ids;
}

ScanRouter::ScanRouter(const TrackingNumberDetector *detector)
    : m_detector(detector)
{}

ScanRouter::Route ScanRouter::route(QStringView scanned,
                                    const Order *current,
                                    Expecting expecting) const
{
    Route route;
    const QStringView code = scanned.trimmed();
    route.code = code.toString();
    if (code.isEmpty())
        return route;

    // 1. Smidig's own barcodes.
    if (code.startsWith(kNamespace, Qt::CaseInsensitive)) {
        if (code.startsWith(kOrderNamespace, Qt::CaseInsensitive)) {
            const QStringView name = code.mid(kOrderNamespace.size()).trimmed();
            if (!name.isEmpty()) {
                route.kind = Kind::Order;
                route.orderReference = name.toString();
            }
        } else if (const auto command = commandFromWord(code.mid(kNamespace.size()))) {
            route.kind = Kind::Command;
            route.command = *command;
        }
        return route;
    }

    // 2. An item of the order on the table.
    if (current) {
        route.lineItemIds = linesWithCode(*current, code);
        if (!route.lineItemIds.isEmpty()) {
            route.kind = Kind::Item;
            return route;
        }
    }

    // 3. A command word.
    if (const auto command = commandFromWord(code)) {
        route.kind = Kind::Command;
        route.command = *command;
        return route;
    }

    // 4. An order by its name or number.
    if ((code.startsWith(u'#') && code.size() > 1)
        || (allDigits(code) && code.size() <= kLongestOrderNumber)) {
        route.kind = Kind::Order;
        route.orderReference = route.code;
        return route;
    }

    // 5. and 6. A product code of another order, or the label's tracking number.
    const bool product = isProductCode(code);
    if (product && expecting == Expecting::Items)
        return route;
    route.tracking = m_detector->detect(code);
    if (!route.tracking.isValidInput())
        return route;
    const auto best = route.tracking.best();
    const bool fits = best && best->checkDigit != CheckDigitState::Invalid;
    if (fits || expecting == Expecting::Label)
        route.kind = Kind::Tracking;
    return route;
}

QString ScanRouter::commandCode(Command command)
{
    switch (command) {
    case Command::Fulfil:
        return u"SMIDIG:FULFIL"_s;
    case Command::Skip:
        return u"SMIDIG:SKIP"_s;
    case Command::Undo:
        return u"SMIDIG:UNDO"_s;
    case Command::Next:
        return u"SMIDIG:NEXT"_s;
    case Command::Reprint:
        return u"SMIDIG:REPRINT"_s;
    }
    return {};
}

QString ScanRouter::orderCode(const QString &orderName)
{
    return kOrderNamespace + orderName;
}

QString ScanRouter::commandName(Command command)
{
    switch (command) {
    case Command::Fulfil:
        //: A command on the packing station's printed command sheet: fulfil the order packed
        return tr("Fulfil");
    case Command::Skip:
        //: A command on the command sheet: put this order aside and pack another
        return tr("Skip order");
    case Command::Undo:
        //: A command on the command sheet: take the last count or fulfilment back
        return tr("Undo");
    case Command::Next:
        //: A command on the command sheet: bring up the next order to pack
        return tr("Next order");
    case Command::Reprint:
        //: A command on the command sheet: print the packing slip again
        return tr("Reprint slip");
    }
    return {};
}

bool ScanRouter::isProductCode(QStringView code)
{
    const qsizetype n = code.size();
    if ((n != 8 && n != 12 && n != 13 && n != 14) || !allDigits(code))
        return false;
    // GS1's check digit: from the right, the digits before it weigh 3, 1, 3, ...
    int sum = 0;
    for (qsizetype i = n - 2, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += (code.at(i).unicode() - u'0') * int(weight);
    return (10 - sum % 10) % 10 == code.at(n - 1).unicode() - u'0';
}

std::optional<ScanRouter::Command> ScanRouter::commandFromWord(QStringView word)
{
    const QString upper = word.trimmed().toString().toUpper();
    if (upper == "FULFIL"_L1 || upper == "FULFILL"_L1)
        return Command::Fulfil;
    if (upper == "SKIP"_L1)
        return Command::Skip;
    if (upper == "UNDO"_L1)
        return Command::Undo;
    if (upper == "NEXT"_L1)
        return Command::Next;
    if (upper == "REPRINT"_L1)
        return Command::Reprint;
    return std::nullopt;
}
