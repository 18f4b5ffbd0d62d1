#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The interface's catalogues are complete and current: lupdate, run over every app source
# exactly as `cmake --build --preset dev --target update_translations` runs it, must leave
# resources/translations/*.ts unchanged (a string marked for translation but missing from a
# catalogue, or one the code no longer uses, changes the file), and no entry may be
# unfinished, vanished or obsolete. Fixing: run the update_translations target, translate what
# Qt Linguist shows as unfinished, commit the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in resources/translations/okhotsk_*.ts; do
  name=$(basename "$ts")
  code=${name#okhotsk_}
  code=${code%.ts}
  # Obsolete entries are kept by this run (no -no-obsolete) so that they can be reported.
  cp "$ts" "$scratch/$name"
  # English, the source language, keeps only the plural forms ("1 event", "2 events").
  only=()
  [ "$code" = en ] && only=(-pluralonly)
  # lupdate's own C++ reader loses its place on constructs it does not know (digit separators
  # such as 30'000 read as an unterminated character) and then misses the strings that follow,
  # in an order that depends on the file system: its complaints fail the check.
  "$lupdate" -silent -locations none "${only[@]}" -target-language "$code" app/src app/main.cpp \
    -ts "$scratch/$name" 2>"$scratch/lupdate.log"
  if grep -E "Unterminated|Unbalanced|lacks Q_OBJECT|abuse of the C\+\+ preprocessor" "$scratch/lupdate.log"; then
    echo "check_translations: lupdate could not read the code above (write numbers without ' separators in app/)"
    status=1
  fi
  if ! diff -q "$ts" "$scratch/$name" >/dev/null; then
    echo "check_translations: $ts is not current: lupdate changes it (strings added or removed in the code):"
    diff "$ts" "$scratch/$name" | grep -E '^[<>] *<source>' | head -20 || true
    status=1
  fi
  for kind in unfinished vanished obsolete; do
    count=$(grep -c "type=\"$kind\"" "$scratch/$name" || true)
    if [ "$count" -gt 0 ]; then
      echo "check_translations: $ts has $count $kind entr$([ "$count" -eq 1 ] && echo y || echo ies):"
      grep -B3 "type=\"$kind\"" "$scratch/$name" | grep -E "<source>" | head -10 || true
      status=1
    fi
  done
done
[ "$status" -eq 0 ] && echo "check_translations: $(ls resources/translations/okhotsk_*.ts | wc -l) catalogues complete and current"
exit "$status"
