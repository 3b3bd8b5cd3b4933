#!/usr/bin/env bash
# `sbdscore manual` writes a man(7) page that two independent readers accept without a warning
# (mandoc -T lint, and man-db's groff with warnings on), that documents every command in a
# section of its own with every option its --help lists, an exit status and examples, and that
# the prose file holds nothing the generator could not place.
#   manual_page.sh BIN
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

SOURCE_DATE_EPOCH=1767225600 "$bin" manual -o "$work/sbdscore.1" 2>"$work/stderr" || fail "manual exited $?"
[ -s "$work/stderr" ] && { fail "manual reported problems:"; cat "$work/stderr"; }
grep -q '^\.TH SBDSCORE 1 "2026-01-01" "sbdscore ' "$work/sbdscore.1" || fail "no .TH line with SOURCE_DATE_EPOCH's date"

if command -v mandoc >/dev/null; then
    mandoc -T lint -W warning "$work/sbdscore.1" >"$work/lint" 2>&1 || { fail "mandoc -T lint:"; cat "$work/lint"; }
else
    echo "note: mandoc is not installed; skipping its lint"
fi
if command -v man >/dev/null; then
    MANWIDTH=200 man --warnings -l "$work/sbdscore.1" 2>"$work/warnings" | col -b >"$work/page.txt"
    [ -s "$work/warnings" ] && { fail "man --warnings:"; cat "$work/warnings"; }
else
    echo "SKIP: man is not installed"; exit 77
fi

# Each command's section of the rendered page: from its heading to the next heading.
section() { awk -v h="$1" '$0 == h { on = 1; next } on && /^[A-Z]/ { exit } on' "$work/page.txt"; }
check_command() {  # the command path "$@"
    local heading text opt sub
    heading=$(echo "SBDSCORE${*:+ $*}" | tr '[:lower:]' '[:upper:]')
    if [ $# = 0 ]; then text=$(section OPTIONS); else text=$(section "$heading"); fi
    [ -n "$text" ] || { fail "no section $heading"; return; }
    for opt in $("$bin" "$@" --help | sed -n '/^Options:/,/^$/p' | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' ' '); do
        # An option's entry starts a line with its names: "-f, --format FORMAT".
        grep -E '^       -' <<<"$text" | grep -qE -- "(^|[ ,])$opt( |,|$)" || fail "$heading does not document $opt"
    done
    if [ $# -gt 0 ] && ! "$bin" "$@" --help | grep -q '^Subcommands:'; then
        grep -q '^   Exit status' <<<"$text" || fail "$heading has no exit status"
        grep -q '^   Examples' <<<"$text" || fail "$heading has no examples"
    fi
    for sub in $("$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
        grep -qE "^ +sbdscore${*:+ $*} $sub( |$)" "$work/page.txt" || fail "the synopsis lacks sbdscore $* $sub"
        check_command "$@" "$sub"
    done
}
check_command
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
    grep -qx "$section" "$work/page.txt" || fail "no $section section"
done
grep -q "NO_COLOR" "$work/page.txt" && grep -q "SOURCE_DATE_EPOCH" "$work/page.txt" || fail "environment variables missing"
[ "$failed" = 0 ] && echo "ok manual page ($(wc -l <"$work/page.txt") lines rendered)"
exit "$failed"
