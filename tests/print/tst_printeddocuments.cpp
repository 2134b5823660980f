// What the printed documents say (issue 17), read from their PDFs with poppler's pdftotext as
// a person reads the paper: a slip holds every line, SKU and quantity its order ships from
// that location, in English, Danish and German; a slip without customer data, one without
// SKUs and one of 60 lines that runs over several pages with the header repeated; a pick
// list's totals are what its orders have left to ship; the command sheet's barcodes are
// pack mode's commands.

#include "print/PrintDocuments.h"

#include "core/packing/ScanRouter.h"
#include "core/tracking/TrackingNumberDetector.h"

#include "tests/print/PrintedPages.h"
#include "tests/testlib/SampleOrders.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// What a slip must list: per location name, each line item with the quantity left to ship
// from there (fulfillment orders open or in progress, not a third-party service's).
QMap<QString, QList<QPair<LineItem, int>>> expectedSlips(const Order &order)
{
    QMap<QString, QList<QPair<LineItem, int>>> slips;
    QMap<QString, QHash<QString, int>> remaining;
    for (const FulfillmentOrder &fo : order.fulfillmentOrders) {
        if ((fo.status != FulfillmentOrderStatus::Open
             && fo.status != FulfillmentOrderStatus::InProgress)
            || !fo.fulfillmentService.isEmpty())
            continue;
        for (const FulfillmentOrderLineItem &line : fo.lineItems)
            remaining[fo.location.name][line.lineItemId] += line.remainingQuantity;
    }
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it) {
        for (const LineItem &item : order.lineItems) {
            if (const int quantity = it.value().value(item.id); quantity > 0)
                slips[it.key()].append({item, quantity});
        }
    }
    return slips;
}

// A slip's pages as one text, per order, in the order printed: a slip starts on the page
// showing its barcode's text ("SMIDIG:ORDER:#1001", the same in every language).
QList<QPair<QString, QString>> slipsOf(const QStringList &pages)
{
    static const QRegularExpression start(u"SMIDIG:ORDER:(#\\d+)"_s);
    QList<QPair<QString, QString>> slips;
    for (const QString &page : pages) {
        const QRegularExpressionMatch match = start.match(page);
        if (match.hasMatch())
            slips.append({match.captured(1), page});
        else if (!slips.isEmpty())
            slips.last().second += u'\f' + page;
    }
    return slips;
}

// A table row in pdftotext -layout: quantity, title, SKU on one line.
bool hasRow(const QString &text, const QString &quantity, const QString &title, const QString &sku)
{
    const QRegularExpression row(u"^\\s*%1\\s+%2\\s+%3\\s*$"_s.arg(QRegularExpression::escape(
                                                                       quantity),
                                                                   QRegularExpression::escape(title),
                                                                   QRegularExpression::escape(sku)),
                                 QRegularExpression::MultilineOption);
    return row.match(text).hasMatch();
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(u"\\s"_s));
}

} // namespace

