#include "tests/testlib/CannedHttpServer.h"

#include <algorithm>

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

bool CannedHttpServer::hasAnswerFor(const Request &request) const
{
    if (m_answers.contains(request.operationName))
        return true;
    return std::any_of(m_specific.cbegin(), m_specific.cend(), [&request](const Specific &s) {
        return s.operationName == request.operationName
               && request.variables.value(s.variable).toString() == s.value;
    });
}

void CannedHttpServer::setAnswerFor(const QString &operationName,
                                    const QString &variable,
                                    const QString &value,
                                    const Answer &answer)
{
    m_specific.append({operationName, variable, value, answer});
}

const CannedHttpServer::Answer &CannedHttpServer::answerTo(const Request &request) const
{
    // The answer set last wins.
    for (auto it = m_specific.crbegin(); it != m_specific.crend(); ++it) {
        const Specific &specific = *it;
        if (specific.operationName == request.operationName
            && request.variables.value(specific.variable).toString() == specific.value)
            return specific.answer;
    }
    const auto it = m_answers.constFind(request.operationName);
    if (it != m_answers.constEnd())
        return it.value();
    static const Answer none;
    const auto fallback = m_answers.constFind(QStringLiteral("*"));
    return fallback != m_answers.constEnd() ? fallback.value() : none;
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

    const QJsonObject request = QJsonDocument::fromJson(body).object();
    m_received.append({request.value(QStringLiteral("operationName")).toString(),
                       request.value(QStringLiteral("variables")).toObject()});
    const Request &received = m_received.last();
    const QString anyOther = QStringLiteral("*");
    Answer answer;
    if (!m_queued.value(received.operationName).isEmpty())
        answer = m_queued[received.operationName].takeFirst();
    else if (!hasAnswerFor(received) && !m_queued.value(anyOther).isEmpty())
        answer = m_queued[anyOther].takeFirst();
    else
        answer = answerTo(received);
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
