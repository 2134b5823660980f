#include "ui/pack/PackSounds.h"

#include <QAudio>
#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPackSounds, "smidig.pack.sounds")

namespace {

// The tone's file name in resources/sounds, as tools/make-tones names it.
QString toneName(PackCue cue)
{
    switch (cue) {
    case PackCue::Counted:
        return u"counted"_s;
    case PackCue::LineDone:
        return u"line-done"_s;
    case PackCue::AllCounted:
        return u"all-counted"_s;
    case PackCue::Labelled:
        return u"labelled"_s;
    case PackCue::Fulfilled:
        return u"fulfilled"_s;
    case PackCue::OrderOpened:
        return u"order-opened"_s;
    case PackCue::Refused:
        return u"refused"_s;
    case PackCue::Attention:
        return u"attention"_s;
    case PackCue::Undone:
        return u"undone"_s;
    }
    return u"counted"_s;
}

} // namespace

PackSounds::PackSounds(const PackSettings &settings, QObject *parent)
    : QObject(parent)
{
    applySettings(settings);
}

QList<PackCue> PackSounds::allCues()
{
    return {PackCue::Counted,
            PackCue::LineDone,
            PackCue::AllCounted,
            PackCue::Labelled,
            PackCue::Fulfilled,
            PackCue::OrderOpened,
            PackCue::Refused,
            PackCue::Attention,
            PackCue::Undone};
}

QString PackSounds::tonePath(PackCue cue)
{
    return u":/sounds/"_s + toneName(cue) + u".wav"_s;
}

void PackSounds::applySettings(const PackSettings &settings)
{
    setVolume(settings.volumePercent);
    setMuted(settings.muted);
}

void PackSounds::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    for (const auto &[cue, tone] : m_effects) {
        tone->setVolume(effectVolume());
        if (m_volume == 0)
            tone->stop();
    }
}

void PackSounds::setMuted(bool muted)
{
    m_muted = muted;
    if (m_muted) {
        for (const auto &[cue, tone] : m_effects)
            tone->stop();
    }
}

void PackSounds::play(PackCue cue)
{
    if (m_muted || m_volume == 0)
        return;
    QSoundEffect *tone = effect(cue);
    if (tone->status() == QSoundEffect::Error)
        return;
    // Still loading (its first time), it starts as soon as it is read.
    tone->play();
    emit played(cue);
}

QSoundEffect *PackSounds::effect(PackCue cue)
{
    if (const auto found = m_effects.find(cue); found != m_effects.end())
        return found->second;
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices,
                &QMediaDevices::audioOutputsChanged,
                this,
                &PackSounds::followDefaultOutput);
    }
    auto *tone = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
    tone->setObjectName(u"tone-"_s + toneName(cue));
    tone->setVolume(effectVolume());
    const QString path = tonePath(cue);
    connect(tone, &QSoundEffect::statusChanged, this, [tone, path] {
        if (tone->status() == QSoundEffect::Error)
            qCWarning(lcPackSounds) << "the tone" << path << "could not be read; it stays silent";
    });
    tone->setSource(QUrl(u"qrc"_s + path));
    m_effects.emplace(cue, tone);
    return tone;
}

// A headset plugged in (or the speakers chosen) while the window is open: QSoundEffect keeps
// the device it was made with, so the tones are moved to the new default.
void PackSounds::followDefaultOutput()
{
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    for (const auto &[cue, tone] : m_effects) {
        if (tone->audioDevice() != output)
            tone->setAudioDevice(output);
    }
}

float PackSounds::effectVolume() const
{
    // The slider's steps are heard as even; QSoundEffect scales the samples linearly.
    return QAudio::convertVolume(float(m_volume) / 100.0f,
                                 QAudio::LogarithmicVolumeScale,
                                 QAudio::LinearVolumeScale);
}
