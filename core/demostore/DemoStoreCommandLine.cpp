#include "DemoStoreCommandLine.h"

#include <QCommandLineParser>

#include <limits>
#include <optional>

namespace demostore {

DemoStoreCommandLine::Outcome DemoStoreCommandLine::parse(const QStringList &arguments,
                                                          const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves Shopify's Admin GraphQL API (2026-01) on 127.0.0.1 over generated "
                       "orders, for Smidig's tests, benchmarks and demo mode."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on; 0 (the default) picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    QStringLiteral("How many orders to generate (default 300)."),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("End of the generated history, ISO 8601 UTC "
                                                "(default: the current time)."),
                                 QStringLiteral("TIME"));
    const QCommandLineOption bucketSize(QStringLiteral("bucket-size"),
                                        QStringLiteral("Cost bucket size in points (default 2000)."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption restoreRate(QStringLiteral("restore-rate"),
                                         QStringLiteral("Points restored per second (default 100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption noThrottle(QStringLiteral("no-throttle"),
                                        QStringLiteral("Never throttle: an endless cost bucket."));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Access token requests must send "
                                                  "(default: $SMIDIG_DEMO_TOKEN, or accept any)."),
                                   QStringLiteral("T"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of requests answered with HTTP 500, 502 or 503 "
                                                     "before doing anything (0 to 1, default 0)."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-after-work"),
                                      QStringLiteral("Share of requests carried out and then left unanswered: "
                                                     "the connection is closed (0 to 1, default 0)."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption dropDuringAnswer(
        QStringLiteral("drop-during-answer"),
        QStringLiteral("Close dropped connections half-way through the answer instead of before it "
                       "(an HTTP/1.1 client may resend a request whose connection closed before any answer)."));
    const QCommandLineOption delayMs(QStringLiteral("delay-ms"),
                                     QStringLiteral("Delay of delayed answers in milliseconds (default 0)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delayRate(QStringLiteral("delay-rate"),
                                       QStringLiteral("Share of answers delayed by --delay-ms "
                                                      "(0 to 1; default 1 when --delay-ms is given)."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed of the fault decisions (default 1)."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption mutationsOnly(QStringLiteral("faults-on-mutations-only"),
                                           QStringLiteral("Inject faults into mutations only, not queries."));
    parser.addOptions({help, port, orders, seed, now, bucketSize, restoreRate, noThrottle, token, failRate,
                       dropRate, dropDuringAnswer, delayMs, delayRate, faultSeed, mutationsOnly});
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help))
        return Outcome::ShowHelp;
    if (!parser.positionalArguments().isEmpty()) {
        m_error = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return Outcome::Error;
    }
    auto bad = [this](const QCommandLineOption &option, const QString &value, const QString &why) {
        m_error = QStringLiteral("Invalid value for --%1: '%2' (%3)")
                      .arg(option.names().constLast(), value, why);
        return Outcome::Error;
    };
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return bad(port, parser.value(port), QStringLiteral("expected a port number from 0 to 65535"));
    const int orderValue = parser.value(orders).toInt(&ok);
    if (!ok || orderValue < 0 || orderValue > 1000000)
        return bad(orders, parser.value(orders), QStringLiteral("expected a count from 0 to 1000000"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return bad(seed, parser.value(seed), QStringLiteral("expected a non-negative integer"));
    const double bucketValue = parser.value(bucketSize).toDouble(&ok);
    if (!ok || !(bucketValue > 0) || bucketValue > 1e9)
        return bad(bucketSize, parser.value(bucketSize), QStringLiteral("expected a positive number of points"));
    const double restoreValue = parser.value(restoreRate).toDouble(&ok);
    if (!ok || !(restoreValue >= 0) || restoreValue > 1e9)
        return bad(restoreRate, parser.value(restoreRate),
                   QStringLiteral("expected points per second, 0 or more"));
    // A share from 0 to 1; nothing when the value is not one.
    auto rate = [&parser](const QCommandLineOption &option, double fallback) -> std::optional<double> {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || !(value >= 0 && value <= 1))
            return std::nullopt;
        return value;
    };
    const QString rateWhy = QStringLiteral("expected a share from 0 to 1, such as 0.25");
    const auto failValue = rate(failRate, 0);
    if (!failValue)
        return bad(failRate, parser.value(failRate), rateWhy);
    const auto dropValue = rate(dropRate, 0);
    if (!dropValue)
        return bad(dropRate, parser.value(dropRate), rateWhy);
    const int delayValue = parser.value(delayMs).toInt(&ok);
    if (!ok || delayValue < 0 || delayValue > 600000)
        return bad(delayMs, parser.value(delayMs), QStringLiteral("expected milliseconds from 0 to 600000"));
    const auto delayRateValue = rate(delayRate, parser.isSet(delayMs) ? 1 : 0);
    if (!delayRateValue)
        return bad(delayRate, parser.value(delayRate), rateWhy);
    const quint64 faultSeedValue = parser.value(faultSeed).toULongLong(&ok);
    if (!ok)
        return bad(faultSeed, parser.value(faultSeed), QStringLiteral("expected a non-negative integer"));
    QDateTime nowValue;
    if (parser.isSet(now)) {
        nowValue = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!nowValue.isValid())
            return bad(now, parser.value(now), QStringLiteral("expected a time like 2026-01-31T12:00:00Z"));
    }

    m_config.port = quint16(portValue);
    m_config.orderCount = orderValue;
    m_config.seed = seedValue;
    m_config.now = nowValue;
    m_config.bucketSize = bucketValue;
    m_config.restoreRate = restoreValue;
    m_config.throttling = !parser.isSet(noThrottle);
    m_config.faults.failBeforeWorkRate = *failValue;
    m_config.faults.dropAfterWorkRate = *dropValue;
    m_config.faults.dropPoint = parser.isSet(dropDuringAnswer) ? FaultPlan::DropPoint::DuringAnswer
                                                               : FaultPlan::DropPoint::BeforeAnswer;
    m_config.faults.delayMs = delayValue;
    m_config.faults.delayRate = *delayRateValue;
    m_config.faults.seed = faultSeedValue;
    m_config.faults.scope = parser.isSet(mutationsOnly) ? FaultPlan::Scope::MutationsOnly
                                                        : FaultPlan::Scope::AllRequests;
    m_config.accessToken = parser.isSet(token) ? parser.value(token)
                                               : environment.value(QStringLiteral("SMIDIG_DEMO_TOKEN"));
    return Outcome::Run;
}

} // namespace demostore
