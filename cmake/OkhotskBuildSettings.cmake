# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Build settings are carried by interface libraries that targets link to,
# never by global CMAKE_CXX_FLAGS (see CONTRIBUTING.md).

add_library(okhotsk_warnings INTERFACE)
add_library(okhotsk::warnings ALIAS okhotsk_warnings)
target_compile_options(okhotsk_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough)
# Not -Wnull-dereference: it only acts when optimising, and there GCC 12 reports paths inside
# libstdc++ (std::string, std::streambuf) that cannot happen, which broke the release preset.
if(OKHOTSK_WARNINGS_AS_ERRORS)
  target_compile_options(okhotsk_warnings INTERFACE -Werror)
endif()

add_library(okhotsk_sanitizers INTERFACE)
add_library(okhotsk::sanitizers ALIAS okhotsk_sanitizers)
if(OKHOTSK_SANITIZE)
  target_compile_options(okhotsk_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(okhotsk_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Qt safety defines for every Qt target.
add_library(okhotsk_qt_defines INTERFACE)
add_library(okhotsk::qt_defines ALIAS okhotsk_qt_defines)
target_compile_definitions(okhotsk_qt_defines INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
