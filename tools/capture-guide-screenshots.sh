#!/usr/bin/env bash
# capture-guide-screenshots.sh: takes the screenshots of docs/USER-GUIDE.md from the build in
# this tree, by driving the real app in a virtual X display the way a user does.
#
# Needs: a finished build (build/src/app/touchstone, build/src/cli/touchstone-cli; set BUILD for
# another build folder), and from Debian: xvfb, openbox, xdotool, imagemagick (import, convert),
# poppler-utils (pdftoppm). As root: apt-get install xvfb openbox xdotool imagemagick poppler-utils
#
# Writes: docs/images/guide/*.png (set OUT for another folder), overwriting what is there; and
# in a scratch folder (WORK, default a new /tmp/touchstone-guide.XXXXXX) the home folder the app
# ran with, the demo workspace, the survey CSV it imports, the PDF report and the CLI transcript
# cli.txt that the guide's command-line section quotes. Real settings are never touched: HOME and
# XDG_* point into WORK.
#
# Usage: tools/capture-guide-screenshots.sh            (DISPLAY_NUM=99 by default)
# It starts Xvfb (1920x1080) and openbox on :DISPLAY_NUM and stops them, and the app, at the end.
# Clicks are window coordinates measured on a 1600x1000 window with Debian 12's Qt 6.4 and fonts;
# another platform may need them adjusted. Each step waits a little; SLOW=2 doubles the waits.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
APP=$BUILD/src/app/touchstone
CLI=$BUILD/src/cli/touchstone-cli
OUT=${OUT:-$ROOT/docs/images/guide}
WORK=${WORK:-$(mktemp -d /tmp/touchstone-guide.XXXXXX)}
DISPLAY_NUM=${DISPLAY_NUM:-99}
SLOW=${SLOW:-1}

for tool in Xvfb openbox xdotool import convert pdftoppm; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -x "$APP" ] && [ -x "$CLI" ] || { echo "no build: $APP or $CLI is missing" >&2; exit 2; }
mkdir -p "$OUT" "$WORK/home/run"
chmod 700 "$WORK/home/run"

export DISPLAY=":$DISPLAY_NUM" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" \
    XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache" \
    XDG_RUNTIME_DIR="$WORK/home/run" LANG=C.UTF-8 TZ=UTC
unset QT_QPA_PLATFORM

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
# STOP_AT=STEP ends the run before that step and leaves Xvfb and the app running (to measure
# the next clicks by hand); the pids are in $WORK/pids.
step() {
    echo "== $1"
    if [ "${STOP_AT:-}" = "$1" ]; then
        echo "${PIDS[*]}" >"$WORK/pids"
        trap - EXIT
        echo "stopped before $1; WORK=$WORK DISPLAY=$DISPLAY pids: ${PIDS[*]}"
        exit 0
    fi
}

nap() { sleep "$(awk -v a="$1" -v s="$SLOW" 'BEGIN { print a * s }')"; }

Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
openbox >"$WORK/openbox.log" 2>&1 &
PIDS+=($!)
nap 1

