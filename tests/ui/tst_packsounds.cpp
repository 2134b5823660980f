// Pack mode's tones: each cue has a tone of its own, short, clean and made by the project's
// generator (the files checked in are what tools/make-tones makes), and PackSounds plays them
// at the volume set, never when muted or at 0. The tests run without a sound device (as on
// a station whose sound server is gone): the tones are started all the same, QSoundEffect
// plays them to nothing, and nothing blocks or fails.

#include "ui/pack/PackSounds.h"

#include <QAudio>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// What a WAV file says about itself, and its samples; `problem` names the first thing wrong.
struct Wav
{
    QString problem;
    quint16 format = 0;
    quint16 channels = 0;
    quint32 rate = 0;
    quint16 bits = 0;
    QList<qint16> samples;
};

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

Wav readWav(const QByteArray &bytes)
{
    Wav wav;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        wav.problem = u"not a RIFF WAVE file"_s;
        return wav;
    }
    if (u32(bytes, 4) != quint32(bytes.size() - 8)) {
        wav.problem = u"the RIFF size is not the file's"_s;
        return wav;
    }
    bool hasFormat = false;
    bool hasData = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = u32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (body + qsizetype(size) > bytes.size()) {
            wav.problem = u"the chunk %1 runs past the end"_s.arg(QString::fromLatin1(id));
            return wav;
        }
        if (id == "fmt " && size >= 16) {
            hasFormat = true;
            wav.format = u16(bytes, body);
            wav.channels = u16(bytes, body + 2);
            wav.rate = u32(bytes, body + 4);
            const quint32 byteRate = u32(bytes, body + 8);
            const quint16 blockAlign = u16(bytes, body + 12);
            wav.bits = u16(bytes, body + 14);
            if (blockAlign != wav.channels * wav.bits / 8 || byteRate != wav.rate * blockAlign)
                wav.problem = u"the block size or byte rate does not fit the format"_s;
        } else if (id == "data") {
            hasData = true;
            if (size % 2 != 0)
                wav.problem = u"the data is not whole 16-bit samples"_s;
            for (quint32 i = 0; i + 1 < size; i += 2)
                wav.samples.append(qFromLittleEndian<qint16>(bytes.constData() + body + i));
        }
        at = body + size + (size % 2); // chunks are padded to even sizes
    }
    if (wav.problem.isEmpty() && (!hasFormat || !hasData))
        wav.problem = u"no fmt or no data chunk"_s;
    return wav;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray toneData(PackCue cue)
{
    return readFile(PackSounds::tonePath(cue));
}

constexpr double kFullScale = 32767.0;

// What an ear tells tones apart by, roughly: how long a tone is, how high (zero crossings a
// second), and its rhythm (bursts of sound parted by at least 10 ms of near silence).
struct Hearing
{
    double ms = 0;
    double crossingsPerSecond = 0;
    int bursts = 0;
};

Hearing hear(const Wav &wav)
{
    Hearing heard;
    const auto count = wav.samples.size();
    heard.ms = 1000.0 * double(count) / double(wav.rate);
    const qint16 quiet = qint16(0.01 * kFullScale);
    const qsizetype pause = qsizetype(wav.rate / 100);
    int crossings = 0;
    qsizetype quietRun = pause;
    for (qsizetype i = 0; i < count; ++i) {
        const qint16 sample = wav.samples.at(i);
        if (i > 0 && (sample < 0) != (wav.samples.at(i - 1) < 0))
            ++crossings;
        if (std::abs(sample) < quiet) {
            ++quietRun;
        } else {
            if (quietRun >= pause)
                ++heard.bursts;
            quietRun = 0;
        }
    }
    heard.crossingsPerSecond = crossings / (heard.ms / 1000.0);
    return heard;
}

bool apart(double a, double b)
{
    return std::abs(a - b) >= 0.1 * std::max(a, b);
}

} // namespace

class TestPackSounds final : public QObject
{
    Q_OBJECT

private:
    static PackSettings settings(int volumePercent, bool muted)
    {
        PackSettings result;
        result.volumePercent = volumePercent;
        result.muted = muted;
        return result;
    }

    static QSoundEffect *tone(PackSounds &sounds, PackCue cue)
    {
        const QString name = u"tone-"_s + QFileInfo(PackSounds::tonePath(cue)).baseName();
        return sounds.findChild<QSoundEffect *>(name);
    }

