#pragma once

#include "core/shopify/GraphqlOperation.h"
#include "core/shopify/ShopifyError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class ShopifyClient;
class ShopifyReply;

// How a bulk operation ended, as Shopify reported it.
struct BulkQueryOutcome
{
    enum class End {
        Completed, // url holds the file; null url: nothing matched
        Failed,    // errorCode says why; partialDataUrl may hold what was read
        Canceled,
        Expired, // the result was there, and is no longer
        Refused, // bulkOperationRunQuery refused the query (userErrors): a bug of ours
        Error,   // the requests failed (network, token, ...): `error`
    };
    End end = End::Error;
    QString id;
    QString errorCode; // ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT
    QUrl url;
    QUrl partialDataUrl;
    qint64 objectCount = 0;
    qint64 rootObjectCount = 0;
    QString refusal;           // Shopify's words, for the log
    bool otherRunning = false; // Refused: another bulk query of the app ran too long
    ShopifyError error;
};

// Runs one bulk query on Shopify's side (core/shopify/operations/bulk.graphql): starts it,
// or follows one started before (resume(), after the app was stopped), and polls its status
// with a growing pause until it ends; progress() reports objectCount on the way. Shopify runs
// one bulk query of an app at a time: when another is running (another station, or one of
// ours whose id was lost), this waits for it to end and starts again, and says so.
class BulkQuery final : public QObject
{
    Q_OBJECT

public:
    explicit BulkQuery(ShopifyClient *client, QObject *parent = nullptr);

    // The pause between polls starts at `first` and doubles up to `most` (defaults 1 s, 10 s).
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds most);
    // How long to wait for another bulk query of the app to end before giving up (30 min).
    void setMaxWaitForOther(std::chrono::milliseconds wait) { m_maxWaitForOther = wait; }

    bool isRunning() const { return m_running; }
    // Starts the query (the text of a bulk-*.graphql file).
    void start(const QString &query);
    // Follows an operation started earlier, by its id.
    void resume(const QString &id);
    // Asks Shopify to cancel it; finished() follows with Canceled.
    void cancel();
    // Stops following it without a word; it goes on on Shopify's side (resume() later).
    void stopFollowing();

signals:
    // Shopify accepted the query: the id to resume with after a restart.
    void started(const QString &id);
    void progress(qint64 objectCount, qint64 rootObjectCount);
    // Another bulk query of this app runs; this one starts when it has ended.
    void waitingForOther();
    void finished(const BulkQueryOutcome &outcome);

private:
    void requestStart();
    void poll();
    void schedulePoll();
    // Reads a BulkOperationFields object; true when the operation has ended.
    bool take(const QJsonObject &operation);
    void finish(const BulkQueryOutcome &outcome);
    void fail(const ShopifyError &error);

    ShopifyClient *m_client;
    GraphqlOperation m_run;
    GraphqlOperation m_status;
    GraphqlOperation m_cancel;
    std::chrono::milliseconds m_firstPause{1000};
    std::chrono::milliseconds m_mostPause{10000};
    std::chrono::milliseconds m_pause{1000};
    std::chrono::milliseconds m_maxWaitForOther{30 * 60 * 1000};
    std::chrono::milliseconds m_waitedForOther{0};
    QTimer m_timer;
    QString m_query;
    QString m_id;
    bool m_running = false;
    BulkQueryOutcome m_outcome;
    QPointer<ShopifyReply> m_current;
};
