#!/usr/bin/env bash
# Every file of a YAML corpus must be refused as a response with exit 2 and a message naming the
# file: never a crash, a hang, or exit 0.   corpus_robustness.sh BIN CORPUS_DIR
set -u
bin=$1 corpus=$2
if [ ! -d "$corpus" ]; then
    echo "corpus not found: $corpus (configure with -DSBD_CORPUS_DIR=...)"
    exit 1
fi
passed=0 failed=0
while IFS= read -r -d '' file; do
    timeout 10 "$bin" evaluate --color never "$file" >/dev/null 2>/tmp/sbd-corpus-err.$$ </dev/null
    rc=$?
    if [ "$rc" = 2 ] && grep -qF -- "$file" /tmp/sbd-corpus-err.$$; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        case $rc in 124) why="timed out (hang)";; 2) why="message does not name the file";; *) why="exit $rc";; esac
        echo "FAIL $file: $why"
        head -n 3 /tmp/sbd-corpus-err.$$
    fi
done < <(find "$corpus" -type f -name '*.yaml' -print0 | sort -z)
rm -f /tmp/sbd-corpus-err.$$
echo "corpus: $passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" = 0 ]
