#include "core/shopify/TokenGrantAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

qint64 TokenGrantAnswer::renewalDelayMs() const
{
    const qint64 lifetimeMs = std::clamp<qint64>(lifetimeSeconds, 0, kLongestLifetimeSeconds)
                              * 1000;
    const qint64 marginMs = std::min(lifetimeMs / 2, std::max<qint64>(30000, lifetimeMs / 10));
    return std::clamp<qint64>(lifetimeMs - marginMs, 1000, 24LL * 3600 * 1000);
}

TokenGrantAnswer TokenGrantAnswer::read(const QByteArray &body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    TokenGrantAnswer read;
    read.token = answer.value("access_token"_L1).toString();
    read.lifetimeSeconds = std::min(answer.value("expires_in"_L1).toInteger(0),
                                    kLongestLifetimeSeconds);
    read.scopes = answer.value("scope"_L1).toString().split(u',', Qt::SkipEmptyParts);
    return read;
}

QString TokenGrantAnswer::refusalCode(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value("error"_L1);
        if (error.isString())
            return error.toString().left(60);
    }
    static const QRegularExpression oauthError(u"Oauth error ([A-Za-z_]+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = oauthError.match(QString::fromUtf8(body.left(2000)));
    return match.hasMatch() ? match.captured(1).toLower().left(60) : QString();
}
