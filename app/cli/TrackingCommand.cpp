#include "app/cli/TrackingCommand.h"

#include "app/cli/Console.h"

#include "core/tracking/TrackingNumberDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A number written with spaces reaches the command as several arguments unless it is quoted.
// When no argument alone has a known format and together they make one number whose check
// digit holds, they are that number: the check digit makes a chance match unlikely.
QStringList numbersFrom(const TrackingNumberDetector &detector, const QStringList &arguments)
{
    if (arguments.size() < 2)
        return arguments;
    for (const QString &argument : arguments) {
        if (!detector.detect(argument).isUnknownFormat())
            return arguments;
    }
    const QString joined = arguments.join(u' ');
    const std::optional<TrackingCandidate> best = detector.detect(joined).best();
    if (!best || best->checkDigit != CheckDigitState::Valid)
        return arguments;
    Console::err(TrackingCommand::tr("Read as one number written with spaces: %1. Quote a number "
                                     "with spaces to be sure.")
                     .arg(joined));
    return {joined};
}

QJsonValue checkDigitValid(CheckDigitState state)
{
    // Only a check digit the carrier has can be right or wrong.
    switch (state) {
    case CheckDigitState::Valid:
        return true;
    case CheckDigitState::Invalid:
        return false;
    case CheckDigitState::NotApplicable:
    case CheckDigitState::Unconfirmed:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

int TrackingCommand::run(const CliOptions &options)
{
    if (options.arguments.isEmpty()) {
        Console::err(tr("Give one or more tracking numbers."));
        return Console::UsageError;
    }
    const TrackingNumberDetector detector;
    QJsonArray json;
    QList<QStringList> rows{
        {tr("Number"), tr("Carrier"), tr("Check digit"), tr("Tracking link or problem")}};
    bool allGood = true;
    for (const QString &argument : numbersFrom(detector, options.arguments)) {
        const TrackingDetection detection = detector.detect(argument);
        const std::optional<TrackingCandidate> best = detection.best();
        // The number as the carrier tracks it (a barcode's routing digits left out).
        const QString number = best                       ? best->number
                               : detection.isValidInput() ? detection.input.number
                                                          : argument;
        const bool problem = !best || best->checkDigit == CheckDigitState::Invalid;
        allGood = allGood && !problem;
        QJsonObject entry{{"number"_L1, number}};
        if (best) {
            entry.insert("company"_L1,
                         best->company.isEmpty() ? QJsonValue() : QJsonValue(best->company));
            entry.insert("carrier"_L1, best->carrierName);
            entry.insert("format"_L1, best->format);
            entry.insert("checkDigit"_L1, machineName(best->checkDigit));
            entry.insert("checkDigitValid"_L1, checkDigitValid(best->checkDigit));
            entry.insert("confidence"_L1, machineName(best->confidence));
            entry.insert("url"_L1, best->url.isEmpty() ? QJsonValue() : QJsonValue(best->url));
        } else {
            entry.insert("company"_L1, QJsonValue());
            entry.insert("checkDigitValid"_L1, QJsonValue());
            entry.insert("url"_L1, QJsonValue());
        }
        if (problem)
            entry.insert("problem"_L1, detection.message());
        else if (!detection.message().isEmpty())
            entry.insert("note"_L1, detection.message());
        json.append(entry);

        // Without a carrier there is nothing for the other columns: the reason goes last.
        if (!best)
            rows.append({number, QString(), QString(), detection.message()});
        else
            rows.append({number,
                         best->company.isEmpty() ? best->carrierName : best->company,
                         displayName(best->checkDigit),
                         problem ? detection.message() : best->url});
    }
    if (options.format == "json"_L1) {
        Console::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        Console::out(Console::table(rows));
    }
    return allGood ? Console::Ok : Console::Refused;
}
