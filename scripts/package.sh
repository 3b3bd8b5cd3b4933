#!/usr/bin/env bash
# Builds the release packages of sbdscore, from this checkout, into DIST (default dist/):
#   sbdscore_VERSION_amd64.deb             the Debian 12 package: dynamically linked, its
#                                          dependencies from the shared libraries it uses
#   sbdscore-VERSION-linux-x86_64.tar.gz   the portable tarball: one fully static binary (runs on
#                                          any x86-64 Linux) and the same manual, completions, pack,
#                                          schema and docs under one folder
#   SHA256SUMS                             `sha256sum -c SHA256SUMS` checks both
#   VERSION                                the version, e.g. 0.1.0
#   scripts/package.sh [DIST]
# Needs the build packages (scripts/bootstrap.sh installs them) and dpkg-dev and file; installs
# what is missing like bootstrap.sh. Builds in build-package/ (SBD_PACKAGE_BUILD_DIR), without
# the tests. SOURCE_DATE_EPOCH, when not set, is the time of the last commit (the manual's date).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
work=${SBD_PACKAGE_BUILD_DIR:-build-package}
mkdir -p "$work"
work=$(cd "$work" && pwd)

source scripts/debian_packages.sh
install_missing "${build_packages[@]}" "${package_packages[@]}"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH
jobs=${SBD_JOBS:-$(nproc)}

# The Debian package: Debian's hardening flags (dpkg-buildflags), installed under /usr.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
cmake -S . -B "$work/deb" -DCMAKE_BUILD_TYPE=Release -DSBD_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
      -DSBD_PACKAGE_DEB=ON -DCMAKE_CXX_FLAGS="$cxxflags" \
      -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$work/deb" -j "$jobs"
(cd "$work/deb" && cpack -G DEB -B "$work/deb/cpack" >/dev/null)

# The portable tarball: one static binary.
cmake -S . -B "$work/static" -DCMAKE_BUILD_TYPE=Release -DSBD_BUILD_TESTS=OFF -DSBD_STATIC=ON >/dev/null
cmake --build "$work/static" -j "$jobs"
(cd "$work/static" && cpack -G TGZ -B "$work/static/cpack" >/dev/null)

version=$("$work/static/sbdscore" --version | awk '{print $2}')
deb=$(cd "$work/deb/cpack" && ls sbdscore_"$version"_*.deb)
tarball=$(cd "$work/static/cpack" && ls sbdscore-"$version"-linux-*.tar.gz)
cp "$work/deb/cpack/$deb" "$work/static/cpack/$tarball" "$dist/"
echo "$version" >"$dist/VERSION"
(cd "$dist" && sha256sum "$deb" "$tarball" >SHA256SUMS)

echo
echo "$dist:"
(cd "$dist" && ls -l "$deb" "$tarball" SHA256SUMS VERSION && cat SHA256SUMS)
