#include "CannedHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(const QHostAddress &address)
{
    listen(address, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

CannedHttpServer::~CannedHttpServer()
{
    // The sockets' handlers use the buffers: silence and delete them while those still exist.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        socket->disconnect();
        delete socket;
    }
}

void CannedHttpServer::setAnswer(const QString &operationName, const Answer &answer)
{
    m_answers.insert(operationName, answer);
}

void CannedHttpServer::queueAnswer(const QString &operationName, const Answer &answer)
{
    m_queued[operationName].append(answer);
}

QUrl CannedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort()));
}

void CannedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    m_lastRequest = buffer.left(headerEnd + 4 + length);
    buffer.remove(0, headerEnd + 4 + length);
    ++m_requests;

    const QString operation
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("operationName")).toString();
    const QString anyOther = QStringLiteral("*");
    Answer answer;
    if (!m_queued.value(operation).isEmpty())
        answer = m_queued[operation].takeFirst();
    else if (m_answers.contains(operation))
        answer = m_answers.value(operation);
    else if (!m_queued.value(anyOther).isEmpty())
        answer = m_queued[anyOther].takeFirst();
    else
        answer = m_answers.value(anyOther);
    if (answer.dropConnection) {
        socket->abort();
        return;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\n";
    response += "Content-Type: " + answer.contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    response += "X-Shopify-API-Version: 2026-01\r\n";
    for (const auto &[name, value] : answer.headers)
        response += name + ": " + value + "\r\n";
    response += "\r\n";
    response += answer.body;
    socket->write(response);
}
