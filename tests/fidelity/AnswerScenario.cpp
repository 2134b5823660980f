#include "tests/fidelity/AnswerScenario.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QStringList kSyncOperations{u"OrdersCount"_s,
                                  u"OrderList"_s,
                                  u"Orders"_s,
                                  u"OrderLineItems"_s,
                                  u"OrderFulfillmentOrders"_s,
                                  u"FulfillmentOrderLineItems"_s,
                                  u"InventoryItems"_s};

// Follow-ups are answered for the order or fulfillment order they ask for, and only for it:
// an answer for another would be appended to the wrong order.
const QStringList kFollowUps{u"OrderLineItems"_s,
                             u"OrderFulfillmentOrders"_s,
                             u"FulfillmentOrderLineItems"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The Orders page without one order: what a reconciliation finds open.
QByteArray pageWithout(const QByteArray &body, const QString &orderId)
{
    QJsonObject page = jsonObject(body);
    QJsonObject data = page["data"_L1].toObject();
    QJsonObject orders = data["orders"_L1].toObject();
    QJsonArray nodes;
    for (const QJsonValue &node : orders["nodes"_L1].toArray()) {
        if (node["id"_L1].toString() != orderId)
            nodes.append(node);
    }
    orders["nodes"_L1] = nodes;
    data["orders"_L1] = orders;
    page["data"_L1] = data;
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

// The stored order that has this fulfillment order or fulfillment.
QString orderHaving(OrderBook &book, const QString &partId)
{
    QList<Order> orders;
    book.allOrders(&orders);
    for (const Order &order : std::as_const(orders)) {
        for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
            if (fo.id == partId)
                return order.id;
        }
        for (const Fulfillment &f : order.fulfillments) {
            if (f.id == partId)
                return order.id;
        }
    }
    return QString();
}

void collect(ShopScenario &scenario, AnswerOutcome *outcome)
{
    outcome->ran = true;
    outcome->rows = scenario.orders().rows();
    QStringList ids;
    for (const OrderSummary &row : std::as_const(outcome->rows)) {
        ids.append(row.id);
        outcome->readiness.insert(row.id, scenario.stock().readiness(row.id));
    }
    outcome->stockRows = scenario.stock().rows();
    const FulfillmentPlanner::Plan plan = scenario.fulfilment().planWhole(ids);
    for (const FulfillmentRequest &request : plan.requests)
        outcome->plan.append(
            u"%1 %2 %3"_s.arg(request.orderId, request.location.id).arg(request.itemCount()));
    for (const FulfillmentPlanner::Refusal &refusal : plan.refusals)
        outcome->plan.append(u"%1: %2"_s.arg(refusal.orderId).arg(int(refusal.reason)));
    outcome->plan.sort();
    QString ordersProblem;
    outcome->cliOrders = scenario.cliOrders(&ordersProblem);
    QString stockProblem;
    outcome->cliStock = scenario.cliStock(&stockProblem);
    outcome->cliProblem = ordersProblem.isEmpty() ? stockProblem : ordersProblem;
}

} // namespace

bool BaseAnswers::load(const QString &folder, QString *problem)
{
    m_folder = folder;
    const QString listPath = QDir(folder).filePath(u"answers.json"_s);
    const QJsonArray list = QJsonDocument::fromJson(readFile(listPath)).array();
    if (list.isEmpty()) {
        *problem = u"no answers listed in "_s + listPath;
        return false;
    }
    for (const QJsonValue &value : list) {
        const QJsonObject answer = value.toObject();
        const QString name = answer["name"_L1].toString();
        const QByteArray body = readFile(QDir(folder).filePath(answer["response"_L1].toString()));
        if (body.isEmpty()) {
            *problem = u"cannot read the answer "_s + name;
            return false;
        }
        m_order.append(name);
        m_operation.insert(name, answer["operation"_L1].toString());
        m_body.insert(name, body);
        m_variables.insert(name,
                           jsonObject(
                               readFile(QDir(folder).filePath(answer["variables"_L1].toString()))));
    }
    return true;
}

QString BaseAnswers::answerOf(const QString &operation) const
{
    for (const QString &name : m_order) {
        if (m_operation.value(name) == operation && !name.startsWith("order-after"_L1))
            return name;
    }
    return QString();
}

