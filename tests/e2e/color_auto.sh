#!/usr/bin/env bash
# --color auto colours the table on a terminal, and not when NO_COLOR is set or output is a pipe.
# A pseudo-terminal comes from script(1) (util-linux, essential on Debian).
#   color_auto.sh BIN        (run from the source folder)
set -u
bin=$1
esc=$(printf '\033')
run_on_tty() {  # run_on_tty ENV...: the table as a terminal would receive it
    env -u NO_COLOR "$@" script -qec "'$bin' evaluate --color auto examples/northwind-nw-plc7.yaml" /dev/null
}
failed=0
run_on_tty | grep -q "${esc}\[32mPASS" || { echo "FAIL: no colour on a terminal"; failed=1; }
if run_on_tty NO_COLOR=1 | grep -q "$esc"; then echo "FAIL: colour on a terminal with NO_COLOR=1"; failed=1; fi
if env -u NO_COLOR "$bin" evaluate --color auto examples/northwind-nw-plc7.yaml | grep -q "$esc"; then
    echo "FAIL: colour into a pipe"; failed=1
fi
[ "$failed" = 0 ] && echo "ok: --color auto follows the terminal and NO_COLOR"
exit "$failed"
