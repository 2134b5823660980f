#pragma once

#include "tests/fidelity/ShopScenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The rich answers captured from the demo store (tests/fixtures/shopify-answers, written by
// tests/fidelity/capture-base-answers.py): one per operation the app sends, and the orders as
// they are after each mutation.
class BaseAnswers final
{
public:
    // Reads answers.json and every answer it lists; false (with the reason) if one is missing.
    bool load(const QString &folder, QString *problem);

    QString folder() const { return m_folder; }
    QStringList names() const { return m_order; }
    QString operationOf(const QString &name) const { return m_operation.value(name); }
    QByteArray body(const QString &name) const { return m_body.value(name); }
    QJsonObject variables(const QString &name) const { return m_variables.value(name); }
    // The answer the desk gets for an operation in normal work.
    QString answerOf(const QString &operation) const;

private:
    QString m_folder;
    QStringList m_order;
    QHash<QString, QString> m_operation;
    QHash<QString, QByteArray> m_body;
    QHash<QString, QJsonObject> m_variables;
};

// What a desk made of one answer: the sync's or the outbox's result, the orders and their
// readiness, the stock, what could be fulfilled, and smidig-cli's JSON of it all.
struct AnswerOutcome
{
    bool ran = false; // the scenario got as far as the answer
    QString problem;  // why not
    SyncResult sync;  // the scenario's last sync
    InventorySyncResult stock;
    std::optional<OutboxEntry> entry;
    ConnectionTester::Report connection;
    QList<OrderSummary> rows;
    QHash<QString, OrderReadiness> readiness;
    QList<StockRow> stockRows;
    QStringList plan; // "order location units" per request, "order: reason" per refusal
    QJsonArray cliOrders;
    QJsonArray cliStock;
    QString cliProblem;
};

// Feeds one answer to an operation through the desk, as staff would meet it:
//  - the sync's queries (OrdersCount, Orders, the follow-ups, InventoryItems): a first full
//    sync and stock read of the base answers with this answer in the operation's place;
//  - Order: a reconciliation after that first sync, in which the shop no longer lists the
//    order (`variables.id`) as open, so it is read by id and gets this answer;
//  - the three mutations: after that first sync, the outbox sends the work the variables
//    describe (planned whole for FulfillmentCreate, the fulfillment's tracking or its
//    cancellation) and gets this answer; its check reads the base's orders afterwards;
//  - ConnectionCheck: the connect dialog's test.
// `others` replace base answers of other operations (by operation name) for this run.
AnswerOutcome runAnswer(const BaseAnswers &base,
                        const QString &operation,
                        const QByteArray &body,
                        const QJsonObject &variables,
                        const QHash<QString, QByteArray> &others = {});