# --- helpers -------------------------------------------------------------------------------
APP_PID=
main_window() { xdotool search --pid "$APP_PID" --name 'Touchstone$' 2>/dev/null | tail -1; }
wait_window() { # NAME-REGEX: the id of the newest window with that name
    local id=
    for _ in $(seq 100); do
        id=$(xdotool search --name "$1" 2>/dev/null | tail -1 || true)
        [ -n "$id" ] && { echo "$id"; return; }
        sleep 0.1
    done
    echo "no window named $1" >&2
    exit 1
}
start_app() { # [FILE]
    "$APP" "$@" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
    wait_window ' — Touchstone$' >/dev/null
    nap 1.5
    W=$(main_window)
    xdotool windowmove "$W" 0 0 windowsize "$W" 1600 1000
    nap 1.5
}
click() { # X Y [BUTTON]: in the main window
    xdotool mousemove --window "$W" "$1" "$2" click "${3:-1}"
    nap 0.7
}
click_in() { # WINDOW X Y
    xdotool mousemove --window "$1" "$2" "$3" click 1
    nap 0.7
}
drag() { # X1 Y1 X2 Y2: press, move in steps, release (in the main window)
    xdotool mousemove --window "$W" "$1" "$2" mousedown 1
    nap 0.2
    for i in 1 2 3 4 5 6 7 8; do
        xdotool mousemove --window "$W" $(($1 + ($3 - $1) * i / 8)) $(($2 + ($4 - $2) * i / 8))
        sleep 0.04
    done
    nap 0.3
    xdotool mouseup 1
    nap 0.8
}
wheel() { # X Y BUTTON COUNT: 4 up, 5 down, 6 left, 7 right
    xdotool mousemove --window "$W" "$1" "$2"
    for _ in $(seq "$4"); do xdotool click "$3"; done
    nap 0.6
}
keys() { xdotool key "$@"; nap 0.4; }
typed() { xdotool type --delay 35 "$1"; nap 0.3; }
png() { # NAME [convert options...]: from $WORK/raw.png to OUT/NAME.png
    local name=$1
    shift
    convert "$WORK/raw.png" "$@" -strip -define png:compression-level=9 "$OUT/$name.png"
    echo "wrote $OUT/$name.png"
}
shot() { # NAME [convert options...]: the main window
    import -window "$W" "$WORK/raw.png"
    png "$@"
}
shot_window() { # WINDOW NAME [convert options...]: a dialog
    local id=$1
    shift
    import -window "$id" "$WORK/raw.png"
    png "$@"
}
shot_screen() { # NAME [convert options...]: the whole screen (menus, full screen)
    import -window root "$WORK/raw.png"
    png "$@"
}

