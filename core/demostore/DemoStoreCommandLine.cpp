#include "core/demostore/DemoStoreCommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

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
                                  QStringLiteral(
                                      "Port to listen on; 0 (the default) picks a free one."),
                                  QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    QStringLiteral("How many orders to generate (default 300)."),
                                    QStringLiteral("N"),
                                    QStringLiteral("300"));
    const QCommandLineOption
        openOrders(QStringLiteral("open-orders"),
                   QStringLiteral(
                       "Archive every order but the newest N open ones, as a shop with a long "
                       "history has few open orders (default: as generated)."),
                   QStringLiteral("N"),
                   QStringLiteral("-1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data (default 1)."),
                                  QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("End of the generated history, ISO 8601 UTC "
                                                "(default: the current time)."),
                                 QStringLiteral("TIME"));
    const QCommandLineOption bucketSize(QStringLiteral("bucket-size"),
                                        QStringLiteral(
                                            "Cost bucket size in points (default 2000)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("2000"));
    const QCommandLineOption restoreRate(QStringLiteral("restore-rate"),
                                         QStringLiteral(
                                             "Points restored per second (default 100)."),
                                         QStringLiteral("N"),
                                         QStringLiteral("100"));
    const QCommandLineOption noThrottle(QStringLiteral("no-throttle"),
                                        QStringLiteral("Never throttle: an endless cost bucket."));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Access token requests must send "
                                                  "(default: $SMIDIG_DEMO_TOKEN, or accept any)."),
                                   QStringLiteral("T"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral(
                                          "Share of requests answered with HTTP 500, 502 or 503 "
                                          "before doing anything (0 to 1, default 0)."),
                                      QStringLiteral("RATE"),
                                      QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-after-work"),
                                      QStringLiteral(
                                          "Share of requests carried out and then left unanswered: "
                                          "the connection is closed (0 to 1, default 0)."),
                                      QStringLiteral("RATE"),
                                      QStringLiteral("0"));
    const QCommandLineOption dropDuringAnswer(
        QStringLiteral("drop-during-answer"),
        QStringLiteral("Close dropped connections half-way through the answer instead of before it "
                       "(an HTTP/1.1 client may resend a request whose connection closed before "
                       "any answer)."));
    const QCommandLineOption delayMs(QStringLiteral("delay-ms"),
                                     QStringLiteral(
                                         "Delay of delayed answers in milliseconds (default 0)."),
                                     QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption delayRate(QStringLiteral("delay-rate"),
                                       QStringLiteral(
                                           "Share of answers delayed by --delay-ms "
                                           "(0 to 1; default 1 when --delay-ms is given)."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed of the fault decisions (default 1)."),
                                       QStringLiteral("N"),
                                       QStringLiteral("1"));
    const QCommandLineOption mutationsOnly(QStringLiteral("faults-on-mutations-only"),
                                           QStringLiteral(
                                               "Inject faults into mutations only, not queries."));
    const QCommandLineOption
        failStatus(QStringLiteral("fail-status"),
                   QStringLiteral("Statuses failing requests get, comma-separated, drawn with "
                                  "equal chances: 401, 402, 403, "
                                  "404, 423, 429, 500, 502, 503, 504 (default 500,502,503)."),
                   QStringLiteral("LIST"));
    const QCommandLineOption
        faultLimit(QStringLiteral("fault-limit"),
                   QStringLiteral("Inject no more faults after this many (default: no end)."),
                   QStringLiteral("N"));
    const QCommandLineOption
        retryAfter(QStringLiteral("retry-after"),
                   QStringLiteral("Retry-After of 429 and 503 answers in seconds (default 2.0)."),
                   QStringLiteral("SECONDS"),
                   QStringLiteral("2"));
    const QCommandLineOption malformRate(QStringLiteral("malform-rate"),
                                         QStringLiteral(
                                             "Share of requests carried out and then answered with "
                                             "a spoilt body (0 to 1, default 0)."),
                                         QStringLiteral("RATE"),
                                         QStringLiteral("0"));
    const QCommandLineOption malformation(
        QStringLiteral("malformation"),
        QStringLiteral(
            "How answers are spoilt: not-json (an HTML page with status 200, the default), "
            "missing-field or wrong-type (valid JSON of the wrong shape)."),
        QStringLiteral("KIND"),
        QStringLiteral("not-json"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("Client id for the client-credentials grant "
                                                     "(POST /admin/oauth/access_token)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("Client secret of the grant (default: "
                                                         "$SMIDIG_DEMO_CLIENT_SECRET)."),
                                          QStringLiteral("SECRET"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           QStringLiteral(
                                               "Seconds a granted token works (default 86399, "
                                               "Shopify's day)."),
                                           QStringLiteral("SECONDS"),
                                           QStringLiteral("86399"));
    const QCommandLineOption scopes(QStringLiteral("scopes"),
                                    QStringLiteral(
                                        "Access scopes granted, comma-separated (default: the ones "
                                        "Smidig asks for, read_all_orders included; \"\" for "
                                        "none)."),
                                    QStringLiteral("LIST"));
    const QCommandLineOption
        activityRate(QStringLiteral("activity-rate"),
                     QStringLiteral("Changes others make to the shop per minute: new orders, "
                                    "payments, shipments, cancellations... (default 0)."),
                     QStringLiteral("N"),
                     QStringLiteral("0"));
    const QCommandLineOption silentFraction(
        QStringLiteral("silent-fraction"),
        QStringLiteral(
            "Share of those changes that leave the order's updatedAt alone (0 to 1, default 0.1)."),
        QStringLiteral("RATE"),
        QStringLiteral("0.1"));
    const QCommandLineOption activitySeed(QStringLiteral("activity-seed"),
                                          QStringLiteral(
                                              "Seed of the changes (default: from --seed)."),
                                          QStringLiteral("N"),
                                          QStringLiteral("0"));
    const QCommandLineOption
        customerData(QStringLiteral("customer-data"),
                     QStringLiteral(
                         "Protected customer data the app is approved for: none, level1 (customers "
                         "without name, email, phone, address) or level2 (default: all of it)."),
                     QStringLiteral("LEVEL"),
                     QStringLiteral("level2"));
    const QCommandLineOption
        customerFields(QStringLiteral("customer-fields"),
                       QStringLiteral(
                           "At level2, only these protected fields, comma-separated: name, email, "
                           "phone, address (default: all four)."),
                       QStringLiteral("LIST"));
    const QCommandLineOption unknownShop(QStringLiteral("unknown-shop"),
                                         QStringLiteral(
                                             "Be no shop: answer every request 404 as Shopify does "
                                             "for an unknown address."));
    const QCommandLineOption
        apiVersion(QStringLiteral("api-version"),
                   QStringLiteral("Version named in X-Shopify-API-Version (default 2026-01)."),
                   QStringLiteral("VERSION"),
                   QStringLiteral("2026-01"));
    parser.addOptions({help,         port,         orders,         seed,
                       now,          bucketSize,   restoreRate,    noThrottle,
                       token,        failRate,     dropRate,       dropDuringAnswer,
                       delayMs,      delayRate,    faultSeed,      mutationsOnly,
                       failStatus,   faultLimit,   retryAfter,     malformRate,
                       malformation, clientId,     clientSecret,   tokenLifetime,
                       scopes,       activityRate, silentFraction, activitySeed,
                       unknownShop,  apiVersion,   customerData,   customerFields,
                       openOrders});
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help))
        return Outcome::ShowHelp;
    if (!parser.positionalArguments().isEmpty()) {
        m_error
            = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
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
        return bad(port,
                   parser.value(port),
                   QStringLiteral("expected a port number from 0 to 65535"));
    const int orderValue = parser.value(orders).toInt(&ok);
    if (!ok || orderValue < 0 || orderValue > 1000000)
        return bad(orders,
                   parser.value(orders),
                   QStringLiteral("expected a count from 0 to 1000000"));
    const int openValue = parser.value(openOrders).toInt(&ok);
    if (!ok || openValue < -1)
        return bad(openOrders, parser.value(openOrders), QStringLiteral("expected a count"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return bad(seed, parser.value(seed), QStringLiteral("expected a non-negative integer"));
    const double bucketValue = parser.value(bucketSize).toDouble(&ok);
    if (!ok || !(bucketValue > 0) || bucketValue > 1e9)
        return bad(bucketSize,
                   parser.value(bucketSize),
                   QStringLiteral("expected a positive number of points"));
    const double restoreValue = parser.value(restoreRate).toDouble(&ok);
    if (!ok || !(restoreValue >= 0) || restoreValue > 1e9)
        return bad(restoreRate,
                   parser.value(restoreRate),
                   QStringLiteral("expected points per second, 0 or more"));
    // A share from 0 to 1; nothing when the value is not one.
    auto rate = [&parser](const QCommandLineOption &option,
                          double fallback) -> std::optional<double> {
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
        return bad(delayMs,
                   parser.value(delayMs),
                   QStringLiteral("expected milliseconds from 0 to 600000"));
    const auto delayRateValue = rate(delayRate, parser.isSet(delayMs) ? 1 : 0);
    if (!delayRateValue)
        return bad(delayRate, parser.value(delayRate), rateWhy);
    const quint64 faultSeedValue = parser.value(faultSeed).toULongLong(&ok);
    if (!ok)
        return bad(faultSeed,
                   parser.value(faultSeed),
                   QStringLiteral("expected a non-negative integer"));
    QList<int> statuses;
    if (parser.isSet(failStatus)) {
        static const QList<int> known{401, 402, 403, 404, 423, 429, 500, 502, 503, 504};
        for (const QString &part : parser.value(failStatus).split(u',', Qt::SkipEmptyParts)) {
            const int status = part.trimmed().toInt(&ok);
            if (!ok || !known.contains(status))
                return bad(failStatus,
                           parser.value(failStatus),
                           QStringLiteral(
                               "expected statuses among 401,402,403,404,423,429,500,502,503,504"));
            statuses.append(status);
        }
    }
    int faultLimitValue = -1;
    if (parser.isSet(faultLimit)) {
        faultLimitValue = parser.value(faultLimit).toInt(&ok);
        if (!ok || faultLimitValue < 0)
            return bad(faultLimit,
                       parser.value(faultLimit),
                       QStringLiteral("expected a count, 0 or more"));
    }
    const double retryAfterValue = parser.value(retryAfter).toDouble(&ok);
    if (!ok || !(retryAfterValue >= 0) || retryAfterValue > 86400)
        return bad(retryAfter,
                   parser.value(retryAfter),
                   QStringLiteral("expected seconds from 0 to 86400"));
    const auto malformValue = rate(malformRate, 0);
    if (!malformValue)
        return bad(malformRate, parser.value(malformRate), rateWhy);
    const QString malformationText = parser.value(malformation);
    FaultPlan::Malformation malformationValue = FaultPlan::Malformation::NotJson;
    if (malformationText == u"missing-field")
        malformationValue = FaultPlan::Malformation::MissingField;
    else if (malformationText == u"wrong-type")
        malformationValue = FaultPlan::Malformation::WrongType;
    else if (malformationText != u"not-json")
        return bad(malformation,
                   malformationText,
                   QStringLiteral("expected not-json, missing-field or wrong-type"));
    const int lifetimeValue = parser.value(tokenLifetime).toInt(&ok);
    if (!ok || lifetimeValue < 1)
        return bad(tokenLifetime,
                   parser.value(tokenLifetime),
                   QStringLiteral("expected seconds, 1 or more"));
    QString customerDataWhy;
    const auto customerDataValue = CustomerDataAccess::parse(parser.value(customerData),
                                                             parser.value(customerFields),
                                                             &customerDataWhy);
    if (!customerDataValue) {
        const bool fieldsWrong = customerDataWhy.contains(QStringLiteral("field"));
        return bad(fieldsWrong ? customerFields : customerData,
                   parser.value(fieldsWrong ? customerFields : customerData),
                   customerDataWhy);
    }
    QStringList scopesValue = AccessScopes::defaultGrant();
    if (parser.isSet(scopes)) {
        QString why;
        const auto parsed = AccessScopes::parse(parser.value(scopes), &why);
        if (!parsed)
            return bad(scopes, parser.value(scopes), why);
        scopesValue = *parsed;
    }
    const double activityValue = parser.value(activityRate).toDouble(&ok);
    if (!ok || !(activityValue >= 0) || activityValue > 600000)
        return bad(activityRate,
                   parser.value(activityRate),
                   QStringLiteral("expected changes per minute from 0 to 600000"));
    const auto silentValue = rate(silentFraction, 0.1);
    if (!silentValue)
        return bad(silentFraction, parser.value(silentFraction), rateWhy);
    const quint64 activitySeedValue = parser.value(activitySeed).toULongLong(&ok);
    if (!ok)
        return bad(activitySeed,
                   parser.value(activitySeed),
                   QStringLiteral("expected a non-negative integer"));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{4}-\\d{2}$|^unstable$"));
    if (!versionPattern.match(parser.value(apiVersion)).hasMatch())
        return bad(apiVersion,
                   parser.value(apiVersion),
                   QStringLiteral("expected a version like 2026-01"));
    QDateTime nowValue;
    if (parser.isSet(now)) {
        nowValue = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!nowValue.isValid())
            return bad(now,
                       parser.value(now),
                       QStringLiteral("expected a time like 2026-01-31T12:00:00Z"));
    }

    m_config.port = quint16(portValue);
    m_config.orderCount = orderValue;
    m_config.openOrders = openValue;
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
    m_config.accessToken = parser.isSet(token)
                               ? parser.value(token)
                               : environment.value(QStringLiteral("SMIDIG_DEMO_TOKEN"));
    if (!statuses.isEmpty())
        m_config.faults.failStatuses = statuses;
    m_config.faults.faultLimit = faultLimitValue;
    m_config.faults.retryAfterSeconds = retryAfterValue;
    m_config.faults.malformRate = *malformValue;
    m_config.faults.malformation = malformationValue;
    m_config.clientId = parser.value(clientId);
    if (!m_config.clientId.isEmpty()) {
        m_config.clientSecret = parser.isSet(clientSecret) ? parser.value(clientSecret)
                                                           : environment.value(QStringLiteral(
                                                               "SMIDIG_DEMO_CLIENT_SECRET"));
    }
    m_config.tokenLifetimeSeconds = lifetimeValue;
    m_config.grantedScopes = scopesValue;
    m_config.customerData = *customerDataValue;
    m_config.activityRate = activityValue;
    m_config.silentFraction = *silentValue;
    m_config.activitySeed = activitySeedValue;
    m_config.unknownShop = parser.isSet(unknownShop);
    m_config.apiVersion = parser.value(apiVersion);
    return Outcome::Run;
}

} // namespace demostore
