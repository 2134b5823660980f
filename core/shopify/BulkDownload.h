#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads a bulk operation's result file and hands it over line by line as it streams in
// (readyRead), so no more than a network buffer and one line is held. The URL is a signed
// storage address: it gets no access token, follows no redirect, and must be https unless
// it is on this machine. finished() says whether every byte came (a connection that breaks
// half-way is an error, never a shorter file).
class BulkDownload final : public QObject
{
    Q_OBJECT

public:
    // Called for each complete line, without its newline; returning false stops the download
    // (finished() then reports `stoppedReason`).
    using LineHandler = std::function<bool(const QByteArray &line)>;

    BulkDownload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BulkDownload() override;

    void start(const QUrl &url, LineHandler handler);
    void abort();
    bool isRunning() const;
    qint64 bytesReceived() const { return m_bytes; }

signals:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    // ok false: `problem` in English for the log, `expired` when the address no longer works
    // (403 or 404 from the storage).
    void finished(bool ok, const QString &problem, bool expired);

private:
    void readAvailable();
    void end(bool ok, const QString &problem, bool expired = false);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    LineHandler m_handler;
    QByteArray m_partial; // the start of a line whose newline has not come yet
    qint64 m_bytes = 0;
    bool m_stopped = false;
};
