// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for Qt tests: a QApplication (offscreen) exists for every test.
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM",
          qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("OkhotskAtlasTests"));
  QApplication::setApplicationName(QStringLiteral("okhotsk-atlas-tests"));
  // ctest runs the cases of one program as parallel processes: each gets settings of its own,
  // so one case clearing or writing them cannot pull them from under another.
  const QTemporaryDir settingsDir;
  if (!settingsDir.isValid()) return 1;
  for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
    QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
