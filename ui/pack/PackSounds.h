#pragma once

#include "core/packing/PackCue.h"
#include "core/packing/PackSettings.h"

#include <QList>
#include <QObject>

#include <map>

class QMediaDevices;
class QSoundEffect;

// Pack mode's sounds (issue 16, point 6): one short tone per PackCue, made for the project
// (tools/make-tones, resources/sounds), played through Qt Multimedia at the station's volume.
// A sound only ever adds to the text and icon that say the same, so nothing here reports to
// the user: a machine without sound (no device, no sound server) plays nothing and works on.
//
// Each tone is a QSoundEffect, made the first time its cue is played: QSoundEffect decodes its
// file on a thread of its own and starts when it is ready, so play() returns at once, and a
// window that never packs never opens the sound system. A cue played again while its tone
// still sounds starts it over (a fast run of scans is a fast run of blips, not a queue).
class PackSounds final : public QObject
{
    Q_OBJECT

public:
    explicit PackSounds(const PackSettings &settings, QObject *parent = nullptr);

    // Every cue, in PackCue's order; and where each one's tone is (":/sounds/counted.wav").
    static QList<PackCue> allCues();
    static QString tonePath(PackCue cue);

    // The volume and mute of pack settings; the rest is not about sound.
    void applySettings(const PackSettings &settings);
    // 0 to 100, as the Preferences' slider: heard as even steps (a logarithmic scale), 0 is
    // silent, 100 plays the tones as made.
    void setVolume(int percent);
    int volume() const { return m_volume; }
    // Muted plays nothing and stops what sounds; the volume is kept for when it is not.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // Sounds the cue's tone, unless muted, at volume 0, or the tone could not be read.
    void play(PackCue cue);

signals:
    // The cue's tone was started at the volume set (whether a device hears it is the sound
    // system's business: without one, QSoundEffect plays to nothing).
    void played(PackCue cue);

private:
    QSoundEffect *effect(PackCue cue);
    void followDefaultOutput();
    float effectVolume() const;

    int m_volume = 0;
    bool m_muted = false;
    QMediaDevices *m_devices = nullptr; // made with the first tone, to follow a new headset
    std::map<PackCue, QSoundEffect *> m_effects;
};
