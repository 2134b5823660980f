#include "core/tracking/TrackingNumberInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What people and scanners type, and what the detector gets to see of it.
class TestTrackingNumberInput final : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
    void acceptsTheLongestCarrierNumber();
};

void TestTrackingNumberInput::normalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::newRow("as printed") << u"1Z999AA10123456784"_s << u"1Z999AA10123456784"_s;
    QTest::newRow("lower case") << u"1z999aa10123456784"_s << u"1Z999AA10123456784"_s;
    QTest::newRow("spaces in groups") << u"1Z 999 AA1 01 2345 6784"_s << u"1Z999AA10123456784"_s;
    QTest::newRow("scanner's Enter")
        << u"9400111201080805483016\r\n"_s << u"9400111201080805483016"_s;
    QTest::newRow("scanner's tab suffix") << u"3318810025\t"_s << u"3318810025"_s;
    QTest::newRow("dashes") << u"0073-9380-0054-9297"_s << u"0073938000549297"_s;
    QTest::newRow("en dash and no-break space")
        << u"RB\u00a0123456785\u2013GB"_s << u"RB123456785GB"_s;
    QTest::newRow("GS1 group separator from a scanner")
        << u"42010023\u001d9200190132607600833457"_s << u"420100239200190132607600833457"_s;
    QTest::newRow("DPD barcode's percent sign")
        << u"%008182709980000020033350276"_s << u"008182709980000020033350276"_s;
}

void TestTrackingNumberInput::normalises()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    const TrackingNumberInput input = TrackingNumberInput::normalise(text);
    QCOMPARE(input.problem, TrackingNumberProblem::None);
    QCOMPARE(input.number, number);
    QVERIFY(input.isValid());
    QVERIFY(input.message().isEmpty());
    QCOMPARE(input.raw, text);
}

void TestTrackingNumberInput::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TrackingNumberProblem>("problem");
    QTest::addColumn<QString>("inMessage"); // what the message must show the person
    QTest::newRow("empty") << QString() << TrackingNumberProblem::Empty << u"empty"_s;
    QTest::newRow("only spaces") << u"   \t  "_s << TrackingNumberProblem::Empty << u"empty"_s;
    QTest::newRow("only dashes") << u"- - -"_s << TrackingNumberProblem::Empty << u"empty"_s;
    QTest::newRow("200 characters")
        << QString(200, u'7') << TrackingNumberProblem::TooLong << u"200"_s;
    QTest::newRow("41 characters")
        << QString(41, u'A') << TrackingNumberProblem::TooLong << u"41"_s;
    QTest::newRow("a megabyte") << QString(1 << 20, u'1') << TrackingNumberProblem::TooLong
                                << u"too long"_s;
    QTest::newRow("emoji") << u"1Z999AA1\U0001F4E60123456784"_s << TrackingNumberProblem::NonAscii
                           << u"\U0001F4E6"_s;
    QTest::newRow("only an emoji")
        << u"\U0001F600"_s << TrackingNumberProblem::NonAscii << u"\U0001F600"_s;
    QTest::newRow("accented letter")
        << u"RB12345678\u00c9GB"_s << TrackingNumberProblem::NonAscii << u"\u00c9"_s;
    QTest::newRow("full-width digit")
        << u"12345\uff16"_s << TrackingNumberProblem::NonAscii << u"\uff16"_s;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xd83d)) + u"123"_s << TrackingNumberProblem::NonAscii << u"U+D83D"_s;
    QTest::newRow("tab inside") << u"1Z999\tAA10123456784"_s
                                << TrackingNumberProblem::ControlCharacter << u"U+0009"_s;
    QTest::newRow("null byte") << u"1234\u0000567"_s << TrackingNumberProblem::ControlCharacter
                               << u"U+0000"_s;
    QTest::newRow("escape") << u"\u001b[A1234"_s << TrackingNumberProblem::ControlCharacter
                            << u"U+001B"_s;
    QTest::newRow("zero-width space")
        << u"1234\u200b5678"_s << TrackingNumberProblem::ControlCharacter << u"U+200B"_s;
    QTest::newRow("hash") << u"#1001"_s << TrackingNumberProblem::UnexpectedCharacter << u"#"_s;
    QTest::newRow("decimal point")
        << u"3.70725E+17"_s << TrackingNumberProblem::UnexpectedCharacter << u"."_s;
    QTest::newRow("URL") << u"https://ups.com/1Z"_s << TrackingNumberProblem::UnexpectedCharacter
                         << u":"_s;
}

void TestTrackingNumberInput::refuses()
{
    QFETCH(QString, text);
    QFETCH(TrackingNumberProblem, problem);
    QFETCH(QString, inMessage);
    const TrackingNumberInput input = TrackingNumberInput::normalise(text);
    QCOMPARE(input.problem, problem);
    QVERIFY(!input.isValid());
    QVERIFY(input.number.isEmpty());
    const QString message = input.message();
    QVERIFY2(message.contains(inMessage, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(message.endsWith(u'.'));
}

void TestTrackingNumberInput::acceptsTheLongestCarrierNumber()
{
    // A USPS IMpb behind a "420" + ZIP+4 routing prefix is 34 digits; with spaces as printed
    // on a label it is longer than 40 characters, which must not count.
    const QString printed = u"420 100233424 9200 1901 3260 7600 8334 57 "_s;
    QVERIFY(printed.size() > TrackingNumberInput::kMaxLength);
    const TrackingNumberInput input = TrackingNumberInput::normalise(printed);
    QCOMPARE(input.problem, TrackingNumberProblem::None);
    QCOMPARE(input.number.size(), 34);
    QCOMPARE(TrackingNumberInput::normalise(QString(40, u'9')).problem, TrackingNumberProblem::None);
}

QTEST_GUILESS_MAIN(TestTrackingNumberInput)
#include "tst_trackingnumberinput.moc"
