#!/bin/sh
# Installs, with apt-get, every Debian 12 package that building, running, testing, benchmarking
# and packaging (cpack: dpkg-shlibdeps and file) Touchstone needs, by name and without
# recommends. Does nothing when all of them are present.
set -eu

PACKAGES="
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev
  qt6-qpa-plugins libqt6opengl6-dev libgl-dev
  sqlite3 libsqlite3-dev nlohmann-json3-dev libspdlog-dev catch2
  libboost-math-dev libeigen3-dev libcsv-dev libbenchmark-dev
  poppler-utils fonts-dejavu-core fonts-noto-core fonts-lato xvfb xauth
  clang-format python3 python3-pandas time
  desktop-file-utils appstream shared-mime-info file dpkg-dev
"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

echo "install-deps: installing$missing"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (or with sudo) to install:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
