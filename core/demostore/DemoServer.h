#pragma once

#include "core/demostore/ApiReply.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace demostore {

class AccessControl;
class AdminApi;
class BulkOperations;
struct DemoStoreStats;

// The HTTP side of the demo store, on 127.0.0.1 only: POST /admin/api/2026-01/graphql.json
// goes to the AdminApi, when AccessControl accepts its X-Shopify-Access-Token (otherwise
// Shopify's 401); POST /admin/oauth/access_token is the client-credentials grant; other paths
// get 404, other methods 405; a host that is no shop (`unknownShop`) answers 404 to
// everything; GET /bulk-results/... is a bulk operation's result file (BulkOperations),
// streamed from disk. Every answer names the API version in X-Shopify-API-Version. It writes
// each response itself (status line, headers, body), so it can carry out the faults the
// AdminApi decided on: answer late (a timer; other connections are served meanwhile), or
// close the connection after the work was done, without answering (QTcpSocket::abort) or
// half-way through the answer.
// Delays, held answers and dropped connections need the socket, which QAbstractHttpServer
// hands over only before Qt 6.5; with a later Qt those faults are not carried out.
class DemoServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    DemoServer(AdminApi &api,
               BulkOperations &bulk,
               AccessControl &access,
               DemoStoreStats &stats,
               const std::atomic<bool> &unknownShop,
               const QString &apiVersion,
               QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 at `port` (0: one the system picks).
    bool listen(quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;

    static QString graphqlPath();

    // Lets the held answers go, oldest first: `count` of them, or all (-1). Each is then
    // written (or dropped, or delayed) as its fault plan said; one whose client has gone is
    // let go without a word. Returns how many were let go.
    int releaseHeldAnswers(int count = -1);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    // What to answer, whatever the Qt version writes it with.
    ApiReply answer(const QHttpServerRequest &request);

    AdminApi &m_api;
    BulkOperations &m_bulk;
    AccessControl &m_access;
    DemoStoreStats &m_stats;
    const std::atomic<bool> &m_unknownShop;
    QByteArray m_apiVersion;
    QTcpServer *m_tcpServer = nullptr;
    QList<std::function<void()>> m_held; // answers waiting for releaseHeldAnswers()
};

} // namespace demostore