    static bool anythingPlays(PackSounds &sounds)
    {
        const QList<QSoundEffect *> tones = sounds.findChildren<QSoundEffect *>();
        return std::any_of(tones.begin(), tones.end(), [](QSoundEffect *effect) {
            return effect->isPlaying();
        });
    }

private slots:
    void initTestCase()
    {
        // No sound server, here and on a developer's desktop alike: the same run everywhere,
        // and a test run that does not beep. Qt 6.4 plays through PulseAudio (or PipeWire's
        // pulse server), which reads this before the first tone.
        qputenv("PULSE_SERVER", "unix:/nonexistent/smidig-test-no-sound-server");
    }

    void everyCueHasAToneOfItsOwn()
    {
        const QList<PackCue> cues = PackSounds::allCues();
        QCOMPARE(cues.size(), int(PackCue::Undone) + 1);
        QSet<QString> paths;
        QList<Hearing> heard;
        for (PackCue cue : cues) {
            const QByteArray bytes = toneData(cue);
            QVERIFY2(!bytes.isEmpty(), qPrintable(PackSounds::tonePath(cue)));
            paths.insert(PackSounds::tonePath(cue));
            heard.append(hear(readWav(bytes)));
        }
        QCOMPARE(paths.size(), cues.size());
        // No two alike: each pair differs by a tenth in length or pitch, or in rhythm.
        for (qsizetype a = 0; a < cues.size(); ++a) {
            for (qsizetype b = a + 1; b < cues.size(); ++b) {
                const Hearing &x = heard.at(a);
                const Hearing &y = heard.at(b);
                QVERIFY2(apart(x.ms, y.ms) || apart(x.crossingsPerSecond, y.crossingsPerSecond)
                             || x.bursts != y.bursts,
                         qPrintable(PackSounds::tonePath(cues.at(a)) + u" sounds like "_s
                                    + PackSounds::tonePath(cues.at(b))));
            }
        }
    }

    void eachToneIsShortCleanPcm_data()
    {
        QTest::addColumn<PackCue>("cue");
        for (PackCue cue : PackSounds::allCues())
            QTest::newRow(qPrintable(PackSounds::tonePath(cue))) << cue;
    }

    void eachToneIsShortCleanPcm()
    {
        QFETCH(PackCue, cue);
        const Wav wav = readWav(toneData(cue));
        QVERIFY2(wav.problem.isEmpty(), qPrintable(wav.problem));
        QCOMPARE(wav.format, quint16(1)); // integer PCM
        QCOMPARE(wav.channels, quint16(1));
        QCOMPARE(wav.bits, quint16(16));
        QVERIFY2(wav.rate == 44100 || wav.rate == 48000, qPrintable(QString::number(wav.rate)));

        const double ms = 1000.0 * double(wav.samples.size()) / double(wav.rate);
        QVERIFY2(ms >= 50 && ms <= 250, qPrintable(u"%1 ms"_s.arg(ms)));

        // Loud enough to be heard at a moderate volume, with room left below full scale.
        int peak = 0;
        int jump = 0;
        for (qsizetype i = 0; i < wav.samples.size(); ++i) {
            peak = std::max(peak, std::abs(int(wav.samples.at(i))));
            if (i > 0)
                jump = std::max(jump, std::abs(wav.samples.at(i) - wav.samples.at(i - 1)));
        }
        QVERIFY2(peak >= 0.2 * kFullScale && peak <= 0.8 * kFullScale,
                 qPrintable(u"peak %1 of full scale"_s.arg(peak / kFullScale)));
        // No click: it starts and ends at (near) silence, and never leaps in between.
        QVERIFY2(std::abs(wav.samples.first()) < 0.01 * kFullScale,
                 qPrintable(QString::number(wav.samples.first())));
        QVERIFY2(std::abs(wav.samples.last()) < 0.01 * kFullScale,
                 qPrintable(QString::number(wav.samples.last())));
        QVERIFY2(jump < 0.25 * kFullScale, qPrintable(u"a jump of %1"_s.arg(jump / kFullScale)));
    }

