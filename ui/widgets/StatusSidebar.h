#pragma once

#include "model/Statuses.h"

#include <QListView>

#include <optional>

class StatusCountModel;

// The list of statuses beside the order table, each with its live count. It only shows the
// counts and reports the user's choice; filtering is the table's business.
class StatusSidebar final : public QListView
{
    Q_OBJECT

public:
    explicit StatusSidebar(StatusCountModel *model, QWidget *parent = nullptr);

    std::optional<OrderFulfillmentStatus> currentStatus() const;
    // Selects a status (nullopt: all orders); false when it is not listed.
    bool selectStatus(std::optional<OrderFulfillmentStatus> status);

signals:
    void statusChosen(std::optional<OrderFulfillmentStatus> status);

private:
    StatusCountModel *m_model;
    std::optional<OrderFulfillmentStatus> m_current;
};
