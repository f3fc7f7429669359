#!/bin/sh
# Proves that the README's quick start works on a machine that has nothing installed by hand:
# builds a minimal Debian 12 (bookworm) with debootstrap, copies the project's tracked files into
# it and runs, as root inside it, `sh cmake/install-deps.sh && cmake --preset default` (or the
# command given as the first argument). CI runs it before the test command (.ci/run), because a
# CI machine keeps the packages that earlier work installed by hand and would hide a missing one.
#
#   sh tools/fresh-system-check.sh                       # install-deps, then configure
#   sh tools/fresh-system-check.sh 'sh cmake/install-deps.sh && cmake --preset default && cmake --build --preset default'
#   sh tools/fresh-system-check.sh --deb build-package/touchstone_0.1.0_amd64.deb
#                      # installs the package with apt-get on the bare system (nothing else first),
#                      # then starts it: --version, the app offscreen for 20 s, a demo workspace
#                      # made and checked by touchstone-cli, the MIME type of *.cxw, the man pages,
#                      # and the app in a real X display (Xvfb)
#
# Needs root, debootstrap (installed from Debian if missing) and the network to the Debian mirror.
# The mirror is the one this machine's apt sources name; nothing about it is written here.
# Kept outside the clone, in $TOUCHSTONE_FRESH_CACHE (default /var/cache/touchstone-fresh-system):
#   base.tar     the bare system, made once (debootstrap --variant=minbase);
#   archives/    the .deb files apt downloaded, so a second run does not download them again
#                (each run gets its own hard-linked copy, so runs may overlap).
#                They only save time: which packages get installed is decided afresh each run.
# Each run unpacks a clean copy of the base; the exit code is the command's.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${TOUCHSTONE_FRESH_CACHE:-/var/cache/touchstone-fresh-system}
deb=""
if [ "${1:-}" = "--deb" ]; then
  [ -f "${2:-}" ] || { echo "fresh-system-check: --deb needs a .deb file" >&2; exit 2; }
  deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  shift 2
