// smidig-cli print (issue 17, point 6), as a printer script at the station runs it against
// the demo store: slips of every unfulfilled order, a pick list of named orders on A6, the
// command sheet without any store, the exit codes of what it refuses, and an order a big
// shop's first sync has listed but not read whole (issue 18), which is never printed.

#include "tests/print/PrintedPages.h"

#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SampleOrders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Exit code (-1 when it crashed or hung), with stdout and stderr.
    int cli(const QStringList &arguments, QByteArray *out = nullptr, QString *err = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"SMIDIG_LANG"_s, u"en"_s);
        environment.insert(u"SMIDIG_ACCESS_TOKEN"_s, u"shpat_not_used"_s); // --shop without a sync
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMIDIG_CLI_PATH), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    // The first page's size in millimetres, as pdfinfo says it (in points).
    static QSizeF pageSizeMm(const QString &pdf)
    {
        QProcess process;
        process.start(u"pdfinfo"_s, {pdf});
        process.waitForFinished(60000);
        const QRegularExpression size(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
        const QRegularExpressionMatch match = size.match(
            QString::fromUtf8(process.readAllStandardOutput()));
        constexpr double kMmPerPoint = 25.4 / 72.0;
        return {match.captured(1).toDouble() * kMmPerPoint,
                match.captured(2).toDouble() * kMmPerPoint};
    }

    // Within a point of the paper's size.
    static bool isPaper(const QSizeF &mm, double widthMm, double heightMm)
    {
        return qAbs(mm.width() - widthMm) < 0.5 && qAbs(mm.height() - heightMm) < 0.5;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void slipsOfEveryUnfulfilledOrder()
    {
        QByteArray json;
        QCOMPARE(cli({u"orders"_s,
                      u"--demo"_s,
                      u"--status"_s,
                      u"unfulfilled"_s,
                      u"--format"_s,
                      u"json"_s},
                     &json),
                 0);
        const QJsonArray orders = QJsonDocument::fromJson(json).array();
        QVERIFY(orders.size() > 10);

        const QString pdf = m_dir.filePath(u"slips.pdf"_s);
        QString err;
        QCOMPARE(cli({u"print"_s,
                      u"slips"_s,
                      u"--demo"_s,
                      u"--status"_s,
                      u"unfulfilled"_s,
                      u"--pdf"_s,
                      pdf},
                     nullptr,
                     &err),
                 0);
        QVERIFY2(err.contains(u"Wrote the packing slips of %1 order"_s.arg(orders.size())),
                 qPrintable(err));
        const QString text = PrintedPages::pageTexts(pdf).join(u'\f');
        for (const QJsonValue &order : orders) {
            const QString name = order.toObject().value(u"name"_s).toString();
            QVERIFY2(text.contains(u"SMIDIG:ORDER:"_s + name + u'\n'), qPrintable(name));
        }
        QVERIFY(isPaper(pageSizeMm(pdf), 210.0, 297.0));
    }

    void pickListOfNamedOrdersOnLabels()
    {
        const QString pdf = m_dir.filePath(u"pick.pdf"_s);
        QCOMPARE(cli({u"print"_s,
                      u"pick-list"_s,
                      u"#1001"_s,
                      u"1002"_s,
                      u"--demo"_s,
                      u"--paper"_s,
                      u"a6"_s,
                      u"--pdf"_s,
                      pdf}),
                 0);
        const QString text = PrintedPages::pageTexts(pdf).join(u'\f');
        QVERIFY(text.contains(u"Pick list"_s));
        QVERIFY(text.contains(u"#1001"_s) || text.contains(u"Nothing to pick"_s));
        QVERIFY(!text.contains(u"#1003"_s));
        QVERIFY(isPaper(pageSizeMm(pdf), 105.0, 148.0));
    }

    void commandSheetNeedsNoStore()
    {
        const QString pdf = m_dir.filePath(u"commands.pdf"_s);
        QCOMPARE(cli({u"print"_s, u"command-sheet"_s, u"--pdf"_s, pdf, u"--paper"_s, u"letter"_s}),
                 0);
        const QString text = PrintedPages::pageTexts(pdf).join(u'\f');
        for (const QString &code : {u"SMIDIG:FULFIL"_s,
                                    u"SMIDIG:SKIP"_s,
                                    u"SMIDIG:UNDO"_s,
                                    u"SMIDIG:NEXT"_s,
                                    u"SMIDIG:REPRINT"_s})
            QVERIFY2(text.contains(code), qPrintable(code));
        QVERIFY(isPaper(pageSizeMm(pdf), 215.9, 279.4));
    }

    void leavesOutOrdersStillBeingRead()
    {
        // A store as a big shop's first sync leaves it while it reads the open orders' lines:
        // #1001 whole, #1004 only listed.
        const QString store = m_dir.filePath(u"listed.sqlite"_s);
        {
            Database db;
            QVERIFY(!db.open(store).isError());
            OrderBook book(db.connection());
            QVERIFY(!book.load().isError());
            Order listed = SampleOrders::make(4);
            listed.detailsPending = true;
            listed.lineItems.clear();
            listed.fulfillmentOrders.clear();
            QVERIFY(!book.upsert({SampleOrders::make(1), listed}).isError());
        }
        const QStringList fromStore{u"--shop"_s, u"my-shop"_s, u"--database"_s, store};
        const QString pdf = m_dir.filePath(u"listed.pdf"_s);

        // Named: refused, saying which order and when to print it, and no file written.
        QString err;
        QCOMPARE(cli(QStringList{u"print"_s, u"slips"_s, u"#1004"_s, u"--pdf"_s, pdf} + fromStore,
                     nullptr,
                     &err),
                 4);
        QVERIFY2(err.contains(u"#1004"_s) && err.contains(u"still being read"_s), qPrintable(err));
        QVERIFY(!QFile::exists(pdf));

        // Chosen by status: the whole order is printed, the listed one named on stderr.
        QCOMPARE(
            cli(QStringList{u"print"_s, u"slips"_s, u"--status"_s, u"unfulfilled"_s, u"--pdf"_s, pdf}
                    + fromStore,
                nullptr,
                &err),
            0);
        QVERIFY2(err.contains(u"#1004"_s) && err.contains(u"of 1 order"_s), qPrintable(err));
        const QString text = PrintedPages::pageTexts(pdf).join(u'\f');
        QVERIFY(text.contains(u"SMIDIG:ORDER:#1001\n"_s));
        QVERIFY(!text.contains(u"#1004"_s));
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString pdf = m_dir.filePath(u"refused.pdf"_s);
        QTest::newRow("no orders")
            << QStringList{u"print"_s, u"slips"_s, u"--demo"_s, u"--pdf"_s, pdf} << 1;
        QTest::newRow("no --pdf") << QStringList{u"print"_s, u"slips"_s, u"1001"_s, u"--demo"_s}
                                  << 1;
        QTest::newRow("unknown document")
            << QStringList{u"print"_s, u"posters"_s, u"--pdf"_s, pdf} << 1;
        QTest::newRow("unknown paper")
            << QStringList{u"print"_s, u"command-sheet"_s, u"--paper"_s, u"a3"_s, u"--pdf"_s, pdf}
            << 1;
        QTest::newRow("orders and --status") << QStringList{u"print"_s,
                                                            u"slips"_s,
                                                            u"1001"_s,
                                                            u"--status"_s,
                                                            u"unfulfilled"_s,
                                                            u"--demo"_s,
                                                            u"--pdf"_s,
                                                            pdf}
                                             << 1;
        QTest::newRow("no such order") << QStringList{u"print"_s,
                                                      u"slips"_s,
                                                      u"1001"_s,
                                                      u"99999"_s,
                                                      u"--demo"_s,
                                                      u"--pdf"_s,
                                                      pdf}
                                       << 4;
        QTest::newRow("folder that is not there")
            << QStringList{u"print"_s,
                           u"command-sheet"_s,
                           u"--pdf"_s,
                           m_dir.filePath(u"gone/commands.pdf"_s)}
            << 1;
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFile::remove(m_dir.filePath(u"refused.pdf"_s));
        QString err;
        QCOMPARE(cli(arguments, nullptr, &err), exitCode);
        QVERIFY(!err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused.pdf"_s)));
    }
};

QTEST_MAIN(TestPrintCli)
#include "tst_printcli.moc"
