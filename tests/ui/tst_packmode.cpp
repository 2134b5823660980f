// Pack mode in the real window (issue 16), driven by key events only: a barcode scanner's
// bursts (5 to 20 ms a key, ending in Enter) and a person's keys (60 ms or more apart), with a
// clock the test moves, under a US and a German keyboard layout. It packs 50 demo-store
// orders: wrong items and over-scans refused, a line counted by typing its quantity, a line
// without barcode confirmed by hand, a hold arriving mid-order, UNDO of a fulfilment inside
// the undo window, one key or none (fulfil on label) to finish. It counts the scans and keys
// each order took and checks the demo store fulfilled exactly what was scanned.

#include "core/demostore/DemoStore.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/packing/PackSession.h"
#include "core/packing/ScanRouter.h"
#include "core/shop/ShopServices.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"
#include "print/PrintSettings.h"
#include "ui/MainWindow.h"
#include "ui/pack/PackController.h"
#include "ui/pack/PackPalette.h"
#include "ui/pack/PackView.h"
#include "ui/pack/ScanCapture.h"
#include "ui/printing/PrintActions.h"

#include "tests/testlib/SyncRuns.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kLabel = u"1Z999AA10123456784"_s; // UPS, valid check digit

enum class Layout { Us, German };

// One key as a keyboard of that layout sends it: the key code, the modifiers and the text.
struct Stroke
{
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    QString text;
};

Stroke strokeFor(QChar character, Layout layout)
{
    const QString text(character);
    const char16_t c = character.unicode();
    if (c >= u'0' && c <= u'9')
        return {Qt::Key(Qt::Key_0 + (c - u'0')), Qt::NoModifier, text};
    if (character.isLetter() && c < 128) {
        const QChar lower = character.toLower();
        Qt::Key key = Qt::Key(Qt::Key_A + (lower.unicode() - u'a'));
        // A German keyboard has Y and Z swapped: its "y" comes from the key US calls Z.
        if (layout == Layout::German && lower == u'y')
            key = Qt::Key_Z;
        else if (layout == Layout::German && lower == u'z')
            key = Qt::Key_Y;
        return {key, character.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, text};
    }
    const bool german = layout == Layout::German;
    switch (c) {
    case u'#': // German: a key of its own, no Shift
        return {Qt::Key_NumberSign, german ? Qt::NoModifier : Qt::ShiftModifier, text};
    case u':': // US: Shift+;  German: Shift+.
        return {Qt::Key_Colon, Qt::ShiftModifier, text};
    case u'-': // German: right of the period
        return {Qt::Key_Minus, Qt::NoModifier, text};
    case u'_':
        return {Qt::Key_Underscore, Qt::ShiftModifier, text};
    case u'/': // German: Shift+7
        return {Qt::Key_Slash, german ? Qt::ShiftModifier : Qt::NoModifier, text};
    case u'@': // German: AltGr+Q, which X11 sends without Ctrl or Alt
        return {Qt::Key_At, german ? Qt::GroupSwitchModifier : Qt::ShiftModifier, text};
    default:
        return {Qt::Key_unknown, Qt::NoModifier, text};
    }
}

// What the packer did for one order.
struct Effort
{
    int scans = 0;
    int keys = 0;
};

// What the test counted of one order, by line item id.
struct Counted
{
    Order before;
    QHash<QString, int> units;
};

} // namespace

