#include "app/cli/StockCommand.h"

#include "app/cli/CliSession.h"
#include "app/cli/Console.h"
#include "app/cli/OrderOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace StockCommand {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool wanted(const StockRow &row, const QString &risk)
{
    if (risk == "oversold"_L1)
        return row.risk == StockRisk::Oversold;
    if (risk == "at-risk"_L1)
        return row.risk == StockRisk::Oversold || row.risk == StockRisk::AtRisk;
    return true;
}

} // namespace

bool isRiskFilter(const QString &name)
{
    return name == "oversold"_L1 || name == "at-risk"_L1 || name == "all"_L1;
}

int run(CliSession &session, const CliOptions &options, const QString &risk)
{
    if (session.stock()->lastError().isError()) {
        Console::err(session.stock()->lastError().userMessage());
        return Console::StoreFailure;
    }
    QList<StockRow> rows;
    for (const StockRow &row : session.stock()->rows()) {
        if (wanted(row, risk))
            rows.append(row);
    }
    const auto format = *OrderOutput::formatFromName(options.format);
    if (format == OrderOutput::Format::Json) {
        QJsonArray list;
        for (const StockRow &row : std::as_const(rows)) {
            const InventoryQuantities &q = row.level.quantities;
            // An item without SKU keeps Shopify's null; one stocked nowhere has no location.
            list.append(
                QJsonObject{{"sku"_L1, stringOrNull(row.level.sku)},
                            {"title"_L1, stringOrNull(row.title)},
                            {"inventoryItemId"_L1, row.level.inventoryItemId},
                            {"locationId"_L1, stringOrNull(row.level.locationId)},
                            {"locationName"_L1, stringOrNull(row.level.locationName)},
                            {"tracked"_L1, row.level.tracked},
                            {"inventoryPolicy"_L1, stringOrNull(shopifyName(row.level.policy))},
                            {"available"_L1, q.available},
                            {"committed"_L1, q.committed},
                            {"onHand"_L1, q.onHand},
                            {"incoming"_L1, q.incoming},
                            {"demand"_L1, row.demand},
                            {"risk"_L1, machineName(row.risk)}});
        }
        Console::out(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Console::Ok;
    }
    if (format == OrderOutput::Format::Csv) {
        QByteArray out = "sku,inventoryItemId,locationId,locationName,available,committed,onHand,"
                         "incoming,demand,risk\n";
        for (const StockRow &row : std::as_const(rows)) {
            const InventoryQuantities &q = row.level.quantities;
            const QStringList cells{csvCell(row.level.sku),
                                    row.level.inventoryItemId,
                                    row.level.locationId,
                                    csvCell(row.level.locationName),
                                    QString::number(q.available),
                                    QString::number(q.committed),
                                    QString::number(q.onHand),
                                    QString::number(q.incoming),
                                    QString::number(row.demand),
                                    machineName(row.risk)};
            out += cells.join(u',').toUtf8() + '\n';
        }
        Console::out(out);
        return Console::Ok;
    }
    QList<QStringList> table{{QCoreApplication::translate("StockCommand", "SKU"),
                              QCoreApplication::translate("StockCommand", "Location"),
                              QCoreApplication::translate("StockCommand", "On hand"),
                              QCoreApplication::translate("StockCommand", "Committed"),
                              QCoreApplication::translate("StockCommand", "Available"),
                              QCoreApplication::translate("StockCommand", "Incoming"),
                              QCoreApplication::translate("StockCommand", "Demand"),
                              QCoreApplication::translate("StockCommand", "Risk")}};
    for (const StockRow &row : std::as_const(rows)) {
        const InventoryQuantities &q = row.level.quantities;
        table.append(
            {row.level.sku.isEmpty()
                 //: An item without SKU in `smidig-cli stock`; %1 is its title
                 ? QCoreApplication::translate("StockCommand", "(no SKU) %1").arg(row.title).trimmed()
                 : row.level.sku,
             row.level.locationName.isEmpty()
                 ? QCoreApplication::translate("StockCommand", "(not stocked)")
                 : row.level.locationName,
             QString::number(q.onHand),
             QString::number(q.committed),
             QString::number(q.available),
             QString::number(q.incoming),
             QString::number(row.demand),
             displayName(row.risk)});
    }
    Console::out(Console::table(table));
    return Console::Ok;
}

} // namespace StockCommand
