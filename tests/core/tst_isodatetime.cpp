#include "core/shopify/IsoDateTime.h"

#include <QRandomGenerator>
#include <QTest>

// The fast reader must read exactly what QDateTime::fromString reads, or leave the text to it.
class TestIsoDateTime final : public QObject
{
    Q_OBJECT

    static QDateTime viaQt(const QString &text)
    {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }

private slots:
    void readsShopifysFormsAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"2026-11-20T10:15:30Z",
                                 "1970-01-01T00:00:00Z",
                                 "1969-12-31T23:59:59Z",
                                 "0001-01-01T00:00:00Z",
                                 "9999-12-31T23:59:59Z",
                                 "2024-02-29T12:00:00Z",
                                 "2000-02-29T12:00:00Z",
                                 "2026-03-01T00:00:00Z",
                                 "2026-11-20T10:15:30.1Z",
                                 "2026-11-20T10:15:30.12Z",
                                 "2026-11-20T10:15:30.123Z",
                                 "2026-11-20T10:15:30+01:00",
                                 "2026-11-20T00:15:30+02:30",
                                 "2026-01-01T00:00:00-05:00",
                                 "2026-11-20T10:15:30.250-09:30",
                                 "2026-12-31T23:59:59+14:00"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void readsShopifysFormsAsQtDoes()
    {
        QFETCH(QString, text);
        const std::optional<QDateTime> fast = IsoDateTime::parseUtc(text);
        QVERIFY2(fast, "the fast reader should take Shopify's own form");
        QCOMPARE(fast->timeSpec(), Qt::UTC);
        QCOMPARE(*fast, viaQt(text));
        QCOMPARE(fast->toMSecsSinceEpoch(), viaQt(text).toMSecsSinceEpoch());
    }

    void leavesEverythingElseToQt_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"",
                                 "2026-11-20",
                                 "2026-11-20T10:15:30",
                                 "2026-11-20 10:15:30Z",
                                 "2026-11-20T10:15Z",
                                 "2026-02-29T10:15:30Z",
                                 "2100-02-29T10:15:30Z",
                                 "2026-04-31T10:15:30Z",
                                 "2026-13-01T10:15:30Z",
                                 "2026-00-01T10:15:30Z",
                                 "2026-11-00T10:15:30Z",
                                 "2026-11-20T24:00:00Z",
                                 "2026-11-20T10:60:30Z",
                                 "2026-11-20T10:15:60Z",
                                 "0000-01-01T00:00:00Z",
                                 "2026-11-20T10:15:30.Z",
                                 "2026-11-20T10:15:30.1234Z",
                                 "2026-11-20T10:15:30+0100",
                                 "2026-11-20T10:15:30+01",
                                 "2026-11-20T10:15:30Zjunk",
                                 "2026-11-20T10:15:30z",
                                 "2026-1a-20T10:15:30Z",
                                 "+026-11-20T10:15:30Z",
                                 "2026-11-20T10:15:30+24:00",
                                 "2026-11-20T10:15:30+01:60"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void leavesEverythingElseToQt()
    {
        QFETCH(QString, text);
        QCOMPARE(IsoDateTime::parseUtc(text), std::nullopt);
    }

    void agreesWithQtOnRandomInstants()
    {
        QRandomGenerator random(20261126);
        const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QStringList offsets{QStringLiteral("Z"),
                                  QStringLiteral("+01:00"),
                                  QStringLiteral("-07:00"),
                                  QStringLiteral("+05:45"),
                                  QStringLiteral("-00:30")};
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = from + qint64(random.bounded(quint64(to - from)));
            const QString offset = offsets.at(int(random.bounded(offsets.size())));
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QString text = instant.toString(random.bounded(2)
                                                ? QStringLiteral("yyyy-MM-ddTHH:mm:ss")
                                                : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
            text += offset;
            const std::optional<QDateTime> fast = IsoDateTime::parseUtc(text);
            QVERIFY2(fast, qPrintable(text));
            QVERIFY2(*fast == viaQt(text), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoDateTime)
#include "tst_isodatetime.moc"
