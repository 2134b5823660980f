#include "core/shopify/ResponseHeaders.h"

#include "core/shopify/ShopAddress.h"

#include <algorithm>
#include <cmath>

std::optional<qint64> ResponseHeaders::retryAfterMs(const QByteArray &value)
{
    bool isNumber = false;
    const double seconds = value.trimmed().toDouble(&isNumber);
    if (!isNumber || !std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    return qint64(std::ceil(std::clamp(seconds, 0.1, 300.0) * 1000.0));
}

bool ResponseHeaders::isOtherApiVersion(const QByteArray &value)
{
    const QByteArray version = value.trimmed();
    return !version.isEmpty() && version != ShopAddress::kApiVersion;
}
