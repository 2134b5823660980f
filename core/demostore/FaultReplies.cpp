#include "core/demostore/FaultReplies.h"

#include "core/demostore/graphql/JsonWriter.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace demostore {

namespace {

// Spoils the first scalar member found in `value`, depth first, members in key order (which
// is QJsonObject's order); true once one was.
bool spoil(QJsonValue &value, FaultPlan::Malformation how)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue member = it.value();
            if (it.key() == u"__typename"
                || !(member.isString() || member.isDouble() || member.isBool()))
                continue;
            if (how == FaultPlan::Malformation::MissingField)
                object.erase(it);
            else // a list where a single value belongs: no reader can take it for the value
                it.value() = QJsonArray{member};
            value = object;
            return true;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue member = it.value();
            if (spoil(member, how)) {
                it.value() = member;
                value = object;
                return true;
            }
        }
        return false;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            if (spoil(element, how)) {
                array.replace(i, element);
                value = array;
                return true;
            }
        }
    }
    return false;
}

} // namespace

QByteArray FaultReplies::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray FaultReplies::retryAfterValue(double seconds)
{
    return QByteArray::number(seconds, 'f', 1);
}

ApiReply FaultReplies::json(int status, const QByteArray &body)
{
    ApiReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

ApiReply FaultReplies::htmlPage(int status,
                                const QByteArray &title,
                                const QByteArray &heading,
                                const QByteArray &text)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body
        = QByteArrayLiteral(
              "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          + title + QByteArrayLiteral(" &middot; Shopify</title>\n</head>\n<body>\n<h1>") + heading
          + QByteArrayLiteral("</h1>\n<p>") + text + QByteArrayLiteral("</p>\n</body>\n</html>\n");
    return reply;
}

ApiReply FaultReplies::invalidToken()
{
    return json(401,
                QByteArrayLiteral("{\"errors\":\"[API] Invalid API key or access token "
                                  "(unrecognized login or wrong password)\"}"));
}

ApiReply FaultReplies::notFound()
{
    return json(404, QByteArrayLiteral("{\"errors\":\"Not Found\"}"));
}

ApiReply FaultReplies::unknownShop()
{
    return htmlPage(404,
                    QByteArrayLiteral("Shop unavailable"),
                    QByteArrayLiteral("Sorry, this shop is currently unavailable."),
                    QByteArray());
}

ApiReply FaultReplies::failure(int status, double retryAfterSeconds)
{
    ApiReply reply;
    switch (status) {
    case 401:
        return invalidToken();
    case 402: // the shop is frozen: its bills are unpaid
        return json(402, QByteArrayLiteral("{\"errors\":\"Unavailable Shop\"}"));
    case 403:
        return json(
            403,
            QByteArrayLiteral(
                "{\"errors\":\"The api_client does not have the required permission(s).\"}"));
    case 404:
        return notFound();
    case 423: // locked: repeated abuse of the API, or fraud
        return json(423, QByteArrayLiteral("{\"errors\":\"Locked\"}"));
    case 429:
        reply = json(429,
                     QByteArrayLiteral(
                         "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request "
                         "rates to resume uninterrupted service.\"}"));
        break;
    case 500: {
        // What Shopify's GraphQL endpoint says when it fails inside.
        const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCborMap extensions;
        extensions.insert(QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR"));
        extensions.insert(QStringLiteral("requestId"), requestId);
        QCborMap error;
        error.insert(QStringLiteral("message"),
                     QStringLiteral("Internal error. Looks like something went wrong on our end.\n"
                                    "Request ID: %1 (include this in support requests).")
                         .arg(requestId));
        error.insert(QStringLiteral("extensions"), extensions);
        QCborMap body;
        body.insert(QStringLiteral("errors"), QCborArray{error});
        return json(500, graphql::toJson(body));
    }
    case 502:
    case 503:
    case 504: {
        // Gateway errors come from Shopify's edge as an HTML page, not JSON.
        const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
        reply = htmlPage(status,
                         title,
                         QByteArrayLiteral("There was a problem loading this page"),
                         title + QByteArrayLiteral(". Please try again in a few minutes."));
        break;
    }
    default:
        return json(status,
                    QByteArrayLiteral("{\"errors\":\"") + reasonPhrase(status)
                        + QByteArrayLiteral("\"}"));
    }
    if (status == 429 || status == 503)
        reply.headers.append({QByteArrayLiteral("Retry-After"), retryAfterValue(retryAfterSeconds)});
    return reply;
}

ApiReply FaultReplies::malformed(const ApiReply &answer, FaultPlan::Malformation how)
{
    if (how == FaultPlan::Malformation::NotJson) {
        // A page where JSON should be: what a captive portal, a proxy or a maintenance page
        // in front of the shop sends, with a status that says all is well.
        return htmlPage(200,
                        QByteArrayLiteral("Down for maintenance"),
                        QByteArrayLiteral("Shopify is down for maintenance"),
                        QByteArrayLiteral("We're working on it and will be back shortly."));
    }
    ApiReply reply = answer;
    QJsonObject root = QJsonDocument::fromJson(answer.body).object();
    QJsonValue data = root.value(QStringLiteral("data"));
    if (spoil(data, how)) {
        root.insert(QStringLiteral("data"), data);
    } else if (how == FaultPlan::Malformation::MissingField) {
        root.remove(QStringLiteral("data"));
        root.remove(QStringLiteral("errors"));
    } else {
        root.insert(QStringLiteral("data"), QStringLiteral("data"));
    }
    reply.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace demostore
