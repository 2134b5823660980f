#include "core/demostore/DemoServer.h"

#include "core/demostore/AccessControl.h"
#include "core/demostore/AdminApi.h"
#include "core/demostore/BulkOperations.h"
#include "core/demostore/DemoStoreStats.h"
#include "core/demostore/FaultReplies.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace demostore {

namespace {

const QByteArray kApiVersionHeader = QByteArrayLiteral("X-Shopify-API-Version");

ApiReply methodNotAllowed()
{
    ApiReply reply;
    reply.status = 405;
    reply.body = QByteArrayLiteral("{\"errors\":\"Method Not Allowed\"}");
    reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
    return reply;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
QByteArray replyBytes(const ApiReply &reply, const QByteArray &apiVersion, bool closeAfterwards)
{
    const qint64 length = reply.bodyFile.isEmpty() ? reply.body.size() : reply.bodyFileSize;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                     + FaultReplies::reasonPhrase(reply.status) + "\r\nContent-Type: "
                     + reply.contentType + "\r\nContent-Length: " + QByteArray::number(length)
                     + "\r\n" + kApiVersionHeader + ": " + apiVersion + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (closeAfterwards)
        out += "Connection: close\r\n";
    out += "\r\n" + reply.body;
    return out;
}

// Streams a file body a piece at a time as the socket takes it, so a result file of any size
// is never held whole; with `stopAt` below the size, closes the connection there (a download
// that breaks half-way).
class FileStreamer final : public QObject
{
public:
    FileStreamer(QTcpSocket *socket, const QString &path, qint64 size, qint64 stopAt, bool close)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_left(std::min(size, stopAt))
        , m_breaks(stopAt < size)
        , m_close(close)
    {
        m_file.open(QIODevice::ReadOnly);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { more(); });
        more();
    }

private:
    void more()
    {
        if (m_socket->bytesToWrite() > kPiece)
            return;
        if (m_left <= 0) {
            if (m_breaks || m_close)
                m_socket->disconnectFromHost();
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
            return;
        }
        const QByteArray piece = m_file.read(std::min(m_left, kPiece));
        if (piece.isEmpty()) {
            m_socket->abort();
            return;
        }
        m_left -= piece.size();
        m_socket->write(piece);
    }

    static constexpr qint64 kPiece = qint64(256) * 1024;
    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_left;
    bool m_breaks;
    bool m_close;
};

// Writes the reply, or closes the connection instead, now or after the reply's delay; a held
// reply waits in `held` until the server releases it.
void deliver(QTcpSocket *socket,
             const ApiReply &reply,
             const QByteArray &apiVersion,
             bool closeAfterwards,
             QList<std::function<void()>> *held)
{
    auto finish = [socket, reply, apiVersion, closeAfterwards] {
        const QByteArray out = replyBytes(reply, apiVersion, closeAfterwards);
        if (!reply.bodyFile.isEmpty()) {
            socket->write(out);
            const bool breaks = reply.drop.has_value();
            new FileStreamer(socket,
                             reply.bodyFile,
                             reply.bodyFileSize,
                             breaks ? reply.bodyFileSize / 2 : reply.bodyFileSize,
                             closeAfterwards);
        } else if (!reply.drop) {
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
    auto go = [socket = QPointer<QTcpSocket>(socket), delayMs = reply.delayMs, finish] {
        if (!socket)
            return; // the client went while its answer was held
        if (delayMs > 0)
            QTimer::singleShot(delayMs, socket, finish); // never after the socket is gone
        else
            finish();
    };
    if (reply.held)
        held->append(go);
    else
        go();
}
#else
void writeReply(QHttpServerResponder &responder, ApiReply reply, const QByteArray &apiVersion)
{
    if (!reply.bodyFile.isEmpty()) {
        // Without the socket the file goes whole (and a broken download is not carried out).
        QFile file(reply.bodyFile);
        if (file.open(QIODevice::ReadOnly))
            reply.body = file.read(reply.bodyFileSize);
    }
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader(kApiVersionHeader, apiVersion);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    headers.append(kApiVersionHeader, apiVersion);
    for (const auto &[name, value] : reply.headers)
        headers.append(name, value);
    responder.write(reply.body, headers, status);
#endif
}
#endif

} // namespace

DemoServer::DemoServer(AdminApi &api,
                       BulkOperations &bulk,
                       AccessControl &access,
                       DemoStoreStats &stats,
                       const std::atomic<bool> &unknownShop,
                       const QString &apiVersion,
                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_bulk(bulk)
    , m_access(access)
    , m_stats(stats)
    , m_unknownShop(unknownShop)
    , m_apiVersion(apiVersion.toUtf8())
{}

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
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(tcpServer->errorString());
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

int DemoServer::releaseHeldAnswers(int count)
{
    int released = 0;
    while (!m_held.isEmpty() && (count < 0 || released < count)) {
        m_held.takeFirst()();
        ++released;
    }
    return released;
}

ApiReply DemoServer::answer(const QHttpServerRequest &request)
{
    ++m_stats.requests;
    if (m_unknownShop)
        return FaultReplies::unknownShop();
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == AccessControl::tokenPath()) {
        if (!post)
            return methodNotAllowed();
        return m_access.grant(request.body(), request.value(QByteArrayLiteral("Content-Type")));
    }
    if (path.startsWith(BulkOperations::downloadPath())) {
        // A signed storage URL: no token, GET only.
        if (request.method() != QHttpServerRequest::Method::Get)
            return methodNotAllowed();
        return m_bulk.download(path);
    }
    if (path != graphqlPath())
        return FaultReplies::notFound();
    if (!post)
        return methodNotAllowed();
    if (!m_access.accepts(request.value(QByteArrayLiteral("X-Shopify-Access-Token")))) {
        ++m_stats.unauthorized;
        return FaultReplies::invalidToken();
    }
    return m_api.handle(request.body());
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower() == "close";
    deliver(socket, answer(request), m_apiVersion, close, &m_held);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    deliver(socket, FaultReplies::notFound(), m_apiVersion, false, &m_held);
}
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
bool DemoServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, answer(request), m_apiVersion);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Q_UNUSED(request);
    writeReply(responder, FaultReplies::notFound(), m_apiVersion);
}
#else
bool DemoServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, answer(request), m_apiVersion);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Q_UNUSED(request);
    writeReply(responder, FaultReplies::notFound(), m_apiVersion);
}
#endif

} // namespace demostore
