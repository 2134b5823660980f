#pragma once

#include "FaultPlan.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace demostore {

class AdminApi;
struct DemoStoreStats;

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type, Content-Length and
                                                  // X-Shopify-API-Version
    std::optional<FaultPlan::DropPoint> drop; // close the connection there instead of answering
    int delayMs = 0;                          // answer (or close) this much later
};

// The HTTP side of the demo store, on 127.0.0.1 only: POST /admin/api/2026-01/graphql.json
// goes to the AdminApi; with an access token configured, a request without that
// X-Shopify-Access-Token gets Shopify's 401; other paths get 404, other methods 405. It writes
// each response itself (status line, headers, body), so it can carry out the faults the
// AdminApi decided on: answer late (a timer; other connections are served meanwhile), or
// close the connection after the work was done, without answering (QTcpSocket::abort) or
// half-way through the answer.
// Delays and dropped connections need the socket, which QAbstractHttpServer hands over only
// before Qt 6.5; with a later Qt those two faults are not carried out.
class DemoServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    DemoServer(AdminApi &api, DemoStoreStats &stats, const QString &accessToken,
               QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 at `port` (0: one the system picks).
    bool listen(quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;

    static QString graphqlPath();

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    // What to answer, whatever the Qt version writes it with.
    HttpReply answer(const QHttpServerRequest &request);

    AdminApi &m_api;
    DemoStoreStats &m_stats;
    QString m_accessToken;
    QTcpServer *m_tcpServer = nullptr;
};

} // namespace demostore
