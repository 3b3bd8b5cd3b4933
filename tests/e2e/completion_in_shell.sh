#!/usr/bin/env bash
# The completion script of SHELL, loaded by that shell the way it is installed, offers the right
# candidates: subcommands after `sbdscore ev`, formats after `--format `, the other word values,
# file and folder names where an option or argument takes them, and every option that --help
# lists for every command (so an option cannot be missing from the completions).
#   completion_in_shell.sh BIN bash|zsh|fish
# Exit 77 (skipped) when the shell is not installed.
set -u
bin=$1 shell=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v "$shell" >/dev/null || { echo "SKIP: $shell is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/completions" "$work/cwd/pack-dir"
touch "$work/cwd/vendor.yaml" "$work/cwd/other.yml"
case $shell in
    bash) script=$work/completions/sbdscore ;;
    zsh) script=$work/completions/_sbdscore ;;
    fish) script=$work/completions/sbdscore.fish ;;
esac
"$bin" completion "$shell" -o "$script" || { echo "FAIL: completion $shell exited $?"; exit 1; }

# The candidates the shell offers at the end of LINE (the words typed so far), sorted, one a line.
candidates() {
    local line=$1
    case $shell in
        bash)
            (cd "$work/cwd" && bash --norc --noprofile -c '
                source "$1" || exit 1
                complete -p sbdscore >/dev/null || exit 1
                read -r -a COMP_WORDS <<<"$2"
                [[ $2 == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$2 COMP_POINT=${#2}
                _sbdscore sbdscore "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$line") ;;
        zsh) timeout 30 zsh -f "$here/zsh_candidates.zsh" "$work/completions" "$work/cwd" "$line" ;;
        fish) (cd "$work/cwd" && fish --no-config -c 'source $argv[1]; complete -C$argv[2]' "$script" "$line" | cut -f1) ;;
    esac | sed 's:/$::' | grep -v '^$' | sort -u
}

failed=0
expect() {  # expect LINE CANDIDATE...: exactly these candidates
    local line=$1
    shift
    local actual expected
    actual=$(candidates "$line")
    expected=$(printf '%s\n' "$@" | sort -u)
    if [ "$actual" != "$expected" ]; then
        echo "FAIL $shell: '$line' offers:"
        echo "$actual" | sed 's/^/    /'
        echo "  expected:"
        echo "$expected" | sed 's/^/    /'
        failed=1
    fi
}

if [ "$shell" = bash ]; then
    bash --norc --noprofile -c 'source "$1" && complete -p sbdscore' _ "$script" | grep -qx 'complete -F _sbdscore sbdscore' ||
        { echo "FAIL: bash does not register the completion"; failed=1; }
fi

# The report formats and the commands grow: take them from --help (with the ones that must be there).
read -r -a formats <<<"$("$bin" evaluate --help | sed -n 's/.*--format FORMAT:{\([^}]*\)}.*/\1/p' | tr ',' ' ')"
[[ " ${formats[*]} " == *" table "* && " ${formats[*]} " == *" json "* ]] || { echo "FAIL: no formats in evaluate --help"; exit 1; }
read -r -a commands <<<"$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | tr '\n' ' ')"
[[ " ${commands[*]} " == *" evaluate "* && " ${commands[*]} " == *" completion "* ]] || { echo "FAIL: no commands in --help"; exit 1; }
expect "sbdscore ev" evaluate
expect "sbdscore " "${commands[@]}"
expect "sbdscore evaluate --format " "${formats[@]}"
expect "sbdscore evaluate -f j" json junit
expect "sbdscore evaluate --fail-on " never gate review
expect "sbdscore evaluate --color " auto always never
expect "sbdscore evaluate --profile " small medium large pack-dir vendor.yaml other.yml
expect "sbdscore explain --profile m" medium
expect "sbdscore evaluate --rules " pack-dir
expect "sbdscore evaluate --pack " sbd-digital sbd-ot
expect "sbdscore rules test " sbd-digital sbd-ot pack-dir
expect "sbdscore evaluate " pack-dir vendor.yaml other.yml
expect "sbdscore evaluate --format json v" vendor.yaml
expect "sbdscore evaluate -o " "${formats[@]}" pack-dir vendor.yaml other.yml
expect "sbdscore evaluate --as-of "
expect "sbdscore rules " list show lint export diff test
expect "sbdscore rules l" list lint
expect "sbdscore template --format " yaml markdown md
expect "sbdscore compare vendor.yaml " pack-dir vendor.yaml other.yml
expect "sbdscore completion " bash zsh fish

# Every command's options, as its --help lists them.
commands() {  # the subcommands of the command path "$@", from its --help
    "$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'
}
check_options() {
    local options
    options=$("$bin" "$@" --help | sed -n '/^Options:/,/^$/p' | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n')
    # shellcheck disable=SC2086
    expect "sbdscore ${*:+$* }-" $(echo "$options" | grep '^-')
    local sub
    for sub in $(commands "$@"); do check_options "$@" "$sub"; done
}
check_options
[ "$failed" = 0 ] && echo "ok $shell completion"
exit "$failed"
