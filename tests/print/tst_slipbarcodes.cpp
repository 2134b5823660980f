// Packing slips of 200 demo-store orders as a label printer and an office printer see them
// (issue 17): one PDF on A6 labels, turned into page images at 203 and 300 dpi by poppler's
// pdftoppm; every slip's barcode, read back by zxing-cpp on its own, goes through pack mode's
// ScanRouter to the order the slip is for, and no bar is narrower than 0.25 mm.

#include "print/PrintDocuments.h"

#include "core/packing/ScanRouter.h"
#include "core/tracking/TrackingNumberDetector.h"

#include "tests/print/PrintedPages.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSlipBarcodes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Order> m_orders;
    QString m_pdf;
    QStringList m_pages;

    // The order a page's slip starts with ("Packing slip" above the order's name), or empty
    // for a page that goes on with the slip before it.
    static QString slipStartingOn(const QString &pageText)
    {
        const QStringList lines = pageText.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype heading = lines.indexOf(u"Packing slip"_s);
        return heading >= 0 && heading + 1 < lines.size() ? lines.at(heading + 1).trimmed()
                                                          : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        m_orders = PrintedPages::demoOrders(200, m_dir.path(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_orders.size(), 200);

        PrintSettings settings;
        settings.paper = Paper::A6;
        settings.sender = u"Smidig Demo\nHavnegade 1\n1058 København K"_s;
        settings.footer = u"Returns within 30 days."_s;
        m_pdf = m_dir.filePath(u"slips.pdf"_s);
        QVERIFY2(PrintDocuments::writePdf(m_pdf,
                                          PrintDocuments::Kind::Slips,
                                          m_orders,
                                          settings,
                                          QDateTime::currentDateTimeUtc(),
                                          &problem),
                 qPrintable(problem));
        m_pages = PrintedPages::pageTexts(m_pdf);
        QVERIFY(m_pages.size() >= m_orders.size());
    }

    void everySlipScansAsItsOrder_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203 dpi label printer") << 203;
        QTest::newRow("300 dpi") << 300;
    }

    void everySlipScansAsItsOrder()
    {
        QFETCH(int, dpi);
        const QList<QImage> images = PrintedPages::pageImages(m_pdf, dpi, m_dir.path());
        QCOMPARE(images.size(), m_pages.size());

        const TrackingNumberDetector detector(u"DK");
        const ScanRouter router(&detector);
        QSet<QString> scannedOrders;
        int slips = 0;
        double narrowestMm = 1.0;
        for (qsizetype page = 0; page < images.size(); ++page) {
            const QString orderName = slipStartingOn(m_pages.at(page));
            const QList<PrintedPages::Scan> scans = PrintedPages::scanBarcodes(images.at(page), dpi);
            if (orderName.isEmpty()) {
                QVERIFY2(scans.isEmpty(),
                         qPrintable(u"page %1 goes on with a slip"_s.arg(page + 1)));
                continue;
            }
            ++slips;
            QVERIFY2(scans.size() == 1,
                     qPrintable(u"page %1 (%2): %3 barcodes"_s.arg(page + 1).arg(orderName).arg(
                         scans.size())));
            const PrintedPages::Scan &scan = scans.first();
            QVERIFY2(!scan.text.isEmpty(),
                     qPrintable(u"page %1 (%2) does not scan"_s.arg(page + 1).arg(orderName)));
            const ScanRouter::Route route = router.route(scan.text,
                                                         nullptr,
                                                         ScanRouter::Expecting::Items);
            QCOMPARE(route.kind, ScanRouter::Kind::Order);
            QCOMPARE(route.orderReference, orderName);
            narrowestMm = std::min(narrowestMm, scan.narrowestBarMm);
            scannedOrders.insert(orderName);
        }
        QVERIFY(slips >= m_orders.size());
        QSet<QString> names;
        for (const Order &order : std::as_const(m_orders))
            names.insert(order.name);
        QCOMPARE(scannedOrders, names);
        qInfo("%d slips on %d pages at %d dpi, narrowest bar %.3f mm",
              slips,
              int(images.size()),
              dpi,
              narrowestMm);
        QVERIFY2(narrowestMm >= 0.25, qPrintable(u"narrowest bar %1 mm"_s.arg(narrowestMm)));
    }
};

QTEST_MAIN(TestSlipBarcodes)
#include "tst_slipbarcodes.moc"
