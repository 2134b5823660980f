#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>

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
        bool dropConnection = false; // close without answering
    };

    CannedHttpServer();
    ~CannedHttpServer() override;

    // The answer to requests for an operation; "*" answers every other one.
    void setAnswer(const QString &operationName, const Answer &answer);
    QUrl url() const;
    int requestCount() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    QHash<QString, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};
