#include "core/tracking/CsvReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

// RFC 4180 splitting, line numbers, and what spreadsheets write that the RFC does not say.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void splitsRecords();
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks();
    void countsPhysicalLines_data();
    void countsPhysicalLines();
    void lenientWithStrayQuotes();
    void flagsAnUnterminatedQuote();
    void keepsAtMostMaxFields();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
};

namespace {

QList<CsvRecord> readAll(const QString &text, QChar delimiter = u',')
{
    CsvReader reader(text, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

} // namespace

void TestCsvReader::splitsRecords()
{
    const auto records = readAll(u"a,b,c\n1,,3\n"_s);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(records.at(1).fields, (QStringList{u"1"_s, QString(), u"3"_s}));
    QCOMPARE(records.at(1).fieldCount, 3);
    // No final line break.
    QCOMPARE(readAll(u"x;y"_s, u';').first().fields, (QStringList{u"x"_s, u"y"_s}));
    QVERIFY(readAll(QString()).isEmpty());
}

void TestCsvReader::quotedFieldsKeepDelimitersQuotesAndLineBreaks()
{
    const auto records = readAll(u"\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\nnext\r\n"_s);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields,
             (QStringList{u"a,b"_s, u"say \"hi\""_s, u"two\r\nlines"_s, QString()}));
    QCOMPARE(records.at(1).fields, QStringList{u"next"_s});
    QCOMPARE(records.at(1).line, 3);
    QVERIFY(!records.at(0).unterminatedQuote);
}

void TestCsvReader::countsPhysicalLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("LF") << u"a\nb\nc"_s << QList<int>{1, 2, 3};
    QTest::newRow("CRLF") << u"a\r\nb\r\nc\r\n"_s << QList<int>{1, 2, 3};
    QTest::newRow("lone CR (old Mac)") << u"a\rb\rc"_s << QList<int>{1, 2, 3};
    QTest::newRow("blank lines") << u"a\n\n\nb"_s << QList<int>{1, 2, 3, 4};
    QTest::newRow("quoted LF") << u"\"a\nb\nc\",x\nd"_s << QList<int>{1, 4};
    QTest::newRow("quoted CRLF") << u"\"a\r\nb\",x\r\nd\r\n"_s << QList<int>{1, 3};
    QTest::newRow("quoted lone CR") << u"\"a\rb\"\nd"_s << QList<int>{1, 3};
}

void TestCsvReader::countsPhysicalLines()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QList<int> found;
    for (const auto &record : readAll(text))
        found.append(record.line);
    QCOMPARE(found, lines);
}

void TestCsvReader::lenientWithStrayQuotes()
{
    // A quote inside an unquoted field, and text after a closing quote, are kept.
    const auto records = readAll(u"12\" pizza,\"ab\"cd,  \"padded\"\n"_s);
    QCOMPARE(records.first().fields, (QStringList{u"12\" pizza"_s, u"abcd"_s, u"padded"_s}));
}

void TestCsvReader::flagsAnUnterminatedQuote()
{
    const auto records = readAll(u"a,b\n\"open,c\nd,e\n"_s);
    QCOMPARE(records.size(), 2);
    QVERIFY(!records.at(0).unterminatedQuote);
    QVERIFY(records.at(1).unterminatedQuote);
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(1).fields.first(), u"open,c\nd,e\n"_s);
}

void TestCsvReader::keepsAtMostMaxFields()
{
    const QString wide = QString(10000, u',');
    const auto records = readAll(wide);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fieldCount, 10001);
    QCOMPARE(records.first().fields.size(), CsvReader::kMaxFields);
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << u"order,tracking number,company"_s << QChar(u',');
    QTest::newRow("semicolon") << u"Ordre;Sporingsnummer;Fragtfirma\r\n1;2;3"_s << QChar(u';');
    QTest::newRow("tab") << u"order\ttracking"_s << QChar(u'\t');
    QTest::newRow("comma inside quotes does not count")
        << u"\"order, number\";tracking"_s << QChar(u';');
    QTest::newRow("only the first line counts") << u"order;tracking\na,b,c,d,e"_s << QChar(u';');
    QTest::newRow("none") << u"order"_s << QChar(u',');
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QString, header);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(header), delimiter);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
