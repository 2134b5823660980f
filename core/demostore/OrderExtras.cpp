#include "core/demostore/OrderExtras.h"

#include "core/demostore/StoreData.h"

#include <array>

namespace demostore {

namespace OrderExtras {

void fill(Order *order, bool pickup)
{
    const int n = order->number;
    const bool danish = order->shippingAddress.countryCode == u"DK";
    if (n % 9 == 0) // a flat, or a building behind the street front
        order->shippingAddress.address2 = danish ? QStringLiteral("2. tv.")
                                                 : QStringLiteral("Hinterhaus, 3. OG");

    if (pickup) {
        order->shippingTitle = QStringLiteral("Afhentning i butik");
    } else if (!order->hasShippingAddress) {
        order->shippingTitle.clear(); // nothing travels: Shopify has no shipping line
    } else if (danish) {
        static constexpr std::array kDanish{"PostNord Pakke", "GLS Pakkeshop", "Standard"};
        order->shippingTitle = QString::fromUtf8(kDanish[size_t(n % int(kDanish.size()))]);
    } else {
        static constexpr std::array kAbroad{"DHL Paket", "Standard"};
        order->shippingTitle = QString::fromUtf8(kAbroad[size_t(n % int(kAbroad.size()))]);
    }

    // Every seventh order has a note; every 49th one long enough to wrap on a slip.
    if (n % 49 == 0) {
        order->note = danish ? QStringLiteral("Gaveindpakning, tak. Det er en fødselsdagsgave, så "
                                              "læg venligst ikke fakturaen i pakken. Stil pakken "
                                              "ved bagdøren, hvis vi ikke er hjemme.")
                             : QStringLiteral("Bitte nicht knicken. Es ist ein Geschenk: bitte "
                                              "keine Rechnung beilegen und das Paket beim Nachbarn "
                                              "(Hausnummer 14) abgeben, falls niemand öffnet.");
    } else if (n % 7 == 0) {
        order->note = danish ? QStringLiteral("Gaveindpakning, tak")
                             : QStringLiteral("Bitte nicht knicken");
    }
}

} // namespace OrderExtras

} // namespace demostore
