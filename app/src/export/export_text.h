// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace okhotsk::app {

/// The translation context of what the exports write into pictures, handouts and frames, and
/// of their error messages (shown in the windows' dialogs).
class ExportText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::ExportText)
};

}  // namespace okhotsk::app
