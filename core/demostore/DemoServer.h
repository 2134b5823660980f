#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace demostore {

class AdminApi;
struct DemoStoreStats;

struct HttpReply
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type, Content-Length and
                                                  // X-Shopify-API-Version
};

// The HTTP side of the demo store, on 127.0.0.1 only: POST /admin/api/2026-01/graphql.json
// goes to the AdminApi; with an access token configured, a request without that
// X-Shopify-Access-Token gets Shopify's 401; other paths get 404, other methods 405. It writes
// each response itself (status line, headers, body), so later work can delay answers, fail
// with 5xx and Retry-After, or drop the connection after doing the work.
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
