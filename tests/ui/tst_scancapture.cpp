// The scanner capture on its own (issue 16, point 2): with a clock the test moves, a burst
// ending in Enter or Tab is a scan wherever the focus is, a person's keys reach the focused
// field in order, a key held down never makes a scan, and another window keeps its keys.

#include "ui/pack/ScanCapture.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestScanCapture final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_field = nullptr;
    std::unique_ptr<ScanCapture> m_capture;
    qint64 m_now = 0;

    void typeAt(QWidget *target, const QString &text, int gapMs)
    {
        for (const QChar character : text) {
            m_now += gapMs;
            QTest::keyClick(target, character.toLatin1());
        }
    }

    void enterAt(QWidget *target, int gapMs, Qt::Key key = Qt::Key_Return)
    {
        m_now += gapMs;
        QTest::keyClick(target, key);
    }

private slots:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_field = new QLineEdit;
        layout->addWidget(m_field);
        m_capture = std::make_unique<ScanCapture>();
        m_capture->setClock([this] { return m_now; });
        m_capture->setScope(m_window.get());
        qApp->installEventFilter(m_capture.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_field->setFocus();
        QTRY_VERIFY(m_field->hasFocus());
    }

    void cleanup()
    {
        m_capture.reset();
        m_window.reset();
    }

    void aBurstEndingInEnterOrTabIsAScanAndTypesNothing_data()
    {
        QTest::addColumn<Qt::Key>("end");
        QTest::newRow("Enter") << Qt::Key_Return;
        QTest::newRow("Tab") << Qt::Key_Tab;
    }

    void aBurstEndingInEnterOrTabIsAScanAndTypesNothing()
    {
        QFETCH(Qt::Key, end);
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        typeAt(m_field, u"5701234000017"_s, 8);
        enterAt(m_field, 8, end);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), u"5701234000017"_s);
        QVERIFY(m_field->text().isEmpty());
        QVERIFY(m_field->hasFocus()); // Tab was eaten too
    }

    void theShopsPrefixIsStripped()
    {
        m_capture->setSettings({4, std::chrono::milliseconds(30), u"x"_s});
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        typeAt(m_field, u"x1001"_s, 10);
        enterAt(m_field, 10);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), u"1001"_s);
    }

    void aPersonsKeysReachTheFieldInOrder()
    {
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        typeAt(m_field, u"abcdef"_s, 70);
        // Each key is handed on when the next comes; the last when its moment passes.
        QCOMPARE(m_field->text(), u"abcde"_s);
        m_now += 100;
        QTRY_COMPARE(m_field->text(), u"abcdef"_s);
        typeAt(m_field, u"gh"_s, 70);
        enterAt(m_field, 70);
        QCOMPARE(m_field->text(), u"abcdefgh"_s);
        QCOMPARE(scans.size(), 0);
    }

    void aFewFastKeysAreNoScan()
    {
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        QSignalSpy returns(m_field, &QLineEdit::returnPressed);
        typeAt(m_field, u"12"_s, 10);
        enterAt(m_field, 10);
        QCOMPARE(scans.size(), 0);
        QCOMPARE(m_field->text(), u"12"_s);
        QCOMPARE(returns.size(), 1); // the Enter went on after the digits
    }

    void aKeyHeldDownIsNoScan()
    {
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        for (int i = 0; i < 6; ++i) {
            m_now += 30;
            QKeyEvent repeat(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s, i > 0);
            QApplication::sendEvent(m_field, &repeat);
        }
        enterAt(m_field, 30);
        QCOMPARE(scans.size(), 0);
        // The first press was held as a scan may begin with it; the repeats went on at once.
        QCOMPARE(m_field->text(), u"aaaaaa"_s);
    }

    void anotherWindowKeepsItsKeys()
    {
        QWidget dialog;
        auto *field = new QLineEdit(&dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QSignalSpy scans(m_capture.get(), &ScanCapture::scanned);
        typeAt(field, u"1Z999AA10123456784"_s, 8);
        enterAt(field, 8);
        QCOMPARE(scans.size(), 0);
        QCOMPARE(field->text(), u"1Z999AA10123456784"_s);
    }
};

QTEST_MAIN(TestScanCapture)
#include "tst_scancapture.moc"
