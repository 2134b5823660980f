#include "core/packing/ScanDetector.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

namespace {

// What reached the focus and what was taken as scans, after feeding keys with their times.
struct Outcome
{
    QString typed; // the characters the focused field received, terminators as \n and \t
    QStringList scans;
};

// A key: a character, or '\n' for Enter, '\t' for Tab, '\b' for another key (Backspace).
struct Key
{
    QChar key;
    qint64 at;
};

void apply(const ScanDetector::Step &step, QChar key, Outcome *outcome)
{
    outcome->typed += step.replay;
    if (step.scan)
        outcome->scans.append(*step.scan);
    if (step.passKey)
        outcome->typed += key;
}

// Feeds the keys as an event loop would: a hold that runs out before the next key is
// expired at its deadline first.
Outcome feed(ScanDetector &detector, const QList<Key> &keys, qint64 quietAfterMs = 1000)
{
    Outcome outcome;
    auto expireUntil = [&](qint64 now) {
        if (const auto deadline = detector.holdDeadline(); deadline && *deadline < now)
            apply(detector.expire(*deadline), {}, &outcome);
    };
    for (const Key &key : keys) {
        expireUntil(key.at);
        if (key.key == u'\n' || key.key == u'\t')
            apply(detector.ended(key.at), key.key, &outcome);
        else if (key.key == u'\b')
            apply(detector.otherKey(), key.key, &outcome);
        else
            apply(detector.typed(key.key, key.at), key.key, &outcome);
    }
    const qint64 end = keys.isEmpty() ? 0 : keys.last().at + quietAfterMs;
    expireUntil(end);
    return outcome;
}

// `text` typed from `start` with the given gaps between keys, cycling through them.
QList<Key> keysAt(const QString &text, qint64 start, const QList<qint64> &gaps)
{
    QList<Key> keys;
    qint64 at = start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        keys.append({text.at(i), at});
        at += gaps.at(i % gaps.size());
    }
    return keys;
}

} // namespace

