#include "core/demostore/AccessScopes.h"
#include "core/demostore/DemoStore.h"
#include "core/demostore/FaultPlan.h"
#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySyncResult.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncScheduler.h"
#include "tests/testlib/CannedHttpServer.h"
#include "tests/testlib/RefusedAddress.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The banners above the orders, with a real scheduler, sync and client: offline while the
// shop cannot be reached (a closed port), gone when the demo store answers; a refused token
// asks a person to connect again.
class TestSyncBanners final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<MainWindow> m_window;

    MessageBanner *offlineBanner() const
    {
        return m_window->findChild<MessageBanner *>(u"offlineBanner"_s);
    }
    MessageBanner *attentionBanner() const
    {
        return m_window->findChild<MessageBanner *>(u"attentionBanner"_s);
    }
    QPushButton *connectAgain() const
    {
        return m_window->findChild<QPushButton *>(u"connectAgainButton"_s);
    }
    SyncStatusWidget *syncStatus() const
    {
        return m_window->findChild<SyncStatusWidget *>(u"syncStatus"_s);
    }

    static demostore::DemoStoreConfig storeConfig()
    {
        demostore::DemoStoreConfig config;
        config.orderCount = 12;
        config.throttling = false;
        config.accessToken = u"shpat_right"_s;
        return config;
    }

    // Waits for the sync that runs or is about to run to end, and returns how it ended.
    SyncResult waitForSync(QSignalSpy &finished)
    {
        const int before = int(finished.count());
        if (!QTest::qWaitFor([&] { return finished.count() > before; }, 30000)) {
            SyncResult timedOut; // a failure the caller sees, never a success
            timedOut.shopError.kind = ShopifyError::Kind::Timeout;
            timedOut.shopError.detail = u"the sync did not finish within 30 s"_s;
            return timedOut;
        }
        return finished.last().at(0).value<SyncResult>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<SyncResult>(); }

    void init()
    {
        QFile::remove(m_dir.filePath(u"b.sqlite"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(u"b.sqlite"_s)),
                             StockRiskRules(),
                             {}})
                     .isError());
        m_services->client()->setAccessToken(u"shpat_right"_s);
        m_services->client()->setMaxRetries(0);
        m_scheduler = std::make_unique<SyncScheduler>(m_services->sync(), m_services->book());
        m_window = std::make_unique<MainWindow>(m_services->book(),
                                                m_services->sync(),
                                                m_services->outbox(),
                                                m_services->desk(),
                                                FulfillmentSettings());
        m_window->setSyncScheduler(m_scheduler.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_scheduler.reset();
        m_services.reset();
        m_network.reset();
    }

    void offlineWhileTheShopIsAway()
    {
        QSignalSpy finished(m_services->sync(), &OrderSync::finished);
        QVERIFY(!offlineBanner()->isVisible());

        // A port held closed: the connection is refused.
        const RefusedAddress away;
        QVERIFY(away.isValid());
        m_services->client()->setShop(ShopAddress::fromUrl(away.url()));
        m_scheduler->start();
        QCOMPARE(waitForSync(finished).shopError.kind, ShopifyError::Kind::Network);
        QVERIFY(m_scheduler->isOffline());
        QVERIFY(offlineBanner()->isVisible());
        const QString since = DisplayFormat::timeOrDateTime(m_scheduler->offlineSince());
        QVERIFY(!since.isEmpty());
        QVERIFY2(offlineBanner()->text().startsWith(u"Offline since %1."_s.arg(since)),
                 qPrintable(offlineBanner()->text()));
        QVERIFY(offlineBanner()->text().contains(u"outbox"_s));
        QVERIFY(!attentionBanner()->isVisible());
        QCOMPARE(syncStatus()->text(), u"Offline · Not synced yet"_s);

        // F5 tries again at once, through the scheduler; the shop is still away.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(waitForSync(finished).shopError.kind, ShopifyError::Kind::Network);
        QVERIFY(offlineBanner()->isVisible());
        QVERIFY(offlineBanner()->text().startsWith(u"Offline since %1."_s.arg(since)));
        // The scheduler's own retry, not the F5, is what the banner announces next.
        QVERIFY(m_scheduler->nextSyncAt().isValid());
        QVERIFY(offlineBanner()->text().contains(
            DisplayFormat::timeOrDateTime(m_scheduler->nextSyncAt())));

        // The shop answers again.
        demostore::DemoStore store(storeConfig());
        QVERIFY(store.start());
        m_services->client()->setShop(ShopAddress::fromUrl(store.url()));
        m_scheduler->syncNow();
        QVERIFY(waitForSync(finished).isOk());
        QVERIFY(!m_scheduler->isOffline());
        QVERIFY(!offlineBanner()->isVisible());
        QCOMPARE(m_services->book()->count(), 12);
        QVERIFY(syncStatus()->text().startsWith(u"Synced "_s));
    }

    void aBigShopsHistoryIsSaidToComeAndItsFailureTold()
    {
        demostore::DemoStoreConfig config = storeConfig();
        config.orderCount = 60;
        config.faults.bulkEnd = demostore::FaultPlan::BulkEnd::Failed;
        config.faults.bulkErrorCode = u"TIMEOUT"_s;
        demostore::DemoStore store(config);
        QVERIFY(store.start());
        m_services->client()->setShop(ShopAddress::fromUrl(store.url()));
        OrderSync *sync = m_services->sync();
        sync->setBulkThreshold(20); // 60 orders make a big shop here
        sync->setBulkPollInterval(std::chrono::milliseconds(10), std::chrono::milliseconds(50));
        QSignalSpy finished(sync, &OrderSync::finished);
        QString shownWithOpenOrders;
        int rowsWithOpenOrders = -1;
        connect(sync, &OrderSync::openOrdersStored, this, [&] {
            shownWithOpenOrders = syncStatus()->text();
            rowsWithOpenOrders = m_services->book()->count();
        });
        m_scheduler->syncNow();
        const SyncResult result = waitForSync(finished);
        // The open orders were on the table, with word that the history was still coming.
        QVERIFY2(shownWithOpenOrders.contains(u"the order history is still coming"_s),
                 qPrintable(shownWithOpenOrders));
        QVERIFY(rowsWithOpenOrders > 0);
        QCOMPARE(result.history, SyncResult::History::Failed);
        QVERIFY(result.userMessage().startsWith(u"The open orders are up to date, but Shopify ran "
                                                u"out of time"_s));
        QVERIFY2(syncStatus()->text().contains(u"Sync failed"_s), qPrintable(syncStatus()->text()));
        QCOMPARE(m_services->book()->count(), rowsWithOpenOrders);
    }

    void refusedTokenAsksToConnectAgain()
    {
        QSignalSpy finished(m_services->sync(), &OrderSync::finished);
        QSignalSpy connectRequested(m_window.get(), &MainWindow::connectRequested);
        demostore::DemoStore store(storeConfig());
        QVERIFY(store.start());
        m_services->client()->setShop(ShopAddress::fromUrl(store.url()));
        m_services->client()->setAccessToken(u"shpat_revoked"_s);

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(waitForSync(finished).shopError.kind, ShopifyError::Kind::Unauthorized);
        QVERIFY(attentionBanner()->isVisible());
        QCOMPARE(attentionBanner()->text(),
                 u"The shop refused the access token: it is wrong, expired or was revoked. "
                 "Connect the shop again with a valid token."_s);
        QVERIFY(!offlineBanner()->isVisible()); // the shop answered: it is not away
        QVERIFY(connectAgain()->isVisible());
        QCOMPARE(connectAgain()->text(), u"Connect A&gain..."_s);
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(connectRequested.count(), 1);
        QTest::mouseClick(connectAgain(), Qt::LeftButton);
        QCOMPARE(connectRequested.count(), 2);

        // A failure of another kind says nothing about the token: the banner stays.
        const RefusedAddress away;
        QVERIFY(away.isValid());
        m_services->client()->setShop(ShopAddress::fromUrl(away.url()));
        m_scheduler->syncNow();
        QCOMPARE(waitForSync(finished).shopError.kind, ShopifyError::Kind::Network);
        QVERIFY(attentionBanner()->isVisible());

        // Connected again with the right token: the next sync succeeds and the banner goes.
        m_services->client()->setShop(ShopAddress::fromUrl(store.url()));
        m_services->client()->setAccessToken(u"shpat_right"_s);
        m_scheduler->syncNow();
        QVERIFY(waitForSync(finished).isOk());
        QVERIFY(!attentionBanner()->isVisible());
    }

    // Every way the shop can refuse or garble a sync (issue 5, point 6): the words the person
    // reads, where they read them, and a local store left exactly as it was.
    void everyShopErrorIsSaidAndChangesNothing_data()
    {
        QTest::addColumn<int>("status");       // the HTTP status every request fails with; 0: none
        QTest::addColumn<int>("malformation"); // a FaultPlan::Malformation; -1: none
        QTest::addColumn<QString>("scopeTaken"); // an access scope the shop takes back
        QTest::addColumn<bool>("unknownShop");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("shownIn"); // attention, offline or status
        QTest::addColumn<QString>("says");    // how the message begins

        using K = ShopifyError::Kind;
        using M = demostore::FaultPlan::Malformation;
        const QString refused = u"The shop refused the access token: it is wrong, expired or "
                                "was revoked."_s;
        const QString down = u"Shopify has a problem on its side (server error)."_s;
        const QString garbled = u"The shop sent an answer Smidig does not understand, so "
                                "nothing was changed."_s;
        QTest::newRow("revoked token (401)")
            << 401 << -1 << QString() << false << int(K::Unauthorized) << u"attention"_s << refused;
        QTest::newRow("shop frozen (402)")
            << 402 << -1 << QString() << false << int(K::PaymentRequired) << u"attention"_s
            << u"The shop is frozen because of unpaid Shopify bills."_s;
        QTest::newRow("forbidden (403)")
            << 403 << -1 << QString() << false << int(K::Forbidden) << u"attention"_s
            << u"The app is not allowed to do this: an access scope is missing."_s;
        QTest::newRow("unknown shop (404)")
            << 0 << -1 << QString() << true << int(K::NotFound) << u"attention"_s
            << u"There is no shop at this address."_s;
        QTest::newRow("shop locked (423)") << 423 << -1 << QString() << false << int(K::Locked)
                                           << u"attention"_s << u"The shop is locked by Shopify."_s;
        QTest::newRow("missing scope (ACCESS_DENIED)")
            << 0 << -1 << u"read_orders"_s << false << int(K::AccessDenied) << u"attention"_s
            << u"Access denied: the app lacks an access scope for this data."_s;
        QTest::newRow("API down (500)")
            << 500 << -1 << QString() << false << int(K::ServerError) << u"offline"_s << down;
        QTest::newRow("API down (502)")
            << 502 << -1 << QString() << false << int(K::ServerError) << u"offline"_s << down;
        QTest::newRow("API down (503)")
            << 503 << -1 << QString() << false << int(K::ServerError) << u"offline"_s << down;
        QTest::newRow("not JSON") << 0 << int(M::NotJson) << QString() << false
                                  << int(K::BadResponse) << u"status"_s << garbled;
        QTest::newRow("a field missing") << 0 << int(M::MissingField) << QString() << false
                                         << int(K::BadResponse) << u"status"_s << garbled;
        QTest::newRow("a field of the wrong type") << 0 << int(M::WrongType) << QString() << false
                                                   << int(K::BadResponse) << u"status"_s << garbled;
    }

    void everyShopErrorIsSaidAndChangesNothing()
    {
        QFETCH(int, status);
        QFETCH(int, malformation);
        QFETCH(QString, scopeTaken);
        QFETCH(bool, unknownShop);
        QFETCH(int, kind);
        QFETCH(QString, shownIn);
        QFETCH(QString, says);

        QSignalSpy finished(m_services->sync(), &OrderSync::finished);
        demostore::DemoStore store(storeConfig());
        QVERIFY(store.start());
        m_services->client()->setShop(ShopAddress::fromUrl(store.url()));
        m_scheduler->syncNow();
        QVERIFY(waitForSync(finished).isOk());
        const QList<OrderSummary> before = m_services->book()->rows();
        QCOMPARE(before.size(), 12);
        QList<Order> storedBefore;
        QVERIFY(!m_services->book()->allOrders(&storedBefore).isError());

        demostore::FaultPlan plan;
        if (status != 0) {
            plan.failBeforeWorkRate = 1;
            plan.failStatuses = {status};
        }
        if (malformation >= 0) {
            plan.malformRate = 1;
            plan.malformation = demostore::FaultPlan::Malformation(malformation);
        }
        store.setFaultPlan(plan);
        store.setUnknownShop(unknownShop);
        if (!scopeTaken.isEmpty()) {
            QStringList scopes = demostore::AccessScopes::smidigScopes();
            scopes.removeAll(scopeTaken);
            store.setGrantedScopes(scopes);
        }

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        const SyncResult result = waitForSync(finished);
        QCOMPARE(int(result.shopError.kind), kind);
        QVERIFY(!result.storeError.isError());
        const QString message = result.userMessage();
        QVERIFY2(message.startsWith(says), qPrintable(message));

        if (shownIn == u"attention") {
            QVERIFY(attentionBanner()->isVisible());
            QCOMPARE(attentionBanner()->text(), message);
            QVERIFY(connectAgain()->isVisible());
            QVERIFY(!offlineBanner()->isVisible());
        } else if (shownIn == u"offline") {
            QVERIFY(offlineBanner()->isVisible());
            QVERIFY2(offlineBanner()->text().startsWith(u"Offline since "_s),
                     qPrintable(offlineBanner()->text()));
            QVERIFY(!attentionBanner()->isVisible());
        } else {
            QVERIFY(!attentionBanner()->isVisible());
            QVERIFY(!offlineBanner()->isVisible());
        }
        // The status bar names the failure in every case, with the whole message at hand; where
        // no banner says it, the status bar says it all.
        if (shownIn == u"status")
            QVERIFY2(syncStatus()->text().startsWith(u"Sync failed: "_s + message),
                     qPrintable(syncStatus()->text()));
        else
            QVERIFY2(syncStatus()->text().contains(u"Sync failed"_s)
                         || syncStatus()->text().startsWith(u"Offline"_s),
                     qPrintable(syncStatus()->text()));
        QCOMPARE(syncStatus()->findChild<QLabel *>()->toolTip(), message);

        // The local store keeps what it had, in memory and on disk.
        QCOMPARE(m_services->book()->rows(), before);
        OrderBook reader(m_services->database()->connection());
        QVERIFY(!reader.load().isError());
        QList<Order> storedAfter;
        QVERIFY(!reader.allOrders(&storedAfter).isError());
        QCOMPARE(storedAfter, storedBefore);
        m_scheduler->stop();
    }

    // A shop address that redirects elsewhere: the token is not sent on, and a person must
    // connect with the right address. Not "offline": trying again changes nothing.
    void aRedirectAsksToConnectAgainNotOffline()
    {
        QSignalSpy finished(m_services->sync(), &OrderSync::finished);
        CannedHttpServer shop;
        shop.setAnswer(u"*"_s,
                       {301,
                        "text/html",
                        "<html>Moved</html>",
                        false,
                        {{"Location", "https://butik.example.com/admin/api/2026-01/graphql.json"}}});
        m_services->client()->setShop(ShopAddress::fromUrl(shop.url()));

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        const SyncResult result = waitForSync(finished);
        QCOMPARE(result.shopError.kind, ShopifyError::Kind::Redirected);
        QVERIFY(attentionBanner()->isVisible());
        QCOMPARE(attentionBanner()->text(), result.userMessage());
        QVERIFY2(attentionBanner()->text().contains(u"butik.example.com"_s),
                 qPrintable(attentionBanner()->text()));
        QVERIFY(connectAgain()->isVisible());
        QVERIFY(!offlineBanner()->isVisible());
        QVERIFY(!m_scheduler->isOffline());
        QCOMPARE(shop.requestCount(), 1);
        m_scheduler->stop();
    }

    void localStoreErrorNeedsAPersonNotANewToken()
    {
        // The sync's own report, as it comes when the disk is full.
        SyncResult result;
        result.storeError.kind = StoreError::Kind::DiskFull;
        emit m_services->sync()->finished(result);
        QVERIFY(attentionBanner()->isVisible());
        // What was saved (nothing of this sync), then what is wrong and what to do.
        QVERIFY2(attentionBanner()->text().startsWith(
                     u"The orders read from the shop could not be saved, so the order list is "
                     "as it was before this sync."_s),
                 qPrintable(attentionBanner()->text()));
        QVERIFY(attentionBanner()->text().endsWith(u"The disk is full, so nothing new could be "
                                                   "saved. Free some space and try again."_s));
        QVERIFY(!connectAgain()->isVisible());
    }

    void aStockReadThatFailsIsTheStockPanelsNewsNotAFailedSync()
    {
        // The orders synced ...
        SyncResult synced;
        synced.finishedAt = QDateTime::currentDateTimeUtc();
        synced.orderCount = 12;
        emit m_services->sync()->finished(synced);
        const QString syncedText = tr("Synced %1").arg(DisplayFormat::dateTime(synced.finishedAt));
        QCOMPARE(syncStatus()->text(), syncedText);

        // ... then the stock read after them failed: said beside the sync's time, in words,
        // never as a failed sync, and no banner asks for a person.
        InventorySyncResult stock;
        stock.shopError.kind = ShopifyError::Kind::AccessDenied;
        m_window->showStockRead(stock);
        QCOMPARE(syncStatus()->text(), syncedText + u" · stock not read"_s);
        const QString tip = syncStatus()->findChild<QLabel *>()->toolTip();
        QVERIFY2(tip.startsWith(u"The stock could not be read: Access denied"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"The orders are not affected"_s));
        QVERIFY(!syncStatus()->text().contains(u"failed"_s));
        QVERIFY(!attentionBanner()->isVisible());

        // A later read that works clears it.
        m_window->showStockRead(InventorySyncResult{});
        QCOMPARE(syncStatus()->text(), syncedText);
    }
};

QTEST_MAIN(TestSyncBanners)
#include "tst_syncbanners.moc"