fi
if [ -n "$deb" ]; then
  smoke='set -e
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/deb/*.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
echo "installed: $(dpkg-query -W -f="\${Package} \${Version}, \${Installed-Size} KiB" touchstone)"
touchstone --version
touchstone-cli --version
cd /tmp && touchstone-cli new demo.cxw --demo && touchstone-cli check demo.cxw && touchstone-cli info demo.cxw
QT_QPA_PLATFORM=offscreen timeout 20 touchstone && rc=0 || rc=$?
[ "$rc" -eq 124 ] || { echo "the app exited with $rc within 20 s"; exit 1; }
echo "the app was still running after 20 s"
ls ~/.local/share/Touchstone/Touchstone/*.cxw
QT_QPA_PLATFORM=offscreen timeout 10 touchstone demo.cxw && rc=0 || rc=$?
[ "$rc" -eq 124 ] || { echo "touchstone demo.cxw exited with $rc within 10 s"; exit 1; }
grep -q "/tmp/demo.cxw" ~/.config/Touchstone/Touchstone.conf
echo "touchstone demo.cxw opened it: it is in the recent files"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shared-mime-info libglib2.0-bin man-db >/dev/null 2>&1
cp demo.cxw renamed.db
for file in demo.cxw renamed.db; do
  mime=$(gio info -a standard::content-type "$file" | sed -n "s/.*standard::content-type: //p")
  echo "MIME type of $file, as the desktop sees it: $mime"
  [ "$mime" = application/x-touchstone-workspace ]
done
man -w touchstone touchstone-cli
# On a real X display (Xvfb), through the xcb platform plugin, as on a desktop.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null 2>&1
Xvfb :7 -screen 0 1920x1080x24 >/tmp/xvfb.log 2>&1 &
xvfb=$!
sleep 2
DISPLAY=:7 timeout 10 touchstone demo.cxw >/tmp/x11.log 2>&1 && rc=0 || rc=$?
kill $xvfb
cat /tmp/x11.log
[ "$rc" -eq 124 ] || { echo "on X11 the app exited with $rc within 10 s"; exit 1; }
! grep -q "platform plugin" /tmp/x11.log
echo "on X11 (Xvfb, the xcb plugin) the app was still running after 10 s"
test -f /usr/share/applications/org.touchstone.Touchstone.desktop
test -f /usr/share/icons/hicolor/scalable/apps/org.touchstone.Touchstone.svg'
fi
command=${1:-${smoke:-sh cmake/install-deps.sh && cmake --preset default}}

say() { echo "fresh-system-check: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  say "needs root (debootstrap and chroot)"
  exit 2
fi
case "$cache" in
  "$repo"|"$repo"/*) say "the cache $cache must be outside the clone"; exit 2 ;;
esac

# The mirror this machine installs from: deb822 sources first, then the one-line format.
mirror=""
for sources in /etc/apt/sources.list.d/*.sources; do
  [ -f "$sources" ] || continue
  mirror=$(awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit}' "$sources")
  [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" && $2 !~ /^\[/ && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  say "no Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
  exit 2
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

root=$(mktemp -d /tmp/touchstone-fresh.XXXXXX)
mounted=""
cleanup() {
  for target in $mounted; do umount -R "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || true; done
  # Never delete through a mount that is still there: it would be the host's /dev or /proc.
  if grep -q " $root/" /proc/mounts; then
    say "$root is still mounted; left in place"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$cache/archives/partial"
if [ ! -f "$cache/base.tar" ]; then
  say "making the base system from $mirror (once; kept in $cache)"
  start=$(date +%s)
  mkdir "$root/base"
  if ! debootstrap --variant=minbase bookworm "$root/base" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    say "debootstrap failed; see $cache/debootstrap.log"
    exit 1
  fi
  tar -C "$root/base" -cf "$cache/base.tar.partial" . && mv "$cache/base.tar.partial" "$cache/base.tar"
  rm -rf --one-file-system "$root/base"
  say "base system made in $(($(date +%s) - start)) s"
fi

start=$(date +%s)
tar -C "$root" -xf "$cache/base.tar"
# The project's files as they are in the working tree: tracked and new ones, not the ignored
# (build folders). On a clean clone, as in CI, that is exactly the commit.
mkdir "$root/src"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh \
  | tar --null -T - -cf -) | tar -C "$root/src" -xf -
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
if [ -n "$deb" ]; then
  mkdir -p "$root/tmp/deb" && cp "$deb" "$root/tmp/deb/"
fi

mount -t proc proc "$root/proc" && mounted="$root/proc $mounted"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted="$root/dev $mounted"
# The downloaded .debs, hard-linked in (copied across file systems) rather than shared, so that
# two checks can run at once without waiting for each other's apt lock.
archives="$root/var/cache/apt/archives"
rm -rf "$archives" && mkdir -p "$archives"
if ! cp -al "$cache/archives/." "$archives/" 2>/dev/null; then
  rm -rf "$archives" && mkdir -p "$archives" && cp -a "$cache/archives/." "$archives/"
fi
rm -f "$archives/lock"

if [ -n "$deb" ] && [ $# -eq 0 ]; then
  say "installing $(basename "$deb") on a fresh Debian 12 and starting it"
else
  say "running in a fresh Debian 12: $command"
fi
status=0
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  /bin/sh -c "cd /src && $command" || status=$?
for package in "$archives"/*.deb; do
  [ -f "$package" ] || continue
  kept="$cache/archives/$(basename "$package")"
  [ -e "$kept" ] && continue
  if ! ln "$package" "$kept" 2>/dev/null; then
    cp "$package" "$kept.partial" && mv "$kept.partial" "$kept" || say "could not keep $(basename "$package")"
  fi
done
say "exit $status after $(($(date +%s) - start)) s"
exit $status
