// The window's printing (issue 17): the File menu's print commands, the preview of the
// selected orders' slips and pick list, the command sheet, the Print Settings dialog, and
// the slip printed by itself after a fulfilment only when the settings ask for it.

#include "ui/printing/PrintActions.h"
#include "ui/printing/PrintSettingsDialog.h"

#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"

#include "tests/testlib/SampleOrders.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestPrintActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<QMainWindow> m_window;
    QMenu *m_fileMenu = nullptr;
    PrintActions *m_printing = nullptr;
    QStringList m_selected;

    // Runs `handle` on the next modal dialog once it shows (the action's exec() waits for it).
    void whenModal(std::function<void(QWidget *)> handle)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, handle] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handle(dialog);
            }
        });
        timer->start();
    }

    QAction *action(const QString &name) const
    {
        const QList<QAction *> actions = m_fileMenu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

    // The pages the preview of `actionName` shows, or -1 when no preview came up.
    int previewedPages(const QString &actionName)
    {
        int pages = -1;
        whenModal([&pages](QWidget *dialog) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog)) {
                if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                    pages = widget->pageCount();
            }
            qobject_cast<QDialog *>(dialog)->reject();
        });
        action(actionName)->trigger();
        return pages;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"print.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
        QVERIFY(!m_book
                     ->upsert({SampleOrders::make(1),
                               SampleOrders::make(2),
                               SampleOrders::make(3, OrderFulfillmentStatus::Fulfilled)})
                     .isError());
        m_window = std::make_unique<QMainWindow>();
        m_fileMenu = m_window->menuBar()->addMenu(u"File"_s);
        m_printing = new PrintActions(m_window.get(), m_book.get(), [this] { return m_selected; });
        m_printing->setPrinterNames([] { return QStringList{u"Etiketprinter"_s}; });
        m_printing->addTo(m_fileMenu);
        m_selected.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_book.reset();
        m_db.reset();
    }

    void fileMenuHoldsThePrintCommands()
    {
        for (const QString &name : {u"printSlipsAction"_s,
                                    u"printPickListAction"_s,
                                    u"printCommandSheetAction"_s,
                                    u"printSettingsAction"_s}) {
            QVERIFY2(action(name), qPrintable(name));
            QVERIFY(action(name)->text().endsWith(u"..."_s));
        }
        QCOMPARE(action(u"printSlipsAction"_s)->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void previewShowsASlipPerSelectedOrder()
    {
        m_selected = {u"gid://shopify/Order/1"_s, u"gid://shopify/Order/2"_s};
        QCOMPARE(previewedPages(u"printSlipsAction"_s), 2);
        // A fulfilled order's slip is a reprint of what it held.
        m_selected = {u"gid://shopify/Order/3"_s};
        QCOMPARE(previewedPages(u"printSlipsAction"_s), 1);
    }

    void pickListAndCommandSheetPreview()
    {
        m_selected = {u"gid://shopify/Order/1"_s, u"gid://shopify/Order/2"_s};
        QCOMPARE(previewedPages(u"printPickListAction"_s), 1);
        m_selected.clear();
        QVERIFY(previewedPages(u"printCommandSheetAction"_s) >= 1);
    }

    void nothingSelectedSaysWhatToDo()
    {
        QString said;
        whenModal([&said](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                said = box->text();
            qobject_cast<QDialog *>(dialog)->reject();
        });
        action(u"printSlipsAction"_s)->trigger();
        QVERIFY2(said.contains(u"Select the orders"_s), qPrintable(said));
    }

    void ordersStillBeingReadAreLeftOut()
    {
        // Listed by a big shop's first sync, its items not read yet: a slip would be empty.
        Order listed = SampleOrders::make(4);
        listed.detailsPending = true;
        listed.lineItems.clear();
        listed.fulfillmentOrders.clear();
        QVERIFY(!m_book->upsert({listed}).isError());
        QSignalSpy problem(m_printing, &PrintActions::printProblem);

        m_selected = {u"gid://shopify/Order/1"_s, u"gid://shopify/Order/4"_s};
        QCOMPARE(previewedPages(u"printSlipsAction"_s), 1);
        QCOMPARE(problem.size(), 1);
        const QString said = problem.first().first().toString();
        QVERIFY2(said.contains(u"#1004"_s) && !said.contains(u"#1001"_s), qPrintable(said));
        QVERIFY2(said.contains(u"still being read"_s), qPrintable(said));

        // Only listed orders chosen: no preview, and the box says why rather than "select".
        m_selected = {u"gid://shopify/Order/4"_s};
        QString boxText;
        whenModal([&boxText](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                boxText = box->text();
            qobject_cast<QDialog *>(dialog)->reject();
        });
        action(u"printPickListAction"_s)->trigger();
        QVERIFY2(boxText.contains(u"#1004"_s), qPrintable(boxText));

        // Pack mode's REPRINT of such an order prints nothing and says why.
        m_printing->printSlipNow(u"gid://shopify/Order/4"_s);
        QCOMPARE(problem.size(), 2);
        QVERIFY(problem.last().first().toString().contains(u"#1004"_s));
    }

    void settingsDialogChangesTheSettings()
    {
        QSignalSpy changed(m_printing, &PrintActions::settingsChanged);
        whenModal([](QWidget *dialog) {
            QVERIFY(qobject_cast<PrintSettingsDialog *>(dialog));
            auto *paper = dialog->findChild<QComboBox *>(u"paper"_s);
            paper->setCurrentIndex(paper->findData(u"4x6"_s));
            auto *printer = dialog->findChild<QComboBox *>(u"printer"_s);
            printer->setCurrentIndex(printer->findData(u"Etiketprinter"_s));
            dialog->findChild<QPlainTextEdit *>(u"footer"_s)->setPlainText(u"Tak for handlen"_s);
            dialog->findChild<QCheckBox *>(u"printWhenFulfilled"_s)->setChecked(true);
            qobject_cast<QDialog *>(dialog)->accept();
        });
        action(u"printSettingsAction"_s)->trigger();
        QCOMPARE(changed.size(), 1);
        const auto settings = changed.first().first().value<PrintSettings>();
        QCOMPARE(settings.paper, Paper::Label4x6);
        QCOMPARE(settings.printerName, u"Etiketprinter"_s);
        QCOMPARE(settings.footer, u"Tak for handlen"_s);
        QVERIFY(settings.printSlipWhenFulfilled);
        QCOMPARE(m_printing->settings(), settings);

        // Cancelled: nothing changes.
        whenModal([](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(u"printWhenFulfilled"_s)->setChecked(false);
            qobject_cast<QDialog *>(dialog)->reject();
        });
        action(u"printSettingsAction"_s)->trigger();
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_printing->settings().printSlipWhenFulfilled);
    }

    void slipPrintsAfterFulfilmentOnlyWhenAsked()
    {
        // A printer that is not there: trying to print is noticed as a problem.
        PrintSettings settings;
        settings.printerName = u"Printer that is gone"_s;
        m_printing->setSettings(settings);
        QSignalSpy problem(m_printing, &PrintActions::printProblem);
        m_printing->printSlipForFulfilledOrder(u"gid://shopify/Order/1"_s);
        QCOMPARE(problem.size(), 0);

        settings.printSlipWhenFulfilled = true;
        m_printing->setSettings(settings);
        m_printing->printSlipForFulfilledOrder(u"gid://shopify/Order/1"_s);
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().contains(u"#1001"_s));
    }
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
