#pragma once

#include "core/demostore/FaultPlan.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace demostore {

// What the Admin API endpoint answers a request with, before HTTP writes it.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    // A body too large to hold: the server streams this file's first bodyFileSize bytes.
    QString bodyFile;
    qint64 bodyFileSize = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type and Content-Length
    // Faults for the HTTP side to carry out: close the connection there instead of answering
    // (the work is done), answer (or close) only after this many milliseconds, and only once
    // the answers held are released.
    std::optional<FaultPlan::DropPoint> drop;
    int delayMs = 0;
    bool held = false;
};

} // namespace demostore
