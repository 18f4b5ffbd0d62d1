// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace okhotsk::app {

class TimeController;

/// How the atlas plays, remembered between runs: the playback speed, whether it loops and the
/// loop range. Kept in the application's QSettings under "playback/".
namespace playback_settings {

/// Saves the controller's speed, loop and loop range (removed when there is none).
void save(QSettings& settings, const TimeController& controller);
/// Gives the controller what save() wrote; what is missing or unreadable keeps its value.
void restore(const QSettings& settings, TimeController& controller);

}  // namespace playback_settings

}  // namespace okhotsk::app
