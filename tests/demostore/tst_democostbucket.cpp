// The leaky cost bucket, on a clock the test moves by hand.

#include "core/demostore/CostBucket.h"

#include <QtTest>

using namespace demostore;

class TestDemoCostBucket final : public QObject
{
    Q_OBJECT

private slots:
    void startsFullAndCharges();
    void refusesWhatItDoesNotHoldAndTakesNothing();
    void restoresContinuouslyUpToTheMaximum();
    void refundsNeverOverfill();
    void unlimitedNeverRefuses();
};

namespace {

struct ManualClock
{
    qint64 ms = 1000;
    CostBucket::Clock clock()
    {
        return [this] { return ms; };
    }
};

} // namespace

void TestDemoCostBucket::startsFullAndCharges()
{
    ManualClock time;
    CostBucket bucket(2000, 100, time.clock());
    QCOMPARE(bucket.currentlyAvailable(), 2000.0);
    QVERIFY(bucket.tryCharge(1232));
    QCOMPARE(bucket.currentlyAvailable(), 768.0);
    QCOMPARE(bucket.maximumAvailable(), 2000.0);
    QCOMPARE(bucket.restoreRate(), 100.0);
}

void TestDemoCostBucket::refusesWhatItDoesNotHoldAndTakesNothing()
{
    ManualClock time;
    CostBucket bucket(100, 10, time.clock());
    QVERIFY(bucket.tryCharge(90));
    QVERIFY(!bucket.tryCharge(11));
    QCOMPARE(bucket.currentlyAvailable(), 10.0);
    QVERIFY(bucket.tryCharge(10));
    QCOMPARE(bucket.currentlyAvailable(), 0.0);
}

void TestDemoCostBucket::restoresContinuouslyUpToTheMaximum()
{
    ManualClock time;
    CostBucket bucket(1000, 50, time.clock());
    QVERIFY(bucket.tryCharge(1000));
    time.ms += 100; // a tenth of a second: 5 points
    QCOMPARE(bucket.currentlyAvailable(), 5.0);
    QVERIFY(!bucket.tryCharge(6));
    time.ms += 20;
    QVERIFY(bucket.tryCharge(6));
    time.ms += 3600 * 1000; // an hour later it is full, not more
    QCOMPARE(bucket.currentlyAvailable(), 1000.0);
}

void TestDemoCostBucket::refundsNeverOverfill()
{
    ManualClock time;
    CostBucket bucket(500, 100, time.clock());
    QVERIFY(bucket.tryCharge(300));
    bucket.refund(250); // requested 300, cost 50
    QCOMPARE(bucket.currentlyAvailable(), 450.0);
    bucket.refund(100);
    QCOMPARE(bucket.currentlyAvailable(), 500.0);
}

void TestDemoCostBucket::unlimitedNeverRefuses()
{
    ManualClock time;
    CostBucket bucket(10, 0, time.clock());
    bucket.setUnlimited(true);
    for (int i = 0; i < 100; ++i)
        QVERIFY(bucket.tryCharge(1000));
    QCOMPARE(bucket.currentlyAvailable(), 10.0);
}

QTEST_GUILESS_MAIN(TestDemoCostBucket)
#include "tst_democostbucket.moc"
