#include "tests/print/PrintedPages.h"

#include "core/demostore/DemoStore.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SyncRuns.h"

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrintedPages {

QList<Order> demoOrders(int count, const QString &folder, QString *problem)
{
    demostore::DemoStoreConfig config;
    config.seed = 17;
    config.orderCount = count;
    config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    config.clockRuns = false;
    config.accessToken = u"t"_s;
    config.throttling = false;
    demostore::DemoStore store(config);
    if (!store.start()) {
        *problem = u"the demo store did not start"_s;
        return {};
    }
    QList<Order> orders;
    {
        Database db;
        if (const StoreError error = db.open(QDir(folder).filePath(u"orders.sqlite"_s));
            error.isError()) {
            *problem = error.userMessage();
            return {};
        }
        OrderBook book(db.connection());
        if (const StoreError error = book.load(); error.isError()) {
            *problem = error.userMessage();
            return {};
        }
        QNetworkAccessManager network;
        ShopifyClient client(&network);
        client.setShop(ShopAddress::fromUrl(store.url()));
        client.setAccessToken(u"t"_s);
        const SyncResult synced = SyncRuns::sync(&client, &book, OrderSync::Mode::Full);
        if (!synced.isOk()) {
            *problem = synced.userMessage();
            return {};
        }
        if (const StoreError error = book.allOrders(&orders); error.isError()) {
            *problem = error.userMessage();
            return {};
        }
    }
    std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
        return a.number < b.number;
    });
    return orders;
}

QStringList pageTexts(const QString &pdfPath, const QStringList &options)
{
    QProcess process;
    process.start(u"pdftotext"_s, options + QStringList{u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QList<QImage> pageImages(const QString &pdfPath, int dpi, const QString &folder)
{
    const QString prefix = QDir(folder).filePath(u"page-%1"_s.arg(dpi));
    QProcess process;
    process
        .start(u"pdftoppm"_s,
               {u"-r"_s, QString::number(dpi), u"-gray"_s, u"-aaVector"_s, u"no"_s, pdfPath, prefix});
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return {};
    // pdftoppm numbers the pages with as many digits as the last page needs.
    QDir dir(folder);
    QStringList names = dir.entryList({u"page-%1-*.pgm"_s.arg(dpi)}, QDir::Files, QDir::Name);
    QList<QImage> images;
    for (const QString &name : std::as_const(names)) {
        images.append(QImage(dir.filePath(name)));
        QFile::remove(dir.filePath(name));
    }
    return images;
}

namespace {

constexpr int kDark = 128;
constexpr int kMinBars = 15;

// The dark runs of a row: start and length.
QList<QPair<int, int>> darkRuns(const uchar *row, int width)
{
    QList<QPair<int, int>> runs;
    int x = 0;
    while (x < width) {
        if (row[x] >= kDark) {
            ++x;
            continue;
        }
        const int start = x;
        while (x < width && row[x] < kDark)
            ++x;
        runs.append({start, x - start});
    }
    return runs;
}

bool sameRow(const uchar *a, const uchar *b, int width)
{
    for (int x = 0; x < width; ++x) {
        if ((a[x] < kDark) != (b[x] < kDark))
            return false;
    }
    return true;
}

} // namespace

QList<Scan> scanBarcodes(const QImage &source, int dpi, double minHeightMm)
{
    const QImage page = source.convertToFormat(QImage::Format_Grayscale8);
    const int minRows = int(minHeightMm / 25.4 * dpi);
    QList<Scan> scans;
    int y = 0;
    while (y < page.height()) {
        const QList<QPair<int, int>> runs = darkRuns(page.constScanLine(y), page.width());
        if (runs.size() < kMinBars) {
            ++y;
            continue;
        }
        int end = y + 1;
        while (end < page.height()
               && sameRow(page.constScanLine(y), page.constScanLine(end), page.width()))
            ++end;
        if (end - y < minRows) {
            y = end;
            continue;
        }
        Scan scan;
        scan.bars = QRect(QPoint(runs.first().first, y),
                          QPoint(runs.last().first + runs.last().second - 1, end - 1));
        scan.barCount = int(runs.size());
        int narrowest = page.width();
        for (const auto &run : runs)
            narrowest = std::min(narrowest, run.second);
        scan.narrowestBarMm = narrowest * 25.4 / dpi;
        // The region of this symbol only: its bars with room for the quiet zones beside them.
        const int margin = std::max(1, scan.bars.width() / 8);
        const QRect region = QRect(scan.bars.left() - margin,
                                   scan.bars.top(),
                                   scan.bars.width() + 2 * margin,
                                   scan.bars.height())
                                 .intersected(page.rect());
        const ZXing::ImageView view(page.constScanLine(region.top()) + region.left(),
                                    region.width(),
                                    region.height(),
                                    ZXing::ImageFormat::Lum,
                                    int(page.bytesPerLine()));
        const ZXing::Result result = ZXing::ReadBarcode(
            view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128).setTryHarder(true));
        if (result.isValid())
            scan.text = QString::fromStdString(result.text());
        scans.append(scan);
        y = end;
    }
    return scans;
}

} // namespace PrintedPages
