#!/usr/bin/env bash
# The host's OpenSSL configuration changes nothing: with OPENSSL_CONF naming a provider module
# that cannot be loaded (tests/data/openssl/missing-provider.cnf), BIN scores the examples, file
# hashes included, exactly as without it. (A static binary would otherwise read the openssl.cnf
# of whatever system it runs on.) Run from the source folder.
#   openssl_config.sh BIN
set -u
bin=$1
expected=$(env -u OPENSSL_CONF "$bin" evaluate examples -f json; echo "exit $?")
actual=$(OPENSSL_CONF=tests/data/openssl/missing-provider.cnf "$bin" evaluate examples -f json 2>&1; echo "exit $?")
if [ "$actual" != "$expected" ]; then
    echo "FAIL: with OPENSSL_CONF=tests/data/openssl/missing-provider.cnf the run differs:"
    diff <(echo "$expected") <(echo "$actual") | head -20
    exit 1
fi
echo "ok: OPENSSL_CONF changes nothing"
