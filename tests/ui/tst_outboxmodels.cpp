#include "core/fulfillment/FulfillmentDesk.h"
#include "core/outbox/Outbox.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "ui/models/FulfillProgressModel.h"
#include "ui/models/OrderTableModel.h"
#include "ui/models/OutboxModel.h"

#include "tests/testlib/SampleOrders.h"
#include "tests/ui/PluralText.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The outbox panel's model and the progress dialog's model, against a real outbox in a
// temporary database; nothing is sent, the tests play the sender's part with takeDue().
class TestOutboxModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;

    QList<qint64> fulfill(const QStringList &orderIds)
    {
        const FulfillmentPlanner::Plan plan = m_services->desk()->planWhole(orderIds);
        QList<qint64> ids;
        if (m_services->desk()->fulfill(plan.requests, &ids).isError())
            return {};
        return ids;
    }

    static QDateTime far() { return QDateTime::currentDateTimeUtc().addDays(1); }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"o.sqlite"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        QVERIFY(!m_services
                     ->open({ShopAddress(),
                             ShopCredentials(),
                             StoreLocation::file(m_dir.filePath(u"o.sqlite"_s)),
                             StockRiskRules(),
                             {}})
                     .isError());
        QVERIFY(!m_services->book()
                     ->upsert({SampleOrders::make(1),
                               SampleOrders::make(2),
                               SampleOrders::make(3),
                               SampleOrders::make(4)})
                     .isError());
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
    }
    void cleanup()
    {
        m_services.reset();
        m_network.reset();
    }

    void outboxModelFollowsTheOutbox()
    {
        OutboxModel model(m_services->outbox());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const QList<qint64> first = fulfill(
            {u"gid://shopify/Order/1"_s, u"gid://shopify/Order/2"_s});
        QCOMPARE(first.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
        QCOMPARE(model.index(0, OutboxModel::OrderColumn).data().toString(), u"#1001"_s);
        QVERIFY(readsAs(model.index(0, OutboxModel::ActionColumn).data().toString(),
                        u"Fulfill %n item(s) from Lager Vejle"_s,
                        3));
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(),
                 u"Waiting to be sent"_s);
        QVERIFY(!model.index(0, OutboxModel::StateColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.headerData(OutboxModel::MessageColumn, Qt::Horizontal).toString(),
                 u"Message"_s);

        // Sent and refused: the row stays, with Shopify's words.
        const std::optional<OutboxEntry> sending = m_services->outbox()->takeDue(
            QDateTime::currentDateTimeUtc());
        QVERIFY(sending);
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Sending"_s);
        QVERIFY(!m_services->outbox()
                     ->markFailed(*sending,
                                  u"Invalid fulfillment order line item quantity requested."_s)
                     .isError());
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Not sent"_s);
        QCOMPARE(model.index(0, OutboxModel::MessageColumn).data().toString(),
                 u"Invalid fulfillment order line item quantity requested."_s);

        // A new one comes in at the end, a withdrawn one leaves, the others keep their rows.
        const QList<qint64> more = fulfill({u"gid://shopify/Order/3"_s});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, OutboxModel::OrderColumn).data().toString(), u"#1003"_s);
        QCOMPARE(m_services->outbox()->withdraw({first.at(1)}), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(OutboxModel::EntryIdRole).toLongLong(), first.at(0));
        QCOMPARE(model.index(1, 0).data(OutboxModel::EntryIdRole).toLongLong(), more.at(0));

        // Done entries leave the outbox, and the list.
        const std::optional<OutboxEntry> next = m_services->outbox()->takeDue(
            QDateTime::currentDateTimeUtc());
        QVERIFY(next);
        QCOMPARE(next->id, more.at(0));
        QVERIFY(!m_services->outbox()->finish(*next, std::nullopt).isError());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!m_services->outbox()->drop(first.at(0)).isError());
        QCOMPARE(model.rowCount(), 0);
    }

    void progressModelCountsDownAndFollowsEachEntry()
    {
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(5000));
        const QList<qint64> ids = fulfill({u"gid://shopify/Order/1"_s,
                                           u"gid://shopify/Order/2"_s,
                                           u"gid://shopify/Order/3"_s,
                                           u"gid://shopify/Order/4"_s});
        QCOMPARE(ids.size(), 4);
        FulfillProgressModel model(m_services->outbox(), ids);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QDateTime now = m_services->outbox()->entry(ids.first())->createdAt;
        model.setClock([&now] { return now; });
        QSignalSpy totals(&model, &FulfillProgressModel::totalsChanged);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, FulfillProgressModel::OrderColumn).data().toString(), u"#1001"_s);
        QCOMPARE(model.index(0, FulfillProgressModel::StateColumn).data().toString(),
                 u"Sends in 5 s (can be undone)"_s);
        QCOMPARE(model.undoSecondsLeft(), 5);
        now = now.addMSecs(3200);
        model.tick();
        QCOMPARE(model.index(0, FulfillProgressModel::StateColumn).data().toString(),
                 u"Sends in 2 s (can be undone)"_s);
        QCOMPARE(model.leftCount(), 4);
        now = now.addSecs(10);
        QCOMPARE(model.undoSecondsLeft(), 0);
        QCOMPARE(model.index(0, FulfillProgressModel::StateColumn).data().toString(),
                 u"Waiting to be sent"_s);

        // The sender takes #1001 and #1002: one goes through, one is refused.
        const auto a = m_services->outbox()->takeDue(far());
        const auto b = m_services->outbox()->takeDue(far());
        QVERIFY(a && b);
        QCOMPARE(model.outcomeAt(0), FulfillProgressModel::Outcome::Sending);
        QCOMPARE(model.index(0, FulfillProgressModel::StateColumn).data().toString(),
                 u"Sending..."_s);
        QVERIFY(!m_services->outbox()->finish(*a, std::nullopt).isError());
        QVERIFY(
            !m_services->outbox()->markFailed(*b, u"The fulfillment order is on hold."_s).isError());
        QCOMPARE(model.outcomeAt(0), FulfillProgressModel::Outcome::Done);
        QCOMPARE(model.index(0, FulfillProgressModel::StateColumn).data().toString(), u"Done"_s);
        QCOMPARE(model.outcomeAt(1), FulfillProgressModel::Outcome::Failed);
        QCOMPARE(model.index(1, FulfillProgressModel::MessageColumn).data().toString(),
                 u"The fulfillment order is on hold."_s);
        QCOMPARE(model.count(FulfillProgressModel::Outcome::Done), 1);
        QCOMPARE(model.count(FulfillProgressModel::Outcome::Failed), 1);
        QCOMPARE(model.leftCount(), 2);
        QVERIFY(totals.count() > 0);

        // What has not gone can be withdrawn; a failed one dropped from the outbox shows so.
        QCOMPARE(model.unsentIds(), (QList<qint64>{ids.at(2), ids.at(3)}));
        QCOMPARE(m_services->outbox()->withdraw(model.unsentIds()), 2);
        QCOMPARE(model.count(FulfillProgressModel::Outcome::Withdrawn), 2);
        QCOMPARE(model.index(2, FulfillProgressModel::StateColumn).data().toString(),
                 u"Withdrawn, not sent"_s);
        QVERIFY(!m_services->outbox()->drop(b->id).isError());
        QCOMPARE(model.outcomeAt(1), FulfillProgressModel::Outcome::Dropped);
        QCOMPARE(model.leftCount(), 0);
        QCOMPARE(model.outcomeAt(0), FulfillProgressModel::Outcome::Done); // stays done
    }

    void tableShowsTheOutboxMark()
    {
        OrderTableModel model(m_services->book());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = m_services->book()->rowOf(u"gid://shopify/Order/2"_s);
        const QModelIndex status = model.index(row, OrderTableModel::FulfillmentColumn);
        QCOMPARE(status.data().toString(), u"Unfulfilled"_s);
        const qint64 plainIcon = status.data(Qt::DecorationRole).value<QIcon>().cacheKey();

        const QList<qint64> ids = fulfill({u"gid://shopify/Order/2"_s});
        QCOMPARE(status.data().toString(), u"Unfulfilled · sending"_s);
        QVERIFY(status.data(Qt::DecorationRole).value<QIcon>().cacheKey() != plainIcon);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"sending"_s));

        const auto entry = m_services->outbox()->takeDue(far());
        QVERIFY(!m_services->outbox()->markFailed(*entry, u"Refused"_s).isError());
        QCOMPARE(status.data().toString(), u"Unfulfilled · not sent"_s);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"retry or drop"_s));
        QVERIFY(!m_services->outbox()->drop(ids.first()).isError());
        QCOMPARE(status.data().toString(), u"Unfulfilled"_s);
        QCOMPARE(status.data(Qt::DecorationRole).value<QIcon>().cacheKey(), plainIcon);
    }
};

QTEST_MAIN(TestOutboxModels)
#include "tst_outboxmodels.moc"
