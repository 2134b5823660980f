// `smidig-cli stock` as a script runs it: the demo store's stock as JSON with Shopify's field
// names and the store's numbers, the risk filter, and a wrong option refused.

#include "core/demostore/AccessScopes.h"
#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreThread.h"
#include "core/demostore/StoreJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStockCli final : public QObject
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
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
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

    static QJsonArray parse(const Run &result)
    {
        return QJsonDocument::fromJson(result.out).array();
    }

private slots:
    void printsTheDemoStoresStockAsJson()
    {
        const Run result = run({u"--demo"_s, u"stock"_s, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray rows = parse(result);
        QVERIFY(rows.size() > 10);

        // The same store the CLI started (same seed and size), for the numbers.
        demostore::DemoStoreConfig config;
        demostore::DemoStore store(config);
        const demostore::StoreData &data = store.data();
        int compared = 0;
        QStringList risks;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const char *field : {"sku",
                                      "inventoryItemId",
                                      "locationId",
                                      "available",
                                      "committed",
                                      "onHand",
                                      "incoming",
                                      "demand",
                                      "risk"})
                QVERIFY2(row.contains(QLatin1StringView(field)), field);
            risks.append(row[u"risk"].toString());
            const auto item = demostore::StoreJson::idFromGid(row[u"inventoryItemId"].toString(),
                                                              u"InventoryItem");
            const auto location = demostore::StoreJson::idFromGid(row[u"locationId"].toString(),
                                                                  u"Location");
            QVERIFY(item);
            if (!location)
                continue;
            for (const demostore::Variant &v : data.variants) {
                if (v.inventoryItemId != *item)
                    continue;
                for (const demostore::InventoryLevel &level : v.inventory) {
                    if (data.locations[level.location].id != *location)
                        continue;
                    QCOMPARE(row[u"onHand"].toInt(), level.onHand);
                    QCOMPARE(row[u"committed"].toInt(), level.committed);
                    QCOMPARE(row[u"available"].toInt(), level.available());
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 10);
        // Worst first.
        QCOMPARE(risks.first(), u"oversold"_s);
        QVERIFY(risks.contains(u"untracked"_s));
    }

    void filtersByRisk()
    {
        const Run oversold = run(
            {u"--demo"_s, u"stock"_s, u"--risk"_s, u"oversold"_s, u"--format"_s, u"json"_s});
        QVERIFY2(oversold.exitCode == 0, qPrintable(oversold.err));
        const QJsonArray rows = parse(oversold);
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QCOMPARE(row[u"risk"].toString(), u"oversold"_s);

        const Run atRisk = run(
            {u"--demo"_s, u"stock"_s, u"--risk"_s, u"at-risk"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(atRisk.exitCode == 0, qPrintable(atRisk.err));
        const QList<QByteArray> lines = atRisk.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("sku,inventoryItemId,locationId"));
        QVERIFY(lines.size() > rows.size() + 1); // at risk as well as oversold
        for (const QByteArray &line : lines.mid(1))
            QVERIFY2(line.endsWith(",oversold") || line.endsWith(",at-risk"), line.constData());
    }

    void refusesAnUnknownRisk()
    {
        const Run result = run({u"--demo"_s, u"stock"_s, u"--risk"_s, u"some"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(u"oversold, at-risk or all"_s));
    }

    void aStockReadThatFailsLeavesTheSyncSaidAndSaved()
    {
        // A shop whose app may read orders but not stock: the orders sync, the stock read is
        // denied. The CLI says both, each for what it is, and exits with the stock's code.
        demostore::DemoStoreConfig config;
        config.orderCount = 40;
        config.accessToken = u"shpat_0123456789abcdef"_s;
        config.throttling = false;
        config.grantedScopes = demostore::AccessScopes::defaultGrant();
        config.grantedScopes.removeAll(u"read_inventory"_s);
        config.grantedScopes.removeAll(u"read_products"_s);
        demostore::DemoStoreThread store(config);
        QVERIFY(store.start());
        QProcessEnvironment token;
        token.insert(u"SHOP_TOKEN"_s, config.accessToken);
        const QStringList arguments{u"sync"_s,
                                    u"--shop"_s,
                                    store.url().toString(),
                                    u"--token-env"_s,
                                    u"SHOP_TOKEN"_s};
        const Run quiet = run(arguments, token);
        QCOMPARE(quiet.exitCode, 2);
        QVERIFY2(quiet.err.contains(u"Synced 40 orders"_s), qPrintable(quiet.err));
        QVERIFY2(quiet.err.contains(u"The stock could not be read: Access denied"_s),
                 qPrintable(quiet.err));
        QVERIFY(quiet.err.contains(u"The orders are not affected"_s));
        QVERIFY(!quiet.err.contains(u"Sync failed"_s));
        // Without --verbose: sentences only, no log lines and no technical detail.
        QVERIFY2(!quiet.err.contains(u"smidig."_s), qPrintable(quiet.err));

        // With --verbose: the log on stderr, and the detail after the sentence; never the token.
        const Run verbose = run(arguments + QStringList{u"--verbose"_s}, token);
        QCOMPARE(verbose.exitCode, 2);
        QVERIFY2(verbose.err.contains(u"smidig.inventory"_s), qPrintable(verbose.err));
        QVERIFY2(verbose.err.contains(u"read_inventory"_s), qPrintable(verbose.err));
        QVERIFY(!verbose.err.contains(config.accessToken));

        // The orders were saved: listing them needs no shop.
        const Run listed
            = run({u"orders"_s, u"--shop"_s, store.url().toString(), u"--format"_s, u"json"_s},
                  token);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestStockCli)
#include "tst_stockcli.moc"
