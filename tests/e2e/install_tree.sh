#!/usr/bin/env bash
# `cmake --install` into a temporary prefix installs exactly the files golden/installed-files.txt
# lists (the binary, manual page, completions, pack, profiles, schema, docs, examples, licences),
# and the installed program runs from another folder on the installed examples and pack; the
# installed manual page renders and the installed completions load.
#   install_tree.sh BUILD_DIR DEV_BIN ZSH_COMPLETIONDIR
set -u
build=$1 dev=$(readlink -f "$2") ZSH_COMPLETIONDIR=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/installed_files.sh"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install exited $?"; exit 1; }
failed=0
list_tree "$prefix" | compare_with_golden installed-files.txt ZSH_COMPLETIONDIR || failed=1
check_installed_program "$prefix" "$dev" || failed=1
if command -v man >/dev/null; then
    MANWIDTH=100 man -l "$prefix/share/man/man1/sbdscore.1" 2>&1 | grep -q "SBDSCORE EVALUATE" ||
        { echo "FAIL: the installed manual page does not render"; failed=1; }
fi
bash --norc -c 'source "$1" && complete -p sbdscore' _ "$prefix/share/bash-completion/completions/sbdscore" >/dev/null ||
    { echo "FAIL: bash cannot load the installed completion"; failed=1; }
if command -v zsh >/dev/null; then
    zsh -f -c 'fpath=($1 $fpath); autoload -Uz compinit && compinit -u -D && autoload -Uz _sbdscore && (( $+functions[_sbdscore] ))' \
        _ "$prefix/$ZSH_COMPLETIONDIR" || { echo "FAIL: zsh cannot autoload the installed _sbdscore"; failed=1; }
fi
if command -v fish >/dev/null; then
    fish --no-config -c 'source $argv[1]; complete -C"sbdscore ev"' "$prefix/share/fish/vendor_completions.d/sbdscore.fish" |
        grep -q '^evaluate' || { echo "FAIL: fish cannot use the installed completion"; failed=1; }
fi
[ "$failed" = 0 ] && echo "ok install: $(list_tree "$prefix" | wc -l) files"
exit "$failed"
