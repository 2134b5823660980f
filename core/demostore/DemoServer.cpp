#include "DemoServer.h"

#include "AdminApi.h"
#include "DemoStoreStats.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace demostore {

namespace {

const QByteArray kApiVersionHeader = QByteArrayLiteral("X-Shopify-API-Version");
const QByteArray kApiVersion = QByteArrayLiteral("2026-01");

HttpReply errorReply(int status, const char *message)
{
    // Shopify's plain errors are a string under "errors".
    HttpReply reply;
    reply.status = status;
    reply.body = QByteArrayLiteral("{\"errors\":\"") + message + QByteArrayLiteral("\"}");
    return reply;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray replyBytes(const HttpReply &reply, bool closeAfterwards)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\nContent-Type: " + reply.contentType + "\r\nContent-Length: "
        + QByteArray::number(reply.body.size()) + "\r\n" + kApiVersionHeader + ": " + kApiVersion
        + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (closeAfterwards)
        out += "Connection: close\r\n";
    out += "\r\n" + reply.body;
    return out;
}

// Writes the reply, or closes the connection instead, now or after the reply's delay.
void deliver(QTcpSocket *socket, const HttpReply &reply, bool closeAfterwards)
{
    auto finish = [socket, reply, closeAfterwards] {
        const QByteArray out = replyBytes(reply, closeAfterwards);
        if (!reply.drop) {
            socket->write(out);
            if (closeAfterwards)
                socket->disconnectFromHost();
        } else if (*reply.drop == FaultPlan::DropPoint::BeforeAnswer) {
            socket->abort(); // not a byte: the client sees the connection closed
        } else {
            // Everything but the second half of the body, then an orderly close: the client
            // reads a truncated answer.
            socket->write(out.left(out.size() - reply.body.size() / 2 - 1));
            socket->disconnectFromHost();
        }
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, finish); // never after the socket is gone
    else
        finish();
}
#else
void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader(kApiVersionHeader, kApiVersion);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    headers.append(kApiVersionHeader, kApiVersion);
    for (const auto &[name, value] : reply.headers)
        headers.append(name, value);
    responder.write(reply.body, headers, status);
#endif
}
#endif

} // namespace

DemoServer::DemoServer(AdminApi &api, DemoStoreStats &stats, const QString &accessToken,
                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_stats(stats)
    , m_accessToken(accessToken)
{
}

DemoServer::~DemoServer() = default;

QString DemoServer::graphqlPath()
{
    return QStringLiteral("/admin/api/2026-01/graphql.json");
}

bool DemoServer::listen(quint16 port, QString *error)
{
    // Our own QTcpServer, bound to loopback: QAbstractHttpServer::listen() changed across Qt
    // versions, bind() did not.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_tcpServer = tcpServer;
    return true;
}

bool DemoServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 DemoServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

HttpReply DemoServer::answer(const QHttpServerRequest &request)
{
    ++m_stats.requests;
    if (request.url().path() != graphqlPath())
        return errorReply(404, "Not Found");
    if (request.method() != QHttpServerRequest::Method::Post) {
        HttpReply reply = errorReply(405, "Method Not Allowed");
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return reply;
    }
    if (!m_accessToken.isEmpty()
        && request.value(QByteArrayLiteral("X-Shopify-Access-Token")) != m_accessToken.toUtf8()) {
        return errorReply(401, "[API] Invalid API key or access token (unrecognized login or wrong password)");
    }
    const ApiReply api = m_api.handle(request.body());
    HttpReply reply;
    reply.status = api.status;
    reply.body = api.body;
    reply.contentType = api.contentType;
    reply.drop = api.drop;
    reply.delayMs = api.delayMs;
    return reply;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower() == "close";
    deliver(socket, answer(request), close);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    deliver(socket, errorReply(404, "Not Found"), false);
}
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
bool DemoServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, answer(request));
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Q_UNUSED(request);
    writeReply(responder, errorReply(404, "Not Found"));
}
#else
bool DemoServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, answer(request));
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Q_UNUSED(request);
    writeReply(responder, errorReply(404, "Not Found"));
}
#endif

} // namespace demostore
