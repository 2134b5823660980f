#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QJsonValue>
#include <QStringView>

namespace graphql {

// Compact JSON text of an ordered tree. GraphQL responses list fields in selection order,
// which QJsonObject (sorted keys) cannot keep: the executor writes its text directly with the
// append functions, small parts (errors, extensions) are QCborMap trees written here.
// Integral numbers are written without a fraction, non-ASCII as UTF-8, undefined and
// non-finite values as null.
QByteArray toJson(const QCborValue &value);

// Appends JSON text to `out`, for code that writes a document piece by piece. A JSON
// object's members come in QJsonObject's (sorted) order.
void appendJson(QByteArray &out, const QJsonValue &value);
void appendJsonString(QByteArray &out, QStringView text);
void appendJsonNumber(QByteArray &out, double number);

} // namespace graphql
