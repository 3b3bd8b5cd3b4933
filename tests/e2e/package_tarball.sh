#!/usr/bin/env bash
# The tarball of scripts/package.sh holds one fully static binary that runs on any x86-64 Linux:
# `file`, `readelf` and `ldd` find no dynamic dependency and no program interpreter; alone in an
# empty folder, run with an empty environment (env -i), it scores the examples exactly as the
# build does; and in a root that holds nothing but the binary, the examples and an empty /tmp
# (chroot, when this user may make one) it still does. The tarball holds exactly golden/installed-files.txt.
#   package_tarball.sh DIST DEV_BIN
set -u
dist=$1 dev=$(readlink -f "$2")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/installed_files.sh"
tarball=$(ls "$dist"/sbdscore-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)
[ -f "$tarball" ] || { echo "FAIL: no tarball in $dist"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

tar -xzf "$tarball" -C "$work"
top=$(ls "$work")
[ "$top" = "$(basename "$tarball" .tar.gz)" ] || fail "the tarball's folder is '$top', not named after the tarball"
root=$work/$top
bin=$root/bin/sbdscore

echo "file: $(file -b "$bin")"
file -b "$bin" | grep -qE 'static(-pie)? linked' || fail "file does not call it statically linked"
file -b "$bin" | grep -q 'dynamically linked' && fail "file calls it dynamically linked"
file -b "$bin" | grep -q ', stripped' || fail "the binary is not stripped"
readelf -d "$bin" | grep -q '(NEEDED)' && fail "it needs shared libraries: $(readelf -d "$bin" | grep NEEDED)"
readelf -l "$bin" | grep -q 'INTERP' && fail "it names a program interpreter"
ldd_says=$(ldd "$bin" 2>&1)
echo "ldd: $ldd_says"
grep -qE 'not a dynamic executable|statically linked' <<<"$ldd_says" || fail "ldd finds dependencies"
echo "size: $(stat -c %s "$bin") bytes"

# Alone in an empty folder, with an empty environment.
examples=$(cd "$here/../../examples" && pwd)
mkdir "$work/alone"
cp "$bin" "$work/alone/"
expected=$(cd "$examples/.." && "$dev" evaluate examples -f json; echo "exit $?")
actual=$(cd "$work/alone" && env -i ./sbdscore evaluate "$examples" -f json | sed "s|$examples|examples|g"; echo "exit ${PIPESTATUS[0]}")
[ "$actual" = "$expected" ] || { fail "alone with env -i, it scores the examples differently:"; diff <(echo "$expected") <(echo "$actual") | head -20; }
[ "$(cd "$work/alone" && env -i ./sbdscore --version)" = "$("$dev" --version)" ] || fail "--version differs"
(cd "$here/../.." && bash "$here/openssl_config.sh" "$work/alone/sbdscore") || fail "the host's OpenSSL configuration changes its run"
[ "$(ls -A "$work/alone")" = sbdscore ] || fail "running it left files behind: $(ls -A "$work/alone")"

# A root with nothing else: no /lib, no /etc, no /usr; only the empty /tmp every Linux has
# (evaluate spools standard output to a temporary file there, std::tmpfile).
mkdir -p "$work/bare/tmp"
cp "$bin" "$work/bare/"
cp -r "$examples" "$work/bare/examples"
chroot_cmd=()
chroot=$(command -v chroot || echo /usr/sbin/chroot)
if [ "$(id -u)" = 0 ]; then chroot_cmd=("$chroot")
elif unshare -r true 2>/dev/null; then chroot_cmd=("$(command -v unshare)" -r "$chroot")
fi
if [ ${#chroot_cmd[@]} -gt 0 ]; then
    actual=$(env -i "${chroot_cmd[@]}" "$work/bare" /sbdscore evaluate examples -f json; echo "exit $?")
    # In the chroot the examples are at /examples, relative to its / (the working folder).
    [ "$actual" = "$expected" ] || { fail "in a bare root, it scores the examples differently:"; diff <(echo "$expected") <(echo "$actual") | head -20; }
    echo "ran in a bare root: $(ls "$work/bare" | tr '\n' ' ')"
else
    echo "note: this user cannot chroot (not root, no user namespaces); the bare-root run is skipped"
fi

ZSH_COMPLETIONDIR=share/zsh/site-functions
list_tree "$root" | compare_with_golden installed-files.txt ZSH_COMPLETIONDIR || failed=1
grep -q 'GNU C Library' "$root/share/doc/sbdscore/THIRD-PARTY-NOTICES" || fail "THIRD-PARTY-NOTICES does not name the C library it contains"
check_installed_program "$root" "$dev" || failed=1
[ "$failed" = 0 ] && echo "ok $(basename "$tarball")"
exit "$failed"
