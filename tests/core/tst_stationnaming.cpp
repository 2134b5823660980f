#include "core/model/StationNaming.h"

#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// What a station and a packer may be called, as typed in the settings or given to smidig-cli:
// one clean line of text of a length the tables can show, never an unnamed station.
class TestStationNaming final : public QObject
{
    Q_OBJECT

private slots:
    void namesAreCleaned_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("as typed") << u"Station 2"_s << u"Station 2"_s;
        QTest::newRow("trimmed") << u"  Anna \t"_s << u"Anna"_s;
        QTest::newRow("one line") << u"Pack\ntable\r\n3"_s << u"Pack table 3"_s;
        QTest::newRow("control characters") << u"Bo\x01\x1b Holm"_s << u"Bo Holm"_s;
        QTest::newRow("letters of any script") << u"Søren Ærø"_s << u"Søren Ærø"_s;
        QTest::newRow("only spaces") << u"   "_s << QString();
        QTest::newRow("too long") << QString(60, u'x') << QString(StationNaming::kMaxLength, u'x');
        // Cut at the limit, then trimmed: no space left dangling at the end.
        QTest::newRow("cut before a space")
            << QString(StationNaming::kMaxLength - 1, u'x') + u" and more"_s
            << QString(StationNaming::kMaxLength - 1, u'x');
        // An emoji is two UTF-16 units: never half of one.
        QTest::newRow("no half emoji") << QString(StationNaming::kMaxLength - 1, u'x') + u"📦📦"_s
                                       << QString(StationNaming::kMaxLength - 1, u'x');
    }
    void namesAreCleaned()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QCOMPARE(StationNaming::cleaned(typed), kept);
    }

    void anUnnamedStationGoesByTheComputersName()
    {
        const QString host = QSysInfo::machineHostName();
        QVERIFY(!host.isEmpty());
        QCOMPARE(StationNaming::defaultStationName(), StationNaming::cleaned(host));
        QCOMPARE(StationNaming::identity(u"  "_s, u" Anna "_s),
                 (StationIdentity{StationNaming::cleaned(host), u"Anna"_s}));
        // The packer may stay unnamed; the station is as given.
        QCOMPARE(StationNaming::identity(u"Station 2"_s, u" "_s),
                 (StationIdentity{u"Station 2"_s, QString()}));
    }
};

QTEST_APPLESS_MAIN(TestStationNaming)
#include "tst_stationnaming.moc"
