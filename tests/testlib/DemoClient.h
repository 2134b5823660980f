#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

// A blocking GraphQL client for tests of the demo store: sends one request with a real
// QNetworkAccessManager over loopback and waits for the answer, running the event loop
// meanwhile (so a store served from the test's own thread answers too).
class DemoClient final
{
public:
    struct Response
    {
        int httpStatus = 0;      // 0 when no HTTP answer came
        QByteArray reasonPhrase; // of the status line: "Too Many Requests"
        QByteArray body;
        QJsonObject json; // the body, when it is a JSON object
        // Set when the connection failed, before the answer or during it (then httpStatus
        // and a truncated body may be there too); HTTP error statuses are not network errors.
        QString networkError;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        // json["errors"][0]["extensions"]["code"], or "" when there is none.
        QString firstErrorCode() const;
    };

    explicit DemoClient(const QUrl &graphqlUrl);

    void setAccessToken(const QByteArray &token) { m_token = token; }

    // POSTs {query, variables, operationName}.
    Response post(const QString &query,
                  const QJsonObject &variables = {},
                  const QString &operationName = {});
    // Sends a body as is, to another URL, with another method or content type if given.
    Response send(const QByteArray &body,
                  const QUrl &url = {},
                  const QByteArray &method = QByteArrayLiteral("POST"),
                  const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // The client-credentials grant: POSTs grant_type=client_credentials&client_id=…&
    // client_secret=… form-encoded to `tokenUrl`, as Shopify documents it.
    Response requestToken(const QUrl &tokenUrl,
                          const QString &clientId,
                          const QString &clientSecret);

private:
    QNetworkAccessManager m_network;
    QUrl m_url;
    QByteArray m_token;
};
