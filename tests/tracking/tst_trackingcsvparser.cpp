#include "core/tracking/TrackingCsvParser.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The tracking import as `smidig-cli import-tracking FILE.csv` uses it: files as Excel and
// people write them, bad rows reported by their line and skipped, good rows kept.
class TestTrackingCsvParser final : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodRows();
    void recognisesHeaderNames_data();
    void recognisesHeaderNames();
    void danishExcelWithSemicolonsBomAndCrlf();
    void excelSepLineNamesTheDelimiter();
    void latin1FileFromOlderExcel();
    void utf16FromExcelUnicodeText();
    void columnsInAnyOrderWithoutCompany();
    void quotedFields();
    void reportsBadRowsByLine();
    void lineNumbersAfterAQuotedMultiLineField();
    void unterminatedQuoteIsReported();
    void companyIsCanonicalised();
    void wrongCheckDigitIsRefused();
    void unknownFormatWithoutCompanyIsKept();
    void spreadsheetScientificNumberIsExplained();
    void fileErrors_data();
    void fileErrors();
    void headerOnlyHasNoRows();
    void refusesTooLargeInput();
    void refusesTooManyRows();
    void readsAFile();
    void unreadableFile();
    void survivesRandomBytes();
    void publishedNumbersAsPeopleWriteThem();

private:
    TrackingImportResult parse(const QByteArray &content, const QString &shopCountry = {}) const
    {
        return TrackingCsvParser(TrackingNumberDetector(shopCountry)).parse(content);
    }
};

namespace {

QList<int> linesOf(const TrackingImportResult &result)
{
    QList<int> lines;
    for (const auto &problem : result.problems)
        lines.append(problem.line);
    return lines;
}

} // namespace

void TestTrackingCsvParser::readsGoodRows()
{
    const auto result = parse("order,tracking number,company\n"
                              "#1001,1Z999AA10123456784,UPS\n"
                              "#1002,9400 1112 0108 0805 4830 16,\n"
                              "1003,RR123456785FI,\n");
    QVERIFY(result.isReadable());
    QCOMPARE(result.delimiter, QChar(u','));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.rows.size(), 3);

    const TrackingImportRow ups = result.rows.at(0);
    QCOMPARE(ups.line, 2);
    QCOMPARE(ups.order, u"#1001"_s);
    QCOMPARE(ups.number, u"1Z999AA10123456784"_s);
    QCOMPARE(ups.company, u"UPS"_s);
    QVERIFY(!ups.companyDetected);
    QCOMPARE(ups.checkDigit, CheckDigitState::Valid);
    QVERIFY(ups.url.contains(u"1Z999AA10123456784"));

    const TrackingImportRow usps = result.rows.at(1);
    QCOMPARE(usps.line, 3);
    QCOMPARE(usps.number, u"9400111201080805483016"_s);
    QCOMPARE(usps.company, u"USPS"_s);
    QVERIFY(usps.companyDetected);

    // A post outside Shopify's list: no company, but a link.
    const TrackingImportRow finnish = result.rows.at(2);
    QCOMPARE(finnish.company, QString());
    QVERIFY(!finnish.companyDetected);
    QVERIFY(finnish.url.contains(u"RR123456785FI"));
}

void TestTrackingCsvParser::recognisesHeaderNames_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("English") << QByteArray("Order,Tracking Number,Carrier");
    QTest::newRow("English, other words") << QByteArray("order no.,tracking_code,Shipping company");
    QTest::newRow("Shopify-ish") << QByteArray("Order #,Tracking number,Tracking company");
    QTest::newRow("upper case") << QByteArray("ORDER NUMBER,TRACKING,COMPANY");
    QTest::newRow("Danish") << QByteArray("Ordrenummer,Sporingsnummer,Fragtfirma");
    QTest::newRow("Danish, other words") << QByteArray("Ordre nr.,Track & Trace,Transportør");
    QTest::newRow("German") << QByteArray("Bestellnummer,Sendungsnummer,Versanddienstleister");
    QTest::newRow("German, other words") << QByteArray("Bestellung,Tracking-Nummer,Paketdienst");
}

