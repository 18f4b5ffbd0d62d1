// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_document.h"

#include <QString>

#include <optional>

namespace okhotsk::app {

/// The whole program: parses the command line (viewer, --render, --benchmark, --kiosk,
/// --present, --tour) and runs it. Returns the process exit status.
int runApplication(int argc, char** argv);

/// Opens the dataset a viewer (desktop, lecture or kiosk) starts with: `path`, or the embedded
/// one when `path` is empty, whole unless `policy` (--allow-errors) says otherwise. A dataset
/// that cannot be read or has errors is reported on stderr with every diagnostic, and the
/// embedded dataset opens instead: a desktop user who started from a file manager sees the
/// atlas and, in it, why (the window shows the returned failure; the process does not exit
/// with an error). A kiosk never shows visitors an empty map: should even the embedded dataset
/// have errors, it shows what of it is valid. Returns the failure of `path`, if any.
/// With `stopOnForeign` (--dataset in the viewer), a file that is not a dataset at all is only
/// reported: nothing is opened instead, and the caller exits with an error.
std::optional<AtlasDocument::Failure> openStartDataset(AtlasDocument& document, const QString& path,
                                                       OpenPolicy policy, bool kiosk,
                                                       bool stopOnForeign = false);

}  // namespace okhotsk::app
