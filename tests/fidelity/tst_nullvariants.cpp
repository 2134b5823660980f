// The schema-driven null test (issue 13, point 1). From Shopify's schema, for every operation
// the app sends, tests/fidelity/null-variants.mjs writes answers in which each field the
// schema lets be null is null in turn (everywhere it occurs) and each list in turn is empty,
// starting from rich answers captured from the demo store (tests/fixtures/shopify-answers),
// and checks every one of them with check-response. Each variant is then served over HTTP on
// 127.0.0.1 in place of the base answer, and the desk goes through what staff do with it:
// the sync into a real SQLite store, the stock read and analysis, planning and sending
// fulfilments through the outbox, the connection test, and smidig-cli's `orders` and `stock`
// as JSON on the resulting store. What a user would see is compared with what the base
// answer gives: the same orders with their other fields intact, and the null shown as decided
// (the decisions are written down in checkDecision below and in docs/shopify-fidelity.md).

#include "tests/fidelity/AnswerScenario.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kSyncOperations{u"OrdersCount"_s,
                                  u"Orders"_s,
                                  u"OrderLineItems"_s,
                                  u"OrderFulfillmentOrders"_s,
                                  u"FulfillmentOrderLineItems"_s,
                                  u"InventoryItems"_s};
const QStringList kMutations{u"FulfillmentCreate"_s,
                             u"FulfillmentTrackingInfoUpdate"_s,
                             u"FulfillmentCancel"_s};

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The value at a dotted path of a JSON answer ("data.orders.nodes.3.customer").
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &step : path.split(u'.')) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
    }
    return value;
}

QString parentPath(const QString &path)
{
    return path.left(std::max<qsizetype>(0, path.lastIndexOf(u'.')));
}

// A place's name as the CLI's JSON shows it: the field, or for a connection's `nodes` the
// connection's field ("lineItems"); the root list ("orders", "nodes") is the CLI's root.
QString shownKey(const QString &place)
{
    QStringList steps = place.split(u'.');
    steps.removeFirst(); // "data"
    steps.removeIf([](const QString &step) {
        bool isIndex = false;
        step.toInt(&isIndex);
        return isIndex;
    });
    if (!steps.isEmpty() && steps.last() == "nodes"_L1)
        steps.removeLast();
    if (steps.size() <= 1)
        return QString();
    return steps.last();
}

// Lists that hold things with ids become objects keyed by id ("#gid://..."), stock rows by
// item and location, so a difference is found at the field that differs, not at every later
// position of a list that got shorter or sorted differently.
QJsonValue keyed(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(it.key(), keyed(it.value()));
        return result;
    }
    if (!value.isArray())
        return value;
    const QJsonArray array = value.toArray();
    QJsonObject byKey;
    bool keyable = !array.isEmpty();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        QString key = object.value("id"_L1).toString();
        if (key.isEmpty() && object.contains("inventoryItemId"_L1))
            key = object.value("inventoryItemId"_L1).toString() + u'|'
                  + object.value("locationId"_L1).toString();
        if (key.isEmpty() || byKey.contains(u'#' + key)) {
            keyable = false;
            break;
        }
        byKey.insert(u'#' + key, keyed(item));
    }
    if (keyable)
        return byKey;
    QJsonObject byIndex;
    for (int i = 0; i < array.size(); ++i)
        byIndex.insert(u"#%1"_s.arg(i, 4, 10, QChar(u'0')), keyed(array.at(i)));
    return byIndex;
}

// The paths where two JSON documents differ, as deep as they both go.
void differences(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const QString at = path.isEmpty() ? key : path + u'.' + key;
            if (!x.contains(key) || !y.contains(key))
                out->append(at);
            else
                differences(x.value(key), y.value(key), at, out);
        }
        return;
    }
    if (a != b)
        out->append(path);
}

// The field a difference is in: its last step that is not a list position or an id.
QString fieldOf(const QString &path)
{
    const QStringList steps = path.split(u'.');
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!it->startsWith(u'#'))
            return *it;
    }
    return QString();
}