void TestTrackingCsvParser::recognisesHeaderNames()
{
    QFETCH(QByteArray, header);
    const auto result = parse(header + "\n1001,3318810025,dhl express\n");
    QVERIFY2(result.isReadable(), qPrintable(result.fileErrorMessage));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().order, u"1001"_s);
    QCOMPARE(result.rows.first().number, u"3318810025"_s);
    QCOMPARE(result.rows.first().company, u"DHL Express"_s);
}

void TestTrackingCsvParser::danishExcelWithSemicolonsBomAndCrlf()
{
    const QByteArray content = "\xef\xbb\xbf"
                               "Ordre;Sporingsnummer;Transport\xc3\xb8r\r\n"
                               "#1001;00370724760120000898;PostNord DK\r\n"
                               ";;\r\n"
                               "#1002;RB123456785DK;\r\n";
    const auto result = parse(content, u"DK"_s);
    QVERIFY2(result.isReadable(), qPrintable(result.fileErrorMessage));
    QCOMPARE(result.delimiter, QChar(u';'));
    QVERIFY(!result.decodedAsLatin1);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).company, u"PostNord DK"_s);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(1).company, u"PostNord DK"_s);
    QVERIFY(result.rows.at(1).companyDetected);
    QCOMPARE(result.rows.at(1).line, 4);
}

void TestTrackingCsvParser::excelSepLineNamesTheDelimiter()
{
    // With "sep=;" the commas in the header are data, not delimiters.
    const auto result = parse("sep=;\norder;tracking\n1001,A;3318810025\n");
    QVERIFY2(result.isReadable(), qPrintable(result.fileErrorMessage));
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().order, u"1001,A"_s);
    QCOMPARE(result.rows.first().line, 3);
}

void TestTrackingCsvParser::latin1FileFromOlderExcel()
{
    // "Transportør" in Windows-1252, which is not UTF-8.
    const auto result = parse("Ordre;Sporingsnummer;Transport\xf8r\r\n1001;3318810025;\r\n");
    QVERIFY2(result.isReadable(), qPrintable(result.fileErrorMessage));
    QVERIFY(result.decodedAsLatin1);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().company, u"DHL Express"_s);
}

void TestTrackingCsvParser::utf16FromExcelUnicodeText()
{
    const QString text = u"order\ttracking\ttransportør\r\n1001\t3318810025\tDHL Express\r\n"_s;
    QByteArray content("\xff\xfe", 2);
    content.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto result = parse(content);
    QVERIFY2(result.isReadable(), qPrintable(result.fileErrorMessage));
    QCOMPARE(result.delimiter, QChar(u'\t'));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().company, u"DHL Express"_s);
}

void TestTrackingCsvParser::columnsInAnyOrderWithoutCompany()
{
    const auto result = parse("note,tracking,order\nfragile,1Z999AA10123456784,1001\n");
    QVERIFY(result.isReadable());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().order, u"1001"_s);
    QCOMPARE(result.rows.first().company, u"UPS"_s);
    QVERIFY(result.rows.first().companyDetected);
}

void TestTrackingCsvParser::quotedFields()
{
    const auto result = parse("\"order\",\"tracking number\",\"company\"\n"
                              "\"#1001, gift\",\"1Z 999 AA1 0123 4567 84\",\"ups\"\n"
                              "\"say \"\"hi\"\"\",3318810025,\"\"\n");
    QVERIFY(result.isReadable());
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).order, u"#1001, gift"_s);
    QCOMPARE(result.rows.at(0).number, u"1Z999AA10123456784"_s);
    QCOMPARE(result.rows.at(0).company, u"UPS"_s);
    QCOMPARE(result.rows.at(1).order, u"say \"hi\""_s);
}

