#include "core/demostore/DemoStore.h"
#include "core/storage/Database.h"
#include "core/storage/LeaseRepository.h"

#include "tests/testlib/PostgresTestDatabase.h"
#include "tests/testlib/RefusedAddress.h"
#include "tests/testlib/Requirements.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

    // The open orders with a status in the demo store the CLI starts (same seed and size):
    // neither archived (closed) nor cancelled, as the sidebar and --status count them.
    static QSet<QString> demoOrderIds(const QString &status)
    {
        demostore::DemoStoreConfig config;
        demostore::DemoStore store(config);
        QSet<QString> ids;
        for (int i = 0; i < store.data().orders.size(); ++i) {
            const QJsonObject order = store.orderJson(i);
            if (order[u"displayFulfillmentStatus"].toString() == status
                && !order[u"closed"].toBool() && order[u"cancelledAt"].isNull())
                ids.insert(order[u"id"].toString());
        }
        return ids;
    }

private slots:
    void printsExactlyTheDemoStoresUnfulfilledOrdersAsJson()
    {
        const Run result = run(
            {u"--demo"_s, u"orders"_s, u"--status"_s, u"unfulfilled"_s, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        QSet<QString> ids;
        for (const QJsonValue &order : document.array()) {
            QCOMPARE(order[u"displayFulfillmentStatus"].toString(), u"UNFULFILLED"_s);
            QCOMPARE(order[u"closed"].toBool(), false);
            QVERIFY(order[u"cancelledAt"].isNull());
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
        const Run result = run({u"orders"_s,
                                u"--format"_s,
                                u"csv"_s,
                                u"--status"_s,
                                u"PARTIALLY-FULFILLED"_s,
                                u"--demo"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id,name,createdAt"));
        QCOMPARE(lines.size() - 1, demoOrderIds(u"PARTIALLY_FULFILLED"_s).size());
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(",PARTIALLY_FULFILLED,"));
    }

    void searchesLikeTheWindow()
    {
        const Run result = run(
            {u"--demo"_s, u"orders"_s, u"--search"_s, u"#1001"_s, u"--format"_s, u"json"_s});
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
        QTest::newRow("no command") << QStringList{u"--demo"_s} << u"sync, orders, fulfil"_s;
        QTest::newRow("unknown command")
            << QStringList{u"ship"_s, u"--demo"_s} << u"Unknown command \"ship\""_s;
        QTest::newRow("two commands") << QStringList{u"sync"_s, u"orders"_s} << u"one command"_s;
        QTest::newRow("plain http to a shop")
            << QStringList{u"sync"_s, u"--shop"_s, u"http://my-shop.myshopify.com"_s}
            << u"https://"_s;
        QTest::newRow("bad shop name")
            << QStringList{u"sync"_s, u"--shop"_s, u"my shop"_s} << u"not a valid shop name"_s;
        QTest::newRow("unknown status")
            << QStringList{u"orders"_s, u"--demo"_s, u"--status"_s, u"shipped-ish"_s}
            << u"Unknown status"_s;
        QTest::newRow("unknown format")
            << QStringList{u"orders"_s, u"--demo"_s, u"--format"_s, u"xml"_s}
            << u"Unknown format"_s;
        QTest::newRow("empty token variable") << QStringList{u"sync"_s,
                                                             u"--shop"_s,
                                                             u"my-shop"_s,
                                                             u"--token-env"_s,
                                                             u"NO_SUCH_TOKEN_VAR"_s}
                                              << u"NO_SUCH_TOKEN_VAR"_s;
        QTest::newRow("demo and shop")
            << QStringList{u"sync"_s, u"--demo"_s, u"--shop"_s, u"my-shop"_s} << u"not both"_s;
        QTest::newRow("a password in the database address")
            << QStringList{u"orders"_s,
                           u"--database"_s,
                           u"postgresql://smidig:hemmelig@127.0.0.1/orders"_s}
            << u"Leave the password out of the database address"_s;
        QTest::newRow("a shared store elsewhere in clear text")
            << QStringList{u"orders"_s, u"--database"_s, u"postgresql://smidig@10.0.0.5/orders"_s}
            << u"?sslmode=verify-full"_s;
    }
    void refusesBadUsageWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"hemmelig"_s));
        QVERIFY(result.out.isEmpty());
    }

    // Two runs on one PostgreSQL database, as two stations: what one synced, the other reads
    // without a shop of its own.
    void stationsShareOrdersThroughPostgres()
    {
        PostgresTestDatabase shared;
        SMIDIG_REQUIRE(shared.isReady(), shared.problem());
        const QString address = shared.location().toString();
        const Run synced = run({u"--demo"_s, u"--database"_s, address, u"sync"_s});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY2(synced.err.contains(u"Synced 300 orders"_s), qPrintable(synced.err));

        const Run listed = run({u"orders"_s,
                                u"--database"_s,
                                address,
                                u"--status"_s,
                                u"unfulfilled"_s,
                                u"--format"_s,
                                u"json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QSet<QString> ids;
        for (const QJsonValue &order : QJsonDocument::fromJson(listed.out).array())
            ids.insert(order[u"id"].toString());
        QCOMPARE(ids, demoOrderIds(u"UNFULFILLED"_s));
    }

    // One station syncs a shared store for all: `sync` there says which and syncs nothing;
    // once the role is free it syncs, and lets the role go at its end.
    void syncLeavesASharedStoreToTheStationThatSyncsIt()
    {
        PostgresTestDatabase shared;
        SMIDIG_REQUIRE(shared.isReady(), shared.problem());
        const QString address = shared.location().toString();
        Database window;
        const StoreError opened = window.open(shared.location());
        QVERIFY2(!opened.isError(), qPrintable(opened.detail));
        LeaseRepository leases(window.connection());
        Lease held;
        QVERIFY(!leases
                     .take(u"sync"_s,
                           u"a-window"_s,
                           {u"Station 1"_s, u"Anna"_s},
                           std::chrono::minutes(5),
                           LeaseRepository::Take::IfFree,
                           &held)
                     .isError());

        const Run declined = run({u"--demo"_s, u"--database"_s, address, u"sync"_s});
        QCOMPARE(declined.exitCode, 5);
        QVERIFY2(declined.err.contains(u"Station 1 (Anna) syncs this shop for every station"_s),
                 qPrintable(declined.err));
        QVERIFY2(!declined.err.contains(u"Synced"_s), qPrintable(declined.err));

        QVERIFY(!leases.release(u"sync"_s, u"a-window"_s).isError());
        const Run synced = run({u"--demo"_s, u"--database"_s, address, u"sync"_s});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY2(synced.err.contains(u"Synced 300 orders"_s), qPrintable(synced.err));
        std::optional<Lease> after;
        QVERIFY(!leases.find(u"sync"_s, &after).isError());
        QVERIFY(!after.has_value());
    }

    void aSharedStoreThatIsNotThereSaysWhatToCheck()
    {
        const RefusedAddress refused;
        QVERIFY(refused.isValid());
        const Run result = run(
            {u"orders"_s,
             u"--database"_s,
             u"postgresql://smidig@127.0.0.1:%1/orders"_s.arg(refused.url().port())});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(u"Smidig cannot reach the server of the shared order "
                                     "database."_s),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void checksTrackingNumbersWithoutAShop()
    {
        const Run good = run(
            {u"tracking"_s, u"1Z999AA10123456784"_s, u"RB123456785GB"_s, u"--format"_s, u"json"_s});
        QCOMPARE(good.exitCode, 0);
        const QJsonArray numbers = QJsonDocument::fromJson(good.out).array();
        QCOMPARE(numbers.size(), 2);
        QCOMPARE(numbers.at(0)[u"number"].toString(), u"1Z999AA10123456784"_s);
        QCOMPARE(numbers.at(0)[u"company"].toString(), u"UPS"_s);
        QCOMPARE(numbers.at(0)[u"checkDigitValid"].toBool(), true);
        QVERIFY(numbers.at(0)[u"url"].toString().startsWith(u"https://"_s));
        QCOMPARE(numbers.at(1)[u"company"].toString(), u"Royal Mail"_s);

        const Run bad = run(
            {u"tracking"_s, u"1Z999AA10123456785"_s, u"🚚🚚"_s, u"--format"_s, u"json"_s});
        QCOMPARE(bad.exitCode, 4);
        const QJsonArray flagged = QJsonDocument::fromJson(bad.out).array();
        QCOMPARE(flagged.at(0)[u"checkDigitValid"].toBool(), false);
        QCOMPARE(flagged.at(0)[u"company"].toString(), u"UPS"_s);
        QCOMPARE(flagged.at(0)[u"problem"].toString(),
                 u"The check digit is wrong: this looks like a UPS number with a typo. Please "
                 "check the number."_s);
        QCOMPARE(flagged.at(1)[u"problem"].toString(),
                 u"The tracking number contains \u201c🚚\u201d; tracking numbers have only "
                 "the letters A to Z and digits."_s);
        QVERIFY(flagged.at(1)[u"company"].isNull());

        const Run table = run({u"tracking"_s, u"1Z999AA10123456784"_s});
        QVERIFY(QString::fromUtf8(table.out).contains(u"UPS"_s));

        // Published numbers (tests/tracking/published-numbers.tsv): Amazon's have no check
        // digit to be right or wrong, a FedEx barcode gives its tracking number, and a USPS
        // number may be written with spaces.
        const Run published = run({u"tracking"_s,
                                   u"TBA502887274000"_s,
                                   u"1001921334250001000300779017972697"_s,
                                   u"7196 9010 7560 0307 7385"_s,
                                   u"--format"_s,
                                   u"json"_s});
        QCOMPARE(published.exitCode, 0);
        const QJsonArray read = QJsonDocument::fromJson(published.out).array();
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0)[u"company"].toString(), u"Amazon"_s);
        QVERIFY(read.at(0)[u"checkDigitValid"].isNull());
        QCOMPARE(read.at(0)[u"checkDigit"].toString(), u"none"_s);
        QVERIFY(!read.at(0).toObject().contains(u"problem"_s));
        QCOMPARE(read.at(1)[u"company"].toString(), u"FedEx"_s);
        QCOMPARE(read.at(1)[u"number"].toString(), u"779017972697"_s);
        QCOMPARE(read.at(2)[u"number"].toString(), u"71969010756003077385"_s);
        QCOMPARE(read.at(2)[u"checkDigitValid"].toBool(), true);

        // The same number unquoted reaches the command in five pieces.
        const Run split = run({u"tracking"_s,
                               u"7196"_s,
                               u"9010"_s,
                               u"7560"_s,
                               u"0307"_s,
                               u"7385"_s,
                               u"--format"_s,
                               u"json"_s});
        QCOMPARE(split.exitCode, 0);
        const QJsonArray joined = QJsonDocument::fromJson(split.out).array();
        QCOMPARE(joined.size(), 1);
        QCOMPARE(joined.at(0)[u"company"].toString(), u"USPS"_s);
        QVERIFY2(split.err.contains(u"one number"_s), qPrintable(split.err));
    }

    void fulfilsAnOrderAndRefusesAHeldOne()
    {
        // The default demo store's orders, as smidig-cli --demo sees them.
        QString open;
        QString held;
        {
            demostore::DemoStore store{demostore::DemoStoreConfig()};
            for (int i = 0; i < store.data().orders.size() && (open.isEmpty() || held.isEmpty());
                 ++i) {
                const QJsonObject order = store.orderJson(i);
                const QString status = order[u"displayFulfillmentStatus"].toString();
                const QJsonArray fos = order[u"fulfillmentOrders"].toArray();
                const bool oneOpenFo
                    = fos.size() == 1 && fos.at(0)[u"status"].toString() == u"OPEN"_s
                      && fos.at(0)[u"assignedLocation"][u"location"][u"fulfillmentService"].isNull();
                if (open.isEmpty() && status == u"UNFULFILLED"_s && oneOpenFo
                    && order[u"cancelledAt"].isNull())
                    open = order[u"name"].toString();
                if (held.isEmpty() && status == u"ON_HOLD"_s && order[u"cancelledAt"].isNull())
                    held = order[u"name"].toString();
            }
        }
        QVERIFY(!open.isEmpty() && !held.isEmpty());

        const Run done = run(
            {u"--demo"_s, u"fulfil"_s, open, u"--tracking"_s, u"1Z999AA10123456784"_s});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(QString::fromUtf8(done.out).startsWith(open + u": fulfilled"_s),
                 done.out.constData());

        const Run refused = run({u"fulfil"_s, held, u"--demo"_s});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(held + u": not fulfilled: on hold"_s),
                 qPrintable(refused.err));

        const Run unknown = run({u"--demo"_s, u"fulfil"_s, u"#999999"_s});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.err.contains(u"#999999: no such order"_s));
    }

    // Another station packs an order (its claim is in the store): fulfil leaves it to that
    // station, saying which, and takes it over only when told to.
    void skipsAnOrderAnotherStationPacksUnlessToldToTakeItOver()
    {
        QString name;
        QString id;
        {
            demostore::DemoStore store{demostore::DemoStoreConfig()};
            for (int i = 0; i < store.data().orders.size() && name.isEmpty(); ++i) {
                const QJsonObject order = store.orderJson(i);
                const QJsonArray fos = order[u"fulfillmentOrders"].toArray();
                if (order[u"displayFulfillmentStatus"].toString() == u"UNFULFILLED"_s
                    && order[u"cancelledAt"].isNull() && fos.size() == 1
                    && fos.at(0)[u"status"].toString() == u"OPEN"_s
                    && fos.at(0)[u"assignedLocation"][u"location"][u"fulfillmentService"].isNull()) {
                    name = order[u"name"].toString();
                    id = order[u"id"].toString();
                }
            }
        }
        QVERIFY(!name.isEmpty());
        const QString file = m_home.filePath(u"claims.sqlite"_s);
        const Run synced = run({u"--demo"_s, u"--database"_s, file, u"sync"_s});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        {
            Database db;
            QVERIFY(!db.open(StoreLocation::file(file)).isError());
            Lease lease;
            QVERIFY(!LeaseRepository(db.connection())
                         .take(u"order:"_s + id,
                               u"a process at another station"_s,
                               {u"Station 2"_s, u"Anna"_s},
                               std::chrono::minutes(5),
                               LeaseRepository::Take::IfFree,
                               &lease)
                         .isError());
        }

        const Run skipped = run({u"--demo"_s, u"--database"_s, file, u"fulfil"_s, name});
        QCOMPARE(skipped.exitCode, 5);
        const QRegularExpression said(
            QRegularExpression::escape(name + u": skipped: being packed at Station 2 (Anna) (for "_s)
            + u"\\d+"_s + QRegularExpression::escape(u" s); --take-over fulfils it anyway."_s));
        QVERIFY2(skipped.err.contains(said), qPrintable(skipped.err));
        QVERIFY(skipped.out.isEmpty());

        const Run taken = run({u"--demo"_s,
                               u"--database"_s,
                               file,
                               u"--station"_s,
                               u"Station 3"_s,
                               u"--packer"_s,
                               u"Bo"_s,
                               u"fulfil"_s,
                               name,
                               u"--take-over"_s,
                               u"--verbose"_s});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        QVERIFY2(taken.err.contains(name + u": taken over from Station 2 (Anna)."_s),
                 qPrintable(taken.err));
        // The log keeps who took it from whom.
        QVERIFY2(taken.err.contains(u"order %1 taken over by Station 3 (Bo) from Station 2 "
                                    "(Anna)"_s.arg(name)),
                 qPrintable(taken.err));
        QVERIFY2(QString::fromUtf8(taken.out).startsWith(name + u": fulfilled"_s),
                 taken.out.constData());
    }

    void fulfilSendsALinkForEveryNumberOrNone()
    {
        // Cape Verde's post is not in Shopify's list, so its number takes the link of the
        // tracking site that follows it (TND's S10 samples). A second number Smidig knows no
        // page of for that carrier (another country's post) means no links at all, and the
        // command says so rather than send the one link for both numbers.
        QString open;
        {
            demostore::DemoStore store{demostore::DemoStoreConfig()};
            for (int i = 0; i < store.data().orders.size() && open.isEmpty(); ++i) {
                const QJsonObject order = store.orderJson(i);
                const QJsonArray fos = order[u"fulfillmentOrders"].toArray();
                if (order[u"displayFulfillmentStatus"].toString() == u"UNFULFILLED"_s
                    && order[u"cancelledAt"].isNull() && fos.size() == 1
                    && fos.at(0)[u"status"].toString() == u"OPEN"_s
                    && fos.at(0)[u"assignedLocation"][u"location"][u"fulfillmentService"].isNull())
                    open = order[u"name"].toString();
            }
        }
        QVERIFY(!open.isEmpty());
        const Run linked = run(
            {u"--demo"_s, u"fulfil"_s, open, u"--tracking"_s, u"RB123456785CV"_s});
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
        QVERIFY2(!linked.err.contains(u"no tracking links"_s), qPrintable(linked.err));

        const Run partly = run({u"--demo"_s,
                                u"fulfil"_s,
                                open,
                                u"--tracking"_s,
                                u"RB123456785CV"_s,
                                u"--tracking"_s,
                                u"RB123456785CF"_s});
        QVERIFY2(partly.exitCode == 0, qPrintable(partly.err));
        QVERIFY2(partly.err.contains(u"no tracking links are sent"_s), qPrintable(partly.err));
    }

    void refusesTrackingThatCannotBeRight()
    {
        const Run twoOrders = run({u"--demo"_s,
                                   u"fulfil"_s,
                                   u"1001"_s,
                                   u"1002"_s,
                                   u"--tracking"_s,
                                   u"1Z999AA10123456784"_s});
        QCOMPARE(twoOrders.exitCode, 1);
        QVERIFY(twoOrders.err.contains(u"one order"_s));
        const Run company = run({u"--demo"_s,
                                 u"fulfil"_s,
                                 u"1001"_s,
                                 u"--tracking"_s,
                                 u"1Z999AA10123456784"_s,
                                 u"--company"_s,
                                 u"postnord"_s});
        QCOMPARE(company.exitCode, 1);
        QVERIFY2(company.err.contains(u"Did you mean: Portal PostNord, PostNord DK"_s),
                 qPrintable(company.err));
        QVERIFY(!company.err.contains(u"Synced"_s)); // refused before anything was fetched
    }

    void importsTrackingAndReportsBadRowsByLine()
    {
        // Orders the demo store can ship, and one it cannot know.
        QStringList names;
        {
            demostore::DemoStore store{demostore::DemoStoreConfig()};
            for (int i = 0; i < store.data().orders.size() && names.size() < 2; ++i) {
                const QJsonObject order = store.orderJson(i);
                const QJsonArray fos = order[u"fulfillmentOrders"].toArray();
                if (order[u"displayFulfillmentStatus"].toString() == u"UNFULFILLED"_s
                    && fos.size() == 1 && fos.at(0)[u"status"].toString() == u"OPEN"_s
                    && order[u"cancelledAt"].isNull()
                    && fos.at(0)[u"assignedLocation"][u"location"][u"fulfillmentService"].isNull())
                    names.append(order[u"name"].toString());
            }
        }
        QCOMPARE(names.size(), 2);
        QFile file(m_home.filePath(u"tracking.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("ordre;sporingsnummer;fragtfirma\r\n"
                                  "%1;1Z999AA10123456784;UPS\r\n"
                                  "%2;00370724760120000898;\r\n"
                                  ";1Z999AA10123456784;UPS\r\n"
                                  "%1;not a number!!;\r\n")
                       .arg(names.at(0), names.at(1))
                       .toUtf8());
        file.close();
        const Run result = run({u"--demo"_s, u"import-tracking"_s, file.fileName()});
        QCOMPARE(result.exitCode, 4); // two rows were bad
        QVERIFY2(result.err.contains(u"Line 4:"_s) && result.err.contains(u"Line 5:"_s),
                 qPrintable(result.err));
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(names.at(0) + u": fulfilled with tracking"_s), qPrintable(out));
        QVERIFY2(out.contains(names.at(1) + u": fulfilled with tracking"_s), qPrintable(out));
    }

    void syncFailsClearlyWhenNoShopAnswers()
    {
        // A loopback port held closed: the network error, exit code 2.
        const RefusedAddress away;
        QVERIFY(away.isValid());
        QProcessEnvironment token;
        token.insert(u"MY_TOKEN"_s, u"shpat_not_a_real_token"_s);
        const Run result
            = run({u"sync"_s, u"--shop"_s, away.url().toString(), u"--token-env"_s, u"MY_TOKEN"_s},
                  token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"Could not reach the shop"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"shpat_not_a_real_token"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