// A scanner types fast and evenly and ends with Enter or Tab; a person does neither. The
// default settings are the issue's: at least 4 characters, a median gap of at most 30 ms.
class TestScanDetector final : public QObject
{
    Q_OBJECT

private slots:
    void scannerBurstsAreScansWhereverTheyEnd_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QList<qint64>>("gaps");
        QTest::addColumn<QString>("code");
        QTest::newRow("EAN-13 at 5 ms, Enter")
            << u"5701234567899\n"_s << QList<qint64>{5} << u"5701234567899"_s;
        QTest::newRow("order name at 20 ms, Enter")
            << u"#1001\n"_s << QList<qint64>{20} << u"#1001"_s;
        QTest::newRow("UPS number, Tab, jittery 8-28 ms")
            << u"1Z999AA10123456784\t"_s << QList<qint64>{8, 28, 12, 25, 9}
            << u"1Z999AA10123456784"_s;
        // A scanner that stalls once (USB, a busy machine) is still one scan.
        QTest::newRow("one stall of 55 ms")
            << u"SKU-RED-M\n"_s << QList<qint64>{10, 10, 10, 55, 10, 10, 10, 10, 10}
            << u"SKU-RED-M"_s;
        QTest::newRow("four characters, the least")
            << u"ABCD\n"_s << QList<qint64>{15} << u"ABCD"_s;
    }
    void scannerBurstsAreScansWhereverTheyEnd()
    {
        QFETCH(QString, keys);
        QFETCH(QList<qint64>, gaps);
        QFETCH(QString, code);
        ScanDetector detector;
        const Outcome outcome = feed(detector, keysAt(keys, 1000, gaps));
        QCOMPARE(outcome.scans, QStringList{code});
        QCOMPARE(outcome.typed, QString()); // nothing reached the focused field
        QVERIFY(!detector.holdDeadline());
    }

    void aPersonTypingIsNeverAScan_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QList<qint64>>("gaps");
        QTest::newRow("60 ms a key, Enter") << u"#1001\n"_s << QList<qint64>{60};
        QTest::newRow("a quick typist, 45-90 ms")
            << u"tracking 12345\n"_s << QList<qint64>{45, 90, 60, 70};
        QTest::newRow("slow, with a Tab") << u"Anna\t"_s << QList<qint64>{200};
        QTest::newRow("fast but short: 3 characters") << u"abc\n"_s << QList<qint64>{10};
        QTest::newRow("fast, then Backspace") << u"ABCDEF\bG\n"_s << QList<qint64>{10};
        QTest::newRow("fast, then a pause before Enter")
            << u"ABCDEFGH\n"_s << QList<qint64>{10, 10, 10, 10, 10, 10, 10, 400};
    }
    void aPersonTypingIsNeverAScan()
    {
        QFETCH(QString, keys);
        QFETCH(QList<qint64>, gaps);
        ScanDetector detector;
        const Outcome outcome = feed(detector, keysAt(keys, 1000, gaps));
        QCOMPARE(outcome.scans, QStringList());
        // Every key reached the field, in the order typed.
        QCOMPARE(outcome.typed, keys);
    }

    // A person's key is held at most twice the largest median gap, then handed on.
    void heldKeysGoOnAfterTwiceTheGap()
    {
        ScanDetector detector;
        const ScanDetector::Step first = detector.typed(u'a', 1000);
        QVERIFY(!first.passKey);
        QCOMPARE(detector.holdDeadline(), std::optional<qint64>(1060));
        QCOMPARE(detector.expire(1059).replay, QString()); // not yet
        QCOMPARE(detector.expire(1060).replay, u"a"_s);
        QVERIFY(!detector.holdDeadline());

        ScanDetector slower({4, std::chrono::milliseconds(150), {}});
        slower.typed(u'a', 1000);
        QCOMPARE(slower.holdDeadline(), std::optional<qint64>(1300));
    }

    // A scan right after a person typed (the expiry timer had no chance to run) keeps both.
    void aScanRightAfterTypingKeepsBoth()
    {
        QList<Key> keys = keysAt(u"ab"_s, 1000, {80});
        keys += keysAt(u"5701234567899\n"_s, 1300, {7});
        ScanDetector detector;
        Outcome outcome;
        for (const Key &key : keys) { // no expiry between keys: a busy event loop
            if (key.key == u'\n')
                apply(detector.ended(key.at), key.key, &outcome);
            else
                apply(detector.typed(key.key, key.at), key.key, &outcome);
        }
        QCOMPARE(outcome.typed, u"ab"_s);
        QCOMPARE(outcome.scans, QStringList{u"5701234567899"_s});
    }

    void theLimitsAreSettings()
    {
        const QList<Key> keys = keysAt(u"12345\n"_s, 1000, {40});
        ScanDetector byDefault;
        QCOMPARE(feed(byDefault, keys).scans, QStringList());
        ScanDetector slowScanner({4, std::chrono::milliseconds(50), {}});
        QCOMPARE(feed(slowScanner, keys).scans, QStringList{u"12345"_s});
        ScanDetector longCodesOnly({6, std::chrono::milliseconds(50), {}});
        QCOMPARE(feed(longCodesOnly, keys).scans, QStringList());
        QCOMPARE(feed(longCodesOnly, keys).typed, u"12345\n"_s);
    }

    // Many random scans and typings, interleaved: every scan is found whole and every
    // typed key arrives once, in order.
    void randomSessionsLoseNothing()
    {
        std::mt19937 random(20261207);
        for (int round = 0; round < 200; ++round) {
            ScanDetector detector;
            QList<Key> keys;
            QString expectedTyped;
            QStringList expectedScans;
            qint64 at = 1000;
            for (int part = 0; part < 6; ++part) {
                const bool scan = random() % 2;
                QString text;
                const int length = int(random() % 12) + (scan ? 4 : 1);
                for (int i = 0; i < length; ++i)
                    text.append(QChar(u'A' + int(random() % 26)));
                for (const QChar c : std::as_const(text)) {
                    keys.append({c, at});
                    at += scan ? qint64(random() % 16) + 5 : qint64(random() % 200) + 61;
                }
                keys.append({u'\n', at});
                at += qint64(random() % 500) + 200;
                if (scan)
                    expectedScans.append(text);
                else
                    expectedTyped += text + u'\n';
            }
            const Outcome outcome = feed(detector, keys);
            QCOMPARE(outcome.scans, expectedScans);
            QCOMPARE(outcome.typed, expectedTyped);
        }
    }

    void prefixesAreRemoved_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shopPrefix");
        QTest::addColumn<QString>("code");
        // AIM identifiers (ISO/IEC 15424): ]C0 Code 128, ]E0 EAN-13, ]Q1 QR Code.
        QTest::newRow("Code 128") << u"]C0#1001"_s << QString() << u"#1001"_s;
        QTest::newRow("EAN-13") << u"]E05701234567899"_s << QString() << u"5701234567899"_s;
        QTest::newRow("QR") << u"]Q1SMIDIG"_s << QString() << u"SMIDIG"_s;
        QTest::newRow("shop's prefix") << u"%%#1001"_s << u"%%"_s << u"#1001"_s;
        QTest::newRow("AIM then shop") << u"]C0%%#1001"_s << u"%%"_s << u"#1001"_s;
        QTest::newRow("shop then AIM") << u"%%]C0#1001"_s << u"%%"_s << u"#1001"_s;
        QTest::newRow("no prefix") << u"ABC-123"_s << u"%%"_s << u"ABC-123"_s;
        QTest::newRow("a bracket that is data") << u"]1234"_s << QString() << u"]1234"_s;
        QTest::newRow("nothing after the prefix") << u"]C0"_s << QString() << u"]C0"_s;
    }
    void prefixesAreRemoved()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shopPrefix);
        QFETCH(QString, code);
        QCOMPARE(ScanDetector::stripPrefixes(raw, shopPrefix), code);
    }

    void aScanLosesItsPrefixes()
    {
        ScanDetector detector({4, std::chrono::milliseconds(30), u"%%"_s});
        const Outcome outcome = feed(detector, keysAt(u"]C0%%#1001\n"_s, 1000, {6}));
        QCOMPARE(outcome.scans, QStringList{u"#1001"_s});
    }
};

QTEST_GUILESS_MAIN(TestScanDetector)
#include "tst_scandetector.moc"
