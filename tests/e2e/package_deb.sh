#!/usr/bin/env bash
# The .deb of scripts/package.sh: lintian finds no error; its dependencies name the package of
# every shared library the binary needs (as dpkg-shlibdeps computes them); no maintainer scripts;
# a stripped binary and a gzip -9n manual page; exactly the files of golden/deb-files.txt; and,
# unpacked, its program runs from another folder on its examples.
#   package_deb.sh DIST DEV_BIN
set -u
dist=$1 dev=$(readlink -f "$2")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/installed_files.sh"
deb=$(ls "$dist"/sbdscore_*_amd64.deb 2>/dev/null | head -n 1)
[ -f "$deb" ] || { echo "FAIL: no .deb in $dist"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if command -v lintian >/dev/null; then
    # Every tag is shown; errors fail the test.
    lintian --fail-on error --display-info "$deb" >"$work/lintian" 2>&1 || { fail "lintian:"; cat "$work/lintian"; }
    grep -v -e "^N:" -e "running with root privileges" "$work/lintian" | sed "s/^/lintian: /"
else
    echo "note: lintian is not installed; skipping it"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dpkg-deb -x "$deb" "$work/root"
for lib in $(readelf -d "$work/root/usr/bin/sbdscore" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ { print $NF; exit }')
    # dpkg knows the path its package ships (/lib/... or /usr/lib/... on a merged /usr).
    pkg=$( (dpkg -S "$path" || dpkg -S "$(readlink -f "$path")") 2>/dev/null | head -n 1 | cut -d: -f1)
    [ -n "$pkg" ] || { fail "no package provides $lib"; continue; }
    tr ',' '\n' <<<"$depends" | awk '{ print $1 }' | grep -qxF "$pkg" || fail "Depends lacks $pkg (for $lib)"
done

# The libraries loaded on demand (util/shared_library.hpp: GPGME for --keyring, the workbook
# libraries) are not NEEDED:
# Depends must name their packages all the same.
# Read as bytes, not by `strings`: the linker may place a name right after text with no NUL between.
on_demand=$(grep -aoE 'lib(zip|xlsxwriter|gpgme)\.so\.[0-9]+' "$work/root/usr/bin/sbdscore" | sort -u)
for lib in $on_demand; do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ { print $NF; exit }')
    pkg=$( (dpkg -S "$path" || dpkg -S "$(readlink -f "$path")") 2>/dev/null | head -n 1 | cut -d: -f1)
    [ -n "$pkg" ] || { fail "no package provides $lib"; continue; }
    tr ',' '\n' <<<"$depends" | awk '{ print $1 }' | grep -qxF "$pkg" || fail "Depends lacks $pkg (for $lib, loaded on demand)"
done
[ "$(wc -w <<<"$on_demand")" = 3 ] || fail "the binary does not name the three libraries it loads on demand"

dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -v '^$' | LC_ALL=C sort >"$work/control"
[ "$(cat "$work/control")" = "$(printf 'control\nmd5sums')" ] || { fail "control files other than control and md5sums:"; cat "$work/control"; }

file "$work/root/usr/bin/sbdscore" | grep -q ', stripped' || fail "the binary is not stripped"
file "$work/root/usr/share/man/man1/sbdscore.1.gz" | grep -q 'max compression' || fail "the manual page is not gzip -9"
file "$work/root/usr/share/man/man1/sbdscore.1.gz" | grep -q 'was "' && fail "the gzipped manual page keeps a name (gzip -n)"

list_tree "$work/root/usr" | compare_with_golden deb-files.txt || failed=1
ln -s usr/bin "$work/root/bin"  # check_installed_program looks for PREFIX/bin/sbdscore
check_installed_program "$work/root/usr" "$dev" || failed=1

[ "$failed" = 0 ] && echo "ok $(basename "$deb")"
exit "$failed"
