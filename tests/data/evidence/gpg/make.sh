#!/usr/bin/env bash
# Regenerates the OpenPGP test material in this folder (sbdscore issue 10 fixtures).
#
# ALL KEYS MADE HERE ARE THROWAWAY TEST KEYS WITHOUT A PASSPHRASE. Never trust them for anything.
#
# Input : northwind-nw-plc7.yaml (a copy of examples/northwind-nw-plc7.yaml) and
#         ../securitytxt/good.txt, both already in place.
# Output: keys, keyrings, signatures and VERIFY-RESULTS.txt (gpgv run on every pair).
#
# Deterministic where OpenPGP allows it: every key and signature is made under a frozen
# --faked-system-time, and Ed25519 signatures are deterministic, so the timestamps never change and
# re-signing with the same key gives identical bytes. The key material itself is random, so each run
# makes new keys (and therefore new signatures): commit the whole folder from one run.
set -euo pipefail
cd "$(dirname "$0")"

[ -f northwind-nw-plc7.yaml ] || { echo "copy examples/northwind-nw-plc7.yaml here first" >&2; exit 1; }
[ -f ../securitytxt/good.txt ] || { echo "../securitytxt/good.txt is missing" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'gpgconf --homedir "$WORK/home" --kill all >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
export GNUPGHOME="$WORK/home"
mkdir -m 700 "$GNUPGHOME"
G=(gpg --batch --quiet --no-tty --pinentry-mode loopback --passphrase '')

NW_UID='Northwind Automation PSIRT (sbdscore test key) <psirt@northwind.example>'
UNK_UID='Unknown Vendor PSIRT (sbdscore test key, not in any keyring) <psirt@unknown-vendor.example>'
EXP_UID='Northwind Automation PSIRT 2025 (sbdscore expired test key) <psirt@northwind.example>'

T_KEYS='20260101T000000!'     # creation time of the two current keys (no expiry)
T_SIGN='20261001T120000!'     # time of every signature by a current key
T_EXP_KEY='20250101T000000!'  # the expired key: made 2025-01-01 with a 1-day lifetime ...
T_EXP_SIGN='20250101T120000!' # ... and used 12 hours later, while it was still valid

"${G[@]}" --faked-system-time "$T_KEYS" --quick-gen-key "$NW_UID" ed25519 sign never
"${G[@]}" --faked-system-time "$T_KEYS" --quick-gen-key "$UNK_UID" ed25519 sign never
"${G[@]}" --faked-system-time "$T_EXP_KEY" --quick-gen-key "$EXP_UID" ed25519 sign 1d

fpr() { gpg --batch --with-colons --list-keys "$1" | awk -F: '$1=="fpr"{print $10; exit}'; }
NW=$(fpr 'sbdscore test key)')
UNK=$(fpr 'not in any keyring')
EXP=$(fpr 'sbdscore expired test key')

# --- keys and keyrings ---
"${G[@]}" --armor --export "$NW" > northwind-test-key.asc
"${G[@]}" --export "$NW" > northwind-test-keyring.gpg            # binary transferable public key = keyring for gpgv
"${G[@]}" --armor --export-secret-keys "$NW" > northwind-test-secret.asc
"${G[@]}" --armor --export "$UNK" > unknown-signer-key.asc       # deliberately NOT in any keyring file
"${G[@]}" --armor --export "$EXP" > expired-key.asc
"${G[@]}" --export "$NW" "$EXP" > keyring-with-expired.gpg

# --- signed response and its variants ---
sign() { # sign KEY TIME FILE [--armor]
  local key=$1 t=$2 f=$3; shift 3
  "${G[@]}" --faked-system-time "$t" --local-user "$key" --digest-algo SHA256 "$@" --detach-sign --output - "$f"
}
sign "$NW" "$T_SIGN" northwind-nw-plc7.yaml --armor > northwind-nw-plc7.yaml.asc
sign "$NW" "$T_SIGN" northwind-nw-plc7.yaml > northwind-nw-plc7.yaml.sig

# tampered: one answer changed after signing (VUL-05, days to fix critical flaws, 14 -> 7)
sed 's/^  VUL-05: 14$/  VUL-05: 7/' northwind-nw-plc7.yaml > tampered.yaml
cmp -s northwind-nw-plc7.yaml tampered.yaml && { echo "tampering did not change the file" >&2; exit 1; }
cp northwind-nw-plc7.yaml.asc tampered.yaml.asc

# corrupt: the original response with an armored "signature" whose body is garbage
cp northwind-nw-plc7.yaml corrupt.yaml
cat > corrupt.yaml.asc <<'ARMOR'
-----BEGIN PGP SIGNATURE-----

VGhpcyBpcyBub3QgYW4gT3BlblBHUCBzaWduYXR1cmUgcGFja2V0OyBpdCBpcyBn
YXJiYWdlIHVzZWQgYXMgYSB0ZXN0IGZpeHR1cmUgYnkgc2Jkc2NvcmUhISEhISEh
ISEhISEhISEhISEhISEhISEhISEhISEh
=AAAA
-----END PGP SIGNATURE-----
ARMOR

# unknown signer: the same response, signed by a key that no keyring here contains
cp northwind-nw-plc7.yaml unknown-signer.yaml
sign "$UNK" "$T_SIGN" unknown-signer.yaml --armor > unknown-signer.yaml.asc

# expired signer: signed while the key was valid; the key expired on 2025-01-02
cp northwind-nw-plc7.yaml expired-signer.yaml
sign "$EXP" "$T_EXP_SIGN" expired-signer.yaml --armor > expired-signer.yaml.asc

# cleartext-signed security.txt (RFC 9116 section 2.3)
"${G[@]}" --faked-system-time "$T_SIGN" --local-user "$NW" --digest-algo SHA256 \
  --clearsign --output - ../securitytxt/good.txt > ../securitytxt/signed.txt

# --- verify everything with gpgv and record the outcome ---
check() { # check KEYRING SIG [DATA]: human-readable output, then the machine-readable status lines
  local out rc
  set +e
  out=$(gpgv --status-fd 3 --keyring "./$1" "${@:2}" 2>&1 3>"$WORK/status"); rc=$?
  set -e
  printf '$ gpgv --status-fd 3 --keyring ./%s %s\nexit %d\n%s\n%s\n\n' "$1" "${*:2}" "$rc" \
    "$(printf '%s\n' "$out" | sed 's/^/  /')" "$(grep -v -E 'KEY_CONSIDERED|NEWSIG' "$WORK/status" | sed 's/^/  /')"
}
{
  echo "# gpgv results recorded by make.sh (gpgv from: $(gpgv --version | head -1))"
  echo "# northwind key  $NW"
  echo "# unknown key    $UNK"
  echo "# expired key    $EXP"
  echo
  check northwind-test-keyring.gpg northwind-nw-plc7.yaml.asc northwind-nw-plc7.yaml
  check northwind-test-keyring.gpg northwind-nw-plc7.yaml.sig northwind-nw-plc7.yaml
  check northwind-test-keyring.gpg tampered.yaml.asc tampered.yaml
  check northwind-test-keyring.gpg corrupt.yaml.asc corrupt.yaml
  check northwind-test-keyring.gpg unknown-signer.yaml.asc unknown-signer.yaml
  check northwind-test-keyring.gpg expired-signer.yaml.asc expired-signer.yaml
  check keyring-with-expired.gpg expired-signer.yaml.asc expired-signer.yaml
  check keyring-with-expired.gpg northwind-nw-plc7.yaml.asc northwind-nw-plc7.yaml
  check northwind-test-keyring.gpg ../securitytxt/signed.txt
} > VERIFY-RESULTS.txt
cat VERIFY-RESULTS.txt