// Differences between the base's and the variant's JSON that the variant does not explain:
// a field the variant made null (or empty) may only have become null (or empty) in `nulled`,
// and may change any way in `follows` (what follows from it, such as the risk).
QStringList unexplained(const QJsonArray &base,
                        const QJsonArray &variant,
                        const QSet<QString> &nulled,
                        const QSet<QString> &follows)
{
    QStringList found;
    differences(keyed(base), keyed(variant), QString(), &found);
    QStringList result;
    const QJsonValue after = keyed(variant);
    for (const QString &path : std::as_const(found)) {
        const QString field = fieldOf(path);
        const QJsonValue now = valueAt(after, path);
        const bool emptied = now.isNull() || (now.isObject() && now.toObject().isEmpty())
                             || (now.isArray() && now.toArray().isEmpty())
                             || now.isUndefined(); // an item of a list that went
        if (!follows.contains(field) && !(nulled.contains(field) && emptied))
            result.append(
                path + u": "_s
                + QString::fromUtf8(QJsonDocument(QJsonArray{valueAt(keyed(base), path)})
                                        .toJson(QJsonDocument::Compact))
                + u" became "_s
                + QString::fromUtf8(QJsonDocument(QJsonArray{valueAt(keyed(variant), path)})
                                        .toJson(QJsonDocument::Compact)));
    }
    return result;
}

// How far stock holds an order back: not at all (it can ship, or nothing is said), partly,
// wholly.
int heldBack(ShipReadiness readiness)
{
    switch (readiness) {
    case ShipReadiness::CanShip:
    case ShipReadiness::None:
        return 0;
    case ShipReadiness::Partly:
        return 1;
    case ShipReadiness::Blocked:
        return 2;
    }
    return 3;
}

using Outcome = AnswerOutcome;

struct Variant
{
    QString answer;
    QString operation;
    QString coordinate;
    QString kind;
    QString file;
    QStringList places;
};

} // namespace

