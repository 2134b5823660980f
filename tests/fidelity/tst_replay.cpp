// The replay suite (issue 13): answers shaped as Shopify sends them, each with the operation
// and variables it answers and what the desk must make of it, in tests/fixtures/replay (the
// format is in its README.md). Every fixture is first checked with check-response, so the
// fixtures themselves are what Shopify could send; then it is served over HTTP on 127.0.0.1
// and fed through the client's whole path (AnswerScenario.h), and the expectation is checked
// against what staff would see: the sync's or the outbox's result, the orders and stock as
// smidig-cli prints them in JSON, the table's summaries and which orders can ship.

#include "tests/fidelity/AnswerScenario.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Where `actual` differs from what `expected` says of it: every member `expected` names must
// be there with that value (objects are compared member by member the same way, lists item
// by item and of the same length); members it does not name are not looked at.
void mismatches(const QJsonValue &expected,
                const QJsonValue &actual,
                const QString &path,
                QStringList *out)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!have.contains(it.key()))
                out->append(path + u'.' + it.key() + u": missing"_s);
            else
                mismatches(it.value(), have.value(it.key()), path + u'.' + it.key(), out);
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (want.size() != have.size()) {
            out->append(u"%1: %2 items, expected %3"_s.arg(path).arg(have.size()).arg(want.size()));
            return;
        }
        for (int i = 0; i < want.size(); ++i)
            mismatches(want.at(i), have.at(i), u"%1[%2]"_s.arg(path).arg(i), out);
        return;
    }
    if (expected != actual)
        out->append(u"%1: %2, expected %3"_s.arg(path, compact(actual), compact(expected)));
}

// The item of a JSON list whose members match every member of `key` (by id, name, ...).
QJsonValue findBy(const QJsonArray &list, const QJsonObject &key)
{
    for (const QJsonValue &item : list) {
        bool all = true;
        for (auto it = key.begin(); it != key.end(); ++it)
            all = all && item[it.key()] == it.value();
        if (all)
            return item;
    }
    return QJsonValue::Undefined;
}

QJsonObject identity(const QJsonObject &expected, const QStringList &keys)
{
    QJsonObject id;
    for (const QString &key : keys) {
        if (expected.contains(key))
            id.insert(key, expected.value(key));
    }
    return id;
}

QJsonObject summaryJson(const OrderSummary &s)
{
    return {{"id"_L1, s.id},
            {"name"_L1, s.name},
            {"customerName"_L1, s.customerName},
            {"email"_L1, s.email},
            {"itemCount"_L1, s.itemCount},
            {"skus"_L1, s.skus},
            {"trackingNumbers"_L1, s.trackingNumbers},
            {"locationNames"_L1, s.locationNames},
            {"customerHidden"_L1, s.customerHidden},
            {"test"_L1, s.test},
            {"unreadable"_L1, s.unreadable},
            {"awaitingRouting"_L1, s.awaitingRouting},
            {"pickup"_L1, s.pickup}};
}

QString readinessName(ShipReadiness readiness)
{
    switch (readiness) {
    case ShipReadiness::None:
        return u"None"_s;
    case ShipReadiness::CanShip:
        return u"CanShip"_s;
    case ShipReadiness::Partly:
        return u"Partly"_s;
    case ShipReadiness::Blocked:
        return u"Blocked"_s;
    }
    return QString();
}

