#include "core/model/TextSearch.h"

#include <QRandomGenerator>
#include <QTest>

class TestTextSearch final : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatQtFinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        const QString text = QStringLiteral(
            "#1042\nida møller\nida@example.dk\nsku-7, sku-8\n0037");
        QTest::newRow("empty term") << text << QString();
        QTest::newRow("empty text") << QString() << QStringLiteral("a");
        QTest::newRow("both empty") << QString() << QString();
        QTest::newRow("term longer") << QStringLiteral("ida") << QStringLiteral("ida m");
        QTest::newRow("whole text") << QStringLiteral("ida") << QStringLiteral("ida");
        QTest::newRow("one char") << text << QStringLiteral("ø");
        QTest::newRow("one char, absent") << text << QStringLiteral("z");
        QTest::newRow("two chars") << text << QStringLiteral("@e");
        QTest::newRow("at the start") << text << QStringLiteral("#104");
        QTest::newRow("at the end") << text << QStringLiteral("7, sku-8\n0037");
        QTest::newRow("first and last only") << text << QStringLiteral("ida mxller");
        QTest::newRow("across a line") << text << QStringLiteral("møller\nida");
        QTest::newRow("surrogates") << QStringLiteral("pakke 📦 sendt") << QStringLiteral("📦 s");
        QTest::newRow("half a surrogate pair")
            << QStringLiteral("pakke 📦 sendt") << QString(QStringLiteral("📦").at(0));
        // Around the eight places compared at once.
        for (int length = 1; length <= 20; ++length) {
            const QString filler(length, u'a');
            QTest::addRow("x at the end of %d", length) << filler + u'x' << QStringLiteral("ax");
            QTest::addRow("xy over the end of %d", length) << filler + u'x' << QStringLiteral("xy");
        }
    }

    void findsWhatQtFinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QCOMPARE(TextSearch::contains(text, term), QStringView(text).contains(term));
    }

    // Random texts of few letters, so that first and last characters often agree while the
    // term still does not occur; terms cut from the texts and made up.
    void agreesWithQtOnRandomTexts()
    {
        QRandomGenerator random(42);
        const QString letters = QStringLiteral("abcø");
        auto randomText = [&](int maxLength) {
            QString text;
            const int length = int(random.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i)
                text.append(letters.at(int(random.bounded(letters.size()))));
            return text;
        };
        int found = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString text = randomText(40);
            QString term = randomText(6);
            if (round % 2 == 0 && !text.isEmpty()) {
                const int from = int(random.bounded(text.size()));
                term = text.mid(from, int(random.bounded(1, 10)));
            }
            const bool expected = QStringView(text).contains(term);
            found += expected ? 1 : 0;
            if (TextSearch::contains(text, term) != expected)
                QFAIL(qPrintable(QStringLiteral("\"%1\" in \"%2\"").arg(term, text)));
        }
        QVERIFY(found > 5000);
        QVERIFY(found < 19000);
    }
};

QTEST_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