# --- the survey export the guide imports: 48 rows, 3 of them bad, one unknown stage ----------
cat >"$WORK/northwind-dealer-survey-q4.csv" <<'CSV'
Customer number,Survey date,How likely are you to recommend Northwind Motors?,Overall satisfaction,Effort,Journey stage,Touchpoint,Segment,Retained,Dealer,Comments
NW-500100,2026-10-01,9,4,5,Advocacy,Referral programme,Used car,yes,Arnhem,Took too long to get a delivery date
NW-500107,2026-10-06,8,4,5,Advocacy,Review request,Used car,yes,Amersfoort,
NW-500114,2026-10-11,8,4,6,Retention,Service reminder,Private,yes,Utrecht,
NW-500121,2026-10-16,10,5,6,Retention,Service reminder,Used car,yes,Amersfoort,
NW-500128,2026-10-21,8,3,6,Consideration,Trade-in valuation,Private,yes,Arnhem,Price was clear
NW-500135,2026-10-26,11,5,6,Advocacy,Referral programme,Fleet,yes,Utrecht,Friendly staff
NW-500142,2026-10-03,10,5,7,Consideration,Showroom visit,Used car,yes,Amersfoort,
NW-500149,2026-10-08,8,4,4,Consideration,Showroom visit,Used car,yes,Utrecht,
NW-500156,2026-10-13,9,3,6,Purchase,Quote and order signing,Fleet,yes,Utrecht,
NW-500163,2026-10-18,3,1,1,Retention,Service reminder,Used car,yes,Zwolle,Price was clear
NW-500170,2026-10-23,7,3,4,Purchase,Finance application,Fleet,yes,Arnhem,Friendly staff
NW-500177,2026-10-28,10,5,5,Retention,Welcome call after 30 days,Fleet,yes,Amersfoort,Price was clear
NW-500184,2026-10-05,10,5,5,Purchase,Handover,Private,yes,Utrecht,Friendly staff
NW-500191,2026-10-10,10,5,5,Purchase,Handover,Fleet,yes,Zwolle,
NW-500198,2026-10-15,9,5,6,Purchase,Quote and order signing,Used car,yes,Arnhem,
NW-500205,2026-10-20,9,3,6,Advocacy,Referral programme,Fleet,yes,Arnhem,Friendly staff
NW-500212,2026-10-25,6,2,5,Consideration,Trade-in valuation,Fleet,yes,Zwolle,Great test drive
NW-500219,2026-13-02,6,4,3,Retention,Service reminder,Fleet,yes,Zwolle,
NW-500226,2026-10-07,8,5,4,Advocacy,Referral programme,Used car,yes,Zwolle,
NW-500233,2026-10-12,0,1,1,Advocacy,Review request,Private,no,Arnhem,
NW-500240,2026-10-17,9,4,5,Retention,Welcome call after 30 days,Fleet,yes,Arnhem,Price was clear
NW-500247,2026-10-22,8,5,6,Purchase,Quote and order signing,Used car,yes,Zwolle,
NW-500254,2026-10-27,5,1,4,Purchase,Handover,Fleet,yes,Amersfoort,
NW-500261,2026-10-04,5,2,3,Advocacy,Referral programme,Used car,yes,Amersfoort,
NW-500268,2026-11-09,6,3,3,Consideration,Showroom visit,Private,no,Zwolle,
NW-500275,2026-11-14,9,4,5,Consideration,Configurator,Private,yes,Zwolle,
NW-500282,2026-11-19,9,4,6,Advocacy,Referral programme,Private,yes,Amersfoort,Great test drive
NW-500289,2026-11-24,9,3,7,Advocacy,Referral programme,Used car,yes,Zwolle,
NW-500296,2026-11-01,10,5,5,Consideration,Showroom visit,Private,yes,Amersfoort,Took too long to get a delivery date
NW-500303,2026-11-06,8,4,5,Advocacy,Review request,Fleet,maybe,Zwolle,Great test drive
NW-500310,2026-11-11,4,1,3,Consideration,Configurator,Used car,yes,Arnhem,Great test drive
NW-500317,2026-11-16,8,5,5,Consideration,Showroom visit,Used car,yes,Amersfoort,
NW-500324,2026-11-21,4,2,3,Retention,Welcome call after 30 days,Fleet,no,Zwolle,Took too long to get a delivery date
NW-500331,2026-11-26,10,5,7,Retention,Welcome call after 30 days,Private,yes,Zwolle,
NW-500338,2026-11-03,6,3,5,Purchase,Quote and order signing,Private,no,Amersfoort,Took too long to get a delivery date
NW-500345,2026-11-08,7,4,5,Purchase,Test drive booking,Private,yes,Utrecht,
NW-500352,2026-11-13,8,4,5,Retention,Welcome call after 30 days,Used car,yes,Arnhem,
NW-500359,2026-11-18,0,1,1,Purchase,Handover,Used car,no,Utrecht,
NW-500366,2026-11-23,10,5,5,Advocacy,Referral programme,Private,yes,Zwolle,
NW-500373,2026-11-28,8,3,4,Retention,Service reminder,Private,no,Utrecht,
NW-500380,2026-11-05,8,5,6,Aftersales,Quote and order signing,Used car,yes,Arnhem,
NW-500387,2026-11-10,7,3,3,Consideration,Configurator,Fleet,no,Zwolle,
NW-500394,2026-11-15,10,5,7,Consideration,Configurator,Private,yes,Amersfoort,
NW-500401,2026-11-20,9,5,6,Advocacy,Referral programme,Used car,yes,Arnhem,
NW-500408,2026-11-25,9,4,5,Retention,Owner app,Used car,yes,Zwolle,Price was clear
NW-500415,2026-11-02,9,5,7,Retention,Owner app,Used car,yes,Arnhem,
NW-500422,2026-11-07,5,2,4,Purchase,Finance application,Used car,yes,Arnhem,
NW-500429,2026-11-12,7,3,5,Consideration,Showroom visit,Private,yes,Amersfoort,Price was clear
CSV

# --- 1. first start: no file given, an empty home -> the demo workspace in the data folder ---
step first-start
start_app
shot 01-first-start
keys ctrl+q
for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done

# --- 2. the main window on a workspace made with the CLI -------------------------------------
step main-window
"$CLI" new "$WORK/demo.cxw" --demo
start_app "$WORK/demo.cxw"
keys ctrl+minus                  # View > Zoom Out: one step smaller
wheel 800 500 4 5                # scroll to the top ...
wheel 800 500 6 5                # ... and the left
click 755 433                    # the touchpoint "Delivery date updates"
shot 02-main-window

# --- 3. a new map for the workshop -------------------------------------------------------------
step new-map
keys ctrl+shift+n
D=$(wait_window '^New journey map$')
nap 0.8
typed 'Test drive (workshop 4 Dec)'
keys Tab Tab Down               # template: Blank map; persona: the first one
shot_window "$D" 03-new-map-dialog
keys Return
nap 1.5

# --- 4. typing cards ---------------------------------------------------------------------------
step typing
click 450 125                    # Customer actions x Awareness
typed 'Searches "family SUV" online'
keys Return
typed 'Watches review videos'
keys Return
typed 'Asks friends'
shot 04-typing-cards -crop 940x380+256+50 +repage
keys Tab                         # commits, and goes to the Touchpoints lane
typed 'Search ad'
keys Return
typed 'Configurator'
keys Return Escape Right
typed 'Test drive booking'
keys Return Escape

