#!/bin/sh
# The desktop side of issue #14, as a new user meets it, in a throwaway home under Xvfb:
#   1. install the desktop files (install_desktop_files.py) into a temporary XDG home,
#   2. start 44 Days,
#   3. `xdg-open` a fortyfourdays:// link, then a teacher pack (.44days): both must reach the window already
#      open (no second window), the link showing its entry, the pack its preview; Enter imports it.
# Screenshots and the notes file are left in OUT to look at. Needs Xvfb, xdotool, ImageMagick (import),
# xdg-utils, desktop-file-utils, shared-mime-info (Debian package names).
#
#   sh packaging/linux/try_desktop_integration.sh [COMMAND] [OUT]
#
# COMMAND is the installed 44days (default: the one on PATH); OUT defaults to /tmp/44days-desktop.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
COMMAND=${1:-$(command -v 44days)}
OUT=${2:-/tmp/44days-desktop}
rm -rf "$OUT"
mkdir -p "$OUT/home"
export HOME="$OUT/home" XDG_DATA_HOME="$OUT/home/.local/share" XDG_CONFIG_HOME="$OUT/home/.config"
export XDG_DATA_DIRS=/usr/local/share:/usr/share FORTYFOURDAYS_DATA_DIR="$OUT/data"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION || true
DISPLAY_NUMBER=${DISPLAY_NUMBER:-77}
Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=":$DISPLAY_NUMBER"
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 2

python3 "$HERE/install_desktop_files.py" --exec "$COMMAND" >"$OUT/install.log"
cat > "$OUT/week-3.44days" <<'PACK'
{
  "format": "44days-notes",
  "version": 1,
  "pack": {"title": "Week 3: the ceasefire", "author": "Ms. Petrosyan"},
  "notes": [
    {"uuid": "11111111-2222-4333-8444-555555555555", "kind": "bookmark",
     "target": {"kind": "entry", "id": "ceasefire-agreement-2020"}, "body": "Read this first", "tags": [],
     "colour": "yellow", "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"}
  ]
}
PACK
echo "file type of week-3.44days: $(xdg-mime query filetype "$OUT/week-3.44days")"
echo "opens .44days with:         $(xdg-mime query default application/x-44days)"
echo "opens fortyfourdays:// with: $(xdg-mime query default x-scheme-handler/fortyfourdays)"

"$COMMAND" >"$OUT/app.log" 2>&1 &
APP=$!
sleep 10
import -window root "$OUT/1-started.png"

xdg-open "fortyfourdays://entry/battle-of-shusha"
sleep 4
import -window root "$OUT/2-link-opened.png"

xdg-open "$OUT/week-3.44days"
sleep 4
import -window root "$OUT/3-pack-preview.png"
echo "asking: $(xdotool getwindowfocus getwindowname)"
xdotool key Return   # Import
sleep 3
import -window root "$OUT/4-pack-imported.png"
echo "then: $(xdotool getwindowfocus getwindowname)"
xdotool key Return   # close "Notes imported"
sleep 1
echo "44 Days processes running: $(ps -eo args | grep -F "$COMMAND" | grep -v -e try_desktop -e grep | wc -l)" \
  "(1: the launches by xdg-open handed over and ended)"
xdotool key ctrl+q   # quit, as a person does
sleep 3
kill $APP 2>/dev/null || true
python3 - "$OUT/data/notes.sqlite" <<'CHECK'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT kind, target_id, body, author FROM notes").fetchall()
print("notes on disk:", rows)
CHECK
echo "screenshots in $OUT"
