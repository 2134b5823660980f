#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/LeaseRepository.h"
#include "core/storage/OrderBook.h"
#include "core/storage/StoreAnnouncer.h"
#include "core/storage/StoreNotifications.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncRole.h"
#include "core/sync/SyncScheduler.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/models/OrderTableModel.h"
#include "ui/widgets/SyncStatusWidget.h"

#include "tests/testlib/RefusedAddress.h"
#include "tests/testlib/Requirements.h"
#include "tests/testlib/SampleOrders.h"
#include "tests/testlib/TestStore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const StationIdentity kStation1{u"Station 1"_s, u"Anna"_s};
const StationIdentity kStation2{u"Station 2"_s, {}};

} // namespace

// Several stations on one store (both engines): one syncs for all, the others follow what it
// and every other station store, row by row, without reading everything again. Each station
// is a ShopServices of its own, with its own connection, as in two processes.
class TestStationsFollow final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    RefusedAddress m_shop; // the syncs fail at once; who starts one is what counts here
    std::unique_ptr<TestStore> m_store;

    std::unique_ptr<ShopServices> openStation(const StationIdentity &who)
    {
        auto station = std::make_unique<ShopServices>(&m_network);
        const StoreError opened = station->open({ShopAddress::fromUrl(m_shop.url()),
                                                 ShopCredentials(),
                                                 m_store->location(),
                                                 StockRiskRules(),
                                                 who});
        if (opened.isError()) {
            qWarning() << opened.detail;
            return {};
        }
        // Short enough for a takeover within a test, long enough for a slow machine.
        station->syncRole()->setLease(1500ms);
        return station;
    }

    bool isPostgres() const { return m_store->engine() == SqlDialect::Engine::Postgres; }

    // Everything the store's leases say, moved into the past: as if their holders had
    // stopped renewing them long ago.
    void ageLeases(const ShopServices &station)
    {
        QSqlQuery query(station.database()->connection());
        QVERIFY(query.exec(u"UPDATE leases SET expires_at = expires_at - 3600000"_s));
    }

