#include "core/demostore/BulkOperations.h"

#include "core/demostore/BulkQueryWriter.h"
#include "core/demostore/FaultInjector.h"
#include "core/demostore/OrderSearch.h"
#include "core/demostore/StoreClock.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace demostore {

namespace {

// Orders written in one turn of the event loop when no rate is set: small enough that the
// store answers polls meanwhile.
constexpr qint64 kChunk = 500;

QJsonObject userError(const QString &message, const QString &code, const QJsonValue &field)
{
    return {{QStringLiteral("__typename"), QStringLiteral("BulkOperationUserError")},
            {QStringLiteral("field"), field},
            {QStringLiteral("message"), message},
            {QStringLiteral("code"), code}};
}

QString isoTime(qint64 ms)
{
    return StoreJson::dateTime(ms / 1000);
}

} // namespace

struct BulkOperations::Operation
{
    qint64 id = 0;
    QString query;
    QString status = QStringLiteral("CREATED");
    QString errorCode; // FAILED only
    qint64 createdMs = 0;
    qint64 endedMs = -1; // when it reached its end state
    qint64 objects = 0;
    qint64 roots = 0;
    QList<int> matches; // positions in data.orders, id order
    qsizetype next = 0; // the next match to write
    std::unique_ptr<BulkQueryWriter> writer;
    std::unique_ptr<QFile> file;
    QString key; // of the result URL
    qint64 fileSize = 0;
    FaultPlan plan;     // as it was when the operation started
    bool other = false; // started elsewhere (another station of this app)
    bool cancelRequested = false;

    bool isRunning() const
    {
        return status == u"CREATED" || status == u"RUNNING" || status == u"CANCELING";
    }
};

