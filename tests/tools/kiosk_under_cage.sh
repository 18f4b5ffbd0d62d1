#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The supported kiosk set-up without a screen: starts `okhotsk-atlas --kiosk -platform wayland`
# under cage (as packaging/systemd/okhotsk-atlas-kiosk-cage.service does), waits until the kiosk has
# drawn (a screenshot by grim shows more than a blank screen), checks that it is still running,
# and stops it.
#
#   tests/tools/kiosk_under_cage.sh ATLAS_BINARY [OUT_DIR]
#
# cage runs nested in Xvfb (wlroots' X11 backend) when Xvfb is there, else on wlroots'
# headless backend, whose screenshots stay black in Debian 12's wlroots 0.15: there the drawing
# is not checked, only the window and the process. The screenshot is OUT_DIR/kiosk-under-cage.png.
# OKHOTSK_CAGE_BACKEND=headless uses the headless backend even when Xvfb is there.
# cage refuses to run as root: as root, the test runs cage as the user nobody.
# Exit status 0: passed; 1: failed; 77: skipped (what is missing is printed).
set -euo pipefail

atlas=${1:?usage: kiosk_under_cage.sh ATLAS_BINARY [OUT_DIR]}
out=${2:-$(mktemp -d)}
skip() { echo "kiosk_under_cage: SKIPPED: $*"; exit 77; }
fail() { echo "kiosk_under_cage: FAILED: $*"; [ -f "$work/atlas.log" ] && tail -20 "$work/atlas.log"; exit 1; }

command -v cage > /dev/null || skip "no cage (apt-get install cage)"
command -v Xwayland > /dev/null || skip "no Xwayland, which Debian's cage needs (apt-get install xwayland)"
command -v grim > /dev/null || skip "no grim (apt-get install grim)"
command -v python3 > /dev/null || skip "no python3"
plugin=$(find /usr/lib -path '*qt6/plugins/platforms/libqwayland-generic.so' 2> /dev/null | head -1)
[ -n "$plugin" ] || skip "no Qt 6 Wayland platform (apt-get install qt6-wayland)"

mkdir -p "$out"
work=$(mktemp -d)
chmod 755 "$work"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv > /dev/null || skip "running as root and no setpriv to run cage as nobody"
  run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chown 65534:65534 "$work"
fi
mkdir -m 700 "$work/runtime"
mkdir "$work/config"
# Its own settings (all defaults), not whatever the machine has in /etc/xdg.
printf '[kiosk]\nenabled=true\n' > "$work/kiosk.ini"
chmod 644 "$work/kiosk.ini"
[ ${#run_as[@]} -eq 0 ] || chown 65534:65534 "$work/runtime" "$work/config"

pids=()
atlas_pid=
cleanup() {
  # The atlas too: it can outlive cage, running as nobody, when the test fails.
  [ -z "$atlas_pid" ] || kill "$atlas_pid" 2> /dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

environment=(env -i PATH="$PATH" HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config"
  LANG=C.UTF-8 WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman QT_LOGGING_RULES="qt.qpa.wayland.debug=true"
  ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}")  # the dev build is sanitized
backend=headless
if [ "${OKHOTSK_CAGE_BACKEND:-}" != headless ] && command -v Xvfb > /dev/null; then
  exec {displayfd}<> <(:)
  Xvfb -displayfd "$displayfd" -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
  pids+=($!)
  read -r -t 10 -u "$displayfd" display || fail "Xvfb did not start"
  environment+=(DISPLAY=":$display" WLR_BACKENDS=x11)
  backend="x11 (nested in Xvfb :$display)"
else
  environment+=(WLR_BACKENDS=headless)
fi
echo "kiosk_under_cage: cage $(dpkg-query -W -f='${Version}' cage 2> /dev/null || true), backend $backend"

"${run_as[@]}" "${environment[@]}" cage -d -- "$atlas" --kiosk --kiosk-config "$work/kiosk.ini" -platform wayland > "$work/atlas.log" 2>&1 &
cage_pid=$!
pids+=("$cage_pid")

# The Wayland socket cage opens, and the atlas, cage's child.
atlas_pid=
for _ in $(seq 1 100); do
  atlas_pid=$(pgrep -P "$cage_pid" -f -- "--kiosk" | head -1 || true)
  [ -n "$atlas_pid" ] && ls "$work/runtime"/wayland-* > /dev/null 2>&1 && break
  kill -0 "$cage_pid" 2> /dev/null || fail "cage ended at once"
  sleep 0.1
done
[ -n "$atlas_pid" ] || fail "the atlas did not start under cage"
socket=$(basename "$(ls "$work/runtime"/wayland-* | grep -v '\.lock$' | head -1)")

# Drawn: the screenshot has many colours (a blank or black output has one or two).
colours() {
  python3 - "$1" << 'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
pos, chunks, header = 8, [], None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR": header = struct.unpack(">IIBBBBB", body)
    if kind == b"IDAT": chunks.append(body)
    pos += 12 + length
width, height, depth, colour_type = header[:4]
channels = {2: 3, 6: 4}.get(colour_type)
if depth != 8 or channels is None: print(0); sys.exit()
raw, stride, rows, previous = zlib.decompress(b"".join(chunks)), width * channels, [], bytearray(width * channels)
for y in range(height):  # undo the PNG filters row by row
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b, c = previous[x], previous[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line); previous = line
print(len({bytes(row[x:x + 3]) for row in rows[::4] for x in range(0, stride, channels * 4)}))
PY
}

shot="$work/runtime/shot.png"
drawn=0
for attempt in $(seq 1 30); do
  sleep 1
  kill -0 "$atlas_pid" 2> /dev/null || fail "the atlas ended under cage"
  grep -q "Applied pending xdg_toplevel configure event: QSize([1-9]" "$work/atlas.log" || continue
  "${run_as[@]}" env XDG_RUNTIME_DIR="$work/runtime" WAYLAND_DISPLAY="$socket" grim "$shot" 2> /dev/null || continue
  count=$(colours "$shot")
  if [ "$count" -gt 50 ]; then drawn=1; break; fi
  [ "$backend" = headless ] && break
done
grep -q "Applied pending xdg_toplevel configure event: QSize([1-9]" "$work/atlas.log" ||
  fail "cage never gave the kiosk's window a size"
configured=$(grep -o "Applied pending xdg_toplevel configure event: QSize([0-9, ]*) QFlags<Qt::WindowState>([A-Za-z|]*)" "$work/atlas.log" | tail -1)
echo "kiosk_under_cage: window: ${configured#Applied pending xdg_toplevel configure event: }"
[ -f "$shot" ] && cp "$shot" "$out/kiosk-under-cage.png" && echo "kiosk_under_cage: screenshot $out/kiosk-under-cage.png ($count colours sampled)"
if [ "$drawn" -eq 1 ]; then
  echo "kiosk_under_cage: the kiosk drew under cage after ${attempt} s"
elif [ "$backend" = headless ]; then
  echo "kiosk_under_cage: headless backend: the screenshot is not checked (wlroots 0.15 gives a black one)"
else
  fail "no picture of the kiosk within 30 s"
fi

kill -0 "$atlas_pid" 2> /dev/null || fail "the atlas ended under cage"
echo "kiosk_under_cage: the atlas (pid $atlas_pid) runs under cage; stopping it"
kill "$atlas_pid"
for _ in $(seq 1 50); do kill -0 "$cage_pid" 2> /dev/null || break; sleep 0.1; done
kill -0 "$cage_pid" 2> /dev/null && fail "cage did not end when the atlas ended"
echo "kiosk_under_cage: cage ended with the atlas: passed"