class TestPackMode final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<demostore::DemoStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    PackController *m_pack = nullptr;
    ScanCapture *m_capture = nullptr;
    qint64 m_now = 1000; // the capture's clock, in ms
    Layout m_layout = Layout::Us;
    Effort m_effort;
    int m_gap = 5; // the scanner's gap between keys, 5 to 20 ms

    QWidget *focus() const
    {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : m_window.get();
    }

    void send(const Stroke &stroke)
    {
        QTest::sendKeyEvent(QTest::Press, focus(), stroke.key, stroke.text, stroke.modifiers);
        QTest::sendKeyEvent(QTest::Release, focus(), stroke.key, stroke.text, stroke.modifiers);
    }

    // A scanner reads `code`: a burst of keys 5 to 20 ms apart, ending in Enter.
    void scan(const QString &code)
    {
        m_now += 400; // the packer reaches for the next thing
        for (const QChar character : code) {
            m_gap = m_gap >= 20 ? 5 : m_gap + 3;
            m_now += m_gap;
            send(strokeFor(character, m_layout));
        }
        m_now += m_gap;
        send({Qt::Key_Return, Qt::NoModifier, u"\r"_s});
        ++m_effort.scans;
    }

    // A person presses a key (60 ms or more after the last one).
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_now += 300;
        QTest::keyClick(focus(), key, modifiers);
        ++m_effort.keys;
        // A printable key (Space) is held back a moment, in case a scan begins with it.
        m_now += 100;
        QVERIFY(QTest::qWaitFor([this] { return !m_capture->isHolding(); }));
    }

    // A person types text, 80 ms a key.
    void type(const QString &text)
    {
        for (const QChar character : text) {
            m_now += 80;
            send(strokeFor(character, m_layout));
            ++m_effort.keys;
        }
    }

    const PackSession *session() const { return m_pack->session(); }
    QString feedback() const { return m_pack->feedback().text; }

    QList<Order> packableOrders(int maxUnits) const
    {
        QList<Order> all;
        if (m_services->book()->allOrders(&all).isError())
            return {};
        QList<Order> packable;
        for (const Order &order : std::as_const(all)) {
            const PackSession probe(order, {});
            if (probe.state() == PackSession::State::Ended || probe.neededUnits() > maxUnits)
                continue;
            packable.append(order);
        }
        std::sort(packable.begin(), packable.end(), [](const Order &a, const Order &b) {
            return a.number < b.number;
        });
        return packable;
    }

    QString settle()
    {
        const bool settled = QTest::qWaitFor(
            [this] {
                return m_services->outbox()->pendingCount() == 0
                       && m_services->sender()->inFlight() == 0;
            },
            120000);
        if (!settled)
            return u"%1 still pending"_s.arg(m_services->outbox()->pendingCount());
        QStringList failures;
        for (const OutboxEntry &entry : m_services->outbox()->entries()) {
            if (entry.state == OutboxEntry::State::Failed)
                failures.append(entry.orderName + u": "_s + entry.message);
        }
        return failures.join(u'\n');
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        demostore::DemoStoreConfig config;
        config.seed = 7;
        config.orderCount = 300;
        config.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        config.clockRuns = false;
        config.accessToken = u"t"_s;
        config.throttling = false;
        m_store = std::make_unique<demostore::DemoStore>(config);
        QVERIFY(m_store->start());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_services = std::make_unique<ShopServices>(m_network.get());
        ShopCredentials credentials;
        credentials.accessToken = u"t"_s;
        QVERIFY(!m_services
                     ->open({ShopAddress::fromUrl(m_store->url()),
                             credentials,
                             StoreLocation::file(m_dir->filePath(u"pack.sqlite"_s)),
                             {},
                             {u"Pakkebord 1"_s, u"Mette"_s}})
                     .isError());
        m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
        m_services->sender()->setCheckDelay(std::chrono::milliseconds(100));
        const SyncResult synced = SyncRuns::sync(m_services->client(),
                                                 m_services->book(),
                                                 OrderSync::Mode::Full);
        QVERIFY2(synced.isOk(), qPrintable(synced.userMessage()));

        FulfillmentSettings settings;
        settings.shopCountry = u"DK"_s;
        m_window = std::make_unique<MainWindow>(m_services->book(),
                                                m_services->sync(),
                                                m_services->outbox(),
                                                m_services->desk(),
                                                settings);
        m_window->setPackingHistory(m_services->packingHistory());
        m_window->setPackSettings({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_pack = m_window->findChild<PackController *>();
        QVERIFY(m_pack);
        m_capture = m_window->findChild<ScanCapture *>();
        QVERIFY(m_capture);
        m_capture->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_network.reset();
        m_store.reset();
        m_dir.reset();
    }

    void packsFiftyOrdersByScannerAndKeys_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::newRow("US layout") << Layout::Us;
        QTest::newRow("German layout") << Layout::German;
    }

    void packsFiftyOrdersByScannerAndKeys()
    {
        QFETCH(Layout, layout);
        m_layout = layout;
        QSignalSpy cues(m_window.get(), &MainWindow::packCue);
        QSignalSpy modes(m_window.get(), &MainWindow::packModeChanged);

        // A person types into the search at a person's pace: every key arrives there.
        auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        type(u"ab-y#1@z"_s);
        m_now += 200; // the last key is handed on when its moment passes
        QTRY_COMPARE(search->text(), u"ab-y#1@z"_s);
        search->clear();

        const QList<Order> orders = packableOrders(12);
        QVERIFY2(orders.size() >= 52, qPrintable(QString::number(orders.size())));
        QSet<QString> barcodes;
        for (const Order &order : orders) {
            for (const LineItem &line : order.lineItems) {
                if (!line.barcode.isEmpty())
                    barcodes.insert(line.barcode);
            }
        }

        new QAbstractItemModelTester(m_window->findChild<QAbstractItemView *>(u"packLines"_s)
                                         ->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());

        // Outside pack mode, a scanned slip opens pack mode with that order.
        QVERIFY(!m_window->isPackMode());
        QHash<QString, Counted> packed;
        QList<Effort> oneItemEfforts;
        QList<Effort> fulfilOnLabelEfforts;
        int plainMultiItem = 0; // orders of several units, N + 2 scans and one key
        int refusedWrong = 0;
        int refusedTooMany = 0;
        int byQuantity = 0;
        int byHand = 0;
        int undoneFulfilments = 0;
        bool held = false;
        QString heldOrderId;
        QString typedOrderId;
        QString byHandOrderId;

        for (int i = 0; i < orders.size() && packed.size() < 50; ++i) {
            const Order &order = orders.at(i);
            const PackSession plan(order, {});
            const bool onLabel = i % 7 == 3;
            PackSettings settings;
            settings.fulfilOnLabel = onLabel;
            m_window->setPackSettings(settings);
            m_effort = {};
            const qsizetype cuesBefore = cues.size();
            // Nothing went wrong and nothing was typed: the measure applies.
            bool plain = true;

            // The first slip comes with the scanner's AIM identifier (Code 128), stripped.
            scan((i == 0 ? u"]C0"_s : QString()) + ScanRouter::orderCode(order.name));
            QVERIFY2(m_window->isPackMode(),
                     qPrintable(search->text() + u" focus "_s + focus()->objectName()));
            QVERIFY2(session() && session()->order().id == order.id, qPrintable(feedback()));
            QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::OrderOpened);

            // Another order's item: refused with its own cue, nothing counted.
            if (i % 5 == 1) {
                for (const QString &foreign : std::as_const(barcodes)) {
                    if (!ScanRouter::linesWithCode(order, foreign).isEmpty())
                        continue;
                    scan(foreign);
                    QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Refused);
                    QVERIFY2(feedback().startsWith(u"Not in this order"_s), qPrintable(feedback()));
                    QCOMPARE(session()->countedUnits(), 0);
                    ++refusedWrong;
                    plain = false;
                    break;
                }
            }

            Counted counted{order, {}};
            bool interrupted = false;
            for (int line = 0; line < plan.lines().size() && !interrupted; ++line) {
                const PackSession::Line &want = plan.lines().at(line);
                const QString code = want.hasBarcode() ? want.barcode : want.sku;
                if (code.isEmpty() || ScanRouter::linesWithCode(order, code).size() > 1) {
                    // No code, or one shared with another line: confirmed by hand, the line
                    // chosen with the arrow keys.
                    if (code.isEmpty()) {
                        auto *lines = m_window->findChild<QAbstractItemView *>(u"packLines"_s);
                        for (int up = 0; up < plan.lines().size(); ++up)
                            key(Qt::Key_Up);
                        for (int down = 0; down < line; ++down)
                            key(Qt::Key_Down);
                        QCOMPARE(lines->currentIndex().row(), line);
                        key(Qt::Key_Space);
                        QVERIFY2(session()->lines().at(line).isComplete(), qPrintable(feedback()));
                        counted.units[want.lineItemId] += want.needed;
                        ++byHand;
                        plain = false;
                        byHandOrderId = order.id;
                        continue;
                    }
                }
                if (want.needed >= 2 && byQuantity < 6) {
                    scan(code);
                    type(QString::number(want.needed));
                    key(Qt::Key_Return);
                    QCOMPARE(session()->lines().at(line).typed, want.needed - 1);
                    counted.units[want.lineItemId] += want.needed;
                    ++byQuantity;
                    plain = false;
                    typedOrderId = order.id;
                } else {
                    for (int unit = 0; unit < want.needed; ++unit) {
                        scan(code);
                        QVERIFY2(session(), qPrintable(feedback()));
                        counted.units[want.lineItemId] += 1;
                        // The hold arrives from a sync while the order is half scanned.
                        if (!held && i >= 10 && plan.neededUnits() >= 2) {
                            Order onHold = order;
                            for (FulfillmentOrder &fo : onHold.fulfillmentOrders) {
                                if (fo.location.id == plan.location().id) {
                                    fo.status = FulfillmentOrderStatus::OnHold;
                                    fo.holds.append({FulfillmentHoldReason::Other,
                                                     u"OTHER"_s,
                                                     u"Customer called"_s});
                                }
                            }
                            onHold.fulfillmentStatus = OrderFulfillmentStatus::OnHold;
                            onHold.updatedAt = onHold.updatedAt.addSecs(60);
                            QVERIFY(!m_services->book()->upsert({onHold}).isError());
                            QTRY_VERIFY(!session());
                            QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Attention);
                            QVERIFY2(feedback().contains(u"on hold"_s), qPrintable(feedback()));
                            QVERIFY(!m_services->claims()->holds(order.id));
                            held = true;
                            heldOrderId = order.id;
                            interrupted = true;
                            break;
                        }
                    }
                }
                if (interrupted)
                    break;
                QCOMPARE(session()->lines().at(line).counted(), want.needed);
                // One too many of a complete line: refused, nothing counted.
                if (i % 4 == 2 && ScanRouter::linesWithCode(order, code).size() == 1) {
                    const int before = session()->countedUnits();
                    scan(code);
                    QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Refused);
                    QVERIFY2(feedback().startsWith(u"Too many"_s), qPrintable(feedback()));
                    QCOMPARE(session()->countedUnits(), before);
                    ++refusedTooMany;
                    plain = false;
                }
            }
            if (interrupted)
                continue;
            QVERIFY(session()->isComplete());
            bool allCounted = false;
            for (qsizetype cue = cuesBefore; cue < cues.size(); ++cue)
                allCounted = allCounted
                             || cues.at(cue).first().value<PackCue>() == PackCue::AllCounted;
            QVERIFY(allCounted);

            scan(kLabel);
            if (onLabel) {
                QVERIFY2(!session(),
                         qPrintable(feedback() + u" focus "_s + focus()->objectName()
                                    + u" search "_s + search->text()));
                QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Fulfilled);
            } else {
                QCOMPARE(session()->state(), PackSession::State::Labelled);
                QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Labelled);
                // Once, UNDO takes the fulfilment back inside the undo window, and it is
                // packed again.
                if (undoneFulfilments == 0 && i >= 5) {
                    m_services->outbox()->setUndoWindow(std::chrono::hours(1));
                    key(Qt::Key_Return);
                    QVERIFY(!session());
                    key(Qt::Key_Z, Qt::ControlModifier);
                    QCOMPARE(cues.constLast().first().value<PackCue>(), PackCue::Undone);
                    QVERIFY(!m_services->outbox()->pendingOrderIds().contains(order.id));
                    m_services->outbox()->setUndoWindow(std::chrono::milliseconds(0));
                    ++undoneFulfilments;
                    --i; // the same order again, from its slip
                    continue;
                }
                key(Qt::Key_Return);
                QVERIFY2(!session(), qPrintable(feedback()));
                QVERIFY2(cues.constLast().first().value<PackCue>() == PackCue::Fulfilled,
                         qPrintable(feedback()));
            }
            QVERIFY(m_services->outbox()->pendingOrderIds().contains(order.id));
            QVERIFY(!m_services->claims()->holds(order.id));

            // The measure: the slip, each unit, the label and one key (none when
            // the label fulfils) brought the order to the outbox.
            if (plain) {
                QCOMPARE(m_effort.scans, plan.neededUnits() + 2);
                QCOMPARE(m_effort.keys, onLabel ? 0 : 1);
                if (onLabel)
                    fulfilOnLabelEfforts.append(m_effort);
                else if (plan.neededUnits() == 1)
                    oneItemEfforts.append(m_effort);
                else
                    ++plainMultiItem;
            }
            packed.insert(order.id, counted);
        }
        QCOMPARE(packed.size(), 50);
        qInfo("50 orders packed: %lld one-item orders in 3 scans and 1 key, %d of N items in "
              "N + 2 scans and 1 key, %lld fulfilled on the label with no key; %d wrong items and "
              "%d over-scans refused, %d lines by quantity, %d "
              "by hand",
              qlonglong(oneItemEfforts.size()),
              plainMultiItem,
              qlonglong(fulfilOnLabelEfforts.size()),
              refusedWrong,
              refusedTooMany,
              byQuantity,
              byHand);
        QVERIFY(held);
        QVERIFY(!oneItemEfforts.isEmpty());
        for (const Effort &effort : std::as_const(oneItemEfforts)) {
            QCOMPARE(effort.scans, 3);
            QCOMPARE(effort.keys, 1);
        }
        QVERIFY(plainMultiItem > 0);
        QVERIFY(!fulfilOnLabelEfforts.isEmpty());
        for (const Effort &effort : std::as_const(fulfilOnLabelEfforts))
            QCOMPARE(effort.keys, 0);
        QVERIFY(refusedWrong > 0);
        QVERIFY(refusedTooMany > 0);
        QVERIFY(byQuantity > 0);
        QCOMPARE(undoneFulfilments, 1);
        QVERIFY(!modes.isEmpty());

        // Sent, then read back from the shop: it fulfilled exactly what was counted.
        m_services->sender()->start();
        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        const SyncResult synced = SyncRuns::sync(m_services->client(),
                                                 m_services->book(),
                                                 OrderSync::Mode::Full);
        QVERIFY2(synced.isOk(), qPrintable(synced.userMessage()));
        for (auto it = packed.cbegin(); it != packed.cend(); ++it) {
            std::optional<Order> after;
            QVERIFY(!m_services->book()->order(it.key(), &after).isError());
            QVERIFY(after);
            const Order &before = it.value().before;
            for (int line = 0; line < before.lineItems.size(); ++line) {
                const LineItem &item = before.lineItems.at(line);
                QCOMPARE(after->lineItems.at(line).unfulfilledQuantity,
                         item.unfulfilledQuantity - it.value().units.value(item.id));
            }
            QVERIFY(m_store->fulfillmentsCreated(it.key()) == 1);
        }
        // The held order was not fulfilled at all.
        QCOMPARE(m_store->fulfillmentsCreated(heldOrderId), 0);

        // The details pane shows the record: station, packer, and how each line was counted.
        key(Qt::Key_F2);
        QVERIFY(!m_window->isPackMode());
        auto *details = m_window->findChild<QLabel *>(u"detailsPacking"_s);
        QVERIFY(details);
        for (const auto &[orderId, how] : {std::pair{typedOrderId, u"1 scanned, "_s},
                                           std::pair{byHandOrderId, u"confirmed by hand"_s}}) {
            if (orderId.isEmpty())
                continue;
            search->setText(packed.value(orderId).before.name);
            auto *table = m_window->findChild<QAbstractItemView *>(u"orderTable"_s);
            QTRY_VERIFY(table->model()->rowCount() >= 1);
            table->setCurrentIndex(table->model()->index(0, 0));
            QTRY_VERIFY(details->isVisible());
            QVERIFY2(details->text().contains(u"Fulfilled at Pakkebord 1 by Mette"_s),
                     qPrintable(details->text()));
            QVERIFY2(details->text().contains(how), qPrintable(details->text()));
        }
    }

    void theViewIsReadableAndEveryControlNamed()
    {
        auto *view = m_window->findChild<PackView *>();
        QVERIFY(view);
        m_window->findChild<QAction *>(u"packModeAction"_s)->trigger();
        QVERIFY(m_window->isPackMode());
        QTRY_VERIFY(view->hasFocus());
        auto *result = m_window->findChild<QLabel *>(u"packResultText"_s);
        auto *next = m_window->findChild<QLabel *>(u"packNextStep"_s);
        QCOMPARE(next->text(), u"Scan a packing slip or an order number"_s);
        QVERIFY2(m_window->findChild<QLabel *>(u"packOffer"_s)->text().contains(u"Enter"_s),
                 qPrintable(m_window->findChild<QLabel *>(u"packOffer"_s)->text()));

        // Each state's text on its background, as the view paints them.
        auto ratioOf = [](QWidget *widget) {
            widget->ensurePolished();
            return PackPalette::contrastRatio(widget->palette().color(QPalette::WindowText),
                                              widget->palette().color(QPalette::Window));
        };
        QSet<PackController::Tone> seen;
        auto check = [&] {
            seen.insert(m_pack->feedback().tone);
            QVERIFY2(ratioOf(result) >= 4.5, qPrintable(result->text()));
            QVERIFY2(ratioOf(next) >= 4.5, qPrintable(next->text()));
            const PackPalette::Colours colours = PackPalette::result(m_pack->feedback().tone);
            QVERIFY(PackPalette::contrastRatio(colours.text, colours.background) >= 4.5);
            // Never colour alone: an icon and words with it.
            QVERIFY(!result->text().isEmpty());
        };
        check();
        key(Qt::Key_Return); // takes the order offered
        QVERIFY2(m_pack->session(), qPrintable(feedback()));
        check();
        // The packer sees the checkout's shipping method (which label to take) and the
        // order's note (the demo store gives every seventh order one).
        const Order opened = m_pack->session()->order();
        QVERIFY(!opened.shippingMethod.isEmpty());
        const QString about = m_window->findChild<QLabel *>(u"packCustomer"_s)->text();
        QVERIFY2(about.contains(opened.shippingMethod), qPrintable(about));
        auto *notes = m_window->findChild<QLabel *>(u"packNotes"_s);
        QCOMPARE(notes->isVisible(), !opened.note.isEmpty()); // an order offered has no holds
        QVERIFY2(notes->text().contains(opened.note), qPrintable(notes->text()));
        scan(u"0000000000000"_s); // nothing in this order
        QCOMPARE(m_pack->feedback().tone, PackController::Tone::Refused);
        check();
        const QString orderId = m_pack->session()->order().id;
        Order onHold = m_pack->session()->order();
        for (FulfillmentOrder &fo : onHold.fulfillmentOrders) {
            fo.status = FulfillmentOrderStatus::OnHold;
            fo.holds.append({FulfillmentHoldReason::Other, u"OTHER"_s, u"Address check"_s});
        }
        onHold.fulfillmentStatus = OrderFulfillmentStatus::OnHold;
        onHold.updatedAt = onHold.updatedAt.addSecs(60);
        QVERIFY(!m_services->book()->upsert({onHold}).isError());
        QTRY_VERIFY2(m_pack->feedback().tone == PackController::Tone::Attention,
                     qPrintable(feedback() + u" "_s + orderId));
        check();
        QCOMPARE(seen.size(), 4); // none, good, refused, attention
        QVERIFY(PackPalette::contrastRatio(PackPalette::page().text, PackPalette::page().background)
                >= 4.5);
        QVERIFY(
            PackPalette::contrastRatio(PackPalette::result(PackController::Tone::Done).text,
                                       PackPalette::result(PackController::Tone::Done).background)
            >= 4.5);

        for (QWidget *control : view->findChildren<QWidget *>()) {
            const bool isControl = qobject_cast<QAbstractButton *>(control)
                                   || qobject_cast<QAbstractItemView *>(control);
            if (!isControl || !control->isVisible())
                continue;
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            if (qobject_cast<QAbstractButton *>(control)) {
                QVERIFY2(control->height() >= 24, qPrintable(control->objectName()));
                QVERIFY2(control->width() >= 24, qPrintable(control->objectName()));
            }
        }

        // An order another station packs is refused, naming that station.
        OrderClaims other(m_services->database()->connection(),
                          m_services->book(),
                          u"other-process"_s,
                          {u"Station 2"_s, u"Anna"_s});
        const QString taken = m_pack->offeredOrderId();
        QVERIFY(!taken.isEmpty());
        QCOMPARE(other.claim(taken).result, OrderClaims::Result::Claimed);
        std::optional<Order> takenOrder;
        QVERIFY(!m_services->book()->order(taken, &takenOrder).isError() && takenOrder);
        scan(ScanRouter::orderCode(takenOrder->name));
        QVERIFY(!m_pack->session());
        QCOMPARE(m_pack->feedback().tone, PackController::Tone::Refused);
        QVERIFY2(feedback().contains(u"Station 2 (Anna)"_s), qPrintable(feedback()));
        QVERIFY(!other.release(taken).isError());

        // The command sheet: NEXT takes the order offered, SKIP (and Esc) put it aside and let
        // its claim go.
        QTRY_COMPARE(m_pack->offeredOrderId(), taken);
        scan(u"SMIDIG:NEXT"_s);
        QVERIFY2(m_pack->session() && m_pack->session()->order().id == taken,
                 qPrintable(feedback()));
        QVERIFY(m_services->claims()->holds(taken));
        scan(u"smidig:skip"_s);
        QVERIFY(!m_pack->session());
        QVERIFY(!m_services->claims()->holds(taken));
        key(Qt::Key_Return);
        QVERIFY(m_pack->session());
        key(Qt::Key_Escape);
        QVERIFY(!m_pack->session());
        QVERIFY(!m_services->claims()->holds(taken));

        // F1 lists the keys; F2 goes back to the table.
        key(Qt::Key_F1);
        QTRY_VERIFY(m_window->findChild<QDialog *>(u"packHotkeysDialog"_s));
        m_window->findChild<QDialog *>(u"packHotkeysDialog"_s)->close();
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
        key(Qt::Key_F2);
        QVERIFY(!m_window->isPackMode());
        Q_UNUSED(orderId);
    }

    void reprintAndAFulfilmentPrintTheSlip()
    {
        // A printer that is not there: every attempt to print shows as a problem that names
        // the order, so the test sees what would have gone to paper.
        PrintSettings settings;
        settings.printerName = u"Printer that is gone"_s;
        settings.printSlipWhenFulfilled = true;
        m_window->printing()->setSettings(settings);
        QSignalSpy printed(m_window->printing(), &PrintActions::printProblem);

        key(Qt::Key_F2);
        QVERIFY(m_window->isPackMode());
        QTRY_VERIFY(!m_pack->offeredOrderId().isEmpty());
        key(Qt::Key_Return); // the order offered
        QVERIFY2(session(), qPrintable(feedback()));
        const QString name = session()->order().name;
        scan(u"SMIDIG:REPRINT"_s);
        QCOMPARE(printed.size(), 1);
        QVERIFY2(printed.last().first().toString().contains(name),
                 qPrintable(printed.last().first().toString()));

        const QList<PackSession::Line> lines = session()->lines();
        for (const PackSession::Line &line : lines) {
            if (!line.hasBarcode()) {
                key(Qt::Key_Space); // by hand: the first open line without barcode
                continue;
            }
            for (int unit = 0; unit < line.needed; ++unit)
                scan(line.barcode);
        }
        QVERIFY2(session() && session()->state() == PackSession::State::Counted,
                 qPrintable(feedback()));
        scan(kLabel);
        key(Qt::Key_Return);
        QCOMPARE(printed.size(), 1); // queued, not yet in the shop: nothing printed
        // Sent and confirmed by the shop: the slip prints.
        m_services->sender()->start();
        const QString failures = settle();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(printed.size(), 2);
        QVERIFY(printed.last().first().toString().contains(name));
    }
};

QTEST_MAIN(TestPackMode)
#include "tst_packmode.moc"
