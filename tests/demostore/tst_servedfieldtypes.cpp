// The types the demo store tells its executor (for GraphQL's rule that a field error nulls
// the nearest field that may be null) are Shopify's: each listed field has the type Shopify's
// schema gives it, and every field of every object the store answers with is listed.

#include "core/demostore/DataGenerator.h"
#include "core/demostore/ServedFieldTypes.h"
#include "core/demostore/StoreJson.h"
#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace demostore;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-01-31T12:00:00Z"), Qt::ISODate);

// The fields of the schema's object and interface types: "Order" -> {"customer": "Customer"}.
// Enough of SDL for that: descriptions and arguments are skipped.
QHash<QString, QHash<QString, QString>> schemaFields()
{
    QFile file(
        QDir(SchemaTools::sharedDir()).filePath(QStringLiteral("shopify/admin-2026-01.graphql")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression blockStrings(QStringLiteral("\"\"\"[\\s\\S]*?\"\"\""));
    static const QRegularExpression strings(QStringLiteral("\"[^\"\\n]*\""));
    text.remove(blockStrings);
    text.remove(strings);
    QHash<QString, QHash<QString, QString>> types;
    static const QRegularExpression typeStart(QStringLiteral(
                                                  "^(?:type|interface) (\\w+)[^{\\n]*\\{"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression field(QStringLiteral("^\\s*(\\w+)\\s*:\\s*([\\[\\]\\w!]+)"));
    auto it = typeStart.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        // The body without arguments: nothing between parentheses.
        QString body;
        int depth = 0;
        for (qsizetype i = match.capturedEnd(); i < text.size() && text[i] != u'}'; ++i) {
            if (text[i] == u'(')
                ++depth;
            else if (text[i] == u')')
                --depth;
            else if (depth == 0)
                body += text[i];
        }
        QHash<QString, QString> &fields = types[match.captured(1)];
        for (const QString &line : body.split(u'\n')) {
            const auto f = field.match(line);
            if (f.hasMatch())
                fields.insert(f.captured(1), f.captured(2));
        }
    }
    return types;
}

// Every (type, field) of the objects in a JSON tree that name their type.
void collectFields(const QJsonValue &value, QSet<QPair<QString, QString>> *fields)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectFields(element, fields);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString type = object.value(QStringLiteral("__typename")).toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!type.isEmpty() && it.key() != u"__typename")
            fields->insert({type, it.key()});
        collectFields(it.value(), fields);
    }
}

} // namespace

class TestServedFieldTypes final : public QObject
{
    Q_OBJECT

private slots:
    void agreeWithShopifysSchema();
    void coverEveryFieldTheStoreAnswers();
};

void TestServedFieldTypes::agreeWithShopifysSchema()
{
    const auto schema = schemaFields();
    QVERIFY2(schema.value(QStringLiteral("Order")).value(QStringLiteral("lineItems"))
                 == u"LineItemConnection!",
             "the schema was not read");
    const graphql::FieldTypes served = ServedFieldTypes::all();
    int count = 0;
    for (auto type = served.all().cbegin(); type != served.all().cend(); ++type) {
        for (auto field = type->cbegin(); field != type->cend(); ++field, ++count) {
            const QString where = type.key() + u'.' + field.key();
            QVERIFY2(schema.value(type.key()).contains(field.key()), qPrintable(where));
            QCOMPARE(field->toString(), schema.value(type.key()).value(field.key()));
        }
    }
    QVERIFY(count > 200);
}

void TestServedFieldTypes::coverEveryFieldTheStoreAnswers()
{
    // Every shape the generator makes, as the store writes it.
    const StoreData data = DataGenerator::generate(1, 300, kNow);
    StoreJson json(data);
    QSet<QPair<QString, QString>> fields;
    collectFields(json.shop(), &fields);
    for (int o = 0; o < data.orders.size(); ++o) {
        const Order &order = data.orders[o];
        collectFields(json.order(order), &fields);
        for (int f = 0; f < order.fulfillmentOrders.size(); ++f)
            collectFields(json.fulfillmentOrder(order, f, true), &fields);
        for (int f = 0; f < order.fulfillments.size(); ++f)
            collectFields(json.fulfillment(order, f, true), &fields);
    }
    for (int v = 0; v < data.variants.size(); ++v)
        collectFields(json.inventoryItem(v), &fields);
    QVERIFY(fields.size() > 150);
    const graphql::FieldTypes served = ServedFieldTypes::all();
    QStringList missing;
    for (const auto &[type, field] : std::as_const(fields)) {
        if (!served.contains(type, field))
            missing.append(type + u'.' + field);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestServedFieldTypes)
#include "tst_servedfieldtypes.moc"
