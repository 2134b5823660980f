#include "core/shopify/BulkDownload.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

} // namespace

BulkDownload::BulkDownload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

BulkDownload::~BulkDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BulkDownload::start(const QUrl &url, LineHandler handler)
{
    m_handler = std::move(handler);
    m_partial.clear();
    m_bytes = 0;
    m_stopped = false;
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopback(url))) {
        // Plain http only on this machine; a result file holds customers' data.
        QMetaObject::invokeMethod(
            this,
            [this, url] {
                end(false, u"refused to download over %1: %2"_s.arg(url.scheme(), url.host()));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Read as it comes, never buffered whole.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(1 << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &BulkDownload::readAvailable);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &BulkDownload::progress);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        if (!reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200)
            readAvailable();
        if (m_stopped)
            return;
        if (status == 403 || status == 404 || status == 410)
            return end(false, u"the result file is no longer there (HTTP %1)"_s.arg(status), true);
        if (reply->error() != QNetworkReply::NoError)
            return end(false, reply->errorString());
        if (status != 200)
            return end(false, u"HTTP %1"_s.arg(status));
        // Qt may report a connection closed before the announced length as a normal end.
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && m_bytes < length)
            return end(false,
                       u"the connection closed after %1 of %2 bytes"_s.arg(m_bytes).arg(length));
        if (!m_partial.isEmpty() && m_handler && !m_handler(std::exchange(m_partial, {})))
            return end(false, u"stopped"_s);
        end(true, QString());
    });
}

void BulkDownload::readAvailable()
{
    if (!m_reply || m_stopped)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error page: read by nobody
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(qint64(256) * 1024);
        m_bytes += chunk.size();
        qsizetype from = 0;
        for (qsizetype newline = chunk.indexOf('\n'); newline >= 0;
             newline = chunk.indexOf('\n', from)) {
            QByteArray line = m_partial.isEmpty()
                                  ? chunk.mid(from, newline - from)
                                  : std::exchange(m_partial, {}) + chunk.mid(from, newline - from);
            from = newline + 1;
            if (m_handler && !m_handler(line)) {
                m_stopped = true;
                end(false, u"stopped"_s);
                return;
            }
        }
        m_partial += chunk.mid(from);
    }
}

void BulkDownload::abort()
{
    if (!m_reply)
        return;
    m_stopped = true;
    end(false, u"cancelled"_s);
}

void BulkDownload::end(bool ok, const QString &problem, bool expired)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_partial.clear();
    emit finished(ok, problem, expired);
}

bool BulkDownload::isRunning() const
{
    return !m_reply.isNull();
}
