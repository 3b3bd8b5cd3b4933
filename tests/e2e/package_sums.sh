#!/usr/bin/env bash
# Beside the packages: VERSION holds the version the binaries report, and SHA256SUMS the SHA-256
# of both packages, in the form `sha256sum --check` reads.
#   package_sums.sh DIST DEV_BIN
set -u
dist=$1 dev=$2
failed=0
version=$("$dev" --version | awk '{print $2}')
[ "$(cat "$dist/VERSION")" = "$version" ] || { echo "FAIL: VERSION says '$(cat "$dist/VERSION")', the program $version"; failed=1; }
(cd "$dist" && sha256sum --check --strict SHA256SUMS) || { echo "FAIL: SHA256SUMS does not match"; failed=1; }
for name in "sbdscore_${version}_amd64.deb" "sbdscore-${version}-linux-x86_64.tar.gz"; do
    grep -q "  $name\$" "$dist/SHA256SUMS" || { echo "FAIL: SHA256SUMS lacks $name"; failed=1; }
done
[ "$failed" = 0 ] && echo "ok VERSION $version and SHA256SUMS"
exit "$failed"
