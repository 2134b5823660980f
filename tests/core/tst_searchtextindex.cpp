#include "core/model/SearchTextIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The index must find exactly the rows whose text holds a term, as reading every text would,
// whatever happened to the rows since it was built; and it must actually narrow the search.
class TestSearchTextIndex final : public QObject
{
    Q_OBJECT

private:
    // The rows holding `term` as the index finds them: its candidates, compared one by one.
    static QList<int> found(SearchTextIndex &index, const QString &term)
    {
        QList<int> rows;
        if (const std::optional<QList<int>> candidates = index.candidates(term, index.rowCount())) {
            for (const int row : *candidates) {
                if (index.contains(row, term))
                    rows.append(row);
            }
        } else {
            for (int row = 0; row < index.rowCount(); ++row) {
                if (index.contains(row, term))
                    rows.append(row);
            }
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // The rows holding `term`, by reading every text with Qt's own search.
    static QList<int> expected(const QStringList &texts, const QString &term)
    {
        QList<int> rows;
        for (int row = 0; row < texts.size(); ++row) {
            if (texts.at(row).contains(term))
                rows.append(row);
        }
        return rows;
    }

    static void fill(SearchTextIndex *index, const QStringList &texts)
    {
        index->reset(int(texts.size()), [&](int row) { return texts.at(row); });
    }

    // Every term cut from the texts (up to `maxLength` characters), and some that are not.
    static QStringList termsOf(const QStringList &texts, int maxLength)
    {
        QStringList terms{QString(), u"zzz"_s, u"qqqq"_s};
        for (const QString &text : texts) {
            for (int start = 0; start < text.size(); start += 3) {
                for (int length = 1; length <= maxLength && start + length <= text.size(); ++length)
                    terms.append(text.mid(start, length));
            }
        }
        terms.removeDuplicates();
        return terms;
    }

    static void compareAll(SearchTextIndex &index, const QStringList &texts, int maxLength)
    {
        QCOMPARE(index.rowCount(), texts.size());
        for (int row = 0; row < texts.size(); ++row)
            QCOMPARE(index.text(row).toString(), texts.at(row));
        for (const QString &term : termsOf(texts, maxLength))
            QCOMPARE(found(index, term), expected(texts, term));
    }

    static QStringList customers()
    {
        return {u"#1001\nida møller\nida@example.dk\nstoevle-06\n"_s,
                u"#1002\nbo ide\nbo@example.dk\nlakrids-03 stoevle-06\n00370730"_s,
                u"#1003\nayşe yılmaz\nayse@example.net\n\n"_s,
                u"#1004\nzoë ødegård\nzoe@example.dk\npakke 📦\nld123456789dk"_s,
                u"#1005\n\n\n\n"_s,
                QString()};
    }

private slots:
    void hasNoRowsAtFirst()
    {
        SearchTextIndex index;
        QCOMPARE(index.rowCount(), 0);
        const std::optional<QList<int>> none = index.candidates(u"ida"_s, 0);
        QVERIFY(none.has_value());
        QVERIFY(none->isEmpty());
    }

    void findsWhatReadingEveryTextFinds()
    {
        const QStringList texts = customers();
        SearchTextIndex index;
        fill(&index, texts);
        compareAll(index, texts, 12);
    }

    void narrowsToTheRowsHoldingTheRarestThreeCharacters()
    {
        // Many rows alike, three that hold "møller".
        QStringList texts;
        for (int row = 0; row < 1000; ++row)
            texts.append(u"#%1\nkunde %1\nkunde%1@example.dk"_s.arg(row));
        texts[17] = u"#17\nida møller\nida@example.dk"_s;
        texts[500] = u"#500\nkarl møller\n"_s;
        texts[999] = u"#999\nmøllers mølle\n"_s;
        SearchTextIndex index;
        fill(&index, texts);
        const std::optional<QList<int>> candidates = index.candidates(u"møller"_s, 1000);
        QVERIFY(candidates.has_value());
        QList<int> rows = *candidates;
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, QList<int>({17, 500, 999}));
        // Held nowhere: nothing to look at.
        QVERIFY(index.candidates(u"hansen"_s, 1000).has_value());
        QVERIFY(index.candidates(u"hansen"_s, 1000)->isEmpty());
        // Not narrowed below what the caller already has: left to the caller.
        QVERIFY(!index.candidates(u"møller"_s, 2).has_value());
    }

    void leavesShortAndCommonTermsToTheCaller()
    {
        QStringList texts;
        for (int row = 0; row < 2000; ++row)
            texts.append(u"#%1\nkunde\nkunde%1@example.dk"_s.arg(row));
        texts[3] = u"#3\nida\n"_s;
        SearchTextIndex index;
        fill(&index, texts);
        // Fewer than three characters: no sequence to look up.
        QVERIFY(!index.candidates(u"id"_s, 2000).has_value());
        QVERIFY(!index.candidates(u"i"_s, 2000).has_value());
        QVERIFY(!index.candidates(QString(), 2000).has_value());
        // In (nearly) every row: not listed, so every text is read.
        QVERIFY(!index.candidates(u"example"_s, 2000).has_value());
        // A rare sequence beside common ones still narrows.
        QVERIFY(index.candidates(u"kunde7@"_s, 2000).has_value());
        QVERIFY(index.candidates(u"kunde7@"_s, 2000)->size() < 20);
        QCOMPARE(found(index, u"kunde"_s), expected(texts, u"kunde"_s));
        QCOMPARE(found(index, u"kunde7@"_s), expected(texts, u"kunde7@"_s));
    }

    void findsTermsAcrossFieldsAndHalvesOfCharacters()
    {
        const QStringList texts = customers();
        SearchTextIndex index;
        fill(&index, texts);
        // Across the line break between two fields: found by its other sequences.
        QCOMPARE(found(index, u"møller\nida@"_s), QList<int>{0});
        QCOMPARE(found(index, u"r\ni"_s), QList<int>{0});
        QCOMPARE(found(index, u"\n\n\n"_s), QList<int>{4});
        QCOMPARE(found(index, u"net\n\n"_s), QList<int>{2});
        // Code units, as TextSearch compares them: half of a surrogate pair too.
        QCOMPARE(found(index, u"e 📦"_s), QList<int>{3});
        QCOMPARE(found(index, u"e "_s + u"📦"_s.at(0)), QList<int>{3});
        // Case and accents are compared as stored: the caller folds case and keeps accents.
        QCOMPARE(found(index, u"Ida"_s), QList<int>());
        QCOMPARE(found(index, u"ødegård"_s), QList<int>{3});
        QCOMPARE(found(index, u"odegard"_s), QList<int>());
    }

    void followsChangedInsertedAndRemovedRows()
    {
        QStringList texts = customers();
        SearchTextIndex index;
        fill(&index, texts);

        texts[0] = u"#1001\nida holm\nida@example.dk\n\n"_s;
        index.setText(0, texts[0]);
        compareAll(index, texts, 8);

        const QStringList inserted{u"#2001\nkarl møller\n"_s, u"#2002\nida møller\n"_s};
        texts.insert(2, inserted.at(0));
        texts.insert(3, inserted.at(1));
        index.insertRows(2, 2, [&](int row) { return texts.at(row); });
        compareAll(index, texts, 8);

        texts.remove(0, 2);
        index.removeRows(0, 2);
        compareAll(index, texts, 8);

        // To the end, and everything away.
        texts.append(u"#3001\nsidst\n"_s);
        index.insertRows(int(texts.size()) - 1, 1, [&](int row) { return texts.at(row); });
        compareAll(index, texts, 8);
        index.removeRows(0, int(texts.size()));
        texts.clear();
        compareAll(index, texts, 8);
        QVERIFY(index.candidates(u"ida"_s, 10).has_value());
        QVERIFY(index.candidates(u"ida"_s, 10)->isEmpty());
    }

    // A big table is listed by a worker thread: rows changed, added and removed meanwhile are
    // found as if they had been there from the start, and a reset during the work starts over.
    void followsChangesMadeWhileBeingListed()
    {
        QStringList texts;
        for (int row = 0; row < 20000; ++row)
            texts.append(u"#%1\nkunde %1\nkunde%1@example.dk\nsku-%2"_s.arg(row).arg(row % 97));
        texts[5] = u"#5\nida møller\n"_s;
        SearchTextIndex index;
        fill(&index, texts);
        // A reset while the worker may still be at it.
        texts[7] = u"#7\nkarl møller\n"_s;
        fill(&index, texts);
        texts[5] = u"#5\nida holm\n"_s;
        index.setText(5, texts[5]);
        texts.insert(100, u"#100a\nane møller\n"_s);
        index.insertRows(100, 1, [&](int row) { return texts.at(row); });
        texts.remove(0, 3);
        index.removeRows(0, 3);
        texts[19990] = u"#19990\nsidste møller\n"_s;
        index.setText(19990, texts[19990]);

        QCOMPARE(found(index, u"møller"_s), expected(texts, u"møller"_s));
        QCOMPARE(found(index, u"møller"_s), QList<int>({4, 97, 19990}));
        QVERIFY(index.candidates(u"møller"_s, 20000).has_value());
        QVERIFY(index.candidates(u"møller"_s, 20000)->size() < 10);
        for (const QString &term : {u"ida"_s, u"holm"_s, u"kunde123@"_s, u"sku-96"_s, u"#1"_s})
            QCOMPARE(found(index, term), expected(texts, term));
        // Listed from here on as they come.
        texts.append(u"#20000\nny møller\n"_s);
        index.insertRows(int(texts.size()) - 1, 1, [&](int row) { return texts.at(row); });
        QCOMPARE(found(index, u"møller"_s), expected(texts, u"møller"_s));
    }

    void keepsLongAndEmptyTexts()
    {
        // Longer than a block of stored texts.
        QString longText(100000, u'a');
        longText.replace(70000, 6, u"møller"_s);
        const QStringList texts{QString(), longText, u"ab"_s, longText.left(10)};
        SearchTextIndex index;
        fill(&index, texts);
        QCOMPARE(index.text(1).size(), longText.size());
        QCOMPARE(found(index, u"møller"_s), QList<int>{1});
        QCOMPARE(found(index, u"aaa"_s), QList<int>({1, 3}));
        QCOMPARE(found(index, u"ab"_s), QList<int>{2});
        QCOMPARE(found(index, QString()), QList<int>({0, 1, 2, 3}));
    }

    // Many random changes, more than a rebuild waits for, each followed by a comparison.
    void staysRightThroughManyChanges()
    {
        QRandomGenerator random(14);
        const QString letters = u"abcøæ\n📦"_s;
        auto randomText = [&] {
            QString text;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                text.append(letters.at(int(random.bounded(letters.size()))));
            return text;
        };
        QStringList texts;
        for (int row = 0; row < 300; ++row)
            texts.append(randomText());
        SearchTextIndex index;
        fill(&index, texts);
        for (int step = 0; step < 3000; ++step) {
            const int choice = int(random.bounded(10));
            if (choice < 6 && !texts.isEmpty()) {
                const int row = int(random.bounded(texts.size()));
                texts[row] = randomText();
                index.setText(row, texts[row]);
            } else if (choice < 8 || texts.isEmpty()) {
                const int first = int(random.bounded(texts.size() + 1));
                const int count = 1 + int(random.bounded(3));
                for (int i = 0; i < count; ++i)
                    texts.insert(first + i, randomText());
                index.insertRows(first, count, [&](int row) { return texts.at(row); });
            } else {
                const int first = int(random.bounded(texts.size()));
                const int count = std::min(1 + int(random.bounded(3)), int(texts.size()) - first);
                texts.remove(first, count);
                index.removeRows(first, count);
            }
            if (step % 100 == 0)
                compareAll(index, texts, 4);
        }
        compareAll(index, texts, 5);
    }
};

QTEST_GUILESS_MAIN(TestSearchTextIndex)
#include "tst_searchtextindex.moc"
