#include "core/model/ShipReadiness.h"

#include <QCoreApplication>

QString displayName(ShipReadiness readiness)
{
    switch (readiness) {
    case ShipReadiness::None:
        return {};
    case ShipReadiness::CanShip:
        return QCoreApplication::translate("ShipReadiness", "Can ship");
    case ShipReadiness::Partly:
        return QCoreApplication::translate("ShipReadiness", "Ships partly");
    case ShipReadiness::Blocked:
        return QCoreApplication::translate("ShipReadiness", "Blocked");
    }
    return {};
}
