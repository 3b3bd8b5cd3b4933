#!/usr/bin/env bash
# Writes OUT: the licences of the libraries compiled into sbdscore, from the Debian packages that
# provide FILES (headers of header-only libraries; archives of a static build), with their
# versions. Debian keeps each package's licence in /usr/share/doc/PACKAGE/copyright (for a -dev
# package without one, the library package it depends on from the same source has it).
#   third-party-notices.sh OUT STATIC(ON|OFF) FILE...
set -euo pipefail
out=$1 static=$2
shift 2
packages=()
for file in "$@"; do
    owner=$(dpkg -S "$(readlink -f "$file")" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    [ -n "$owner" ] && packages+=("$owner")
done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)

copyright_of() {  # the copyright file of PACKAGE, or of a dependency built from the same source
    local pkg=$1 source dep
    [ -f "/usr/share/doc/$pkg/copyright" ] && { readlink -f "/usr/share/doc/$pkg/copyright"; return; }
    source=$(dpkg-query -W -f='${source:Package}' "$pkg")
    for dep in $(dpkg-query -W -f='${Depends}' "$pkg" | tr ',|' '\n\n' | awk '{print $1}' | cut -d: -f1); do
        [ "$(dpkg-query -W -f='${source:Package}' "$dep" 2>/dev/null)" = "$source" ] || continue
        [ -f "/usr/share/doc/$dep/copyright" ] && { readlink -f "/usr/share/doc/$dep/copyright"; return; }
    done
}

{
    echo "Third-party software compiled into sbdscore"
    echo "==========================================="
    echo
    if [ "$static" = ON ]; then
        echo "This sbdscore binary is statically linked: it contains code of the libraries below,"
        echo "as built by Debian, among them the GNU C Library (LGPL-2.1-or-later) and the GCC"
        echo "runtime libraries (GPL-3 with the GCC Runtime Library Exception). Their sources are"
        echo "Debian's source packages of the versions listed (apt-get source PACKAGE=VERSION, or"
        echo "https://snapshot.debian.org/). sbdscore's own source (MIT), with scripts/package.sh,"
        echo "rebuilds and relinks the binary, so it can be linked with modified libraries."
    else
        echo "sbdscore includes code of these header-only libraries, as packaged by Debian:"
    fi
    echo
    for pkg in "${packages[@]}"; do
        echo "- $pkg $(dpkg-query -W -f='${Version}' "$pkg") (source package $(dpkg-query -W -f='${source:Package}' "$pkg"))"
    done
    # Each licence file once (libstdc++ and libgcc share GCC's).
    declare -A shown=()
    for pkg in "${packages[@]}"; do
        file=$(copyright_of "$pkg")
        [ -n "$file" ] && [ -z "${shown[$file]:-}" ] || continue
        shown[$file]=1
        covers=()
        for other in "${packages[@]}"; do [ "$(copyright_of "$other")" = "$file" ] && covers+=("$other"); done
        echo
        echo "-------------------------------------------------------------------------------"
        echo "${covers[*]}: $file"
        echo "-------------------------------------------------------------------------------"
        echo
        cat "$file"
    done
} >"$out.tmp"
mv "$out.tmp" "$out"