# --- 5. undo, and the undo history -------------------------------------------------------------
step undo
keys ctrl+z
click 82 9                       # View
xdotool mousemove 141 212 click 1  # View > Undo history
nap 0.8
shot 05-undo-history
keys ctrl+shift+z                # redo: "Test drive booking" is back

# --- 6. drag a card, draw the emotion curves, link a pain point --------------------------------
step emotion
drag 454 214 650 150             # "Asks friends" to Consideration
drag 650 522 650 575             # Consideration: the to-be point (on top) to -3
drag 650 522 650 560             # ... then the as-is point under it to -2
drag 454 522 454 484             # Awareness: to-be +2
drag 454 522 454 503             # ... as-is +1
drag 845 522 845 470             # Purchase: to-be +3
drag 845 522 845 541             # ... as-is -1
click 650 630                    # Pain points x Consideration
typed 'No weekend slots online'
keys Return Escape Down
typed 'Live test-drive calendar'
keys Return Escape
click 651 622 3                  # right-click the pain point
shot_screen 07-card-menu -crop 640x330+500+560 +repage
xdotool mousemove 796 734 click 1  # Link to the opportunity that addresses it...
nap 0.6
click 651 680                    # ... the opportunity
shot 06-emotion-curve -crop 940x700+256+50 +repage

# --- 7. workshop mode --------------------------------------------------------------------------
step workshop
keys F11
nap 2
wheel 900 500 4 5
click 880 810                    # Pain points x Purchase, in the large workshop style
typed 'Salesperson calls back a day later'
keys Return                      # committed; the next card's editor is open
shot_screen 08-workshop-mode -resize 1600x
keys Escape                      # ends typing
keys Escape                      # leaves workshop mode
nap 1.5
click 1592 815                   # close the undo history dock
click 1592 31                    # close the properties dock: the other views get the room

# --- 8. the purpose canvas: an empty block is a gap ---------------------------------------------
step canvas
click 68 50                      # navigator: Purpose canvas
click 990 484                    # into the Brand promise text
keys ctrl+a Delete
click 749 173                    # into Business purpose: the edit is committed
shot 09-purpose-canvas
click 68 50                      # focus out of the text boxes (they keep Ctrl+Z for themselves)
keys ctrl+z                      # the brand promise is back

# --- 9. departments and goals, coverage matrix ---------------------------------------------------
step departments
click 98 67                      # navigator: Departments and goals
drag 376 173 1380 158            # "Sell 14,500 cars in 2026" onto "Lift the repeat purchase rate"
shot 10-departments -crop 1350x420+256+60 +repage
click 471 69                     # tab: Coverage matrix
click 1062 262                   # Marketing: Google reviews x Relationship NPS
shot 11-coverage-matrix -crop 1350x350+256+60 +repage

# --- 10. the gaps review ------------------------------------------------------------------------
step gaps
click 68 255                     # navigator: Alignment gaps
nap 0.8
click 470 75                     # Who is reviewing?
typed 'Eva Lindqvist'
keys Return
click 495 260                    # the gap: touchpoint "Trade-in valuation" has no owning department
click 1259 695                   # the comment box
typed 'Sales says the valuation tool belongs to them; Samuel to confirm at the Monday stand-up.'
keys Return
click 1570 442                   # Assigned to: open the list
xdotool mousemove 1060 498 click 1  # Samuel Okafor
nap 0.8
click 1056 411                   # Status
keys Down Return                 # Accepted
click 1300 411                   # the reason
typed 'Sales owns it from January'
click 1540 411                   # Set status
shot 12-gaps-review

# --- 11. survey import ----------------------------------------------------------------------------
step import
click 93 220                     # navigator: Metrics
nap 1.5
click 1540 75                    # Import survey...
D=$(wait_window '^Import survey$')
nap 0.8
xdotool mousemove --window "$D" 928 23 click 1  # Choose...
wait_window '^Import survey$' >/dev/null   # the file dialog has the same title
nap 1.5
typed "$WORK/northwind-dealer-survey-q4.csv"
keys Return
nap 1.5
xdotool mousemove --window "$D" 254 85 click 1  # Journey map: the list
nap 0.8
keys Down Return                 # the first map, New car purchase
nap 1
shot_window "$D" 13-import-dialog
xdotool mousemove --window "$D" 368 404 click 1  # the field of the "Segment" column
nap 0.8
shot_screen 14-import-fields -crop 560x420+530+250 +repage
keys Escape
xdotool mousemove --window "$D" 18 646 click 1   # leave out the bad rows
nap 0.5
xdotool mousemove --window "$D" 842 676 click 1  # Import
nap 2.5

