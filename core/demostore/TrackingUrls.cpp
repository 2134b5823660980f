#include "core/demostore/TrackingUrls.h"

#include <QUrl>

#include <array>

namespace demostore {

namespace {

struct Carrier
{
    const char *company; // as in Shopify's list of supported tracking companies
    const char *prefix;  // the tracking number is appended, percent-encoded
};

constexpr std::array kCarriers{
    Carrier{"PostNord DK", "https://tracking.postnord.com/dk/?id="},
    Carrier{"PostNord SE", "https://tracking.postnord.com/se/?id="},
    Carrier{"PostNord NO", "https://tracking.postnord.com/no/?id="},
    Carrier{"GLS", "https://gls-group.com/DK/da/find-pakke?match="},
    Carrier{"DHL Express",
            "https://www.dhl.com/dk-en/home/tracking/tracking-express.html?submit=1&tracking-id="},
    Carrier{"DHL eCommerce", "https://webtrack.dhlecs.com/?trackingnumber="},
    Carrier{"DPD", "https://tracking.dpd.de/status/en_US/parcel/"},
    Carrier{"UPS", "https://www.ups.com/track?tracknum="},
    Carrier{"Deutsche Post",
            "https://www.deutschepost.de/sendung/simpleQueryResult.html?form.sendungsnummer="},
    Carrier{"FedEx", "https://www.fedex.com/fedextrack/?trknbr="},
    Carrier{"USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels="},
    Carrier{"Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/"},
    Carrier{"PostNL", "https://jouw.postnl.nl/track-and-trace/"},
    Carrier{"Canada Post",
            "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor="},
    Carrier{"Australia Post", "https://auspost.com.au/mypost/track/details/"},
};

} // namespace

QString TrackingUrls::urlFor(const QString &company, const QString &number)
{
    if (number.isEmpty())
        return {};
    for (const Carrier &carrier : kCarriers) {
        if (company == QLatin1StringView(carrier.company)) {
            return QLatin1StringView(carrier.prefix)
                   + QString::fromLatin1(QUrl::toPercentEncoding(number));
        }
    }
    return {};
}

} // namespace demostore