void TestTrackingCsvParser::reportsBadRowsByLine()
{
    const auto result = parse("order,tracking,company\n"            // 1
                              "1001,1Z999AA10123456784,UPS\n"       // 2 good
                              ",3318810025,\n"                      // 3 no order
                              "1003,,UPS\n"                         // 4 no number
                              "1004,1Z999AA1\xf0\x9f\x93\xa6,UPS\n" // 5 emoji
                              "1005,3318810025,Fed Ex\n"            // 6 unknown company
                              "1006,3318810025,DHL Express,extra\n" // 7 too many columns
                              "\n"                                  // 8 blank
                              "1008,1Z999AA10123456785,\n"          // 9 wrong check digit
                              "1009,3318810025,DHL Express,\n"      // 10 empty extra: fine
                              "1010,"
                              + QByteArray(200, '9') + ",\n"              // 11 too long
                              + QByteArray(300, 'x') + ",3318810025,\n"); // 12 order too long
    QVERIFY(result.isReadable());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(1).line, 10);
    QCOMPARE(linesOf(result), (QList<int>{3, 4, 5, 6, 7, 9, 11, 12}));

    const auto &p = result.problems;
    QCOMPARE(p.at(0).error, TrackingImportRowError::MissingOrder);
    QCOMPARE(p.at(1).error, TrackingImportRowError::MissingNumber);
    QCOMPARE(p.at(2).error, TrackingImportRowError::BadNumber);
    QVERIFY2(p.at(2).message.contains(u"\U0001F4E6"), qPrintable(p.at(2).message));
    QCOMPARE(p.at(3).error, TrackingImportRowError::UnknownCompany);
    QVERIFY(p.at(3).message.contains(u"Fed Ex"));
    QCOMPARE(p.at(4).error, TrackingImportRowError::TooManyColumns);
    QVERIFY(p.at(4).message.contains(u'4') && p.at(4).message.contains(u'3'));
    QCOMPARE(p.at(5).error, TrackingImportRowError::WrongCheckDigit);
    QVERIFY(p.at(5).message.contains(u"UPS"));
    QCOMPARE(p.at(6).error, TrackingImportRowError::BadNumber);
    QVERIFY(p.at(6).message.contains(u"200"));
    QCOMPARE(p.at(7).error, TrackingImportRowError::OrderTooLong);
    for (const auto &problem : p)
        QVERIFY2(problem.message.endsWith(u'.') || problem.message.endsWith(u'?'),
                 qPrintable(problem.message));
}

void TestTrackingCsvParser::lineNumbersAfterAQuotedMultiLineField()
{
    const auto result = parse("order;tracking;company\r\n"
                              "\"#1001\r\nsecond line\r\nthird line\";3318810025;\r\n" // 2-4
                              "#1002;;\r\n"                                            // 5
                              "\"#1003\nwith LF\";1Z999AA10123456784;UPS\r\n"          // 6-7
                              "#1004;bad/number;\r\n");                                // 8
    QVERIFY(result.isReadable());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(0).order, u"#1001\r\nsecond line\r\nthird line"_s);
    QCOMPARE(result.rows.at(1).line, 6);
    QCOMPARE(linesOf(result), (QList<int>{5, 8}));
}

void TestTrackingCsvParser::unterminatedQuoteIsReported()
{
    const auto result = parse(
        "order,tracking\n1001,3318810025\n\"1002,8487135506\n1003,1099255990\n");
    QVERIFY(result.isReadable());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().error, TrackingImportRowError::UnterminatedQuote);
}

void TestTrackingCsvParser::companyIsCanonicalised()
{
    const auto result = parse("order,tracking,company\n"
                              "1,3318810025,dhl EXPRESS\n"
                              "2,201234567898,gls\n"
                              "3,ABC-123,Tinghao\n" // a company we cannot check: taken as given
                              "4,3318810025,PostNord\n");
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(0).company, u"DHL Express"_s);
    QCOMPARE(result.rows.at(1).company, u"GLS"_s);
    QCOMPARE(result.rows.at(2).company, u"Tinghao"_s);
    QCOMPARE(result.rows.at(2).number, u"ABC123"_s);
    QCOMPARE(result.rows.at(2).checkDigit, CheckDigitState::NotApplicable);
    // "PostNord" alone is not a Shopify name; the message offers the ones that are.
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().error, TrackingImportRowError::UnknownCompany);
    QVERIFY2(result.problems.first().message.contains(u"PostNord DK"),
             qPrintable(result.problems.first().message));
}

void TestTrackingCsvParser::wrongCheckDigitIsRefused()
{
    // Given as GLS, and GLS's check digit fails, though FedEx's would hold.
    const auto result = parse("order,tracking,company\n1,986578788855,GLS\n2,986578788855,\n");
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QCOMPARE(result.problems.first().error, TrackingImportRowError::WrongCheckDigit);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().company, u"FedEx"_s);
    QCOMPARE(result.rows.first().checkDigit, CheckDigitState::Valid);
}

