#pragma once

#include <QTcpSocket>
#include <QUrl>

// An address on 127.0.0.1 where every connection is refused, for tests of a shop that is
// away: a port this object holds bound but never listens on. No other program can take the
// port while the object lives, so nothing can answer there by chance (as a server on the
// discard port 9 would).
class RefusedAddress final
{
public:
    RefusedAddress();
    Q_DISABLE_COPY_MOVE(RefusedAddress)

    // False when no port could be bound (the tests using it then fail on it).
    bool isValid() const { return m_socket.state() == QAbstractSocket::BoundState; }
    // "http://127.0.0.1:PORT"
    QUrl url() const;

private:
    QTcpSocket m_socket;
};
