#pragma once

#include <QJsonObject>
#include <QString>

struct Order;

// Compares one order of the local store with the demo store's own JSON of it, field by field
// (what the table, the details pane and fulfilling read). Empty when they agree; otherwise the
// fields that differ, for a test's failure message.
QString orderDifferences(const Order &local, const QJsonObject &store);
