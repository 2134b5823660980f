#include "core/demostore/graphql/Cursor.h"

#include <QJsonDocument>

namespace graphql {

QString encodeCursor(const QJsonObject &position)
{
    return QString::fromLatin1(QJsonDocument(position).toJson(QJsonDocument::Compact).toBase64());
}

std::optional<QJsonObject> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace graphql
