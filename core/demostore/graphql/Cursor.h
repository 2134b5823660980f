#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace graphql {

// Opaque pagination cursors as Shopify makes them: base64 of a small JSON object such as
// {"last_id":5012,"last_value":"1767225600"}. Clients must only echo them back.
QString encodeCursor(const QJsonObject &position);
// Nothing for text that is not a cursor made by encodeCursor().
std::optional<QJsonObject> decodeCursor(const QString &cursor);

} // namespace graphql
