// Pack mode's core against real demo-store orders (issue 16): each order is packed the way a
// station would, every code going through ScanRouter and PackSession (item barcodes, SKUs,
// a line counted by quantity, items without barcode confirmed by hand, a wrong item and an
// over-scan refused, the label), queued through FulfillmentDesk and sent to the demo store.
// The shop then has fulfilled exactly what was counted, and the packing history, also in
// `smidig-cli orders --format json`, says how each line was counted.

#include "core/demostore/DemoStore.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/packing/PackSession.h"
#include "core/packing/ScanRouter.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"
#include "core/tracking/TrackingNumberDetector.h"

#include "tests/testlib/SyncRuns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kLabel = u"1Z999AA10123456784"_s; // UPS, valid check digit

// How the test counted one order, by line item.
struct Packed
{
    Order before;
    QHash<QString, PackedLine> lines;
    QStringList fulfillmentOrderLineItemIds;
};

} // namespace

class TestPackDemo final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<demostore::DemoStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopifyClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<FulfillmentDesk> m_desk;

    QString databasePath() const { return m_dir.filePath(u"pack.sqlite"_s); }

    QString settle()
    {
        m_sender->start();
        const bool settled = QTest::qWaitFor([this] { return m_outbox->pendingCount() == 0; },
                                             60000);
        m_sender->stop();
        if (!settled)
            return u"%1 still pending"_s.arg(m_outbox->pendingCount());
        QStringList failures;
        for (const OutboxEntry &entry : m_outbox->entries()) {
            if (entry.state == OutboxEntry::State::Failed)
                failures.append(entry.orderName + u": "_s + entry.message);
        }
        return failures.join(u'\n');
    }

    QJsonArray cliOrders()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"settings"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMIDIG_CLI_PATH),
                      {u"orders"_s, u"--database"_s, databasePath(), u"--format"_s, u"json"_s});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    }

