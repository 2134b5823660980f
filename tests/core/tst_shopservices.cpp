#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SampleOrders.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// One shop's objects as the window, the command line and the tests get them: built on one
// store, wired to each other, and nothing half built when the store cannot be opened.
class TestShopServices final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    ShopServices::Setup setupAt(const QString &file) const
    {
        return {ShopAddress::fromUrl(QUrl(u"http://127.0.0.1:1/"_s)),
                ShopCredentials(),
                StoreLocation::file(m_dir.filePath(file)),
                StockRiskRules(),
                {}};
    }

private slots:
    void theObjectsShareOneStore()
    {
        ShopServices shop(&m_network);
        QVERIFY(!shop.open(setupAt(u"shared.sqlite"_s)).isError());
        QVERIFY(!shop.inventoryLoadError().isError());
        QCOMPARE(shop.client()->shop().baseUrl(), QUrl(u"http://127.0.0.1:1"_s));
        QVERIFY(!shop.book()->upsert({SampleOrders::make(1)}).isError());

        // What the desk queues is in the outbox and marks the book's order pending.
        const FulfillmentPlanner::Plan plan = shop.desk()->planWhole({SampleOrders::make(1).id});
        QCOMPARE(plan.requests.size(), 1);
        QVERIFY(!shop.desk()->fulfill(plan.requests).isError());
        QCOMPARE(shop.outbox()->pendingCount(), 1);
        QCOMPARE(shop.book()->at(shop.book()->rowOf(SampleOrders::make(1).id)).outboxMark,
                 OutboxMark::Pending);
    }

    void openingAgainReadsWhatTheLastRunLeft()
    {
        {
            ShopServices first(&m_network);
            QVERIFY(!first.open(setupAt(u"again.sqlite"_s)).isError());
            QVERIFY(!first.book()->upsert({SampleOrders::make(2)}).isError());
            const auto plan = first.desk()->planWhole({SampleOrders::make(2).id});
            QVERIFY(!first.desk()->fulfill(plan.requests).isError());
        }
        ShopServices second(&m_network);
        QVERIFY(!second.open(setupAt(u"again.sqlite"_s)).isError());
        QCOMPARE(second.book()->count(), 1);
        QCOMPARE(second.outbox()->pendingCount(), 1);
        QCOMPARE(second.book()->at(0).outboxMark, OutboxMark::Pending);
    }

    void aStoreThatCannotBeOpenedLeavesNothingBuilt()
    {
        // A folder where the database file should be.
        QVERIFY(QDir(m_dir.path()).mkpath(u"a-folder.sqlite"_s));
        ShopServices shop(&m_network);
        const StoreError error = shop.open(setupAt(u"a-folder.sqlite"_s));
        QVERIFY(error.isError());
        QCOMPARE(error.kind, StoreError::Kind::CannotOpen);
        QCOMPARE(shop.database(), nullptr);
        QCOMPARE(shop.book(), nullptr);
        QCOMPARE(shop.client(), nullptr);
        QCOMPARE(shop.desk(), nullptr);

        // The same object opens a good store afterwards.
        QVERIFY(!shop.open(setupAt(u"good.sqlite"_s)).isError());
        QVERIFY(shop.desk() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestShopServices)
#include "tst_shopservices.moc"