BulkOperations::BulkOperations(const StoreData &data,
                               const AccessScopes &scopes,
                               const StoreClock &clock,
                               const FaultInjector &faults,
                               QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_scopes(scopes)
    , m_clock(clock)
    , m_faults(faults)
    , m_json(data)
    , m_timer(new QTimer(this))
{
    m_json.setScopes(&m_scopes);
    m_timer->setInterval(5);
    connect(m_timer, &QTimer::timeout, this, &BulkOperations::catchUp);
}

BulkOperations::~BulkOperations() = default;

bool BulkOperations::serves(const QString &fieldName)
{
    return fieldName == u"bulkOperationRunQuery" || fieldName == u"bulkOperationCancel"
           || fieldName == u"bulkOperation" || fieldName == u"currentBulkOperation"
           || fieldName == u"bulkOperations";
}

BulkOperations::Operation *BulkOperations::find(const QString &gid)
{
    const auto id = StoreJson::idFromGid(gid, u"BulkOperation");
    for (const auto &operation : std::as_const(m_operations)) {
        if (id && operation->id == *id)
            return operation.get();
    }
    return nullptr;
}

BulkOperations::Operation *BulkOperations::running()
{
    for (const auto &operation : std::as_const(m_operations)) {
        if (operation->isRunning())
            return operation.get();
    }
    return nullptr;
}

graphql::Resolution BulkOperations::resolve(const graphql::RootField &field)
{
    catchUp();
    const QJsonObject &arguments = field.arguments;
    if (field.name == u"bulkOperationRunQuery")
        return run(arguments);
    if (field.name == u"bulkOperationCancel")
        return cancel(arguments);
    if (field.name == u"bulkOperation") {
        const QString id = arguments.value(QStringLiteral("id")).toString();
        if (!StoreJson::idFromGid(id, u"BulkOperation"))
            return graphql::Resolution::failure(
                graphql::Error::withCode(QStringLiteral("Invalid global id '%1'").arg(id),
                                         QStringLiteral("argumentLiteralsIncompatible")));
        const Operation *operation = find(id);
        return graphql::Resolution::of(operation ? json(*operation) : QJsonValue::Null);
    }
    if (field.name == u"currentBulkOperation") {
        // The newest bulk query of this app; the demo store runs no bulk mutations.
        const QString type
            = arguments.value(QStringLiteral("type")).toString(QStringLiteral("QUERY"));
        if (type != u"QUERY" || m_operations.isEmpty())
            return graphql::Resolution::of(QJsonValue::Null);
        return graphql::Resolution::of(json(*m_operations.last()));
    }
    // bulkOperations: newest first; `query` may name a status and a type
    // ("operation_type:query status:running"); the demo store runs bulk queries only.
    const QStringList terms = arguments.value(QStringLiteral("query"))
                                  .toString()
                                  .toLower()
                                  .split(u' ', Qt::SkipEmptyParts);
    QString wanted;
    bool mutationsOnly = false;
    for (const QString &term : terms) {
        if (term.startsWith(u"status:"))
            wanted = term.mid(7).toUpper();
        else if (term == u"operation_type:mutation")
            mutationsOnly = true;
    }
    QJsonArray list;
    for (auto it = m_operations.crbegin(); it != m_operations.crend() && !mutationsOnly; ++it) {
        if (wanted.isEmpty() || (*it)->status == wanted)
            list.append(json(**it));
    }
    return graphql::Resolution::of(list);
}

graphql::Resolution BulkOperations::run(const QJsonObject &arguments)
{
    const QString query = arguments.value(QStringLiteral("query")).toString();
    const FaultPlan plan = m_faults.plan();
    auto payload = [](const QJsonValue &operation, const QJsonArray &errors) {
        return graphql::Resolution::of(QJsonObject{{QStringLiteral("__typename"),
                                                    QStringLiteral("BulkOperationRunQueryPayload")},
                                                   {QStringLiteral("bulkOperation"), operation},
                                                   {QStringLiteral("userErrors"), errors}});
    };
    if (plan.bulkOtherRunning && !m_otherStarted) {
        // Another station of this app started one a moment ago.
        m_otherStarted = true;
        auto other = std::make_shared<Operation>();
        other->id = m_nextId++;
        other->query = QStringLiteral("{ orders { edges { node { id } } } }");
        other->createdMs = m_clock.nowMs();
        other->status = QStringLiteral("RUNNING");
        other->other = true;
        other->plan = plan;
        m_operations.append(other);
        m_timer->start();
    }
    if (const Operation *busy = running()) {
        return payload(QJsonValue::Null,
                       {userError(QStringLiteral("A bulk query operation for this app and shop is "
                                                 "already in progress: %1.")
                                      .arg(StoreJson::gid(u"BulkOperation", busy->id)),
                                  QStringLiteral("OPERATION_IN_PROGRESS"),
                                  QJsonArray{QStringLiteral("query")})});
    }
    auto writer = std::make_unique<BulkQueryWriter>(query);
    if (!writer->isValid()) {
        return payload(QJsonValue::Null,
                       {userError(writer->problem(),
                                  QStringLiteral("INVALID"),
                                  QJsonArray{QStringLiteral("query")})});
    }
    auto operation = std::make_shared<Operation>();
    operation->id = m_nextId++;
    operation->query = query;
    operation->createdMs = m_clock.nowMs();
    operation->plan = plan;
    const OrderSearch search(writer->search(), m_clock.nowMs());
    const bool everyOrder = m_scopes.allowsAllOrders();
    for (int i = 0; i < m_data.orders.size(); ++i) {
        const Order &order = m_data.orders[i];
        if ((everyOrder || m_scopes.allowsOrderCreatedAt(order.createdAt, m_clock.now()))
            && (search.isEmpty() || search.matches(order, m_data)))
            operation->matches.append(i);
    }
    std::sort(operation->matches.begin(), operation->matches.end(), [this](int a, int b) {
        return m_data.orders[a].id < m_data.orders[b].id;
    });
    operation->writer = std::move(writer);
    operation->key = QString::number(QRandomGenerator::global()->generate64(), 16);
    operation->file = std::make_unique<QFile>(m_files.filePath(operation->key + u".jsonl"));
    operation->file->open(QIODevice::WriteOnly | QIODevice::Truncate);
    m_operations.append(operation);
    m_timer->start();
    return payload(json(*operation), {});
}

graphql::Resolution BulkOperations::cancel(const QJsonObject &arguments)
{
    const QString id = arguments.value(QStringLiteral("id")).toString();
    Operation *operation = find(id);
    QJsonArray errors;
    if (!operation) {
        errors.append(QJsonObject{{QStringLiteral("__typename"), QStringLiteral("UserError")},
                                  {QStringLiteral("field"), QJsonArray{QStringLiteral("id")}},
                                  {QStringLiteral("message"),
                                   QStringLiteral("Bulk operation does not exist")}});
    } else if (!operation->isRunning()) {
        errors.append(
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("UserError")},
                        {QStringLiteral("field"), QJsonValue::Null},
                        {QStringLiteral("message"),
                         QStringLiteral("A bulk operation cannot be canceled when it is %1")
                             .arg(operation->status.toLower())}});
    } else {
        // It stops at the next turn; until then it says so.
        operation->status = QStringLiteral("CANCELING");
        operation->cancelRequested = true;
    }
    return graphql::Resolution::of(
        QJsonObject{{QStringLiteral("__typename"), QStringLiteral("BulkOperationCancelPayload")},
                    {QStringLiteral("bulkOperation"),
                     operation ? json(*operation) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("userErrors"), errors}});
}