void TestTrackingCsvParser::unknownFormatWithoutCompanyIsKept()
{
    const auto result = parse("order,tracking\n1001,HELLO123\n");
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().number, u"HELLO123"_s);
    QVERIFY(result.rows.first().company.isEmpty());
    QVERIFY(!result.rows.first().companyDetected);
    QVERIFY(result.rows.first().url.isEmpty());
}

void TestTrackingCsvParser::spreadsheetScientificNumberIsExplained()
{
    const auto result = parse("order;tracking\n1001;3,70725E+17\n1002;3.70725E+17\n");
    QCOMPARE(result.rows.size(), 0);
    QCOMPARE(linesOf(result), (QList<int>{2, 3}));
    for (const auto &problem : result.problems) {
        QCOMPARE(problem.error, TrackingImportRowError::SpreadsheetNumber);
        QVERIFY(problem.message.contains(u"as text"));
    }
}

void TestTrackingCsvParser::fileErrors_data()
{
    // The words the person reads: what is wrong with the file, and what it needs.
    const QString empty = u"The file is empty. It needs a header row naming the columns order, "
                          "tracking number and, optionally, company."_s;
    const QString noHeader = u"The first row does not name the columns. It must name order, "
                             "tracking number and, optionally, company, for example: "
                             "order,tracking number,company. It reads: "_s;
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<TrackingImportFileError>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty file") << QByteArray() << TrackingImportFileError::Empty << empty;
    QTest::newRow("only a BOM") << QByteArray("\xef\xbb\xbf") << TrackingImportFileError::Empty
                                << empty;
    QTest::newRow("only blank lines")
        << QByteArray("\r\n\r\n ; \r\n") << TrackingImportFileError::Empty << empty;
    QTest::newRow("no header") << QByteArray("#1001,1Z999AA10123456784,UPS\n")
                               << TrackingImportFileError::NoHeader
                               << noHeader + u"#1001,1Z999AA10123456784,UPS"_s;
    QTest::newRow("no order column")
        << QByteArray("tracking,company\n1Z999AA10123456784,UPS\n")
        << TrackingImportFileError::MissingColumn << u"The header has no column for the order."_s;
    QTest::newRow("no tracking column")
        << QByteArray("order,company\n1,UPS\n") << TrackingImportFileError::MissingColumn
        << u"The header has no column for the tracking number."_s;
    QTest::newRow("two order columns")
        << QByteArray("order,tracking,ordre\n") << TrackingImportFileError::DuplicateColumn
        << u"The header names the same column twice: \u201corder\u201d and \u201cordre\u201d."_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe\x00garbage", 14)
                                    << TrackingImportFileError::NoHeader << noHeader;
}

void TestTrackingCsvParser::fileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(TrackingImportFileError, error);
    QFETCH(QString, words);
    const auto result = parse(content);
    QCOMPARE(result.fileError, error);
    QVERIFY(!result.isReadable());
    QVERIFY2(result.fileErrorMessage.startsWith(words), qPrintable(result.fileErrorMessage));
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.problems.isEmpty());
}

void TestTrackingCsvParser::headerOnlyHasNoRows()
{
    for (const QByteArray &content :
         {QByteArray("order,tracking,company"), QByteArray("order,tracking,company\r\n\r\n\r\n")}) {
        const auto result = parse(content);
        QVERIFY(result.isReadable());
        QVERIFY(result.rows.isEmpty());
        QVERIFY(result.problems.isEmpty());
    }
}

void TestTrackingCsvParser::refusesTooLargeInput()
{
    QByteArray content("order,tracking\n");
    content.append(QByteArray(TrackingCsvParser::kMaxFileBytes, 'x'));
    const auto result = parse(content);
    QCOMPARE(result.fileError, TrackingImportFileError::TooLarge);
    QVERIFY(result.fileErrorMessage.contains(u"split"));
}