class TestNullVariants final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_variantsDir;
    BaseAnswers m_base;
    QList<Variant> m_variants;
    QHash<QString, Outcome> m_baselines; // scenario (base answer, or "sync") -> outcome
    QHash<QString, int> m_variantsPerOperation;
    QHash<QString, QStringList> m_failedPerOperation;

    Outcome run(const QString &answer, const QByteArray &body) const
    {
        return runAnswer(m_base, m_base.operationOf(answer), body, m_base.variables(answer));
    }

    QString scenarioOf(const QString &answer) const
    {
        return kSyncOperations.contains(m_base.operationOf(answer)) ? u"sync"_s : answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_variantsDir.isValid());
        QString problem;
        QVERIFY2(m_base.load(SchemaTools::fixturePath(u"shopify-answers"_s), &problem),
                 qPrintable(problem));
        const QString answersFile = QDir(m_base.folder()).filePath(u"answers.json"_s);

        // The variants, written from the schema and each checked with check-response.
        const QString shared = SchemaTools::sharedDir();
        QProcess node;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NODE_PATH"_s, QDir(shared).filePath(u"tools/node_modules"_s));
        node.setProcessEnvironment(environment);
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(u"node"_s,
                   {QDir(SchemaTools::sourceDir()).filePath(u"tests/fidelity/null-variants.mjs"_s),
                    u"--schema"_s,
                    QDir(shared).filePath(u"shopify/admin-2026-01.graphql"_s),
                    u"--source"_s,
                    SchemaTools::sourceDir(),
                    u"--answers"_s,
                    answersFile,
                    u"--out"_s,
                    m_variantsDir.path(),
                    u"--check-response"_s,
                    QDir(shared).filePath(u"tools/check-response.mjs"_s)});
        QVERIFY2(node.waitForFinished(600000), "null-variants.mjs did not finish");
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(output));
        qInfo().noquote() << output.trimmed();

        const QJsonObject manifest = jsonObject(
            readFile(QDir(m_variantsDir.path()).filePath(u"manifest.json"_s)));
        for (const QJsonValue &value : manifest["variants"_L1].toArray()) {
            const QJsonObject v = value.toObject();
            Variant variant{v["answer"_L1].toString(),
                            v["operation"_L1].toString(),
                            v["coordinate"_L1].toString(),
                            v["kind"_L1].toString(),
                            v["file"_L1].toString(),
                            {}};
            for (const QJsonValue &place : v["places"_L1].toArray())
                variant.places.append(place.toString());
            m_variants.append(variant);
        }
        // Every operation the app sends has answers whose nulls it must survive.
        for (const QString &operation :
             kSyncOperations + kMutations + QStringList{u"Order"_s, u"ConnectionCheck"_s}) {
            const bool covered = std::any_of(m_variants.cbegin(),
                                             m_variants.cend(),
                                             [&operation](const Variant &v) {
                                                 return v.operation == operation;
                                             });
            QVERIFY2(covered, qPrintable(u"no variant of "_s + operation));
        }

        // What the base answers themselves give, to compare each variant with.
        for (const Variant &variant : std::as_const(m_variants)) {
            const QString scenario = scenarioOf(variant.answer);
            if (m_baselines.contains(scenario))
                continue;
            const Outcome base = run(variant.answer, m_base.body(variant.answer));
            QVERIFY2(base.ran, qPrintable(scenario + u": "_s + base.problem));
            QVERIFY2(base.cliProblem.isEmpty(), qPrintable(base.cliProblem));
            // The base answers themselves go through cleanly.
            if (kMutations.contains(variant.operation))
                QVERIFY2(base.entry && base.entry->state == OutboxEntry::State::Done,
                         qPrintable(scenario));
            else if (variant.operation == "ConnectionCheck"_L1)
                QVERIFY2(base.connection.isOk(), qPrintable(base.connection.error.detail));
            else
                QVERIFY2(base.sync.isOk() && base.stock.isOk(),
                         qPrintable(scenario + u": "_s + base.sync.shopError.detail
                                    + base.stock.shopError.detail + base.stock.storeError.detail));
            m_baselines.insert(scenario, base);
        }
        const Outcome &sync = m_baselines.value(u"sync"_s);
        QVERIFY2(sync.sync.isOk(), qPrintable(sync.sync.shopError.detail));
        QVERIFY2(sync.stock.isOk(),
                 qPrintable(sync.stock.shopError.detail + sync.stock.storeError.detail));
        QCOMPARE(sync.rows.size(),
                 jsonObject(
                     m_base.body(m_base.answerOf(u"Orders"_s)))["data"_L1]["orders"_L1]["nodes"_L1]
                     .toArray()
                     .size());
        QVERIFY(!sync.stockRows.isEmpty());
        QVERIFY(!sync.cliOrders.isEmpty());
        QVERIFY(!sync.cliStock.isEmpty());
    }

    void variant_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_variants.size(); ++i) {
            const Variant &v = m_variants.at(i);
            QTest::newRow(qPrintable(u"%1 %2 %3"_s.arg(v.answer, v.coordinate, v.kind))) << i;
        }
    }

    void variant()
    {
        QFETCH(int, index);
        const Variant &v = m_variants.at(index);
        const QByteArray body = readFile(QDir(m_variantsDir.path()).filePath(v.file));
        QVERIFY(!body.isEmpty());
        ++m_variantsPerOperation[v.operation];
        // Counted as failed until every check below has passed.
        m_failedPerOperation[v.operation].append(v.coordinate + u' ' + v.kind);
        const Outcome base = m_baselines.value(scenarioOf(v.answer));
        const Outcome got = run(v.answer, body);
        QVERIFY2(got.ran, qPrintable(u"the scenario did not get to the variant: "_s + got.problem));
        checkDecision(v, jsonObject(body), base, got);
        if (!QTest::currentTestFailed())
            m_failedPerOperation[v.operation].removeLast();
    }

    void cleanupTestCase()
    {
        QStringList operations = m_variantsPerOperation.keys();
        operations.sort();
        for (const QString &operation : std::as_const(operations)) {
            const QStringList failed = m_failedPerOperation.value(operation);
            qInfo().noquote() << u"%1: %2 variants, %3 failed%4"_s.arg(operation)
                                     .arg(m_variantsPerOperation.value(operation))
                                     .arg(failed.size())
                                     .arg(failed.isEmpty() ? QString()
                                                           : u" ("_s + failed.join(u", "_s) + u')');
        }
    }