private slots:
    void initTestCase_data() { TestStore::addEngines(); }
    void init()
    {
        QVERIFY(m_shop.isValid());
        QFETCH_GLOBAL(SqlDialect::Engine, engine);
        m_store = std::make_unique<TestStore>(engine);
        SMIDIG_REQUIRE(m_store->isReady(), m_store->problem());
    }
    void cleanup() { m_store.reset(); }

    void onlyOneOfTwoScheduledStationsSyncs()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        QSignalSpy firstSyncs(first->sync(), &OrderSync::started);
        QSignalSpy secondSyncs(second->sync(), &OrderSync::started);
        SyncScheduler firstSchedule(first->sync(), first->book());
        firstSchedule.setRole(first->syncRole());
        SyncScheduler secondSchedule(second->sync(), second->book());
        secondSchedule.setRole(second->syncRole());

        firstSchedule.start();
        secondSchedule.start();
        QCOMPARE(firstSyncs.size(), 1);
        QVERIFY(first->syncRole()->isHeld());
        QCOMPARE(secondSyncs.size(), 0);
        QCOMPARE(second->syncRole()->syncerName(), u"Station 1 (Anna)"_s);

        // Asked by a person, the second declines and names the station that syncs; renewed,
        // the role is still the first's after twice its lease.
        QCOMPARE(secondSchedule.syncNow(), SyncScheduler::Request::OtherStationSyncs);
        QTRY_VERIFY_WITH_TIMEOUT(first->syncRole()->syncer().heldForMs
                                     > 2 * first->syncRole()->lease().count(),
                                 60000);
        QVERIFY(first->syncRole()->isHeld());
        QVERIFY(second->syncRole()->claim() == false);
        QVERIFY(!second->syncRole()->isHeld());
        QCOMPARE(secondSyncs.size(), 0);
    }

    void aClosedSyncingStationHandsTheRoleOn()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        auto firstSchedule = std::make_unique<SyncScheduler>(first->sync(), first->book());
        firstSchedule->setRole(first->syncRole());
        SyncScheduler secondSchedule(second->sync(), second->book());
        secondSchedule.setRole(second->syncRole());
        QSignalSpy secondSyncs(second->sync(), &OrderSync::started);
        firstSchedule->start();
        secondSchedule.start();
        QVERIFY(first->syncRole()->isHeld());
        QCOMPARE(secondSyncs.size(), 0);

        // Closing releases the role; the second takes it and syncs.
        firstSchedule.reset();
        first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(second->syncRole()->isHeld(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(secondSyncs.size() >= 1, 30000);
    }

    void aStationThatStoppedRenewingLosesTheRoleToTheNext()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        {
            // Scheduled, then stopped dead: no renewal, no release, as after a crash.
            SyncScheduler firstSchedule(first->sync(), first->book());
            firstSchedule.setRole(first->syncRole());
            firstSchedule.start();
            QVERIFY(first->syncRole()->isHeld());
            first->syncRole()->stop();
        }
        SyncScheduler secondSchedule(second->sync(), second->book());
        secondSchedule.setRole(second->syncRole());
        QSignalSpy secondSyncs(second->sync(), &OrderSync::started);
        secondSchedule.start();
        QCOMPARE(secondSyncs.size(), 0);
        QCOMPARE(second->syncRole()->syncerName(), u"Station 1 (Anna)"_s);

        ageLeases(*second);
        QTRY_VERIFY_WITH_TIMEOUT(second->syncRole()->isHeld(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(secondSyncs.size() >= 1, 30000);
        // The first, were it to wake, is told who syncs now.
        QVERIFY(!first->syncRole()->claim());
        QCOMPARE(first->syncRole()->syncerName(), u"Station 2"_s);
    }

    void aStationThatLostTheRoleIsNoLongerOffline()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        SyncScheduler firstSchedule(first->sync(), first->book());
        firstSchedule.setRole(first->syncRole());
        firstSchedule.start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSchedule.isOffline(), 30000);

        // Frozen past its lease, it finds the second station syncing: the shop being away is
        // that station's to tell now.
        first->syncRole()->stop();
        ageLeases(*first);
        QVERIFY(second->syncRole()->claim());
        QSignalSpy offline(&firstSchedule, &SyncScheduler::offlineChanged);
        QCOMPARE(firstSchedule.syncNow(), SyncScheduler::Request::OtherStationSyncs);
        QVERIFY(!firstSchedule.isOffline());
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.at(0).at(0).toBool(), false);
    }

    void theRoleOfAProcessThatEndedIsTakenAtOnce()
    {
        auto station = openStation(kStation2);
        QVERIFY(station);
        // A command line of this machine, killed mid-sync an hour's lease ago.
        LeaseRepository leases(station->database()->connection());
        Lease held;
        QVERIFY(!leases
                     .take(u"sync"_s,
                           u"killed-cli"_s,
                           kStation1,
                           1h,
                           LeaseRepository::Take::IfFree,
                           &held)
                     .isError());
        QVERIFY(!station->syncRole()->claim());
        station->syncRole()->setHolderHasEnded(
            [](const QString &holder) { return holder == u"killed-cli"_s; });
        QVERIFY(station->syncRole()->claim());
        QCOMPARE(station->syncRole()->syncerName(), u"Station 2"_s);
    }

    void anOrderChangedAtOneStationShowsAtTheOtherAsThatRowOnly()
    {
        auto first = openStation(kStation1);
        QVERIFY(first);
        QList<Order> orders;
        for (int i = 1; i <= 5; ++i)
            orders.append(SampleOrders::make(i));
        QVERIFY(!first->book()->upsert(orders).isError());
        auto second = openStation(kStation2);
        QVERIFY(second);
        QCOMPARE(second->book()->count(), 5);
        // PostgreSQL: the notification alone carries it (its polling is off, proven by an
        // hour's interval). SQLite: the data version, looked at often for the test.
        second->notifications()->setFallbackInterval(isPostgres() ? 3600s : 100ms);
        OrderTableModel model(second->book());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(second->book(), &OrderBook::rowsChanged);
        QSignalSpy removed(second->book(), &OrderBook::rowsAboutToBeRemoved);
        QSignalSpy added(second->book(), &OrderBook::rowsAboutToBeAdded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Order third = SampleOrders::make(3);
        third.email = u"changed@example.com"_s;
        third.updatedAt = third.updatedAt.addSecs(60);
        QVERIFY(!first->book()->upsert({third}).isError());

        const int row = second->book()->rowOf(third.id);
        QTRY_COMPARE_WITH_TIMEOUT(second->book()->at(row).email, u"changed@example.com"_s, 30000);
        if (isPostgres()) {
            // Only that row, once.
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toInt(), row);
            QCOMPARE(changed.at(0).at(1).toInt(), row);
        } else {
            // The file's whole table was compared: still only that row changed.
            QVERIFY(!changed.isEmpty());
            for (const QList<QVariant> &signal : std::as_const(changed)) {
                QCOMPARE(signal.at(0).toInt(), row);
                QCOMPARE(signal.at(1).toInt(), row);
            }
        }
        QCOMPARE(removed.size(), 0);
        QCOMPARE(added.size(), 0);
        QCOMPARE(reset.size(), 0);

        // A new order is added at the end, a removed one goes: rows, not a reload.
        QVERIFY(
            !first->book()->apply({SampleOrders::make(6)}, {SampleOrders::make(1).id}).isError());
        QTRY_COMPARE_WITH_TIMEOUT(second->book()->rowOf(SampleOrders::make(6).id), 4, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(second->book()->rowOf(SampleOrders::make(1).id), -1, 30000);
        QCOMPARE(second->book()->count(), 5);
        QCOMPARE(reset.size(), 0);
    }

    void aStationIgnoresItsOwnAnnouncements()
    {
        if (!isPostgres())
            return; // SQLite's data version never counts a connection's own commits
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        QSignalSpy heardFirst(first->notifications(), &StoreNotifications::ordersChanged);
        QSignalSpy heardSecond(second->notifications(), &StoreNotifications::ordersChanged);
        QVERIFY(!first->book()->upsert({SampleOrders::make(7)}).isError());
        QTRY_COMPARE_WITH_TIMEOUT(heardSecond.size(), 1, 30000);
        QCOMPARE(heardSecond.at(0).at(0).toStringList(), QStringList{SampleOrders::make(7).id});
        // The second's own write, heard by the first, is proof that the first's listening
        // works; the first has still heard nothing of its own.
        QVERIFY(!second->book()->upsert({SampleOrders::make(8)}).isError());
        QTRY_COMPARE_WITH_TIMEOUT(heardFirst.size(), 1, 30000);
        QCOMPARE(heardFirst.at(0).at(0).toStringList(), QStringList{SampleOrders::make(8).id});
    }

    void aChangeTooLargeForOneNotificationStillReachesEveryRow()
    {
        auto first = openStation(kStation1);
        QVERIFY(first);
        // About 25 bytes an id: 1,000 ids are three times what one payload may carry.
        QList<Order> orders;
        for (int i = 1; i <= 1000; ++i)
            orders.append(SampleOrders::make(i));
        QVERIFY(!first->book()->upsert(orders).isError());
        QVERIFY(StoreAnnouncer::idLists([&] {
                    QStringList ids;
                    for (const Order &order : std::as_const(orders))
                        ids.append(order.id);
                    return ids;
                }())
                    .size()
                > 2);
        auto second = openStation(kStation2);
        QVERIFY(second);
        second->notifications()->setFallbackInterval(isPostgres() ? 3600s : 100ms);
        OrderTableModel model(second->book());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        for (Order &order : orders) {
            order.email = u"second-round@example.com"_s;
            order.updatedAt = order.updatedAt.addSecs(60);
        }
        QVERIFY(!first->book()->upsert(orders).isError());
        auto allChanged = [&] {
            for (const OrderSummary &row : second->book()->rows()) {
                if (row.email != u"second-round@example.com"_s)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allChanged(), 30000);
        QCOMPARE(second->book()->count(), 1000);
        QCOMPARE(reset.size(), 0);
    }

    void anotherStationsSyncTimeReachesTheOthers()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        second->notifications()->setFallbackInterval(isPostgres() ? 3600s : 100ms);
        QSignalSpy values(second->book(), &OrderBook::syncValuesChanged);
        QVERIFY(!first->book()
                     ->setSyncValue(QString::fromLatin1(OrderSync::kLastSyncKey),
                                    u"2026-12-07T10:42:00.000Z"_s)
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!values.isEmpty(), 30000);
        QString stored;
        QVERIFY(!second->book()
                     ->syncValue(QString::fromLatin1(OrderSync::kLastSyncKey), &stored)
                     .isError());
        QCOMPARE(stored, u"2026-12-07T10:42:00.000Z"_s);
    }

    void theWindowSaysWhichStationSyncs()
    {
        auto first = openStation(kStation1);
        auto second = openStation(kStation2);
        QVERIFY(first && second);
        second->notifications()->setFallbackInterval(isPostgres() ? 3600s : 100ms);
        SyncScheduler firstSchedule(first->sync(), first->book());
        firstSchedule.setRole(first->syncRole());
        firstSchedule.start();
        SyncScheduler secondSchedule(second->sync(), second->book());
        secondSchedule.setRole(second->syncRole());
        secondSchedule.start();
        MainWindow window(second->book(),
                          second->sync(),
                          second->outbox(),
                          second->desk(),
                          FulfillmentSettings());
        window.setSyncScheduler(&secondSchedule);
        const auto *status = window.findChild<SyncStatusWidget *>(u"syncStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Station 1 (Anna) syncs for every station; not synced yet"_s);

        // The first station's sync time reaches the second's status bar.
        const QDateTime synced(QDate(2026, 12, 7), QTime(10, 42), Qt::UTC);
        QVERIFY(!first->book()
                     ->setSyncValue(QString::fromLatin1(OrderSync::kLastSyncKey),
                                    synced.toString(Qt::ISODateWithMs))
                     .isError());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  u"Synced by Station 1 (Anna) at %1"_s.arg(
                                      DisplayFormat::timeOrDateTime(synced)),
                                  30000);

        // Sync Now there names the station that syncs instead of starting a second sync.
        QSignalSpy secondSyncs(second->sync(), &OrderSync::started);
        auto *syncAction = window.findChild<QAction *>(u"syncAction"_s);
        QVERIFY(syncAction);
        syncAction->trigger();
        QCOMPARE(secondSyncs.size(), 0);
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Station 1 (Anna) syncs this shop for every station; its changes show here as "
                 "they arrive."_s);
    }

    void idListsKeepEveryIdWithinThePayloadLimit()
    {
        QStringList ids;
        for (int i = 0; i < 2000; ++i)
            ids.append(u"gid://shopify/Order/%1"_s.arg(5000000000LL + i));
        const QStringList lists = StoreAnnouncer::idLists(ids);
        QVERIFY(lists.size() > 1);
        QStringList back;
        for (const QString &list : lists) {
            QVERIFY(list.toUtf8().size() <= StoreAnnouncer::kMaxIdBytes);
            back += list.split(u' ');
        }
        QCOMPARE(back, ids);
        QCOMPARE(StoreAnnouncer::idLists({}), QStringList{QString()});
    }

    void anOutboxChangeAtOneStationShowsAtTheOther()
    {
        auto first = openStation(kStation1);
        QVERIFY(first);
        QVERIFY(!first->book()->upsert({SampleOrders::make(9)}).isError());
        auto second = openStation(kStation2);
        QVERIFY(second);
        second->notifications()->setFallbackInterval(isPostgres() ? 3600s : 100ms);
        // Its own heartbeat would find the change in 15 s; the notification is sooner.
        second->outbox()->setLease(1h);
        const FulfillmentPlanner::Plan plan = first->desk()->planWhole({SampleOrders::make(9).id});
        QVERIFY(!first->desk()->fulfill(plan.requests).isError());
        QTRY_COMPARE_WITH_TIMEOUT(second->outbox()->pendingCount(), 1, 30000);
    }
};

QTEST_MAIN(TestStationsFollow)
#include "tst_stationsfollow.moc"
