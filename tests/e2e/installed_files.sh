#!/usr/bin/env bash
# Functions shared by the install and package tests (sourced).

# The files and links under ROOT, relative, sorted: what an installation put there.
list_tree() { (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort); }

# Compares the list on standard input with golden/NAME, where @VAR@ stands for the value of the
# shell variable VAR (a folder that depends on the configuration). UPDATE_GOLDEN=1 rewrites it.
compare_with_golden() {  # NAME VAR...
    local name=$1 golden actual
    shift
    golden="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/golden/$name"
    actual=$(cat)
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
        local var text=$actual
        for var in "$@"; do text=${text//${!var}/@$var@}; done
        echo "$text" >"$golden"
        return 0
    fi
    local expected var
    expected=$(cat "$golden")
    for var in "$@"; do expected=${expected//@$var@/${!var}}; done
    expected=$(LC_ALL=C sort <<<"$expected")
    if [ "$actual" != "$expected" ]; then
        echo "FAIL: the installed files differ from golden/$name (- listed, + installed):"
        diff <(echo "$expected") <(echo "$actual") | grep '^[<>]' | sed 's/^</-/; s/^>/+/'
        return 1
    fi
}

# Runs the program installed under ROOT (bin/sbdscore) from an unrelated folder, on the examples
# and with the pack, profiles and schema it installed, and compares with the built program DEV.
check_installed_program() {  # ROOT DEV
    local root=$1 dev=$2 bin=$1/bin/sbdscore doc=$1/share/doc/sbdscore data=$1/share/sbdscore
    local elsewhere rc out ok=0
    elsewhere=$(mktemp -d)
    out=$(cd "$elsewhere" && "$bin" evaluate "$doc/examples" --color never)
    rc=$?
    [ "$rc" = 1 ] || { echo "FAIL: the installed program's evaluate of the examples exited $rc (expected 1)"; ok=1; }
    grep -q "6 vendors: 2 PASS, 2 REVIEW, 2 FAIL, 0 INVALID" <<<"$out" ||
        { echo "FAIL: the installed program did not score the six examples:"; echo "$out"; ok=1; }
    # The installed pack and profile files are the built-in ones: same scores.
    local builtin from_files
    builtin=$(cd "$elsewhere" && "$dev" evaluate "$doc/examples" -f json --profile small)
    from_files=$(cd "$elsewhere" && "$bin" evaluate "$doc/examples" -f json --rules "$data/rules/sbd-ot" \
                 --profile "$data/profiles/small.yaml")
    # Reports name the pack's source and the profile file; the scores must agree.
    if [ "$(grep -o '"score": [0-9.]*' <<<"$builtin")" != "$(grep -o '"score": [0-9.]*' <<<"$from_files")" ]; then
        echo "FAIL: the installed pack and profile score differently from the built-in ones"; ok=1
    fi
    cmp -s <("$dev" schema) "$data/schemas/sbd-ot.schema.json" ||
        { echo "FAIL: the installed schema is not what 'sbdscore schema' writes"; ok=1; }
    rm -rf "$elsewhere"
    return "$ok"
}
