#!/usr/bin/env bash
# Quick start on Debian 12: install the packages that are missing, build, and score the bundled
# examples (printing the ranked scorecard). Safe to run again: it installs and rebuilds only what
# changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: compiler and libraries. Tests: a headless browser and validators for the report formats;
# poppler-utils and fonts with CJK glyphs and colour emoji to print the HTML report to PDF and read it back.
packages=(g++ make cmake libyaml-cpp-dev libfmt-dev nlohmann-json3-dev libcli11-dev libssl-dev libutf8proc-dev pkg-config catch2
          libxml2-utils python3 python3-jsonschema python3-yaml chromium
          poppler-utils fontconfig fonts-noto-cjk fonts-noto-color-emoji)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${SBD_CMAKE_ARGS:-} >/dev/null
cmake --build build -j "$(nproc)"

echo
echo "$ build/sbdscore evaluate examples"
rc=0
build/sbdscore evaluate examples || rc=$?
# Exit 1 only says some example vendor fails a must-have gate, as the examples are meant to.
[ "$rc" -le 1 ] || exit "$rc"
