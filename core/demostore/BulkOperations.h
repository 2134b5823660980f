#pragma once

#include "core/demostore/AccessScopes.h"
#include "core/demostore/ApiReply.h"
#include "core/demostore/StoreData.h"
#include "core/demostore/StoreJson.h"
#include "core/demostore/graphql/RootResolver.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QFile;
class QTimer;
QT_END_NAMESPACE

namespace demostore {

class BulkQueryWriter;
class FaultInjector;
class StoreClock;

// Shopify's bulk queries over the store's orders (see docs/demostore.md, "Bulk operations"):
// bulkOperationRunQuery checks the query (BulkQueryWriter), filters the orders with the same
// search syntax as `orders(query:)` and the same scopes, and creates an operation that is
// CREATED, then RUNNING while it writes the JSONL file a chunk of orders at a time (the
// store's event loop keeps serving; objectCount and rootObjectCount grow), then COMPLETED with
// `url` (null when nothing matched), or FAILED, CANCELED or EXPIRED as Shopify's would. One
// bulk query of this app at a time: another is refused with OPERATION_IN_PROGRESS.
// bulkOperationCancel cancels (CANCELING, then CANCELED). bulkOperation(id:),
// currentBulkOperation and bulkOperations report them. The file is served from
// http://127.0.0.1:PORT/bulk-results/<key>.jsonl until it expires. The fault plan's bulk
// fields make operations fail, be canceled, meet another one running, or break downloads.
// Lives in the store's thread.
class BulkOperations final : public QObject
{
    Q_OBJECT

public:
    BulkOperations(const StoreData &data,
                   const AccessScopes &scopes,
                   const StoreClock &clock,
                   const FaultInjector &faults,
                   QObject *parent = nullptr);
    ~BulkOperations() override;

    // Where the result URLs point: the store's address, once it listens.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Orders written per second of the store's clock; 0: as fast as the store can.
    void setOrdersPerSecond(double rate) { m_ordersPerSecond = rate; }

    // The root fields served here: bulkOperationRunQuery, bulkOperationCancel (mutations),
    // bulkOperation, currentBulkOperation, bulkOperations (queries).
    static bool serves(const QString &fieldName);
    graphql::Resolution resolve(const graphql::RootField &field);

    // Writes what is due by the clock and ends what has ended; the timer calls it, so do
    // DemoStore::advance() and every request.
    void catchUp();

    static QString downloadPath() { return QStringLiteral("/bulk-results/"); }
    // The answer to a GET of a result URL: the file (streamed by the server), 403 once
    // expired, 404 for anything else.
    ApiReply download(const QString &path);

    // Results downloaded so far (broken ones included).
    int downloadCount() const { return m_downloads; }
    // Bulk operations created so far (another station's included).
    int operationCount() const { return int(m_operations.size()); }

private:
    struct Operation;

    graphql::Resolution run(const QJsonObject &arguments);
    graphql::Resolution cancel(const QJsonObject &arguments);
    QJsonValue json(const Operation &operation) const;
    Operation *find(const QString &gid);
    Operation *running();
    void write(Operation &operation, qint64 dueRoots);
    void end(Operation &operation, const QString &status);
    QString urlOf(const Operation &operation, bool partial) const;

    const StoreData &m_data;
    const AccessScopes &m_scopes;
    const StoreClock &m_clock;
    const FaultInjector &m_faults;
    StoreJson m_json;
    QTemporaryDir m_files;
    QUrl m_baseUrl;
    double m_ordersPerSecond = 0;
    QList<std::shared_ptr<Operation>> m_operations;
    qint64 m_nextId = 1;
    bool m_otherStarted = false;
    int m_downloads = 0;
    QTimer *m_timer;
};

} // namespace demostore
