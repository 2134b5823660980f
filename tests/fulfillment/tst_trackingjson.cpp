#include "core/outbox/OutboxRequests.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The tracking Smidig sends to Shopify. FulfillmentTrackingInput pairs urls[i] with numbers[i],
// so a link goes with every number or with none, never one link for several numbers.
class TestTrackingJson final : public QObject
{
    Q_OBJECT

private slots:
    void oneParcel();
    void everyParcelWithItsOwnLink();
    void linksForSomeParcelsAreNotSent_data();
    void linksForSomeParcelsAreNotSent();
    void fulfilAndUpdateSendTheSame();
};

namespace {

const QString kCarrier = u"Hansen Kurer"_s; // not in Shopify's list: links of its own

TrackingInput threeParcels(const QStringList &urls)
{
    TrackingInput tracking;
    tracking.company = kCarrier;
    const QStringList numbers{u"HK1"_s, u"HK2"_s, u"HK3"_s};
    for (qsizetype i = 0; i < numbers.size(); ++i)
        tracking.parcels.append({numbers.at(i), urls.value(i)});
    return tracking;
}

} // namespace

void TestTrackingJson::oneParcel()
{
    QCOMPARE(OutboxRequests::trackingJson(
                 TrackingInput::withNumbers(u"UPS"_s, {u"1Z999AA10123456784"_s})),
             (QJsonObject{{u"company"_s, u"UPS"_s}, {u"number"_s, u"1Z999AA10123456784"_s}}));
    TrackingInput linked{kCarrier, {{u"HK1"_s, u"https://hk.example/t/HK1"_s}}};
    QCOMPARE(OutboxRequests::trackingJson(linked),
             (QJsonObject{{u"company"_s, kCarrier},
                          {u"number"_s, u"HK1"_s},
                          {u"url"_s, u"https://hk.example/t/HK1"_s}}));
}

void TestTrackingJson::everyParcelWithItsOwnLink()
{
    const TrackingInput tracking = threeParcels(
        {u"https://hk.example/1"_s, u"https://hk.example/2"_s, u"https://hk.example/3"_s});
    QVERIFY(!tracking.dropsUrls());
    const QJsonObject json = OutboxRequests::trackingJson(tracking);
    QCOMPARE(json[u"numbers"_s].toArray(), (QJsonArray{u"HK1"_s, u"HK2"_s, u"HK3"_s}));
    QCOMPARE(json[u"urls"_s].toArray(),
             (QJsonArray{u"https://hk.example/1"_s,
                         u"https://hk.example/2"_s,
                         u"https://hk.example/3"_s}));
    QVERIFY(!json.contains(u"url"_s));
    QVERIFY(!json.contains(u"number"_s));
}

void TestTrackingJson::linksForSomeParcelsAreNotSent_data()
{
    QTest::addColumn<QStringList>("urls");
    // Before, the first sent numbers [HK1, HK2, HK3] with url: the one link, and the second
    // urls [2, 3], which Shopify would have put on HK1 and HK2.
    QTest::newRow("first only") << QStringList{u"https://hk.example/1"_s};
    QTest::newRow("all but the first")
        << QStringList{QString(), u"https://hk.example/2"_s, u"https://hk.example/3"_s};
}

void TestTrackingJson::linksForSomeParcelsAreNotSent()
{
    QFETCH(QStringList, urls);
    const TrackingInput tracking = threeParcels(urls);
    QVERIFY(tracking.dropsUrls());
    QVERIFY(tracking.urls().isEmpty());
    const QJsonObject json = OutboxRequests::trackingJson(tracking);
    QCOMPARE(json,
             (QJsonObject{{u"company"_s, kCarrier},
                          {u"numbers"_s, QJsonArray{u"HK1"_s, u"HK2"_s, u"HK3"_s}}}));
}

void TestTrackingJson::fulfilAndUpdateSendTheSame()
{
    const TrackingInput tracking = threeParcels({u"https://hk.example/1"_s});
    const QJsonObject expected = OutboxRequests::trackingJson(tracking);

    FulfillmentRequest request;
    request.orderId = u"gid://shopify/Order/1"_s;
    request.lines = {FulfillmentLine{u"gid://shopify/FulfillmentOrder/1"_s,
                                     u"gid://shopify/FulfillmentOrderLineItem/1"_s,
                                     u"gid://shopify/LineItem/1"_s,
                                     1,
                                     1}};
    request.tracking = tracking;
    const OutboxEntry fulfil = OutboxRequests::fulfill(request);
    QCOMPARE(fulfil.payload[u"variables"_s][u"fulfillment"_s][u"trackingInfo"_s].toObject(),
             expected);

    const OutboxEntry update = OutboxRequests::updateTracking(u"gid://shopify/Order/1"_s,
                                                              u"#1001"_s,
                                                              u"gid://shopify/Fulfillment/1"_s,
                                                              tracking,
                                                              NotifyCustomer::No);
    QCOMPARE(update.payload[u"variables"_s][u"trackingInfoInput"_s].toObject(), expected);
    QCOMPARE(update.payload[u"numbers"_s].toArray(), (QJsonArray{u"HK1"_s, u"HK2"_s, u"HK3"_s}));
}

QTEST_GUILESS_MAIN(TestTrackingJson)
#include "tst_trackingjson.moc"
