# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The GIS edition: okhotsk-atlas-gis.gpkg in the build tree, the embedded dataset exported by
# `okhotsk-cli export gpkg` (the export schema of geodata/README.md: earliest/latest dates,
# event points, control periods with their territory's polygon) with the atlas's QGIS styles
# stored in it as each layer's default (geodata/scripts/add_qgis_styles.py, geodata/styles).
# Opened in QGIS it shows the atlas's colours, and the Temporal Controller plays it with no
# setup. Installed to share/okhotsk-atlas/. Needs the `export` command of okhotsk-cli and a
# python3 (standard library only).
option(OKHOTSK_BUILD_GIS_EDITION "Build and install okhotsk-atlas-gis.gpkg (needs okhotsk-cli export and python3)" ON)

set(OKHOTSK_GIS_EDITION "${CMAKE_BINARY_DIR}/okhotsk-atlas-gis.gpkg")
if(OKHOTSK_BUILD_GIS_EDITION)
  find_package(Python3 3.9 REQUIRED COMPONENTS Interpreter)
  set(OKHOTSK_GIS_STYLES_SCRIPT "${PROJECT_SOURCE_DIR}/geodata/scripts/add_qgis_styles.py")
  file(GLOB OKHOTSK_GIS_STYLE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/geodata/styles/*.qml")
  file(GLOB OKHOTSK_GIS_DATASET_FILES CONFIGURE_DEPENDS "${OKHOTSK_DATASET_SOURCE_DIR}/*")
  # Written beside the target and renamed into place at the end, so that a failed step leaves
  # no half-styled edition behind.
  set(partial "${OKHOTSK_GIS_EDITION}.part.gpkg")
  add_custom_command(OUTPUT "${OKHOTSK_GIS_EDITION}"
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${partial}"
    COMMAND okhotsk-cli --dataset "${OKHOTSK_DATASET_SOURCE_DIR}" export gpkg "${partial}"
    COMMAND Python3::Interpreter "${OKHOTSK_GIS_STYLES_SCRIPT}" "${partial}"
    COMMAND "${CMAKE_COMMAND}" -E rename "${partial}" "${OKHOTSK_GIS_EDITION}"
    DEPENDS okhotsk-cli "${OKHOTSK_GIS_STYLES_SCRIPT}" ${OKHOTSK_GIS_STYLE_FILES} ${OKHOTSK_GIS_DATASET_FILES}
    COMMENT "GIS edition: okhotsk-atlas-gis.gpkg (export and QGIS styles)"
    VERBATIM)
  add_custom_target(okhotsk_gis_edition ALL DEPENDS "${OKHOTSK_GIS_EDITION}")
  install(FILES "${OKHOTSK_GIS_EDITION}" DESTINATION "${CMAKE_INSTALL_DATADIR}/okhotsk-atlas")
endif()