void BulkOperations::catchUp()
{
    const qint64 now = m_clock.nowMs();
    bool busy = false;
    for (const auto &pointer : std::as_const(m_operations)) {
        Operation &operation = *pointer;
        if (operation.status == u"COMPLETED" || operation.status == u"FAILED"
            || operation.status == u"CANCELED") {
            if (now >= operation.endedMs + operation.plan.bulkResultLifetimeMs
                && operation.status == u"COMPLETED")
                operation.status = QStringLiteral("EXPIRED");
            continue;
        }
        if (!operation.isRunning())
            continue;
        busy = true;
        if (operation.other) {
            if (now >= operation.createdMs + operation.plan.bulkOtherRunMs)
                end(operation, QStringLiteral("COMPLETED"));
            continue;
        }
        if (operation.cancelRequested) {
            end(operation, QStringLiteral("CANCELED"));
            continue;
        }
        if (operation.status == u"CREATED") {
            // Started at the first turn after it was created, as Shopify queues it first.
            operation.status = QStringLiteral("RUNNING");
            continue;
        }
        if (!m_scopes.allows(QStringLiteral("read_orders"))) {
            operation.errorCode = QStringLiteral("ACCESS_DENIED");
            end(operation, QStringLiteral("FAILED"));
            continue;
        }
        qint64 due = operation.roots + kChunk;
        if (m_ordersPerSecond > 0)
            due = std::min(due,
                           qint64(m_ordersPerSecond * double(now - operation.createdMs) / 1000.0));
        write(operation, due);
    }
    if (!busy)
        m_timer->stop();
}

void BulkOperations::write(Operation &operation, qint64 dueRoots)
{
    const qsizetype total = operation.matches.size();
    qsizetype stopAt = total;
    const bool endsEarly = operation.plan.bulkEnd != FaultPlan::BulkEnd::Completed;
    if (endsEarly)
        stopAt = qsizetype(double(total) * std::clamp(operation.plan.bulkEndsAt, 0.0, 1.0));
    while (operation.next < std::min<qsizetype>(stopAt, dueRoots)) {
        const Order &order = m_data.orders[operation.matches[operation.next++]];
        qint64 objects = 0;
        const QByteArray lines = operation.writer->lines(m_json.order(order), &objects);
        if (!operation.writer->deniedField().isEmpty()) {
            // A field the app may not read: the operation fails (BulkQueryWriter.h), with what
            // was written before as its partial data.
            operation.errorCode = QStringLiteral("ACCESS_DENIED");
            end(operation, QStringLiteral("FAILED"));
            return;
        }
        operation.file->write(lines);
        operation.objects += objects;
        ++operation.roots;
    }
    if (operation.next < stopAt)
        return;
    if (!endsEarly) {
        end(operation, QStringLiteral("COMPLETED"));
    } else if (operation.plan.bulkEnd == FaultPlan::BulkEnd::Canceled) {
        end(operation, QStringLiteral("CANCELED"));
    } else {
        operation.errorCode = operation.plan.bulkErrorCode;
        end(operation, QStringLiteral("FAILED"));
    }
}

