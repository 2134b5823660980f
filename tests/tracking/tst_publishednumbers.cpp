#include "core/tracking/TrackingNumberDetector.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The detector against tracking numbers published by carriers, their documentation and
// public test-number lists (tests/tracking/published-numbers.tsv, which names the source of
// each): every verdict here is the source's, not one our own rules produced.
class TestPublishedNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheSource_data();
    void agreesWithTheSource();
    void everyCarrierHasAGoodAndABadNumber();
};

namespace {

struct Row
{
    QString text;
    QString company; // empty: a post outside Shopify's list
    QString verdict;
    QString source;
};

QList<Row> readRows()
{
    const QDir source(qEnvironmentVariable("SMIDIG_SOURCE_DIR", QDir::currentPath()));
    QFile file(source.filePath(u"tests/tracking/published-numbers.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() == 4)
            rows.append({fields.at(0), fields.at(1), fields.at(2), fields.at(3)});
        else
            rows.append({QString::fromUtf8(line), {}, u"malformed"_s, {}});
    }
    return rows;
}

// The candidate for the source's carrier; for a post outside Shopify's list, the S10 one.
std::optional<TrackingCandidate> candidateOf(const TrackingDetection &detection,
                                             const QString &company)
{
    if (!company.isEmpty())
        return detection.candidateFor(company);
    for (const TrackingCandidate &candidate : detection.candidates) {
        if (candidate.company.isEmpty())
            return candidate;
    }
    return std::nullopt;
}

} // namespace

void TestPublishedNumbers::agreesWithTheSource_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("verdict");
    const QList<Row> rows = readRows();
    QVERIFY2(rows.size() >= 100, "tests/tracking/published-numbers.tsv is missing or short");
    for (const Row &row : rows) {
        QTest::addRow("%s: %s (%s)",
                      qPrintable(row.company.isEmpty() ? u"S10"_s : row.company),
                      qPrintable(row.text.simplified()),
                      qPrintable(row.source))
            << row.text << row.company << row.verdict;
    }
}

void TestPublishedNumbers::agreesWithTheSource()
{
    QFETCH(QString, text);
    QFETCH(QString, company);
    QFETCH(QString, verdict);
    const TrackingDetection detection = TrackingNumberDetector().detect(text);
    const std::optional<TrackingCandidate> best = detection.best();
    const std::optional<TrackingCandidate> candidate = candidateOf(detection, company);
    const QString seen = best ? u"%1, %2, %3"_s.arg(best->carrierName,
                                                    machineName(best->checkDigit),
                                                    machineName(best->confidence))
                              : detection.message();

    if (verdict == u"invalid") {
        // Not a good number of that carrier: no such candidate, or its check digit fails.
        const bool good = candidate
                          && (candidate->checkDigit == CheckDigitState::Valid
                              || candidate->checkDigit == CheckDigitState::NotApplicable);
        QVERIFY2(!good, qPrintable(seen));
        return;
    }
    if (verdict == u"among") {
        QVERIFY2(candidate && candidate->checkDigit == CheckDigitState::Valid, qPrintable(seen));
        QVERIFY2(detection.isAmbiguous(), qPrintable(seen));
        return;
    }
    QVERIFY2(best && best->company == company && candidate && *best == *candidate, qPrintable(seen));
    QVERIFY2(!detection.hasWrongCheckDigit(), qPrintable(detection.message()));
    if (verdict == u"valid")
        QCOMPARE(best->checkDigit, CheckDigitState::Valid);
    else if (verdict == u"nocheck")
        QCOMPARE(best->checkDigit, CheckDigitState::NotApplicable);
    else
        QCOMPARE(verdict, u"detected"_s);
    QVERIFY2(best->url.startsWith(u"https://"_s) && best->url.contains(best->number),
             qPrintable(best->url));
}

void TestPublishedNumbers::everyCarrierHasAGoodAndABadNumber()
{
    // Each carrier with at least one number the source calls good and one it calls wrong.
    // (GLS and PostNord have published no number we could find: docs/tracking-numbers.md.)
    QHash<QString, QSet<QString>> verdicts;
    for (const Row &row : readRows())
        verdicts[row.company].insert(row.verdict == u"invalid" ? u"bad"_s : u"good"_s);
    for (const QString &company : {u"UPS"_s,
                                   u"USPS"_s,
                                   u"FedEx"_s,
                                   u"DHL Express"_s,
                                   u"DHL eCommerce"_s,
                                   u"Amazon"_s,
                                   u"Royal Mail"_s,
                                   u"DPD"_s,
                                   u"Canada Post"_s,
                                   u"Bring"_s,
                                   QString()}) {
        QVERIFY2(verdicts.value(company).contains(u"good"_s), qPrintable(company));
        QVERIFY2(verdicts.value(company).contains(u"bad"_s), qPrintable(company));
    }
}

QTEST_GUILESS_MAIN(TestPublishedNumbers)
#include "tst_publishednumbers.moc"
