#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
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
        bool dropConnection = false;                        // close without answering
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
    // The answer to requests for an operation whose variable `variable` is `value` (the
    // order asked for by id, say); it goes before the operation's general answer, and the
    // one set last before those set earlier.
    void setAnswerFor(const QString &operationName,
                      const QString &variable,
                      const QString &value,
                      const Answer &answer);
    QUrl url() const;
    int requestCount() const { return m_requests; }
    // Everything the last request sent: request line, headers and body.
    QByteArray lastRequest() const { return m_lastRequest; }

    struct Request
    {
        QString operationName;
        QJsonObject variables;
    };
    // Every request answered so far, in order.
    const QList<Request> &requests() const { return m_received; }

private:
    void serve(QTcpSocket *socket);
    // The answer set for this request: for its variable, for its operation, or for "*".
    const Answer &answerTo(const Request &request) const;
    bool hasAnswerFor(const Request &request) const;
    QHash<QString, Answer> m_answers;
    QHash<QString, QList<Answer>> m_queued;
    struct Specific
    {
        QString operationName;
        QString variable;
        QString value;
        Answer answer;
    };
    QList<Specific> m_specific;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_received;
    int m_requests = 0;
    QByteArray m_lastRequest;
};
