#include "demostore/DemoStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// smidig-cli run as a script would run it: its output, its messages and its exit codes.
class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A home of its own: nothing of the developer's leaks in, nothing of the test leaks out.
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.remove(u"SMIDIG_ACCESS_TOKEN"_s);
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMIDIG_CLI_PATH), arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The unfulfilled orders of the demo store the CLI starts (same seed and size).
    static QSet<QString> demoOrderIds(const QString &status)
    {
        demostore::DemoStoreConfig config;
        demostore::DemoStore store(config);
        QSet<QString> ids;
        for (int i = 0; i < store.data().orders.size(); ++i) {
            const QJsonObject order = store.orderJson(i);
            if (order[u"displayFulfillmentStatus"].toString() == status)
                ids.insert(order[u"id"].toString());
        }
        return ids;
    }

private slots:
    void printsExactlyTheDemoStoresUnfulfilledOrdersAsJson()
    {
        const Run result = run({u"--demo"_s, u"orders"_s, u"--status"_s, u"unfulfilled"_s, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        QSet<QString> ids;
        for (const QJsonValue &order : document.array()) {
            QCOMPARE(order[u"displayFulfillmentStatus"].toString(), u"UNFULFILLED"_s);
            QVERIFY(order[u"name"].toString().startsWith(u'#'));
            QVERIFY(order[u"id"].toString().startsWith(u"gid://shopify/Order/"_s));
            QVERIFY(!order[u"createdAt"].toString().isEmpty());
            const QJsonArray lines = order[u"lineItems"].toArray();
            QVERIFY(!lines.isEmpty());
            for (const QJsonValue &line : lines) {
                QVERIFY(line[u"quantity"].toInt() > 0);
                QVERIFY(line[u"unfulfilledQuantity"].isDouble());
                QVERIFY(line.toObject().contains(u"sku"_s));
            }
            ids.insert(order[u"id"].toString());
        }
        QCOMPARE(ids.size(), document.array().size()); // each once
        const QSet<QString> expected = demoOrderIds(u"UNFULFILLED"_s);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids, expected);
        QVERIFY(result.err.contains(u"Synced 300 orders"_s));
    }

    void optionsMayFollowTheCommand()
    {
        const Run result = run({u"orders"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"PARTIALLY-FULFILLED"_s, u"--demo"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id,name,createdAt"));
        QCOMPARE(lines.size() - 1, demoOrderIds(u"PARTIALLY_FULFILLED"_s).size());
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(",PARTIALLY_FULFILLED,"));
    }

    void searchesLikeTheWindow()
    {
        const Run result = run({u"--demo"_s, u"orders"_s, u"--search"_s, u"#1001"_s, u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray orders = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0)[u"name"].toString(), u"#1001"_s);
    }

    void printsATableForPeople()
    {
        const Run result = run({u"--demo"_s, u"orders"_s, u"--status"_s, u"on-hold"_s});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.startsWith(u"Order"_s));
        QVERIFY(text.contains(u"On hold"_s));
        QVERIFY(text.trimmed().endsWith(u"orders"_s) || text.trimmed().endsWith(u"order"_s));
    }

    void refusesBadUsageWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{u"--demo"_s} << u"sync or orders"_s;
        QTest::newRow("unknown command") << QStringList{u"ship"_s, u"--demo"_s} << u"Unknown command \"ship\""_s;
        QTest::newRow("two commands") << QStringList{u"sync"_s, u"orders"_s} << u"one command"_s;
        QTest::newRow("plain http to a shop") << QStringList{u"sync"_s, u"--shop"_s, u"http://my-shop.myshopify.com"_s}
                                              << u"https://"_s;
        QTest::newRow("bad shop name") << QStringList{u"sync"_s, u"--shop"_s, u"my shop"_s} << u"not a valid shop name"_s;
        QTest::newRow("unknown status") << QStringList{u"orders"_s, u"--demo"_s, u"--status"_s, u"shipped-ish"_s}
                                        << u"Unknown status"_s;
        QTest::newRow("unknown format") << QStringList{u"orders"_s, u"--demo"_s, u"--format"_s, u"xml"_s} << u"Unknown format"_s;
        QTest::newRow("empty token variable") << QStringList{u"sync"_s, u"--shop"_s, u"my-shop"_s, u"--token-env"_s, u"NO_SUCH_TOKEN_VAR"_s}
                                              << u"NO_SUCH_TOKEN_VAR"_s;
        QTest::newRow("demo and shop") << QStringList{u"sync"_s, u"--demo"_s, u"--shop"_s, u"my-shop"_s} << u"not both"_s;
    }
    void refusesBadUsageWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void syncFailsClearlyWhenNoShopAnswers()
    {
        // A loopback port nobody listens on: the network error, exit code 2.
        QProcessEnvironment token;
        token.insert(u"MY_TOKEN"_s, u"shpat_not_a_real_token"_s);
        const Run result = run({u"sync"_s, u"--shop"_s, u"http://127.0.0.1:9"_s, u"--token-env"_s, u"MY_TOKEN"_s}, token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"Could not reach the shop"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"shpat_not_a_real_token"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