# --- 12. metrics ------------------------------------------------------------------------------------
step metrics
shot 15-metrics-panel
click 400 730                    # tab: Linkage to retention
shot 16-metrics-linkage -crop 1360x255+262+718 +repage
click 570 730                    # tab: Targets
click 500 810                    # the CSAT target: its values fill the editor below
shot 17-metrics-targets -crop 1360x255+262+718 +repage

# --- 13. the roadmap -------------------------------------------------------------------------------
step roadmap
click 91 237                     # navigator: Roadmap
nap 1
drag 640 475 736 475             # "Live repair tracker" one quarter later
click 559 379                    # select "Real-time test-drive booking"
click 1461 381                   # Add link...
D=$(wait_window '^Link ')
nap 0.5
typed 'weekend'
nap 0.5
shot_window "$D" 18-link-picker
keys Return
nap 1
shot 19-roadmap

# --- 14. the PDF report --------------------------------------------------------------------------
step report
click 19 10                      # File
xdotool mousemove 60 188         # Export
nap 0.8
shot_screen 20-export-menu -crop 700x340+0+0 +repage
xdotool mousemove 300 188 sleep 0.3 mousemove 350 188 click 1  # Strategy report (PDF)...
D=$(wait_window '^Export strategy report \(PDF\)$')
nap 0.8
click_in "$D" 175 388            # Author
typed 'Eva Lindqvist, CX lead'
click_in "$D" 50 473             # Export...
wait_window '^Export strategy report$' >/dev/null
nap 1
keys ctrl+a
typed "$WORK/northwind-strategy-report.pdf"
keys Return
for _ in $(seq 60); do [ -s "$WORK/northwind-strategy-report.pdf" ] && break; sleep 0.5; done
nap 3
shot_window "$D" 21-report-dialog
keys Escape
for page in 01 06 21; do
    pdftoppm -r 60 -png -f "$((10#$page))" -l "$((10#$page))" "$WORK/northwind-strategy-report.pdf" \
        "$WORK/page"
    cp "$WORK"/page-*"$((10#$page)).png" "$WORK/raw.png"
    rm -f "$WORK"/page-*.png
    png "22-report-page-$page"
done

step quit
keys ctrl+q
for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done

# --- 15. the command line: a transcript for the guide --------------------------------------------
step cli
mkdir -p "$WORK/cli"
(
    cd "$WORK/cli"
    run() { # the command as the guide shows it, its output, its exit code
        printf '$ touchstone-cli'
        for arg in "$@"; do
            case $arg in *' '*) printf ' "%s"' "$arg" ;; *) printf ' %s' "$arg" ;; esac
        done
        echo
        set +e
        "$CLI" "$@" >out.txt 2>err.txt
        local rc=$?
        set -e
        cat out.txt err.txt
        echo "[exit $rc]"
        echo
    }
    cp "$WORK/northwind-dealer-survey-q4.csv" .
    run new demo.cxw --demo
    run info demo.cxw
    run check demo.cxw
    run import-survey demo.cxw northwind-dealer-survey-q4.csv
    run import-survey demo.cxw northwind-dealer-survey-q4.csv --journey "New car purchase"
    run import-survey demo.cxw northwind-dealer-survey-q4.csv --journey "New car purchase" --skip-bad
    run import-survey demo.cxw northwind-dealer-survey-q4.csv --journey "New car purchase" --skip-bad
    run metrics demo.cxw --journey "New car purchase"
    run metrics demo.cxw
    run metrics demo.cxw --by segment
    run gaps demo.cxw
    run render-map demo.cxw "New car purchase" new-car-purchase.svg
    run export-pdf demo.cxw report.pdf --sections title,contents,metrics,roadmap --author "Eva Lindqvist"
    run export-json demo.cxw demo.json
) >"$WORK/cli.txt"
echo "wrote $WORK/cli.txt"
echo "done: $(ls "$OUT" | wc -l) images in $OUT, scratch in $WORK"
