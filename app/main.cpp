// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-atlas: everything lives in the okhotsk_app library; this only hands over.
#include "desktop/application.h"

int main(int argc, char** argv) {
  return okhotsk::app::runApplication(argc, argv);
}
