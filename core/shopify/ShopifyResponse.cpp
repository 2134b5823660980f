#include "core/shopify/ShopifyResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The message of an error answer's body, for the log and the error's detail.
QString errorBodyDetail(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue errors = document.object().value("errors"_L1);
        if (errors.isString())
            return errors.toString().left(300);
        const QJsonDocument nested = errors.isArray() ? QJsonDocument(errors.toArray())
                                                      : QJsonDocument(errors.toObject());
        if (errors.isArray() || errors.isObject())
            return QString::fromUtf8(nested.toJson(QJsonDocument::Compact)).left(300);
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

// Where the null of a field error lands: GraphQL nulls the field, or, when that field may not
// be null, its nearest parent that may. True when that is a field of an object below a root
// field; false for a root field, an entry of a list, or a path the data does not have.
bool nullLandsOnAField(const QJsonValue &data, const QStringList &path)
{
    QJsonValue value = data;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &step = path.at(i);
        bool isIndex = false;
        const qsizetype index = step.toLongLong(&isIndex);
        if (value.isArray() && isIndex && index >= 0 && index < value.toArray().size())
            value = value.toArray().at(index);
        else if (value.isObject() && !isIndex && value.toObject().contains(step))
            value = value.toObject().value(step);
        else
            return false;
        if (value.isNull())
            return i > 0 && !isIndex;
    }
    return true; // nothing on the way was nulled: the data stands whole
}

ShopifyResponse failed(const ShopifyError &error, const QJsonObject &extensions = {})
{
    ShopifyResponse response;
    response.outcome = ShopifyResponse::Outcome::Failed;
    response.error = error;
    response.extensions = extensions;
    return response;
}

ShopifyError badResponse(int status, const QString &detail)
{
    ShopifyError error;
    error.kind = ShopifyError::Kind::BadResponse;
    error.httpStatus = status;
    // An answer we cannot read may still come after the work was done.
    error.mayHaveBeenProcessed = true;
    error.detail = detail;
    return error;
}

// A cost as Shopify reports it: a number of points, not negative, not absurd.
std::optional<double> costValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double cost = value.toDouble();
    if (!std::isfinite(cost) || cost <= 0 || cost > 1e9)
        return std::nullopt;
    return cost;
}

} // namespace

ShopifyResponse ShopifyResponse::read(int httpStatus, const QByteArray &body)
{
    ShopifyResponse response = readBody(httpStatus, body);
    if (!response.requestedCost) {
        response.requestedCost = costValue(
            response.extensions.value("cost"_L1).toObject().value("requestedQueryCost"_L1));
    }
    return response;
}

ShopifyResponse ShopifyResponse::readBody(int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200)
        return failed(ShopifyError::fromHttpStatus(httpStatus, errorBodyDetail(body)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(badResponse(httpStatus,
                                  u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                                      .arg(parseError.offset)));
    if (!document.isObject())
        return failed(badResponse(httpStatus, u"JSON, but not an object"_s));

    const QJsonObject object = document.object();
    const QJsonObject extensions = object.value("extensions"_L1).toObject();
    const QJsonValue errors = object.value("errors"_L1);
    const QJsonValue data = object.value("data"_L1);
    if (!errors.isUndefined() && !errors.isNull()) {
        ShopifyError error;
        error.kind = ShopifyError::Kind::GraphqlError;
        error.httpStatus = httpStatus;
        QStringList messages;
        FieldErrors fieldErrors;
        // Data is usable when every error is a field the app may not read (ACCESS_DENIED,
        // protected customer data above all) whose null lands on a field of an object: the
        // rest stands. An error of another kind (a transient one) or without a path, or a
        // null that reached a root field or an entry of a list, leaves nothing to trust: an
        // `order: null` beside "access denied" does not mean that the order is gone, nor does
        // a null entry of `nodes` mean that an item is.
        bool usable = data.isObject() && !data.toObject().isEmpty() && errors.isArray();
        std::optional<double> refusedCost;
        std::optional<double> maxCost;
        for (const QJsonValue &entry : errors.toArray()) {
            const QJsonObject item = entry.toObject();
            const QString code = item.value("extensions"_L1).toObject().value("code"_L1).toString();
            if (code == "THROTTLED"_L1) {
                ShopifyResponse throttled;
                throttled.outcome = Outcome::Throttled;
                throttled.extensions = extensions;
                return throttled;
            }
            if (code == "MAX_COST_EXCEEDED"_L1) {
                error.kind = ShopifyError::Kind::MaxCostExceeded;
                const QJsonObject details = item.value("extensions"_L1).toObject();
                refusedCost = costValue(details.value("cost"_L1));
                maxCost = costValue(details.value("maxCost"_L1));
            } else if (code == "INTERNAL_SERVER_ERROR"_L1)
                error.mayHaveBeenProcessed = true;
            else if (code == "ACCESS_DENIED"_L1 && error.kind == ShopifyError::Kind::GraphqlError)
                error.kind = ShopifyError::Kind::AccessDenied;
            const QString message = item.value("message"_L1).toString().left(300);
            messages.append(message);

            FieldError fieldError{message, {}, code};
            for (const QJsonValue &step : item.value("path"_L1).toArray()) {
                if (step.isString())
                    fieldError.path.append(step.toString());
                else if (step.isDouble())
                    fieldError.path.append(QString::number(step.toInteger()));
            }
            if (code != "ACCESS_DENIED"_L1 || !nullLandsOnAField(data, fieldError.path))
                usable = false;
            fieldErrors.append(fieldError);
        }
        if (usable && error.kind != ShopifyError::Kind::MaxCostExceeded) {
            ShopifyResponse partial;
            partial.outcome = Outcome::Data;
            partial.data = data.toObject();
            partial.extensions = extensions;
            partial.fieldErrors = fieldErrors;
            return partial;
        }
        if (!errors.isArray())
            messages.append(errorBodyDetail(body));
        error.detail = messages.join(u"; "_s);
        ShopifyResponse refusal = failed(error, extensions);
        refusal.requestedCost = refusedCost;
        refusal.maxCost = maxCost;
        return refusal;
    }

    if (!data.isObject())
        return failed(badResponse(httpStatus, u"no data in the response"_s), extensions);
    ShopifyResponse response;
    response.outcome = Outcome::Data;
    response.data = data.toObject();
    response.extensions = extensions;
    return response;
}
