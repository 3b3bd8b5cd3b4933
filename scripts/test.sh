#!/usr/bin/env bash
# Every test: install the build and test packages that are missing, build build/ with the tests,
# and run them all (ctest, two at a time; extra arguments go to ctest, e.g. -R e2e). Among them,
# the release packages are built (scripts/package.sh) and checked: that takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/debian_packages.sh
install_missing "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"

cmake -S . -B build -DSBD_BUILD_TESTS=ON ${SBD_CMAKE_ARGS:-} >/dev/null
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure --no-tests=error -j 2 "$@"
