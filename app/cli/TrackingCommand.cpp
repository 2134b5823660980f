#include "TrackingCommand.h"

#include "Console.h"

#include "tracking/TrackingNumberDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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
    for (const QString &argument : options.arguments) {
        const TrackingDetection detection = detector.detect(argument);
        const std::optional<TrackingCandidate> best = detection.best();
        const QString number = detection.isValidInput() ? detection.input.number : argument;
        const bool valid = best && best->checkDigit != CheckDigitState::Invalid;
        allGood = allGood && detection.isValidInput() && best && valid;
        QJsonObject entry{{"number"_L1, number},
                          {"company"_L1,
                           best && !best->company.isEmpty() ? QJsonValue(best->company)
                                                            : QJsonValue()},
                          {"checkDigitValid"_L1, best && best->checkDigit == CheckDigitState::Valid},
                          {"url"_L1,
                           best && !best->url.isEmpty() ? QJsonValue(best->url) : QJsonValue()}};
        if (!detection.isValidInput() || !best || best->checkDigit == CheckDigitState::Invalid)
            entry.insert("problem"_L1, detection.message());
        json.append(entry);

        // Without a carrier there is nothing for the other columns: the reason goes last.
        if (!detection.isValidInput() || !best)
            rows.append({number, QString(), QString(), detection.message()});
        else
            rows.append({number,
                         best->company.isEmpty() ? best->carrierName : best->company,
                         displayName(best->checkDigit),
                         best->url});
    }
    if (options.format == "json"_L1) {
        Console::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        Console::out(Console::table(rows));
    }
    return allGood ? Console::Ok : Console::Refused;
}
