#pragma once

#include "core/model/OrderView.h"

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

    OrderView currentView() const { return m_current; }
    // Selects a view; false when it is not listed.
    bool selectView(const OrderView &view);
    // The open orders of a status (nullopt: all orders).
    bool selectStatus(std::optional<OrderFulfillmentStatus> status);

signals:
    void viewChosen(const OrderView &view);

private:
    StatusCountModel *m_model;
    OrderView m_current;
};
