#pragma once

#include "core/model/Lease.h"

#include <QCoreApplication>
#include <QString>

// Another station's claim on an order as the table, the details pane and the fulfil flow
// word it: "Packing at Station 2 (Anna), 8 s".
class ClaimText final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimText)

public:
    static QString packing(const Lease &claim);
    // "Station 2 (Anna)", or "another station" when it has no name.
    static QString station(const Lease &claim);
};
