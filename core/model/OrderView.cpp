#include "core/model/OrderView.h"

#include "core/model/OrderSummary.h"

#include <QCoreApplication>

bool OrderView::contains(const OrderSummary &order) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::Status:
        return !order.closed && !order.cancelled && order.fulfillmentStatus == status;
    case Kind::Archived:
        return order.closed && !order.cancelled;
    case Kind::Cancelled:
        return order.cancelled;
    case Kind::ReadyToShip:
        return !order.closed && !order.cancelled && order.shipReadiness == ShipReadiness::CanShip;
    case Kind::BlockedByStock:
        return !order.closed && !order.cancelled
               && (order.shipReadiness == ShipReadiness::Blocked
                   || order.shipReadiness == ShipReadiness::Partly);
    }
    return false;
}

QString OrderView::displayName() const
{
    switch (kind) {
    case Kind::All:
        return QCoreApplication::translate("OrderView", "All orders");
    case Kind::Status:
        return ::displayName(status);
    case Kind::Archived:
        return QCoreApplication::translate("OrderView", "Archived");
    case Kind::Cancelled:
        return QCoreApplication::translate("OrderView", "Cancelled");
    case Kind::ReadyToShip:
        return QCoreApplication::translate("OrderView", "Ready to ship");
    case Kind::BlockedByStock:
        return QCoreApplication::translate("OrderView", "Blocked by stock");
    }
    return {};
}