class TestPrintedDocuments final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Order> m_orders;
    QList<QTranslator *> m_translators;

    QStringList printed(PrintDocuments::Kind kind,
                        const QList<Order> &orders,
                        const PrintSettings &settings,
                        const QStringList &textOptions = {u"-layout"_s})
    {
        const QString pdf = m_dir.filePath(u"printed.pdf"_s);
        QString problem;
        if (!PrintDocuments::writePdf(pdf, kind, orders, settings, now(), &problem)) {
            qWarning() << problem;
            return {};
        }
        return PrintedPages::pageTexts(pdf, textOptions);
    }

    static QDateTime now() { return QDateTime(QDate(2026, 12, 7), QTime(8, 30), Qt::UTC); }

    void useLanguage(const QString &language)
    {
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_translators.clear();
        QLocale::setDefault(QLocale(language));
        if (language == "en"_L1)
            return;
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(u":/i18n/smidig_%1.qm"_s.arg(language)));
        QCoreApplication::installTranslator(translator);
        m_translators.append(translator);
    }

    static Order longOrder(int lines)
    {
        Order order = SampleOrders::make(1);
        const LineItem first = order.lineItems.first();
        order.lineItems.clear();
        FulfillmentOrder &fo = order.fulfillmentOrders.first();
        fo.lineItems.clear();
        for (int i = 1; i <= lines; ++i) {
            LineItem item = first;
            item.id = u"gid://shopify/LineItem/9%1"_s.arg(i);
            item.title = u"Vare nummer %1"_s.arg(i);
            item.sku = u"LANG-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            item.quantity = item.currentQuantity = item.unfulfilledQuantity = 1 + i % 3;
            order.lineItems.append(item);
            fo.lineItems.append({u"gid://shopify/FulfillmentOrderLineItem/9%1"_s.arg(i),
                                 item.id,
                                 item.quantity,
                                 item.quantity});
        }
        return order;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        m_orders = PrintedPages::demoOrders(40, m_dir.path(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_orders.size(), 40);
    }

    void cleanup() { useLanguage(u"en"_s); }

    void slipsListEveryLineSkuAndQuantity_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Danish") << u"da"_s;
        QTest::newRow("German") << u"de"_s;
    }

    void slipsListEveryLineSkuAndQuantity()
    {
        QFETCH(QString, language);
        useLanguage(language);
        PrintSettings settings;
        settings.footer = u"Tak for din ordre · Danke · Thank you"_s;
        const QList<QPair<QString, QString>> slips = slipsOf(
            printed(PrintDocuments::Kind::Slips, m_orders, settings));
        QVERIFY(!slips.isEmpty());
        const QLocale locale;
        int rows = 0;
        for (const Order &order : std::as_const(m_orders)) {
            const auto expected = expectedSlips(order);
            QList<QString> texts;
            for (const auto &slip : slips) {
                if (slip.first == order.name)
                    texts.append(slip.second);
            }
            QCOMPARE(texts.size(), std::max<qsizetype>(1, expected.size()));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const auto text = std::find_if(texts.cbegin(),
                                               texts.cend(),
                                               [&it](const QString &t) {
                                                   return t.contains(it.key());
                                               });
                QVERIFY2(text != texts.cend(), qPrintable(order.name + u" from "_s + it.key()));
                for (const auto &[item, quantity] : it.value()) {
                    QVERIFY2(hasRow(*text,
                                    locale.toString(quantity),
                                    item.title,
                                    item.sku.isEmpty() ? u"—"_s : item.sku),
                             qPrintable(u"%1: %2 × %3 (%4)"_s.arg(order.name)
                                            .arg(quantity)
                                            .arg(item.title, item.sku)));
                    // pdftotext may drop a narrow space ("1 l" comes out "1l").
                    QVERIFY(withoutSpaces(*text).contains(withoutSpaces(item.variantTitle)));
                    ++rows;
                }
                QVERIFY(text->contains(settings.footer));
                // Where it goes, how, and what the order's note asks (wrapped as it fits).
                const QString flat = withoutSpaces(*text);
                for (const QString &line : order.shippingAddress.lines())
                    QVERIFY2(flat.contains(withoutSpaces(line)),
                             qPrintable(order.name + u": "_s + line));
                QVERIFY2(flat.contains(withoutSpaces(order.shippingMethod)), qPrintable(order.name));
                QVERIFY2(flat.contains(withoutSpaces(order.note)), qPrintable(order.name));
            }
        }
        QVERIFY(rows > m_orders.size());
        // The demo store's orders carry what the slip is to show: the test saw it printed.
        const auto has = [this](auto member) {
            return std::any_of(m_orders.cbegin(), m_orders.cend(), member);
        };
        QVERIFY(has([](const Order &o) { return !o.shippingAddress.address1.isEmpty(); }));
        QVERIFY(has([](const Order &o) { return !o.shippingMethod.isEmpty(); }));
        QVERIFY(has([](const Order &o) { return o.note.size() > 100; })); // wraps
    }

    void slipShowsTheAddressTheShippingMethodAndTheNote()
    {
        Order order = SampleOrders::make(5);
        order.shippingName = u"Jürgen Weiß"_s;
        order.shippingAddress = {u"Weiß & Söhne GmbH"_s,
                                 u"Große Straße 24"_s,
                                 u"Hinterhaus, 3. OG"_s,
                                 u"24937"_s,
                                 u"Flensburg"_s,
                                 {},
                                 u"DE"_s};
        order.shippingMethod = u"DHL Paket"_s;
        order.note = u"Bitte nicht knicken.\nBeim Nachbarn abgeben."_s;
        order.fulfillmentOrders.first().deliveryMethod = DeliveryMethod::Shipping;
        const QString text = printed(PrintDocuments::Kind::Slips, {order}, {}).join(u'\f');
        for (const QString &line : {u"Jürgen Weiß"_s,
                                    u"Weiß & Söhne GmbH"_s,
                                    u"Große Straße 24"_s,
                                    u"Hinterhaus, 3. OG"_s,
                                    u"24937 Flensburg"_s,
                                    u"Deutschland"_s,
                                    u"Shipping method: DHL Paket"_s,
                                    u"Note"_s,
                                    u"Bitte nicht knicken."_s,
                                    u"Beim Nachbarn abgeben."_s})
            QVERIFY2(text.contains(line), qPrintable(line));
        QVERIFY(!text.contains(u"Delivery: Shipping"_s)); // the method stands for it

        // Without a shipping line (stored before step 10, or nothing to ship) the kind of
        // delivery stands in; without a note there is no note heading.
        order.shippingMethod.clear();
        order.note.clear();
        const QString bare = printed(PrintDocuments::Kind::Slips, {order}, {}).join(u'\f');
        QVERIFY(bare.contains(u"Delivery: Shipping"_s));
        QVERIFY(!bare.contains(u"Shipping method"_s));
        QVERIFY(!QRegularExpression(u"^\\s*Note\\s*$"_s, QRegularExpression::MultilineOption)
                     .match(bare)
                     .hasMatch());
    }

    void hiddenCustomerIsSaidNotLeftBlank()
    {
        Order order = SampleOrders::make(3);
        order.customerHidden = true;
        order.customerName.clear();
        order.shippingName.clear();
        order.email.clear();
        const QString text = printed(PrintDocuments::Kind::Slips, {order}, {}).join(u'\f');
        QVERIFY(text.contains(u"Customer details hidden"_s));
        QVERIFY(!text.contains(u'@'));
        // Shopify hides the street and the zip code; the town and the country it gives show.
        order.shippingAddress.city = u"Kolding"_s;
        order.shippingAddress.countryCode = u"DK"_s;
        const QString partly = printed(PrintDocuments::Kind::Slips, {order}, {}).join(u'\f');
        QVERIFY(partly.contains(u"Customer details hidden"_s));
        QVERIFY(partly.contains(u"Kolding"_s));
        QVERIFY(partly.contains(u"Danmark"_s));
        QVERIFY(hasRow(text, u"1"_s, u"Uldsokker"_s, u"SKU-1"_s));
        QVERIFY(hasRow(text, u"2"_s, u"Strickmütze"_s, u"SKU-2"_s));
        // Shown when Shopify did send them.
        const QString shown
            = printed(PrintDocuments::Kind::Slips, {SampleOrders::make(3)}, {}).join(u'\f');
        QVERIFY(shown.contains(u"Kunde 3 Ærø"_s));
        QVERIFY(shown.contains(u"kunde3@example.dk"_s));
    }

    void linesWithoutSkuAreListedByTitle()
    {
        Order order = SampleOrders::make(4);
        for (LineItem &item : order.lineItems)
            item.sku.clear();
        const QString text = printed(PrintDocuments::Kind::Slips, {order}, {}).join(u'\f');
        QVERIFY(hasRow(text, u"1"_s, u"Uldsokker"_s, u"—"_s));
        QVERIFY(hasRow(text, u"2"_s, u"Strickmütze"_s, u"—"_s));
        QVERIFY(text.contains(u"Items: 3"_s));
    }

    void sixtyLinesRunOverPagesWithTheHeaderRepeated()
    {
        const Order order = longOrder(60);
        PrintSettings settings;
        settings.paper = Paper::A6;
        settings.footer = u"Returret inden 30 dage"_s;
        const QStringList pages = printed(PrintDocuments::Kind::Slips, {order}, settings);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        QVERIFY(pages.first().contains(u"SMIDIG:ORDER:#1001"_s));
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QString &text = pages.at(page);
            if (page > 0) {
                QVERIFY2(text.contains(u"#1001 · packing slip, page %1"_s.arg(page + 1)),
                         qPrintable(text));
                QVERIFY(!text.contains(u"SMIDIG:ORDER"_s));
            }
            static const QRegularExpression headings(u"^\\s*Qty\\s+Item\\s+SKU\\s*$"_s,
                                                     QRegularExpression::MultilineOption);
            QVERIFY2(headings.match(text).hasMatch(), qPrintable(text));
            QVERIFY(text.contains(settings.footer));
        }
        const QString all = pages.join(u'\f');
        int units = 0;
        for (const LineItem &item : order.lineItems) {
            QCOMPARE(all.count(item.sku), 1);
            QVERIFY2(hasRow(all, QString::number(item.quantity), item.title, item.sku),
                     qPrintable(item.title));
            units += item.quantity;
        }
        QVERIFY(all.contains(u"Items: %1"_s.arg(units)));
    }

    void pickListTotalsAreWhatTheOrdersHaveLeft()
    {
        // Expected per location and SKU, from the orders themselves.
        QMap<QString, QMap<QString, int>> expected;
        QMap<QString, QMap<QString, QStringList>> orderNames;
        int all = 0;
        for (const Order &order : std::as_const(m_orders)) {
            const auto slips = expectedSlips(order);
            for (auto it = slips.cbegin(); it != slips.cend(); ++it) {
                for (const auto &[item, quantity] : it.value()) {
                    // Items without SKU count in their location's total; the rows checked
                    // are those a SKU names.
                    const QString key = item.sku.isEmpty() ? u"\n"_s + item.variantId : item.sku;
                    expected[it.key()][key] += quantity;
                    orderNames[it.key()][key].append(order.name);
                    all += quantity;
                }
            }
        }
        QVERIFY(all > 40);
        const QStringList pages = printed(PrintDocuments::Kind::PickList, m_orders, {});
        QVERIFY(!pages.isEmpty());
        const QString text = pages.join(u'\f');
        QVERIFY2(text.contains(u"items to pick: %1"_s.arg(QLocale().toString(all))),
                 qPrintable(pages.first()));

        // Each location's section, then each SKU's row: SKU, title, total, the orders.
        for (auto location = expected.cbegin(); location != expected.cend(); ++location) {
            const qsizetype section = text.indexOf(location.key() + u" · items:"_s);
            QVERIFY2(section >= 0, qPrintable(location.key()));
            qsizetype next = text.size();
            for (auto other = expected.cbegin(); other != expected.cend(); ++other) {
                const qsizetype at = text.indexOf(other.key() + u" · items:"_s);
                if (at > section && at < next)
                    next = at;
            }
            const QString part = text.mid(section, next - section);
            int sum = 0;
            for (auto sku = location.value().cbegin(); sku != location.value().cend(); ++sku) {
                sum += sku.value();
                if (sku.key().startsWith(u'\n'))
                    continue;
                const QRegularExpression row(u"^\\s*%1\\s+.*?\\s(\\d+)\\s+(#\\d+.*)$"_s.arg(
                                                 QRegularExpression::escape(sku.key())),
                                             QRegularExpression::MultilineOption);
                const QRegularExpressionMatch match = row.match(part);
                QVERIFY2(match.hasMatch(), qPrintable(location.key() + u' ' + sku.key()));
                QCOMPARE(match.captured(1).toInt(), sku.value());
                const QString firstOrder = orderNames[location.key()][sku.key()].first();
                QVERIFY(match.captured(2).startsWith(firstOrder));
            }
            QVERIFY2(part.contains(u"%1 · items: %2"_s.arg(location.key(), QLocale().toString(sum))),
                     qPrintable(part.left(200)));
        }
    }

    void commandSheetScansAsPackModesCommands()
    {
        const QString pdf = m_dir.filePath(u"commands.pdf"_s);
        QString problem;
        QVERIFY2(PrintDocuments::writePdf(pdf,
                                          PrintDocuments::Kind::CommandSheet,
                                          {},
                                          {},
                                          now(),
                                          &problem),
                 qPrintable(problem));
        const QList<QImage> images = PrintedPages::pageImages(pdf, 300, m_dir.path());
        QVERIFY(!images.isEmpty());
        QList<PrintedPages::Scan> scans;
        for (const QImage &image : images)
            scans += PrintedPages::scanBarcodes(image, 300);
        const TrackingNumberDetector detector(u"DK");
        const ScanRouter router(&detector);
        const QList<ScanRouter::Command> commands{ScanRouter::Command::Fulfil,
                                                  ScanRouter::Command::Skip,
                                                  ScanRouter::Command::Undo,
                                                  ScanRouter::Command::Next,
                                                  ScanRouter::Command::Reprint};
        QCOMPARE(scans.size(), commands.size());
        const QString text = PrintedPages::pageTexts(pdf).join(u'\f');
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const ScanRouter::Route route = router.route(scans.at(i).text,
                                                         nullptr,
                                                         ScanRouter::Expecting::Items);
            QCOMPARE(route.kind, ScanRouter::Kind::Command);
            QCOMPARE(route.command, commands.at(i));
            QVERIFY(scans.at(i).narrowestBarMm >= 0.25);
            QVERIFY2(text.contains(ScanRouter::commandName(commands.at(i))), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestPrintedDocuments)
#include "tst_printeddocuments.moc"