private slots:
    void init()
    {
        demostore::DemoStoreConfig config;
        config.seed = 7;
        config.orderCount = 120;
        config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        config.clockRuns = false;
        config.accessToken = u"t"_s;
        config.throttling = false;
        m_store = std::make_unique<demostore::DemoStore>(config);
        QVERIFY(m_store->start());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(databasePath()).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ShopifyClient>(m_network.get());
        m_client->setShop(ShopAddress::fromUrl(m_store->url()));
        m_client->setAccessToken(u"t"_s);
        m_outbox = std::make_unique<Outbox>(m_db->connection(), m_book.get());
        m_outbox->setUndoWindow(std::chrono::milliseconds(0));
        m_outbox->setStation({u"Pakkebord 1"_s, u"Mette"_s});
        QVERIFY(!m_outbox->load().isError());
        m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
        m_sender->setCheckDelay(std::chrono::milliseconds(100));
        m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get());
        const SyncResult synced = SyncRuns::sync(m_client.get(),
                                                 m_book.get(),
                                                 OrderSync::Mode::Full);
        QVERIFY2(synced.isOk(), qPrintable(synced.userMessage()));
    }

    void cleanup()
    {
        m_desk.reset();
        m_sender.reset();
        m_outbox.reset();
        m_client.reset();
        m_network.reset();
        m_store.reset();
        m_book.reset();
        m_db.reset();
    }

    void packsRealOrdersAndTheShopShipsWhatWasCounted()
    {
        QList<Order> orders;
        QVERIFY(!m_book->allOrders(&orders).isError());
        QSet<QString> barcodes;
        for (const Order &order : std::as_const(orders)) {
            for (const LineItem &line : order.lineItems) {
                if (!line.barcode.isEmpty())
                    barcodes.insert(line.barcode);
            }
        }
        QVERIFY(barcodes.size() > 10);

        // Orders with an item without barcode first: they are the fewest.
        std::stable_sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
            auto bare = [](const Order &order) {
                return std::any_of(order.lineItems.cbegin(),
                                   order.lineItems.cend(),
                                   [](const LineItem &line) { return line.barcode.isEmpty(); });
            };
            return bare(a) && !bare(b);
        });
        const TrackingNumberDetector detector(u"DK");
        const ScanRouter router(&detector);
        QHash<QString, Packed> packedOrders;
        int byQuantity = 0;
        int byHand = 0;
        int bySku = 0;
        for (const Order &order : std::as_const(orders)) {
            if (packedOrders.size() == 20)
                break;
            PackSession session(order, {});
            if (session.state() == PackSession::State::Ended)
                continue;
            session.watch(m_book.get());
            Packed packed{order, {}, {}};

            // Another order's item: refused, nothing counted.
            for (const QString &foreign : std::as_const(barcodes)) {
                if (!ScanRouter::linesWithCode(order, foreign).isEmpty())
                    continue;
                const auto route = router.route(foreign, &order, ScanRouter::Expecting::Items);
                QCOMPARE(route.kind, ScanRouter::Kind::Unknown);
                QCOMPARE(session.scanItem(foreign).result, PackSession::Result::WrongItem);
                break;
            }
            QCOMPARE(session.countedUnits(), 0);

            for (int i = 0; i < session.lines().size(); ++i) {
                const PackSession::Line line = session.lines().at(i);
                PackedLine &record = packed.lines[line.lineItemId];
                record.lineItemId = line.lineItemId;
                packed.fulfillmentOrderLineItemIds.append(line.fulfillmentOrderLineItemId);
                const QString code = line.hasBarcode() ? line.barcode : line.sku;
                if (code.isEmpty()) {
                    QCOMPARE(session.confirmByHand(i).result, PackSession::Result::Counted);
                    record.confirmed += line.needed;
                    ++byHand;
                    continue;
                }
                const auto route = router.route(code, &order, ScanRouter::Expecting::Items);
                QCOMPARE(route.kind, ScanRouter::Kind::Item);
                QVERIFY(route.lineItemIds.contains(line.lineItemId));
                bySku += line.hasBarcode() ? 0 : 1;
                if (line.needed >= 2 && byQuantity < 5) {
                    QCOMPARE(session.scanItem(code).result, PackSession::Result::Counted);
                    QCOMPARE(session.setQuantity(line.needed).result, PackSession::Result::Counted);
                    record.scanned += 1;
                    record.typed += line.needed - 1;
                    ++byQuantity;
                } else {
                    for (int unit = 0; unit < line.needed; ++unit) {
                        const auto outcome = session.scanItem(code);
                        QCOMPARE(outcome.result, PackSession::Result::Counted);
                    }
                    record.scanned += line.needed;
                }
                QCOMPARE(session.lines().at(i).counted(), line.needed);
            }
            // One too many of the first item with a code: refused, nothing counted.
            for (const PackSession::Line &line : session.lines()) {
                if (!line.hasBarcode())
                    continue;
                const int before = session.countedUnits();
                const auto outcome = session.scanItem(line.barcode);
                // A second line of the same item may still take it; otherwise it is too many.
                if (outcome.result != PackSession::Result::Counted) {
                    QCOMPARE(outcome.result, PackSession::Result::TooMany);
                    QCOMPARE(session.countedUnits(), before);
                }
                break;
            }
            QVERIFY(session.isComplete());

            const auto label = router.route(kLabel, &order, ScanRouter::Expecting::Label);
            QCOMPARE(label.kind, ScanRouter::Kind::Tracking);
            QCOMPARE(session.setTracking(PackSession::trackingFrom(label.tracking)),
                     PackSession::Result::LabelSet);
            QCOMPARE(session.tracking().company, u"UPS"_s);

            QList<qint64> ids;
            QList<FulfillmentPlanner::Refusal> refusals;
            const StoreError error = m_desk->fulfill(session.requests(NotifyCustomer::No),
                                                     &ids,
                                                     &refusals);
            QVERIFY2(!error.isError(), qPrintable(error.detail));
            QVERIFY2(refusals.isEmpty(),
                     qPrintable(refusals.isEmpty() ? QString() : refusals.first().message()));
            session.markQueued(ids);
            QCOMPARE(session.endReason(), PackSession::EndReason::Queued);
            packedOrders.insert(order.id, packed);
        }
        QCOMPARE(packedOrders.size(), 20);
        qInfo("20 orders packed: %d lines counted by quantity, %d by SKU, %d by hand",
              byQuantity,
              bySku,
              byHand);
        QVERIFY(byQuantity > 0);
        QVERIFY(bySku > 0);
        QVERIFY(byHand > 0);

        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));

        // The shop fulfilled exactly what was counted, with the label's number.
        for (auto it = packedOrders.cbegin(); it != packedOrders.cend(); ++it) {
            std::optional<Order> after;
            QVERIFY(!m_book->order(it.key(), &after).isError());
            QVERIFY(after);
            const Order &before = it.value().before;
            for (int i = 0; i < before.lineItems.size(); ++i) {
                const LineItem &line = before.lineItems.at(i);
                const int counted = it.value().lines.value(line.id).total();
                QCOMPARE(after->lineItems.at(i).unfulfilledQuantity,
                         line.unfulfilledQuantity - counted);
            }
            bool labelled = false;
            for (const Fulfillment &fulfillment : after->fulfillments) {
                for (const TrackingInfo &tracking : fulfillment.tracking)
                    labelled = labelled || tracking.number == kLabel;
            }
            QVERIFY2(labelled, qPrintable(before.name));

            QList<PackingRecord> records;
            QVERIFY(!PackingHistory(m_db->connection()).forOrder(it.key(), &records).isError());
            // One record for each fulfillmentCreate: a wholesale order of more lines than one
            // takes went as several, each recording the lines it carried.
            const qsizetype calls = (it.value().fulfillmentOrderLineItemIds.size()
                                     + FulfillmentDesk::kMaxLinesPerFulfillment - 1)
                                    / FulfillmentDesk::kMaxLinesPerFulfillment;
            QCOMPARE(records.size(), calls);
            QList<PackedLine> recorded;
            for (const PackingRecord &record : std::as_const(records)) {
                QCOMPARE(record.who.packer, u"Mette"_s);
                recorded += record.lines;
            }
            QList<PackedLine> expected = it.value().lines.values();
            auto byId = [](const PackedLine &a, const PackedLine &b) {
                return a.lineItemId < b.lineItemId;
            };
            std::sort(expected.begin(), expected.end(), byId);
            std::sort(recorded.begin(), recorded.end(), byId);
            QCOMPARE(recorded, expected);
        }

        // And the command line shows it under each packing record.
        const QJsonArray cli = cliOrders();
        int shown = 0;
        for (const QJsonValue &order : cli) {
            const auto packed = packedOrders.constFind(order[u"id"].toString());
            if (packed == packedOrders.cend())
                continue;
            const QJsonArray history = order[u"packingHistory"].toArray();
            QJsonArray lines;
            for (const QJsonValue &record : history) {
                for (const QJsonValue &line : record[u"lines"].toArray())
                    lines.append(line);
            }
            QCOMPARE(lines.size(), packed->lines.size());
            for (const QJsonValue &line : std::as_const(lines)) {
                const PackedLine want = packed->lines.value(line[u"lineItemId"].toString());
                QCOMPARE(line[u"scanned"].toInt(), want.scanned);
                QCOMPARE(line[u"typed"].toInt(), want.typed);
                QCOMPARE(line[u"confirmedByHand"].toInt(), want.confirmed);
                QVERIFY(line[u"title"].isString());
            }
            ++shown;
        }
        QCOMPARE(shown, packedOrders.size());
    }
};

QTEST_GUILESS_MAIN(TestPackDemo)
#include "tst_packdemo.moc"
