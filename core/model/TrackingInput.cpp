#include "core/model/TrackingInput.h"

#include <algorithm>

TrackingInput TrackingInput::withNumbers(const QString &company, const QStringList &numbers)
{
    TrackingInput tracking;
    tracking.company = company;
    for (const QString &number : numbers)
        tracking.parcels.append({number, {}});
    return tracking;
}

QStringList TrackingInput::numbers() const
{
    QStringList numbers;
    for (const TrackedParcel &parcel : parcels)
        numbers.append(parcel.number);
    return numbers;
}

QStringList TrackingInput::urls() const
{
    const bool everyParcel = !parcels.isEmpty()
                             && std::all_of(parcels.cbegin(),
                                            parcels.cend(),
                                            [](const TrackedParcel &p) { return !p.url.isEmpty(); });
    QStringList urls;
    if (!everyParcel)
        return urls;
    for (const TrackedParcel &parcel : parcels)
        urls.append(parcel.url);
    return urls;
}

bool TrackingInput::dropsUrls() const
{
    const auto hasUrl = [](const TrackedParcel &p) { return !p.url.isEmpty(); };
    return std::any_of(parcels.cbegin(), parcels.cend(), hasUrl)
           && !std::all_of(parcels.cbegin(), parcels.cend(), hasUrl);
}

bool TrackingInput::containsNumber(const QString &number) const
{
    return std::any_of(parcels.cbegin(), parcels.cend(), [&number](const TrackedParcel &p) {
        return p.number == number;
    });
}
