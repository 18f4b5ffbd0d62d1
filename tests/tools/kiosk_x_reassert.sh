#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The kiosk under X with an ordinary window manager (Openbox, stock settings) in Xvfb: after
# each thing that used to take it away for good (Super+D "show desktop", a switch to another
# desktop by xdotool and by Ctrl+Alt+→, minimising, unmapping its window), the kiosk must be
# back on the desktop in front, full screen and active. Prints how long each took.
#
#   tests/tools/kiosk_x_reassert.sh ATLAS_BINARY
#
# The kiosk re-asserts itself within a second (WindowGuard; app_window_guard_test holds that);
# this test allows 3 s so that a loaded machine does not fail it.
# Exit status 0: passed; 1: failed; 77: skipped (what is missing is printed).
set -euo pipefail

atlas=${1:?usage: kiosk_x_reassert.sh ATLAS_BINARY}
skip() { echo "kiosk_x_reassert: SKIPPED: $*"; exit 77; }
fail() { echo "kiosk_x_reassert: FAILED: $*"; [ -f "$work/atlas.log" ] && tail -20 "$work/atlas.log"; exit 1; }
for tool in Xvfb openbox xdotool xprop; do
  command -v "$tool" > /dev/null || skip "no $tool (apt-get install xvfb openbox xdotool x11-utils)"
done

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# Its own settings (all defaults), not whatever the machine has in /etc/xdg.
printf '[kiosk]\nenabled=true\n' > "$work/kiosk.ini"

exec {displayfd}<> <(:)
Xvfb -displayfd "$displayfd" -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
read -r -t 10 -u "$displayfd" display || fail "Xvfb did not start"
export DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" HOME="$work"
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
# Openbox with its stock settings (/etc/xdg/openbox/rc.xml: four desktops, Super+D shows the
# desktop). On a busy machine it has once in a while not come up: a second try then.
wm_up() {  # our Openbox runs and has announced itself on the display
  local check
  for _ in $(seq 1 100); do
    kill -0 "$openbox_pid" 2> /dev/null || return 1
    check=$(xprop -root _NET_SUPPORTING_WM_CHECK 2> /dev/null | grep -o '0x[0-9a-f]*' || true)
    [ -n "$check" ] && xprop -id "$check" _NET_WM_NAME 2> /dev/null | grep -q Openbox && return 0
    sleep 0.1
  done
  return 1
}
# The server answers before anything else connects.
for _ in $(seq 1 100); do xprop -root > /dev/null 2>&1 && break; sleep 0.1; done
openbox > "$work/openbox.log" 2>&1 &
openbox_pid=$!
pids+=("$openbox_pid")
if ! wm_up; then
  kill "$openbox_pid" 2> /dev/null || true
  openbox > "$work/openbox.log" 2>&1 &
  openbox_pid=$!
  pids+=("$openbox_pid")
  wm_up || fail "Openbox did not start on $DISPLAY: $(cat "$work/openbox.log")"
fi

"$atlas" --kiosk --kiosk-config "$work/kiosk.ini" -platform xcb > "$work/atlas.log" 2>&1 &
atlas_pid=$!
pids+=("$atlas_pid")

# The kiosk is in front: its window is mapped on the current desktop, full screen and active.
in_front() {
  local window
  window=$(xdotool search --onlyvisible --pid "$atlas_pid" 2> /dev/null | head -1 || true)
  [ -n "$window" ] || return 1
  [ "$(xdotool get_desktop_for_window "$window" 2> /dev/null)" = "$(xdotool get_desktop)" ] || return 1
  xprop -id "$window" _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN || return 1
  [ "$(xdotool getactivewindow 2> /dev/null)" = "$window" ]
}
wait_in_front() {  # $1: seconds allowed since $2 (date +%s%N); prints the milliseconds since $2
  local now
  while ! in_front; do
    kill -0 "$atlas_pid" 2> /dev/null || fail "the atlas ended"
    now=$(date +%s%N)
    [ $(((now - $2) / 1000000)) -lt $(($1 * 1000)) ] || return 1
    sleep 0.02
  done
  now=$(date +%s%N)
  echo $(((now - $2) / 1000000))
}
seen_away() {  # true when the kiosk is seen out of front within a second of $1 (date +%s%N)
  while in_front; do
    [ $((($(date +%s%N) - $1) / 1000000)) -lt 1000 ] || return 1
  done
}

wait_in_front 60 "$(date +%s%N)" > /dev/null ||
  fail "the kiosk never came up full screen and active on $DISPLAY; Xvfb: $(cat "$work/xvfb.log"); (Openbox $(kill -0 "$openbox_pid" 2> /dev/null && echo runs || echo "has ended"): $(cat "$work/openbox.log"))"
window=$(xdotool search --onlyvisible --pid "$atlas_pid" | head -1)
echo "kiosk_x_reassert: the kiosk is up (window $window) under Openbox on $DISPLAY"
failures=0
act() {  # what it is called, then the command that takes the kiosk away
  local name=$1 start took away=""
  shift
  start=$(date +%s%N)
  "$@"
  # xdotool returns before the window manager has acted: the kiosk is first seen away (unless
  # it came back between two looks), then back.
  seen_away "$start" || away=1
  if took=$(wait_in_front 3 "$start"); then
    if [ -n "$away" ]; then
      echo "kiosk_x_reassert: $name: in front (never seen away: back faster than a look, or nothing happened)"
    else
      echo "kiosk_x_reassert: $name: back in front ${took} ms after"
    fi
  else
    echo "kiosk_x_reassert: FAILED: $name: not back in front within 3 s"
    failures=$((failures + 1))
  fi
}
act "Super+D (show desktop)" xdotool key super+d
act "xdotool set_desktop 1" xdotool set_desktop 1
act "Ctrl+Alt+Right (next desktop)" xdotool key ctrl+alt+Right
act "xdotool windowminimize" xdotool windowminimize "$window"
act "xdotool windowunmap" xdotool windowunmap "$window"
kill -0 "$atlas_pid" 2> /dev/null || fail "the atlas ended"
[ "$failures" -eq 0 ] || fail "$failures of 5 did not bring the kiosk back"
echo "kiosk_x_reassert: passed"