AnswerOutcome runAnswer(const BaseAnswers &base,
                        const QString &operation,
                        const QByteArray &body,
                        const QJsonObject &variables,
                        const QHash<QString, QByteArray> &others)
{
    AnswerOutcome outcome;
    ShopScenario scenario;
    if (!scenario.problem().isEmpty()) {
        outcome.problem = scenario.problem();
        return outcome;
    }
    // The base answers: the sync's, the connection test's, and the orders after each mutation
    // by id (what the outbox's check of an unknown outcome reads).
    for (const QString &name : base.names()) {
        const QString op = base.operationOf(name);
        if (name.startsWith("order-after"_L1) && !others.contains(u"Order"_s))
            scenario.serveFor(u"Order"_s,
                              u"id"_s,
                              jsonObject(base.body(name))["data"_L1]["order"_L1]["id"_L1].toString(),
                              base.body(name));
        else if (kFollowUps.contains(op) && op != operation)
            scenario.serveFor(op,
                              u"id"_s,
                              base.variables(name)["id"_L1].toString(),
                              others.value(op, base.body(name)));
        else if (kSyncOperations.contains(op) || op == "ConnectionCheck"_L1)
            scenario.serve(op, others.value(op, base.body(name)));
    }
    if (others.contains(u"Order"_s))
        scenario.serve(u"Order"_s, others.value(u"Order"_s));
    // Answers to operations no base answer covers (the shipments' follow-up read).
    QStringList baseOperations;
    for (const QString &name : base.names())
        baseOperations.append(base.operationOf(name));
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        if (!baseOperations.contains(it.key()))
            scenario.serve(it.key(), it.value());
    }

    if (operation == "ConnectionCheck"_L1) {
        scenario.serve(operation, body);
        outcome.ran = true;
        outcome.connection = scenario.testConnection();
        return outcome;
    }
    if (kSyncOperations.contains(operation)) {
        if (kFollowUps.contains(operation))
            scenario.serveFor(operation, u"id"_s, variables["id"_L1].toString(), body);
        else
            scenario.serve(operation, body);
        outcome.sync = scenario.sync(OrderSync::Mode::Full);
        if (outcome.sync.isOk())
            outcome.stock = scenario.readStock();
        collect(scenario, &outcome);
        return outcome;
    }

    // The rest starts from a store that holds the base answers' orders and stock.
    const SyncResult first = scenario.sync(OrderSync::Mode::Full);
    if (!first.isOk()) {
        outcome.problem = u"the first sync of the base answers failed: "_s + first.shopError.detail
                          + first.storeError.detail;
        return outcome;
    }
    scenario.readStock();

    if (operation == "Order"_L1) {
        const QString orderId = variables["id"_L1].toString();
        scenario.serve(u"Orders"_s,
                       pageWithout(others.value(u"Orders"_s, base.body(base.answerOf(u"Orders"_s))),
                                   orderId));
        scenario.serveFor(u"Order"_s, u"id"_s, orderId, body);
        outcome.sync = scenario.sync(OrderSync::Mode::Reconcile);
        if (outcome.sync.isOk())
            outcome.stock = scenario.readStock();
        collect(scenario, &outcome);
        return outcome;
    }

    scenario.serve(operation, body);
    qint64 entryId = 0;
    StoreError queued;
    if (operation == "FulfillmentCreate"_L1) {
        const QJsonObject fulfillment = variables["fulfillment"_L1].toObject();
        const QString foId
            = fulfillment["lineItemsByFulfillmentOrder"_L1][0]["fulfillmentOrderId"_L1].toString();
        const QString orderId = orderHaving(scenario.orders(), foId);
        const FulfillmentPlanner::Plan plan = scenario.fulfilment().planWhole({orderId});
        QList<qint64> ids;
        queued = scenario.fulfilment().fulfill(plan.requests, &ids);
        entryId = ids.value(0);
    } else if (operation == "FulfillmentTrackingInfoUpdate"_L1) {
        const QString fulfillmentId = variables["fulfillmentId"_L1].toString();
        const QJsonObject input = variables["trackingInfoInput"_L1].toObject();
        QStringList numbers;
        for (const QJsonValue &number : input["numbers"_L1].toArray())
            numbers.append(number.toString());
        const TrackingInput tracking = TrackingInput::withNumbers(input["company"_L1].toString(),
                                                                  numbers);
        queued = scenario.fulfilment().updateTracking(orderHaving(scenario.orders(), fulfillmentId),
                                                      fulfillmentId,
                                                      tracking,
                                                      NotifyCustomer::No,
                                                      &entryId);
    } else if (operation == "FulfillmentCancel"_L1) {
        const QString fulfillmentId = variables["id"_L1].toString();
        queued = scenario.fulfilment().cancelFulfillment(orderHaving(scenario.orders(),
                                                                     fulfillmentId),
                                                         fulfillmentId,
                                                         &entryId);
    } else {
        outcome.problem = u"no scenario for the operation "_s + operation;
        return outcome;
    }
    if (queued.isError() || entryId == 0) {
        outcome.problem = u"the work could not be queued: "_s + queued.detail;
        return outcome;
    }
    outcome.entry = scenario.sendOutbox(entryId);
    collect(scenario, &outcome);
    return outcome;
}
