// What a scan at the packing station is (issue 16, point 2): the rules of ScanRouter, one by
// one, and where two readings meet, which wins.

#include "core/packing/ScanRouter.h"
#include "core/tracking/TrackingNumberDetector.h"

#include "tests/testlib/SampleOrders.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ScanRouter::Kind;
using Command = ScanRouter::Command;
using Expecting = ScanRouter::Expecting;

Q_DECLARE_METATYPE(ScanRouter::Kind)
Q_DECLARE_METATYPE(ScanRouter::Command)

namespace {

// A FedEx Express number (mod 11) that is also a valid UPC-A (GS1 mod 10).
const QString kFedExAndUpc = u"799531274461"_s;
const QString kUps = u"1Z999AA10123456784"_s;

// Sample order #1001 (socks with an EAN-13 and SKU-1; a cap with SKU-2 and no barcode),
// with SKUs that collide with commands, order numbers and tracking numbers when asked.
Order orderWithSkus(const QString &first, const QString &second)
{
    Order order = SampleOrders::make(1);
    order.lineItems[0].sku = first;
    order.lineItems[1].sku = second;
    return order;
}

} // namespace

class TestScanRouter final : public QObject
{
    Q_OBJECT

    TrackingNumberDetector m_detector{u"DK"};
    ScanRouter m_router{&m_detector};

private slots:
    void commandsFromTheSheetAndAsWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ScanRouter::Command>("command");
        QTest::newRow("sheet fulfil") << u"SMIDIG:FULFIL"_s << Command::Fulfil;
        QTest::newRow("sheet skip") << u"SMIDIG:SKIP"_s << Command::Skip;
        QTest::newRow("sheet undo") << u"SMIDIG:UNDO"_s << Command::Undo;
        QTest::newRow("sheet next") << u"SMIDIG:NEXT"_s << Command::Next;
        QTest::newRow("sheet reprint") << u"SMIDIG:REPRINT"_s << Command::Reprint;
        QTest::newRow("sheet, lower case") << u"smidig:undo"_s << Command::Undo;
        QTest::newRow("word") << u"NEXT"_s << Command::Next;
        QTest::newRow("US spelling") << u"fulfill"_s << Command::Fulfil;
        QTest::newRow("scanner's spaces") << u" REPRINT \r"_s << Command::Reprint;
    }
    void commandsFromTheSheetAndAsWords()
    {
        QFETCH(QString, code);
        QFETCH(ScanRouter::Command, command);
        const Order order = SampleOrders::make(1);
        const ScanRouter::Route route = m_router.route(code, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Command);
        QCOMPARE(route.command, command);
        // With no order on the table too.
        QCOMPARE(m_router.route(code, nullptr, Expecting::Items).command, command);
    }

    void theSheetPrintsWhatTheRouterReads()
    {
        for (Command command :
             {Command::Fulfil, Command::Skip, Command::Undo, Command::Next, Command::Reprint}) {
            const QString printed = ScanRouter::commandCode(command);
            QVERIFY(printed.startsWith(u"SMIDIG:"_s));
            const ScanRouter::Route route = m_router.route(printed, nullptr, Expecting::Items);
            QCOMPARE(route.kind, Kind::Command);
            QCOMPARE(route.command, command);
            QVERIFY(!ScanRouter::commandName(command).isEmpty());
        }
        const ScanRouter::Route slip = m_router.route(ScanRouter::orderCode(u"#1042"_s),
                                                      nullptr,
                                                      Expecting::Items);
        QCOMPARE(slip.kind, Kind::Order);
        QCOMPARE(slip.orderReference, u"#1042"_s);
    }

    void anItemOfTheOrderByBarcodeOrSku_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("EAN-13") << u"5701234000013"_s << 0;
        QTest::newRow("SKU") << u"SKU-2"_s << 1;
        QTest::newRow("SKU in other case") << u"sku-2"_s << 1;
        QTest::newRow("as EAN-14 with a leading zero") << u"05701234000013"_s << 0;
    }
    void anItemOfTheOrderByBarcodeOrSku()
    {
        QFETCH(QString, code);
        QFETCH(int, line);
        const Order order = SampleOrders::make(1);
        const ScanRouter::Route route = m_router.route(code, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Item);
        QCOMPARE(route.lineItemIds, QStringList{order.lineItems.at(line).id});
    }

    // Rule 2 before 3, 4 and 6: while its order is on the table, a code that names one of
    // its items is that item, whatever else it could be.
    void theOrdersOwnItemsWinOverEveryOtherReading_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::newRow("a SKU that is a command word") << u"NEXT"_s;
        QTest::newRow("a SKU that is an order number") << u"1001"_s;
        QTest::newRow("a SKU that is an order name") << u"#1002"_s;
        QTest::newRow("a SKU that is a tracking number") << kUps;
    }
    void theOrdersOwnItemsWinOverEveryOtherReading()
    {
        QFETCH(QString, sku);
        const Order order = orderWithSkus(u"SOCK"_s, sku);
        for (Expecting expecting : {Expecting::Items, Expecting::Label}) {
            const ScanRouter::Route route = m_router.route(sku, &order, expecting);
            QCOMPARE(route.kind, Kind::Item);
            QCOMPARE(route.lineItemIds, QStringList{order.lineItems.at(1).id});
        }
        // Without that order on the table, the same code is what it looks like.
        QVERIFY(m_router.route(sku, nullptr, Expecting::Items).kind != Kind::Item);
    }

    // A barcode names its item even when another line's SKU is spelt the same.
    void aBarcodeWinsOverAnotherLinesSku()
    {
        const Order order = orderWithSkus(u"SOCK"_s, u"5701234000013"_s);
        const ScanRouter::Route route = m_router.route(u"5701234000013"_s, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Item);
        QCOMPARE(route.lineItemIds, QStringList{order.lineItems.at(0).id});
    }

    // Rule 1: Smidig's own codes are never an item, even should a SKU be spelt like one.
    void theSheetWinsOverASkuSpeltLikeIt()
    {
        const Order order = orderWithSkus(u"SMIDIG:FULFIL"_s, u"SKU-2"_s);
        const ScanRouter::Route route = m_router.route(u"SMIDIG:FULFIL"_s, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Command);
        QCOMPARE(m_router.route(u"SMIDIG:DANCE"_s, &order, Expecting::Items).kind, Kind::Unknown);
        QCOMPARE(m_router.route(u"SMIDIG:ORDER:"_s, &order, Expecting::Items).kind, Kind::Unknown);
    }

    void ordersByNameNumberOrSlip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reference");
        QTest::newRow("name") << u"#1002"_s << u"#1002"_s;
        QTest::newRow("number") << u"1002"_s << u"1002"_s;
        QTest::newRow("slip") << u"SMIDIG:ORDER:#1002"_s << u"#1002"_s;
        QTest::newRow("slip of a prefixed name") << u"SMIDIG:ORDER:#EU1002"_s << u"#EU1002"_s;
        QTest::newRow("seven digits") << u"1234567"_s << u"1234567"_s;
    }
    void ordersByNameNumberOrSlip()
    {
        QFETCH(QString, code);
        QFETCH(QString, reference);
        const Order order = SampleOrders::make(1);
        const ScanRouter::Route route = m_router.route(code, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Order);
        QCOMPARE(route.orderReference, reference);
    }

    // Rule 5: a product code not of this order is no order number and, while items are
    // counted, no label: unknown, so the session refuses it as a wrong item.
    void anotherOrdersProductIsUnknownWhileCounting()
    {
        const Order order = SampleOrders::make(1);
        QVERIFY(ScanRouter::isProductCode(u"5701234100119"));
        QCOMPARE(m_router.route(u"5701234100119"_s, &order, Expecting::Items).kind, Kind::Unknown);
        QCOMPARE(m_router.route(u"57012341"_s, &order, Expecting::Items).kind, Kind::Unknown);
    }

    // Rules 5 and 6: a code that is both a UPC-A and a FedEx number is a product while items
    // are counted, and the label once they all are.
    void aCodeThatIsProductAndLabelFollowsWhatIsExpected()
    {
        QVERIFY(ScanRouter::isProductCode(kFedExAndUpc));
        const TrackingDetection detection = m_detector.detect(kFedExAndUpc);
        QVERIFY(detection.best());
        QCOMPARE(detection.best()->checkDigit, CheckDigitState::Valid);
        const Order order = SampleOrders::make(1);
        QCOMPARE(m_router.route(kFedExAndUpc, &order, Expecting::Items).kind, Kind::Unknown);
        const ScanRouter::Route label = m_router.route(kFedExAndUpc, &order, Expecting::Label);
        QCOMPARE(label.kind, Kind::Tracking);
        QCOMPARE(label.tracking.best()->company, u"FedEx"_s);
    }

    void trackingNumbersWithTheirCarrier()
    {
        const Order order = SampleOrders::make(1);
        for (Expecting expecting : {Expecting::Items, Expecting::Label}) {
            const ScanRouter::Route route = m_router.route(kUps, &order, expecting);
            QCOMPARE(route.kind, Kind::Tracking);
            QCOMPARE(route.tracking.best()->company, u"UPS"_s);
        }
        // A wrong check digit is likely a misread: not a label unless one is expected.
        const QString typo = u"1Z999AA10123456785"_s;
        QCOMPARE(m_router.route(typo, &order, Expecting::Items).kind, Kind::Unknown);
        QCOMPARE(m_router.route(typo, &order, Expecting::Label).kind, Kind::Tracking);
        // A number of no known format is a label only where one is expected (the packer
        // picks the carrier).
        QCOMPARE(m_router.route(u"ZZ12AB34CD"_s, &order, Expecting::Items).kind, Kind::Unknown);
        const ScanRouter::Route unknown = m_router.route(u"ZZ12AB34CD"_s, &order, Expecting::Label);
        QCOMPARE(unknown.kind, Kind::Tracking);
        QVERIFY(unknown.tracking.candidates.isEmpty());
    }

    void nothingKnown_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("a hash alone") << u"#"_s;
        QTest::newRow("punctuation") << u"a/b.c"_s;
        QTest::newRow("another shop's SKU") << u"XYZ-99"_s;
    }
    void nothingKnown()
    {
        QFETCH(QString, code);
        const Order order = SampleOrders::make(1);
        const ScanRouter::Route route = m_router.route(code, &order, Expecting::Items);
        QCOMPARE(route.kind, Kind::Unknown);
        QCOMPARE(route.code, code.trimmed());
    }

    void productCodesByTheirCheckDigit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EAN-13") << u"4006381333931"_s << true;
        QTest::newRow("EAN-13, wrong check digit") << u"4006381333932"_s << false;
        QTest::newRow("UPC-A") << u"036000291452"_s << true;
        QTest::newRow("EAN-8") << u"96385074"_s << true;
        QTest::newRow("GTIN-14") << u"00012345600012"_s << true;
        QTest::newRow("11 digits") << u"12345678901"_s << false;
        QTest::newRow("letters") << u"40063813339A"_s << false;
    }
    void productCodesByTheirCheckDigit()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(ScanRouter::isProductCode(code), valid);
    }
};

QTEST_GUILESS_MAIN(TestScanRouter)
#include "tst_scanrouter.moc"