void BulkOperations::end(Operation &operation, const QString &status)
{
    operation.status = status;
    operation.endedMs = m_clock.nowMs();
    if (operation.file) {
        operation.file->flush();
        operation.fileSize = operation.file->size();
        operation.file->close();
    }
}

QString BulkOperations::urlOf(const Operation &operation, bool partial) const
{
    // Shopify gives a file only when there is something in it.
    const bool has = operation.file && operation.objects > 0;
    const bool fits = partial ? operation.status == u"FAILED" : operation.status == u"COMPLETED";
    if (!has || !fits || m_clock.nowMs() >= operation.endedMs + operation.plan.bulkResultLifetimeMs)
        return QString();
    QUrl url = m_baseUrl;
    url.setPath(downloadPath() + operation.key + u".jsonl");
    return url.toString();
}

QJsonValue BulkOperations::json(const Operation &operation) const
{
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    const bool completed = operation.status == u"COMPLETED" || operation.status == u"EXPIRED";
    const QString url = urlOf(operation, false);
    // UnsignedInt64 is written as a string, as Shopify writes it.
    return QJsonObject{{QStringLiteral("__typename"), QStringLiteral("BulkOperation")},
                       {QStringLiteral("id"), StoreJson::gid(u"BulkOperation", operation.id)},
                       {QStringLiteral("status"), operation.status},
                       {QStringLiteral("errorCode"), orNull(operation.errorCode)},
                       {QStringLiteral("createdAt"), isoTime(operation.createdMs)},
                       {QStringLiteral("completedAt"),
                        completed ? QJsonValue(isoTime(operation.endedMs))
                                  : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("objectCount"), QString::number(operation.objects)},
                       {QStringLiteral("rootObjectCount"), QString::number(operation.roots)},
                       {QStringLiteral("fileSize"),
                        url.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(QString::number(operation.fileSize))},
                       {QStringLiteral("url"), orNull(url)},
                       {QStringLiteral("partialDataUrl"), orNull(urlOf(operation, true))},
                       {QStringLiteral("query"), operation.query},
                       {QStringLiteral("type"), QStringLiteral("QUERY")}};
}

ApiReply BulkOperations::download(const QString &path)
{
    catchUp();
    ApiReply reply;
    reply.contentType = QByteArrayLiteral("application/jsonl");
    for (const auto &operation : std::as_const(m_operations)) {
        if (!operation->file || path != downloadPath() + operation->key + u".jsonl")
            continue;
        const bool ended = operation->status == u"COMPLETED" || operation->status == u"EXPIRED"
                           || operation->status == u"FAILED";
        if (!ended || operation->objects == 0)
            break;
        if (m_clock.nowMs() >= operation->endedMs + operation->plan.bulkResultLifetimeMs) {
            // As a signed storage URL past its expiry answers.
            reply.status = 403;
            reply.contentType = QByteArrayLiteral("application/xml; charset=UTF-8");
            reply.body = QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8'?><Error><Code>"
                                           "ExpiredToken</Code><Message>The provided token has "
                                           "expired.</Message></Error>");
            return reply;
        }
        reply.bodyFile = operation->file->fileName();
        reply.bodyFileSize = operation->fileSize;
        if (m_downloads < m_faults.plan().bulkBrokenDownloads)
            reply.drop = FaultPlan::DropPoint::DuringAnswer;
        ++m_downloads;
        return reply;
    }
    reply.status = 404;
    reply.contentType = QByteArrayLiteral("application/xml; charset=UTF-8");
    reply.body = QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey"
                                   "</Code><Message>The specified key does not exist.</Message>"
                                   "</Error>");
    return reply;
}

} // namespace demostore
