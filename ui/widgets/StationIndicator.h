#pragma once

#include "core/model/Lease.h"

#include <QToolButton>

// This station and who packs at it, "Station 2 · Anna", in the status bar: the names other
// stations see on the orders packed here, and that each fulfilment is recorded with. A click
// is for changing the packer (the window connects it).
class StationIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit StationIndicator(QWidget *parent = nullptr);

    void showStation(const StationIdentity &who);
};