QString entryStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
        return u"waiting"_s;
    case OutboxEntry::State::Ready:
        return u"ready"_s;
    case OutboxEntry::State::Sending:
        return u"sending"_s;
    case OutboxEntry::State::Unknown:
        return u"unknown"_s;
    case OutboxEntry::State::Failed:
        return u"failed"_s;
    case OutboxEntry::State::Done:
        return u"done"_s;
    }
    return QString();
}

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private:
    QString m_folder;
    BaseAnswers m_base;
    QStringList m_fixtures; // names: NAME.expect.json beside NAME.response.json

    QJsonObject expectation(const QString &name) const
    {
        return QJsonDocument::fromJson(readFile(QDir(m_folder).filePath(name + u".expect.json"_s)))
            .object();
    }

    // What the desk made of the answer, against what the fixture expects.
    QStringList check(const QJsonObject &expect, const AnswerOutcome &got, const AnswerOutcome &base)
    {
        QStringList problems;
        const QString operation = expect["operation"_L1].toString();
        const QString result = expect["result"_L1].toString();
        QString message;
        if (operation == "ConnectionCheck"_L1) {
            const QString actual = got.connection.error.isError()           ? u"fails"_s
                                   : got.connection.missingScopes.isEmpty() ? u"ok"_s
                                                                            : u"missing-scopes"_s;
            if (actual != result)
                problems.append(u"the connection test %1, expected %2 (%3)"_s
                                    .arg(actual, result, got.connection.error.detail));
            message = got.connection.error.userMessage();
        } else if (operation.startsWith("Fulfillment"_L1)
                   && operation != "FulfillmentOrderLineItems"_L1) {
            const QString actual = got.entry ? entryStateName(got.entry->state) : u"gone"_s;
            if (actual != result)
                problems.append(
                    u"the outbox entry is %1, expected %2 (%3)"_s
                        .arg(actual, result, got.entry ? got.entry->message : QString()));
            message = got.entry ? got.entry->message : QString();
        } else {
            const QString actual = got.sync.isOk() ? u"ok"_s : u"fails"_s;
            if (actual != result)
                problems.append(
                    u"the sync %1, expected %2 (%3 %4)"_s.arg(actual,
                                                              result,
                                                              got.sync.shopError.detail,
                                                              got.sync.storeError.detail));
            message = got.sync.userMessage();
            if (!got.sync.isOk()) {
                // Nothing half-done is stored: the orders are as before the sync.
                const qsizetype before = operation == "Order"_L1 ? base.rows.size() : 0;
                if (got.rows.size() != before)
                    problems.append(
                        u"a failed sync left %1 orders, expected %2"_s.arg(got.rows.size())
                            .arg(before));
            } else if (!got.stock.isOk()) {
                problems.append(u"the stock read failed: "_s + got.stock.shopError.detail
                                + got.stock.storeError.detail);
            }
        }
        if (expect.contains("error"_L1)) {
            const ShopifyError &error = got.sync.shopError.isError() ? got.sync.shopError
                                                                     : got.connection.error;
            if (error.kindName() != expect["error"_L1].toString())
                problems.append(
                    u"the error is %1, expected %2"_s.arg(error.kindName(),
                                                          expect["error"_L1].toString()));
        }
        if (expect.contains("message"_L1)
            && !message.contains(expect["message"_L1].toString(), Qt::CaseInsensitive))
            problems.append(
                u"the message \"%1\" does not say \"%2\""_s.arg(message,
                                                                expect["message"_L1].toString()));
        if (expect.contains("missingScopes"_L1))
            mismatches(expect["missingScopes"_L1],
                       QJsonArray::fromStringList(got.connection.missingScopes),
                       u"missingScopes"_s,
                       &problems);
        if (!got.cliProblem.isEmpty() && operation != "ConnectionCheck"_L1)
            problems.append(got.cliProblem);

        if (expect.contains("orderCount"_L1)
            && got.cliOrders.size() != expect["orderCount"_L1].toInt())
            problems.append(u"%1 orders, expected %2"_s.arg(got.cliOrders.size())
                                .arg(expect["orderCount"_L1].toInt()));
        for (const QJsonValue &value : expect["orders"_L1].toArray()) {
            const QJsonObject want = value.toObject();
            const QJsonObject key = identity(want, {u"id"_s, u"name"_s});
            const QJsonValue order = findBy(got.cliOrders, key);
            if (order.isUndefined())
                problems.append(u"no order "_s + compact(key));
            else
                mismatches(want, order, u"order "_s + compact(key), &problems);
        }
        for (const QJsonValue &value : expect["absentOrders"_L1].toArray()) {
            if (!findBy(got.cliOrders, {{"name"_L1, value}}).isUndefined()
                || !findBy(got.cliOrders, {{"id"_L1, value}}).isUndefined())
                problems.append(u"the order %1 is still there"_s.arg(value.toString()));
        }
        for (const QJsonValue &value : expect["stock"_L1].toArray()) {
            const QJsonObject want = value.toObject();
            const QJsonObject key = identity(want, {u"inventoryItemId"_s, u"locationId"_s});
            const QJsonValue row = findBy(got.cliStock, key);
            if (row.isUndefined())
                problems.append(u"no stock row "_s + compact(key));
            else
                mismatches(want, row, u"stock "_s + compact(key), &problems);
        }
        QJsonArray summaries;
        for (const OrderSummary &s : got.rows)
            summaries.append(summaryJson(s));
        for (const QJsonValue &value : expect["summaries"_L1].toArray()) {
            const QJsonObject want = value.toObject();
            const QJsonObject key = identity(want, {u"id"_s, u"name"_s});
            const QJsonValue summary = findBy(summaries, key);
            if (summary.isUndefined())
                problems.append(u"no table row "_s + compact(key));
            else
                mismatches(want, summary, u"table row "_s + compact(key), &problems);
        }
        const QJsonObject readiness = expect["readiness"_L1].toObject();
        for (auto it = readiness.begin(); it != readiness.end(); ++it) {
            QString actual = u"(no such order)"_s;
            for (const OrderSummary &s : got.rows) {
                if (s.name == it.key() || s.id == it.key())
                    actual = readinessName(got.readiness.value(s.id).readiness);
            }
            if (actual != it.value().toString())
                problems.append(
                    u"%1 is %2, expected %3"_s.arg(it.key(), actual, it.value().toString()));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        m_folder = SchemaTools::fixturePath(u"replay"_s);
        QString problem;
        QVERIFY2(m_base.load(SchemaTools::fixturePath(u"shopify-answers"_s), &problem),
                 qPrintable(problem));
        for (const QString &file :
             QDir(m_folder).entryList({u"*.expect.json"_s}, QDir::Files, QDir::Name))
            m_fixtures.append(file.chopped(int(qstrlen(".expect.json"))));
        QVERIFY2(!m_fixtures.isEmpty(), qPrintable(u"no fixtures in "_s + m_folder));

        // Every fixture is what Shopify could send for its operation and variables: checked
        // with check-response, all in one run of node (tests/fidelity/check-responses.mjs).
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QJsonArray list;
        for (const QString &name : std::as_const(m_fixtures)) {
            const QJsonObject expect = expectation(name);
            QVERIFY2(expect.contains("operation"_L1) && expect.contains("result"_L1),
                     qPrintable(name + u": needs \"operation\" and \"result\""_s));
            const QString document = expect.contains("document"_L1)
                                         ? expect["document"_L1].toString()
                                     : expect["operation"_L1].toString() == "InventoryItems"_L1
                                         ? u"core/shopify/operations/inventory.graphql"_s
                                     : expect["operation"_L1].toString() == "ConnectionCheck"_L1
                                         ? u"core/shopify/operations/connection.graphql"_s
                                         : u"core/shopify/operations/orders.graphql"_s;
            const QString variablesPath = work.filePath(name + u".variables.json"_s);
            QFile variables(variablesPath);
            QVERIFY(variables.open(QIODevice::WriteOnly));
            variables.write(QJsonDocument(expect["variables"_L1].toObject()).toJson());
            variables.close();
            list.append(
                QJsonObject{{"query"_L1, QDir(SchemaTools::sourceDir()).filePath(document)},
                            {"operation"_L1, expect["operation"_L1]},
                            {"response"_L1, QDir(m_folder).filePath(name + u".response.json"_s)},
                            {"variables"_L1, variablesPath}});
            const QJsonObject others = expect["others"_L1].toObject();
            for (auto it = others.begin(); it != others.end(); ++it) {
                const QJsonObject other = it.value().toObject();
                const QString otherVariables = work.filePath(name + u'.' + it.key()
                                                             + u".variables.json"_s);
                QFile file(otherVariables);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QJsonDocument(other["variables"_L1].toObject()).toJson());
                file.close();
                list.append(QJsonObject{{"query"_L1,
                                         QDir(SchemaTools::sourceDir())
                                             .filePath(u"core/shopify/operations/orders.graphql"_s)},
                                        {"operation"_L1, it.key()},
                                        {"response"_L1,
                                         QDir(m_folder).filePath(other["response"_L1].toString())},
                                        {"variables"_L1, otherVariables}});
            }
        }
        const QString listPath = work.filePath(u"fixtures.json"_s);
        QFile listFile(listPath);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(QJsonDocument(list).toJson());
        listFile.close();
        const QString shared = SchemaTools::sharedDir();
        QProcess node;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NODE_PATH"_s, QDir(shared).filePath(u"tools/node_modules"_s));
        node.setProcessEnvironment(environment);
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(u"node"_s,
                   {QDir(SchemaTools::sourceDir()).filePath(u"tests/fidelity/check-responses.mjs"_s),
                    QDir(shared).filePath(u"tools/check-response.mjs"_s),
                    QDir(shared).filePath(u"shopify/admin-2026-01.graphql"_s),
                    listPath});
        QVERIFY2(node.waitForFinished(300000), "check-responses.mjs did not finish");
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(output));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : std::as_const(m_fixtures))
            QTest::newRow(qPrintable(name)) << name;
    }

    void replay()
    {
        QFETCH(QString, name);
        const QJsonObject expect = expectation(name);
        const QString operation = expect["operation"_L1].toString();
        QHash<QString, QByteArray> others;
        const QJsonObject extra = expect["others"_L1].toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            others.insert(it.key(),
                          readFile(QDir(m_folder).filePath(
                              it.value().toObject()["response"_L1].toString())));
        const QByteArray body = readFile(QDir(m_folder).filePath(name + u".response.json"_s));
        QVERIFY(!body.isEmpty());
        const QJsonObject variables = expect["variables"_L1].toObject();
        const AnswerOutcome got = runAnswer(m_base, operation, body, variables, others);
        QVERIFY2(got.ran, qPrintable(got.problem));
        // A failed reconciliation is compared with the store before it.
        AnswerOutcome before;
        if (operation == "Order"_L1 && expect["result"_L1].toString() == "fails"_L1)
            before = runAnswer(m_base, u"Orders"_s, m_base.body(m_base.answerOf(u"Orders"_s)), {});
        const QStringList problems = check(expect, got, before);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
