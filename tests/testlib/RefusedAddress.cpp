#include "tests/testlib/RefusedAddress.h"

#include <QHostAddress>

RefusedAddress::RefusedAddress()
{
    // Bound, not listening: the kernel answers a connection with a reset (refused).
    m_socket.bind(QHostAddress::LocalHost, 0);
}

QUrl RefusedAddress::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_socket.localPort()));
}
