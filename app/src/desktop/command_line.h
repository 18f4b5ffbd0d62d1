// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// okhotsk-atlas's command line: every option it takes, in one QCommandLineParser.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace okhotsk::app {

/// What the command line asks the program to do. Known before any application object exists,
/// so that the modes that need no display (help, version, a mistake, the headless commands)
/// get an offscreen one.
enum class RunMode {
  Viewer,      ///< a window: the desktop atlas, --present or --kiosk
  Text,        ///< --help, --help-all, --version, or a mistake to report
  Render,      ///< --render
  Benchmark,   ///< --benchmark
  TourExport,  ///< --tour with --export, --export-frames or --export-video
  KioskTool,   ///< --hash-pin or --check-kiosk-config: helpers for the kiosk's IT staff
};

/// Every option of okhotsk-atlas, described in the language whose catalogue is installed when
/// this is made (the descriptions are read once, here).
struct CommandLineOptions {
  CommandLineOptions();

  // The window.
  QCommandLineOption dataset;
  QCommandLineOption allowErrors;
  QCommandLineOption date;
  QCommandLineOption lang;
  QCommandLineOption noRestore;
  QCommandLineOption screenshot;
  QCommandLineOption screenshotDelay;
  QCommandLineOption kiosk;
  QCommandLineOption kioskConfig;
  QCommandLineOption present;
  QCommandLineOption tour;
  // Without a window.
  QCommandLineOption render;
  QCommandLineOption size;
  QCommandLineOption out;
  QCommandLineOption view;
  QCommandLineOption naming;
  QCommandLineOption scale;
  QCommandLineOption exportHandout;
  QCommandLineOption exportFrames;
  QCommandLineOption handoutNotes;
  QCommandLineOption exportVideo;
  QCommandLineOption fps;
  QCommandLineOption benchmark;
  /// --no-window: --benchmark without its whole-window figures; --window-only: the whole-window
  /// figures alone, run by --benchmark in child processes. Hidden from --help (README.md).
  QCommandLineOption benchmarkNoWindow;
  QCommandLineOption benchmarkWindowOnly;
  QCommandLineOption benchmarkFirstFrameOnly;
  // The kiosk's helpers for IT staff.
  QCommandLineOption hashPin;
  QCommandLineOption checkKioskConfig;

  /// Adds every option, the help and version options and the positional dataset to `parser`
  /// (long options may be written with one dash, as the headless commands always took them).
  void addTo(QCommandLineParser& parser) const;
};

/// The mode `arguments` (argv as given, Qt's own options such as -platform included) ask for.
[[nodiscard]] RunMode runModeOf(const QStringList& arguments);

/// The dataset the viewer opens: the positional argument that is not a view link, or --dataset
/// (empty: the embedded one). Sets `error` when both are given or more than one path is.
[[nodiscard]] QString datasetArgument(const QCommandLineParser& parser, const CommandLineOptions& options,
                                      QString* error);

/// The view link given among the positional arguments ("okhotsk:…", which is never a dataset),
/// or empty. Sets `error` when more than one is given.
[[nodiscard]] QString viewLinkArgument(const QCommandLineParser& parser, QString* error);

/// The hint printed after a mistake in the command line.
[[nodiscard]] QString helpHint();

}  // namespace okhotsk::app
