#include "tests/testlib/DemoClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

QByteArray DemoClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString DemoClient::Response::firstErrorCode() const
{
    return json.value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("extensions"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

DemoClient::DemoClient(const QUrl &graphqlUrl)
    : m_url(graphqlUrl)
{}

DemoClient::Response DemoClient::post(const QString &query,
                                      const QJsonObject &variables,
                                      const QString &operationName)
{
    QJsonObject body{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    return send(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoClient::Response DemoClient::requestToken(const QUrl &tokenUrl,
                                              const QString &clientId,
                                              const QString &clientSecret)
{
    // Every value percent-encoded: QUrlQuery would leave a '+' as it is, which a form reader
    // takes for a space.
    const QByteArray form = QByteArrayLiteral("grant_type=client_credentials&client_id=")
                            + QUrl::toPercentEncoding(clientId)
                            + QByteArrayLiteral("&client_secret=")
                            + QUrl::toPercentEncoding(clientSecret);
    return send(form,
                tokenUrl,
                QByteArrayLiteral("POST"),
                QByteArrayLiteral("application/x-www-form-urlencoded"));
}

DemoClient::Response DemoClient::send(const QByteArray &body,
                                      const QUrl &url,
                                      const QByteArray &method,
                                      const QByteArray &contentType)
{
    QNetworkRequest request(url.isEmpty() ? m_url : url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Shopify-Access-Token"), m_token);
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("no answer within 15 s");
    } else {
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.reasonPhrase
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        // QNetworkReply's codes below 100 are the connection's; HTTP statuses come after.
        const bool connectionFailed = reply->error() != QNetworkReply::NoError
                                      && reply->error()
                                             < QNetworkReply::ProxyConnectionRefusedError;
        if (connectionFailed
            || (reply->error() != QNetworkReply::NoError && response.httpStatus == 0))
            response.networkError = reply->errorString();
        response.json = QJsonDocument::fromJson(response.body).object();
    }
    reply->deleteLater();
    return response;
}