private:
    // What staff see when Shopify sends this null or empty list; everything else must be as
    // the base answer gave it.
    void checkDecision(const Variant &v,
                       const QJsonObject &answer,
                       const Outcome &base,
                       const Outcome &got);
};

void TestNullVariants::checkDecision(const Variant &v,
                                     const QJsonObject &answer,
                                     const Outcome &base,
                                     const Outcome &got)
{
    const QString &c = v.coordinate;
    const bool isNull = v.kind == "null"_L1;

    // The connection test: only the granted scopes can be left out.
    if (v.operation == "ConnectionCheck"_L1) {
        QVERIFY2(!got.connection.error.isError(), qPrintable(got.connection.error.detail));
        QCOMPARE(got.connection.shopName, base.connection.shopName);
        // No scope granted: every scope Smidig needs is missing, and the desk says which.
        QVERIFY(got.connection.grantedScopes.isEmpty());
        QCOMPARE(got.connection.missingScopes,
                 (QStringList{u"read_orders"_s,
                              u"read_merchant_managed_fulfillment_orders"_s,
                              u"write_merchant_managed_fulfillment_orders"_s,
                              u"read_third_party_fulfillment_orders"_s,
                              u"read_inventory"_s,
                              u"read_locations"_s,
                              u"read_products"_s}));
        QVERIFY(!got.connection.isOk());
        return;
    }

    // Answers that cannot be used: the request fails as a bad answer and nothing is stored.
    bool unusable = false;
    if (c == "PageInfo.endCursor"_L1) {
        // A cursor missing where the page says there is more: the rest cannot be asked for.
        for (const QString &place : v.places)
            unusable = unusable || valueAt(answer, parentPath(place))["hasNextPage"_L1].toBool();
    }
    // A follow-up for an order or fulfillment order that went between two requests: the
    // sync fails and the next one reads it afresh (a half-read order is never stored).
    if ((c == "QueryRoot.order"_L1 && v.operation != "Order"_L1)
        || c == "QueryRoot.fulfillmentOrder"_L1)
        unusable = true;
    if (unusable) {
        QVERIFY(!got.sync.isOk());
        QCOMPARE(got.sync.shopError.kind, ShopifyError::Kind::BadResponse);
        QVERIFY2(got.sync.userMessage().startsWith(
                     u"The shop sent an answer Smidig does not understand, so nothing was changed."_s),
                 qPrintable(got.sync.userMessage()));
        QVERIFY2(got.rows.isEmpty(), "a failed first sync stored orders");
        QVERIFY2(got.cliProblem.isEmpty(), qPrintable(got.cliProblem));
        QVERIFY(got.cliOrders.isEmpty());
        return;
    }

    if (!v.operation.startsWith("Fulfillment"_L1) || v.operation == "FulfillmentOrderLineItems"_L1) {
        QVERIFY2(got.sync.isOk(),
                 qPrintable(got.sync.userMessage() + u": "_s + got.sync.shopError.detail
                            + got.sync.storeError.detail));
        QVERIFY2(got.stock.isOk(),
                 qPrintable(u"stock: "_s + got.stock.shopError.detail
                            + got.stock.storeError.detail));
    } else {
        // The mutation's answer, or when it says nothing usable the outbox's check of the
        // order, settles the entry: the work is done either way.
        QVERIFY(got.entry.has_value());
        QVERIFY2(got.entry->state == OutboxEntry::State::Done,
                 qPrintable(
                     u"entry is %1: %2"_s.arg(int(got.entry->state)).arg(got.entry->message)));
    }
    QVERIFY2(got.cliProblem.isEmpty(), qPrintable(got.cliProblem));

    // The CLI's JSON differs from the base's only where the variant did, and there it keeps
    // Shopify's null (or empty list).
    QSet<QString> nulledOrderKeys;
    QSet<QString> nulledStockKeys;
    for (const QString &place : v.places) {
        if (v.operation == "InventoryItems"_L1)
            nulledStockKeys.insert(shownKey(place));
        else
            nulledOrderKeys.insert(shownKey(place));
    }
    QSet<QString> orderKeys; // what may change any way
    QSet<QString> stockKeys;
    // An address without a name is written as no address: the store keeps only the name.
    if (c == "MailingAddress.name"_L1)
        nulledOrderKeys.insert(u"shippingAddress"_s);
    // A line without a variant has no barcode either: JSON says "barcode": null.
    if (c == "LineItem.variant"_L1)
        nulledOrderKeys.insert(u"barcode"_s);
    // A mutation's answer without the order: the outbox's check reads the order instead, and
    // the store ends as the full answer leaves it.
    if (c.startsWith("Mutation."_L1) || c.endsWith("Payload.fulfillment"_L1))
        nulledOrderKeys.clear();
    // Changes that follow from the null: what the open orders need where, and so the risk
    // and the title the orders give an item.
    const QSet<QString> demand{u"demand"_s, u"risk"_s, u"title"_s, QString()};
    if (c == "LineItem.variant"_L1 || c == "LineItemConnection.nodes"_L1
        || c == "FulfillmentOrderConnection.nodes"_L1
        || c == "FulfillmentOrderLineItemConnection.nodes"_L1
        || c == "FulfillmentOrderAssignedLocation.location"_L1 || c == "OrderConnection.nodes"_L1
        || c == "QueryRoot.order"_L1 || c == "Order.cancelledAt"_L1)
        stockKeys.unite(demand);
    if (c == "InventoryItem.variants"_L1 || c == "ProductVariantConnection.nodes"_L1)
        stockKeys.unite({u"inventoryPolicy"_s, u"risk"_s});
    // No quantities, or no level at all: the numbers are zero where orders still want it.
    if (c == "InventoryLevel.quantities"_L1 || c == "InventoryLevelConnection.nodes"_L1)
        stockKeys.unite({u"available"_s, u"committed"_s, u"onHand"_s, u"incoming"_s, u"risk"_s});
    if (c == "InventoryLevelConnection.nodes"_L1 || c == "QueryRoot.nodes"_L1)
        stockKeys.insert(QString());
    if (c == "QueryRoot.order"_L1)
        orderKeys.insert(QString());
    // When a fulfilment was made (its packing record) is each run's own moment.
    orderKeys.insert(u"at"_s);
    const QStringList orderProblems
        = unexplained(base.cliOrders, got.cliOrders, nulledOrderKeys, orderKeys);
    QVERIFY2(orderProblems.isEmpty(), qPrintable(u"orders: "_s + orderProblems.join(u"; "_s)));
    const QStringList stockProblems
        = unexplained(base.cliStock, got.cliStock, nulledStockKeys, stockKeys);
    QVERIFY2(stockProblems.isEmpty(), qPrintable(u"stock: "_s + stockProblems.join(u"; "_s)));

    // Every order is still there (the lists emptied at the root aside).
    if (c != "OrderConnection.nodes"_L1 && c != "QueryRoot.order"_L1)
        QCOMPARE(got.rows.size(), base.rows.size());

    // Which orders can ship: unchanged unless the null is about stock or where it ships
    // from; an item that cannot be counted (no variant, not read) never holds an order back.
    const bool readinessMayChange = stockKeys.contains(u"risk"_s) || stockKeys.contains(QString())
                                    || c == "FulfillmentOrder.supportedActions"_L1
                                    || c == "Location.fulfillmentService"_L1
                                    || c == "FulfillmentOrder.fulfillmentHolds"_L1
                                    || c == "Order.cancelledAt"_L1;
    const bool onlyBetter = c == "LineItem.variant"_L1 || c == "QueryRoot.nodes"_L1;
    for (auto it = base.readiness.cbegin(); it != base.readiness.cend(); ++it) {
        if (!got.readiness.contains(it.key()))
            continue;
        const ShipReadiness now = got.readiness.value(it.key()).readiness;
        if (onlyBetter)
            QVERIFY2(heldBack(now) <= heldBack(it.value().readiness), qPrintable(it.key()));
        else if (!readinessMayChange)
            QCOMPARE(int(now), int(it.value().readiness));
    }
    // What can be fulfilled: the same, unless the null is about the fulfillment orders.
    const bool planMayChange = c.startsWith("FulfillmentOrder"_L1)
                               || c == "Location.fulfillmentService"_L1
                               || c == "LineItemConnection.nodes"_L1
                               || c == "OrderConnection.nodes"_L1 || c == "QueryRoot.order"_L1
                               || c == "Order.cancelledAt"_L1;
    if (!planMayChange && !v.operation.startsWith("Fulfillment"_L1))
        QCOMPARE(got.plan, base.plan);

    // The decisions, one by one.
    auto rowOf = [&got](const QString &id) -> const OrderSummary * {
        for (const OrderSummary &row : got.rows) {
            if (row.id == id)
                return &row;
        }
        return nullptr;
    };
    if (c == "Order.customer"_L1 && isNull) {
        // No customer (a guest checkout): the table shows the ship-to name instead.
        for (const QString &place : v.places) {
            const QJsonObject order = valueAt(answer, parentPath(place)).toObject();
            const OrderSummary *row = rowOf(order["id"_L1].toString());
            QVERIFY(row);
            QCOMPARE(row->customerName, order["shippingAddress"_L1]["name"_L1].toString());
        }
    }
    if (c == "Order.email"_L1 && isNull) {
        for (const QString &place : v.places) {
            const OrderSummary *row = rowOf(valueAt(answer, parentPath(place))["id"_L1].toString());
            QVERIFY(row);
            QVERIFY(row->email.isEmpty());
            QVERIFY(!row->customerName.isEmpty()); // the customer still shows
        }
    }
    if (c == "FulfillmentOrder.supportedActions"_L1) {
        // Nothing Shopify does not offer is planned.
        for (const QString &line : got.plan)
            QVERIFY2(line.contains(u':'),
                     qPrintable(u"planned without CREATE_FULFILLMENT: "_s + line));
    }
    if (c == "InventoryItem.sku"_L1) {
        // The stock rows stay, each with its numbers and risk; JSON says "sku": null, and an
        // item open orders need goes by the title they give it.
        QCOMPARE(got.stockRows.size(), base.stockRows.size());
        int withoutSku = 0;
        for (const QJsonValue &row : got.cliStock) {
            if (!row["sku"_L1].isNull())
                continue;
            ++withoutSku;
            if (row["demand"_L1].toInt() > 0)
                QVERIFY(!row["title"_L1].toString().isEmpty());
        }
        QVERIFY(withoutSku > 0);
    }
    if (c == "FulfillmentOrderAssignedLocation.location"_L1) {
        // What a fulfillment order at a location Shopify no longer has needs is matched
        // against no location's stock: no row of "no location" stands for it.
        for (const StockRow &row : got.stockRows)
            QVERIFY2(!row.level.locationId.isEmpty() || row.demand == 0,
                     qPrintable(row.level.inventoryItemId));
    }
    if (c == "QueryRoot.order"_L1 && v.operation == "Order"_L1) {
        // The shop no longer has the order: it leaves the local store.
        const QString id = m_base.variables(v.answer)["id"_L1].toString();
        QVERIFY(!rowOf(id));
    }
}

QTEST_GUILESS_MAIN(TestNullVariants)
#include "tst_nullvariants.moc"