void TestTrackingCsvParser::refusesTooManyRows()
{
    QByteArray content("order,tracking\n");
    for (int i = 0; i <= TrackingCsvParser::kMaxRows; ++i)
        content.append("1,3318810025\n");
    const auto result = parse(content);
    QCOMPARE(result.fileError, TrackingImportFileError::TooManyRows);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.fileErrorMessage.contains(QString::number(TrackingCsvParser::kMaxRows)));

    // Exactly the limit is fine.
    content.chop(int(qstrlen("1,3318810025\n")));
    QCOMPARE(parse(content).rows.size(), TrackingCsvParser::kMaxRows);
}

void TestTrackingCsvParser::readsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tracking.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order,tracking\n#1001,1Z999AA10123456784\n");
    file.close();
    const auto result = TrackingCsvParser(TrackingNumberDetector()).parseFile(path);
    QVERIFY(result.isReadable());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().company, u"UPS"_s);
}

void TestTrackingCsvParser::unreadableFile()
{
    const QString path = u"/nonexistent/folder/tracking.csv"_s;
    const auto result = TrackingCsvParser(TrackingNumberDetector()).parseFile(path);
    QCOMPARE(result.fileError, TrackingImportFileError::Unreadable);
    QVERIFY(result.fileErrorMessage.contains(path));
}

void TestTrackingCsvParser::survivesRandomBytes()
{
    // Random bytes, and random mixes of the characters CSV cares about, after a valid header:
    // never a crash, and every reported line lies within the file.
    QRandomGenerator random(20260101);
    static constexpr char kAlphabet[] = "\"\",;\t\r\n 019AZaz#%-\xc3\xb8\xf0\x9f\x93\xa6\x00";
    for (int round = 0; round < 400; ++round) {
        QByteArray content = round % 2 ? QByteArray("order;tracking;company\r\n") : QByteArray();
        const int length = int(random.bounded(2000));
        for (int i = 0; i < length; ++i) {
            content.append(round % 4 < 2 ? char(random.bounded(256))
                                         : kAlphabet[random.bounded(int(sizeof kAlphabet))]);
        }
        const auto result = parse(content);
        const int lines = int(content.count('\n') + content.count('\r')) + 1;
        for (const auto &problem : result.problems) {
            QVERIFY(problem.line >= 2 && problem.line <= lines);
            QVERIFY(!problem.message.isEmpty());
        }
        for (const auto &row : result.rows) {
            QVERIFY(row.line >= 2 && row.line <= lines);
            QVERIFY(!row.order.isEmpty() && !row.number.isEmpty());
        }
    }
}

void TestTrackingCsvParser::publishedNumbersAsPeopleWriteThem()
{
    // Numbers in a sheet are written in groups with spaces, and carriers without a check
    // digit (Amazon) or with one they do not publish (DHL Express) are never refused for it.
    // Numbers from tests/tracking/published-numbers.tsv, with their sources there.
    const auto result = parse("order;tracking\n"
                              "1001;7196 9010 7560 0307 7385\n"                       // TND USPS
                              "1002;TBA502887274000\n"                                // TND Amazon
                              "1003;1234567890\n"                                     // DHL's page
                              "1004;\"1001 9213 3425 0001 0003 0077 9017 9726 97\"\n" // TND FedEx
                              "1005;4201028200009261290113185417468511\n");           // TND, typo
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(result.rows.at(0).number, u"71969010756003077385"_s);
    QCOMPARE(result.rows.at(0).company, u"USPS"_s);
    QCOMPARE(result.rows.at(1).company, u"Amazon"_s);
    QCOMPARE(result.rows.at(1).checkDigit, CheckDigitState::NotApplicable);
    QCOMPARE(result.rows.at(2).company, u"DHL Express"_s);
    QCOMPARE(result.rows.at(2).checkDigit, CheckDigitState::Unconfirmed);
    // The barcode's tracking number, not the barcode.
    QCOMPARE(result.rows.at(3).company, u"FedEx"_s);
    QCOMPARE(result.rows.at(3).number, u"779017972697"_s);
    QCOMPARE(linesOf(result), QList<int>{6});
    QCOMPARE(result.problems.first().error, TrackingImportRowError::WrongCheckDigit);
}

QTEST_GUILESS_MAIN(TestTrackingCsvParser)
#include "tst_trackingcsvparser.moc"
