#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <utility>

// A stand-in for a misbehaving shop, for tests of how the client copes: it answers each
// GraphQL request with the canned HTTP answer set for its operation name, byte for byte,
// or drops the connection. Real shops (and the demo store) are for everything else.
class CannedHttpServer final : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool dropConnection = false;                      // close without answering
        QList<std::pair<QByteArray, QByteArray>> headers{}; // more: Location, Retry-After ...
    };

    // Listens on a free port of this loopback address (another one, such as 127.0.0.2, stands
    // for another host).
    explicit CannedHttpServer(const QHostAddress &address = QHostAddress::LocalHost);
    ~CannedHttpServer() override;

    // The answer to requests for an operation; "*" answers every other one. A request that
    // is not GraphQL (the token endpoint's form) counts as "*".
    void setAnswer(const QString &operationName, const Answer &answer);
    // Answers the next request for the operation once, before the set answer.
    void queueAnswer(const QString &operationName, const Answer &answer);
    QUrl url() const;
    int requestCount() const { return m_requests; }
    // Everything the last request sent: request line, headers and body.
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void serve(QTcpSocket *socket);
    QHash<QString, Answer> m_answers;
    QHash<QString, QList<Answer>> m_queued;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    QByteArray m_lastRequest;
};