    void theGeneratorMakesTheseVeryFiles()
    {
        const QString source = qEnvironmentVariable("SMIDIG_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "SMIDIG_SOURCE_DIR is not set (smidig_add_test sets it)");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess generator;
        generator.start(QDir(source).filePath(u"tools/make-tones"_s), {u"--output"_s, out.path()});
        QVERIFY2(generator.waitForFinished(60000), qPrintable(generator.errorString()));
        QVERIFY2(generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0,
                 generator.readAllStandardError().constData());

        QStringList expected;
        for (PackCue cue : PackSounds::allCues()) {
            const QString name = QFileInfo(PackSounds::tonePath(cue)).fileName();
            expected.append(name);
            const QByteArray made = readFile(QDir(out.path()).filePath(name));
            QVERIFY2(made == toneData(cue), qPrintable(name + u" differs from the one built in"_s));
            QVERIFY2(made == readFile(QDir(source).filePath(u"resources/sounds/"_s + name)),
                     qPrintable(name + u" differs from the one checked in"_s));
        }
        expected.sort();
        QCOMPARE(QDir(out.path()).entryList(QDir::Files, QDir::Name), expected);
    }

    void aCueStartsItsTone()
    {
        PackSounds sounds(settings(70, false));
        QSignalSpy played(&sounds, &PackSounds::played);
        for (PackCue cue : PackSounds::allCues()) {
            sounds.play(cue);
            QCOMPARE(played.size(), 1);
            QCOMPARE(played.takeFirst().at(0).value<PackCue>(), cue);
            QSoundEffect *effect = tone(sounds, cue);
            QVERIFY(effect);
            QVERIFY(effect->isPlaying());                        // at once, while the file is read
            QTRY_COMPARE(effect->status(), QSoundEffect::Ready); // Qt could read it
        }
        // Again while it sounds: it starts over, one tone per cue all the same.
        sounds.play(PackCue::Counted);
        sounds.play(PackCue::Counted);
        QCOMPARE(played.size(), 2);
        QCOMPARE(sounds.findChildren<QSoundEffect *>().size(), PackSounds::allCues().size());
    }

    void mutedPlaysNothing()
    {
        PackSounds sounds(settings(70, true));
        QSignalSpy played(&sounds, &PackSounds::played);
        for (PackCue cue : PackSounds::allCues())
            sounds.play(cue);
        QCOMPARE(played.size(), 0);
        QVERIFY(!anythingPlays(sounds));

        sounds.setMuted(false);
        sounds.play(PackCue::Refused);
        QCOMPARE(played.size(), 1);
        QVERIFY(tone(sounds, PackCue::Refused)->isPlaying());
        // Muting silences what sounds at once, and keeps the volume for later.
        sounds.setMuted(true);
        QVERIFY(!anythingPlays(sounds));
        QCOMPARE(sounds.volume(), 70);
        sounds.play(PackCue::Refused);
        QCOMPARE(played.size(), 1);
        QVERIFY(!anythingPlays(sounds));
    }

    void volumeZeroPlaysNothing()
    {
        PackSounds sounds(settings(0, false));
        QSignalSpy played(&sounds, &PackSounds::played);
        for (PackCue cue : PackSounds::allCues())
            sounds.play(cue);
        QCOMPARE(played.size(), 0);
        QVERIFY(!anythingPlays(sounds));

        sounds.setVolume(30);
        sounds.play(PackCue::Attention);
        QCOMPARE(played.size(), 1);
        QVERIFY(tone(sounds, PackCue::Attention)->isPlaying());
        sounds.setVolume(0);
        QVERIFY(!anythingPlays(sounds));
        sounds.play(PackCue::Attention);
        QCOMPARE(played.size(), 1);
    }

    void theVolumeReachesTheTones()
    {
        PackSounds sounds(settings(100, false));
        sounds.play(PackCue::Counted);
        QSoundEffect *counted = tone(sounds, PackCue::Counted);
        QVERIFY(counted);
        QCOMPARE(counted->volume(), 1.0f); // as made

        // Each step up is louder, for a tone made before the change and one made after.
        float previous = 0.0f;
        for (int percent : {10, 25, 50, 75, 90}) {
            sounds.setVolume(percent);
            QVERIFY2(counted->volume() > previous, qPrintable(QString::number(percent)));
            QVERIFY(counted->volume() < 1.0f);
            previous = counted->volume();
        }
        sounds.play(PackCue::Fulfilled);
        QCOMPARE(tone(sounds, PackCue::Fulfilled)->volume(), counted->volume());
        // A slider is heard on a logarithmic scale: halfway is well under half the amplitude.
        sounds.setVolume(50);
        QVERIFY(counted->volume() < 0.5f);
        QCOMPARE(counted->volume(),
                 QAudio::convertVolume(0.5f,
                                       QAudio::LogarithmicVolumeScale,
                                       QAudio::LinearVolumeScale));

        // Out of range is held to 0 to 100; pack settings bring volume and mute together.
        sounds.setVolume(250);
        QCOMPARE(sounds.volume(), 100);
        QCOMPARE(counted->volume(), 1.0f);
        sounds.setVolume(-4);
        QCOMPARE(sounds.volume(), 0);
        sounds.applySettings(settings(60, true));
        QCOMPARE(sounds.volume(), 60);
        QVERIFY(sounds.isMuted());
    }
};

QTEST_MAIN(TestPackSounds)
#include "tst_packsounds.moc"
