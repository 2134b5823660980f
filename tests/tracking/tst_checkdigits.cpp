#include "core/tracking/CheckDigits.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Each scheme against numbers published by carriers, label specifications or widely used
// test data (docs/tracking-numbers.md names the sources), and against its edge cases.
class TestCheckDigits final : public QObject
{
    Q_OBJECT

private slots:
    void gs1_data();
    void gs1();
    void gls();
    void ups_data();
    void ups();
    void fedex_data();
    void fedex();
    void dhlExpress();
    void s10_data();
    void s10();
    void iso7064_data();
    void iso7064();
    void refusesCharactersOutsideTheScheme();
};

void TestCheckDigits::gs1_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("check");
    // GS1's own worked example (GLN) and SSCC / USPS / FedEx Ground / Canada Post numbers.
    QTest::newRow("GLN 4260304620007") << u"426030462000"_s << 7;
    QTest::newRow("SSCC 370724760120000898") << u"37072476012000089"_s << 8;
    QTest::newRow("USPS 9400111201080805483016") << u"940011120108080548301"_s << 6;
    QTest::newRow("USPS 20-digit") << u"0307179000052348374"_s << 1;
    QTest::newRow("FedEx Ground 041441760228964") << u"04144176022896"_s << 4;
    QTest::newRow("Canada Post 0073938000549297") << u"007393800054929"_s << 7;
    QTest::newRow("all zeros") << u"00000000000000000"_s << 0;
}

void TestCheckDigits::gs1()
{
    QFETCH(QString, data);
    QFETCH(int, check);
    QCOMPARE(CheckDigits::gs1Mod10(data), std::optional<int>(check));
}

void TestCheckDigits::gls()
{
    // The GS1 sum plus one: for eleven zeros the sum is 1, so the check digit is 9.
    QCOMPARE(CheckDigits::glsMod10(u"00000000000"), std::optional<int>(9));
    // 2*3+0+1*3+2+3*3+4+5*3+6+7*3+8+9*3 = 101, plus one is 102: check digit 8.
    QCOMPARE(CheckDigits::glsMod10(u"20123456789"), std::optional<int>(8));
    QCOMPARE(CheckDigits::glsMod10(u"85000000011"), std::optional<int>(6));
}

void TestCheckDigits::ups_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("UPS's documentation example") << u"1Z999AA10123456784"_s;
    QTest::newRow("1Z5R89390357567127") << u"1Z5R89390357567127"_s;
    QTest::newRow("1Z879E930346834440") << u"1Z879E930346834440"_s;
    QTest::newRow("1Z410E7W0392751591") << u"1Z410E7W0392751591"_s;
    QTest::newRow("1Z8V92A70367203024") << u"1Z8V92A70367203024"_s;
}

void TestCheckDigits::ups()
{
    QFETCH(QString, number);
    const int expected = number.back().digitValue();
    QCOMPARE(CheckDigits::upsMod10(QStringView(number).mid(2, 15)), std::optional<int>(expected));
}

void TestCheckDigits::fedex_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("check");
    QTest::newRow("986578788855") << u"98657878885"_s << 5;
    QTest::newRow("477179081230") << u"47717908123"_s << 0;
    QTest::newRow("799531274483") << u"79953127448"_s << 3;
    QTest::newRow("790535312317") << u"79053531231"_s << 7;
    // The 13-digit serial of the 34-digit barcode 1001901781990001000300617767839437.
    QTest::newRow("34-digit serial") << u"0061776783943"_s << 7;
}

void TestCheckDigits::fedex()
{
    QFETCH(QString, data);
    QFETCH(int, check);
    QCOMPARE(CheckDigits::fedexMod11(data), std::optional<int>(check));
}

void TestCheckDigits::dhlExpress()
{
    QCOMPARE(CheckDigits::dhlExpressMod7(u"331881002"), std::optional<int>(5));
    QCOMPARE(CheckDigits::dhlExpressMod7(u"848713550"), std::optional<int>(6));
    QCOMPARE(CheckDigits::dhlExpressMod7(u"109925599"), std::optional<int>(0));
    // Digit by digit, so numbers beyond 64 bits work too.
    // 10^23 - 1: 10^6 is 1 modulo 7, so this is 10^5 - 1 = 99999, which is 4 modulo 7.
    QCOMPARE(CheckDigits::dhlExpressMod7(u"99999999999999999999999"), std::optional<int>(4));
}

void TestCheckDigits::s10_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("check");
    // The UPU's example RB 12345678 5 GB.
    QTest::newRow("UPU example") << u"12345678"_s << 5;
    // Sum 8: 11 - 8 = 3.
    QTest::newRow("plain") << u"00000001"_s << 4;
    // Remainder 0 gives 11, written 5.
    QTest::newRow("eleven becomes five") << u"00000000"_s << 5;
    // 9*8 + 1*6 + 2*4 + 3*2 + 4*3 + 5*5 + 6*9 + 7*7 = 232 = 21*11 + 1: 10 becomes 0.
    QTest::newRow("ten becomes zero") << u"91234567"_s << 0;
}

void TestCheckDigits::s10()
{
    QFETCH(QString, serial);
    QFETCH(int, check);
    QCOMPARE(CheckDigits::s10Mod11(serial), std::optional<int>(check));
}

void TestCheckDigits::iso7064_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QChar>("check");
    // DPD parcel numbers and barcodes from DPD label examples and the Business::DPD tests.
    QTest::newRow("01905002345615") << u"01905002345615"_s << QChar(u'Y');
    QTest::newRow("01905002345614") << u"01905002345614"_s << QChar(u'0');
    QTest::newRow("01015026003653") << u"01015026003653"_s << QChar(u'C');
    QTest::newRow("barcode 0081827...") << u"008182709980000020033350276"_s << QChar(u'C');
    QTest::newRow("barcode 0012555...") << u"001255501905002345615101276"_s << QChar(u'Z');
    QTest::newRow("barcode 0047829...") << u"004782901905002679885101276"_s << QChar(u'6');
}

void TestCheckDigits::iso7064()
{
    QFETCH(QString, data);
    QFETCH(QChar, check);
    QCOMPARE(CheckDigits::iso7064Mod37_36(data), std::optional<QChar>(check));
}

void TestCheckDigits::refusesCharactersOutsideTheScheme()
{
    QCOMPARE(CheckDigits::gs1Mod10(u"12A4"), std::nullopt);
    QCOMPARE(CheckDigits::gs1Mod10(u""), std::nullopt);
    QCOMPARE(CheckDigits::glsMod10(u"1 2"), std::nullopt);
    QCOMPARE(CheckDigits::upsMod10(u"999AA1012345678-"), std::nullopt);
    QCOMPARE(CheckDigits::fedexMod11(u"1234x"), std::nullopt);
    QCOMPARE(CheckDigits::dhlExpressMod7(u"12.4"), std::nullopt);
    QCOMPARE(CheckDigits::s10Mod11(u"1234567"), std::nullopt);
    QCOMPARE(CheckDigits::s10Mod11(u"1234567A"), std::nullopt);
    QCOMPARE(CheckDigits::iso7064Mod37_36(u"0190a"), std::nullopt);
    QCOMPARE(CheckDigits::iso7064Mod37_36(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestCheckDigits)
#include "tst_checkdigits.moc"
