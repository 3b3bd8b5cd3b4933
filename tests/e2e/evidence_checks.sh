#!/usr/bin/env bash
# Evidence verification (issue 10, docs/evidence.md), end to end on real bundles: each SBOM notation
# and its failures, security.txt, CSAF, pins, paths that leave the bundle, FIFOs, hostile XML and
# JSON, and detached signatures (good, tampered, corrupt, unknown key, expired key). Every case is
# a vendor in one run, so each also shows that one bad bundle does not change another's result.
#   evidence_checks.sh BIN     (run from the source folder)
set -u
bin=$1
data=tests/data/evidence
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# bundle NAME EVIDENCE-YAML [FILES...]: a copy of the Northwind response whose VUL-01 cites EVIDENCE.
bundle() {
    local name=$1 evidence=$2
    shift 2
    mkdir -p "$work/$name"
    python3 - "$work/$name/vendor.yaml" "$evidence" <<'PY'
import re, sys
text = open("examples/northwind-nw-plc7.yaml").read()
start = text.index("  VUL-01:")
end = text.index("  VUL-02:")
text = text[:start] + "  VUL-01:\n    value: yes\n    evidence: " + sys.argv[2] + "\n" + text[end:]
text = text.replace("vendor: Northwind Automation", "vendor: " + sys.argv[1].split("/")[-2])
open(sys.argv[1], "w").write(text)
PY
    [ $# -gt 0 ] && cp "$@" "$work/$name/"
}

bundle cdx-json sbom.json "$data/sbom/cyclonedx-1.6-good.json"
mv "$work/cdx-json/cyclonedx-1.6-good.json" "$work/cdx-json/sbom.json"
bundle spdx-json spdx.json
sed 's/CR-Cell Controller/NW-PLC 7/; s/3\.0\.0-rc2/7.2.1/' "$data/sbom/spdx-2.3-good.json" > "$work/spdx-json/spdx.json"
bundle spdx-tv sbom.spdx
sed 's/CR-Cell Controller/NW-PLC 7/; s/3\.0\.0-rc2/7.2.1/' "$data/sbom/spdx-2.3-good.spdx" > "$work/spdx-tv/sbom.spdx"
bundle cdx-xml sbom.xml
sed 's/HC-RTU 400/NW-PLC 7/; s/>4\.8</>7.2.1</' "$data/sbom/cyclonedx-1.4-good.xml" > "$work/cdx-xml/sbom.xml"
bundle wrong-product wrong.json "$data/sbom/cyclonedx-wrong-product.json"
mv "$work/wrong-product/cyclonedx-wrong-product.json" "$work/wrong-product/wrong.json"
bundle no-versions nov.json "$data/sbom/cyclonedx-no-versions.json"
mv "$work/no-versions/cyclonedx-no-versions.json" "$work/no-versions/nov.json"
bundle npm npm.json "$data/sbom/npm-cyclonedx.json"
mv "$work/npm/npm-cyclonedx.json" "$work/npm/npm.json"
bundle truncated t.json "$data/sbom/truncated.json"
mv "$work/truncated/truncated.json" "$work/truncated/t.json"
bundle laughs bomb.xml "$data/sbom/billion-laughs.xml"
mv "$work/laughs/billion-laughs.xml" "$work/laughs/bomb.xml"
bundle xxe xxe.xml "$data/sbom/xxe.xml"
bundle deep deep.json
python3 -c "print('[' * 100000 + ']' * 100000)" > "$work/deep/deep.json"
bundle escape "../cdx-json/sbom.json"
bundle absolute /etc/passwd
bundle link-out link.json
ln -s /etc/passwd "$work/link-out/link.json"
bundle fifo pipe.json
mkfifo "$work/fifo/pipe.json"
bundle missing nowhere.json
bundle url https://example.com/sbom.json
sha=$(sha256sum "$work/cdx-json/sbom.json" | cut -d' ' -f1)
bundle pinned-good "[{path: sbom.json, sha256: $sha}]" "$work/cdx-json/sbom.json"
bundle pinned-bad "[{path: sbom.json, sha256: $(printf 'other' | sha256sum | cut -d' ' -f1)}]" "$work/cdx-json/sbom.json"

# Without --verify-evidence: unchanged, except the pins.
timeout 60 "$bin" evaluate -f json --as-of 2026-11-27 -r "$work" >"$work/plain.json" 2>"$work/plain.err"
# With it.
timeout 60 "$bin" evaluate -f json --as-of 2026-11-27 -r --verify-evidence "$work" >"$work/verified.json" 2>"$work/verified.err"
rc=$?
[ "$rc" -le 1 ] || { fail "evaluate --verify-evidence: exit $rc"; cat "$work/verified.err"; }

python3 - "$work/plain.json" "$work/verified.json" <<'PY' || failed=1
import json, sys
def vul01(path):
    out = {}
    for r in json.load(open(path))["results"]:
        gate = next(g for g in r["gates"] if g["criterion"] == "VUL-01")
        crit = next(c for p in r["priorities"] for c in p["criteria"] if c["id"] == "VUL-01")
        out[r["vendor"]] = (gate["status"], gate["reason"], crit["evidence_checks"], r["findings"])
    return out
plain, verified = vul01(sys.argv[1]), vul01(sys.argv[2])
bad = 0
def check(cond, what):
    global bad
    if not cond:
        print("FAIL:", what); bad = 1
# Without the flag: every cited file counts as before; only pins are opened.
for name, (status, reason, checks, findings) in plain.items():
    want = "unverified" if name == "pinned-bad" else "pass"
    check(status == want, f"plain {name}: VUL-01 {status}, expected {want}")
check(plain["cdx-json"][2][0]["status"] == "cited" and plain["cdx-json"][2][0]["sha256"] is None, "plain: a file is cited, not opened")
check(plain["pinned-bad"][2][0]["status"] == "tampered", "plain: a bad pin is tampered")
check(any(f["kind"] == "evidence-tampered" for f in plain["pinned-bad"][3]), "plain: evidence-tampered finding")
expect = {
    "cdx-json": ("pass", "verified", "CycloneDX 1.6 JSON SBOM"),
    "spdx-json": ("pass", "verified", "SPDX-2.3 JSON SBOM"),
    "spdx-tv": ("pass", "verified", "SPDX-2.3 tag-value SBOM"),
    "cdx-xml": ("pass", "verified", "CycloneDX 1.4 XML SBOM"),
    "pinned-good": ("pass", "verified", "CycloneDX 1.6 JSON SBOM"),
    "wrong-product": ("unverified", "invalid", "describes NW-HMI 3 3.0.1, not the response's NW-PLC 7 7.2.1"),
    "no-versions": ("unverified", "invalid", "version in 0 of 5 components"),
    "npm": ("unverified", "invalid", "supplier in 0 of 9 components"),
    "truncated": ("unverified", "invalid", "does not parse as JSON"),
    "laughs": ("unverified", "invalid", "DOCTYPE"),
    "xxe": ("unverified", "invalid", "DOCTYPE"),
    "deep": ("unverified", "invalid", "nested deeper than 64 levels"),
    "escape": ("unverified", "invalid", "leaves the bundle"),
    "absolute": ("unverified", "invalid", "an absolute path"),
    "link-out": ("unverified", "invalid", "leads out of the bundle"),
    "fifo": ("unverified", "invalid", "not a regular file"),
    "missing": ("unverified", "missing", "no such file in the bundle"),
    "url": ("unverified", "cited", "is a URL, not checked"),
    "pinned-bad": ("unverified", "tampered", "differs from the pinned"),
}
for name, (gate, status, text) in expect.items():
    got = verified.get(name)
    if not got:
        print("FAIL: no result for", name); bad = 1; continue
    g, reason, checks, findings = got
    e = checks[0]
    check(g == gate, f"{name}: VUL-01 {g}, expected {gate} ({reason})")
    check(e["status"] == status, f"{name}: evidence {e['status']}, expected {status}")
    check(text in (e["kind"] or "") + " " + (e["reason"] or "") + " " + reason, f"{name}: '{text}' not in {e} / {reason}")
    if status in ("verified", "invalid", "tampered") and name not in ("laughs", "xxe", "deep", "truncated"):
        check(e["sha256"] and len(e["sha256"]) == 64 or name in ("escape", "absolute", "link-out", "fifo"), f"{name}: no sha256")
check(verified["cdx-json"][2][0]["sbom"]["coverage"]["unique_identifier"] == 6, "coverage of the CycloneDX SBOM")
check(any(f["kind"] == "sbom-mismatch" for f in verified["wrong-product"][3]), "sbom-mismatch finding")
sys.exit(bad)
PY
grep -q "passwd" "$work/verified.err" && fail "a refused path was reported as read"

# security.txt and CSAF, through validate (notes for verified files, warnings for the others).
mkdir "$work/sec"
python3 - "$work/sec/vendor.yaml" <<'PY'
import sys
text = open("examples/northwind-nw-plc7.yaml").read()
start = text.index("  VUL-02:"); end = text.index("  VUL-03:")
ev = "[good.txt, signed.txt, expired.txt, missing-contact.txt, two-expires.txt, bad-expires.txt, good-advisory.json, missing-tracking.json, wrong-version.json]"
text = text[:start] + "  VUL-02:\n    value: yes\n    evidence: " + ev + "\n" + text[end:]
open(sys.argv[1], "w").write(text)
PY
cp "$data"/securitytxt/*.txt "$data"/csaf/*.json "$work/sec/"
timeout 30 "$bin" validate --verify-evidence --as-of 2026-11-27 "$work/sec/vendor.yaml" >"$work/sec.out" 2>&1
for expected in "'good.txt' verified: security.txt" "'signed.txt' verified: security.txt (signed)" \
    "'expired.txt' of VUL-02 is invalid: expired: Expires 2025-03-31 is not after the run's date 2026-11-27" \
    "'missing-contact.txt' of VUL-02 is invalid: no Contact" "'two-expires.txt' of VUL-02 is invalid: Expires given 2 times" \
    "'bad-expires.txt' of VUL-02 is invalid: Expires 'next year' is not an RFC 3339 date-time" \
    "'good-advisory.json' verified: CSAF 2.0 advisory" "'missing-tracking.json' of VUL-02 is invalid: not a valid CSAF 2.0 document: no tracking" \
    "'wrong-version.json' of VUL-02 is invalid: not a valid CSAF 2.0 document: csaf_version '1.0', not 2.0"; do
    grep -qF "$expected" "$work/sec.out" || fail "validate: missing: $expected"
done
# The same security.txt, a year later, has expired.
timeout 30 "$bin" validate --verify-evidence --as-of 2027-07-01 "$work/sec/vendor.yaml" 2>&1 | grep -qF "'good.txt' of VUL-02 is invalid: expired" ||
    fail "good.txt should have expired by 2027-07-01"

# Signatures: each case beside its response, verified against the test keyring.
mkdir "$work/sig"
for f in northwind-nw-plc7 tampered corrupt unknown-signer expired-signer; do
    cp "$data/gpg/$f.yaml" "$data/gpg/$f.yaml.asc" "$work/sig/"
done
cp "$data/gpg/northwind-nw-plc7.yaml" "$work/sig/unsigned.yaml"
sed -i 's/^vendor: .*/vendor: Unsigned Vendor/' "$work/sig/unsigned.yaml"
timeout 60 "$bin" evaluate -f json --as-of 2026-11-27 --keyring "$data/gpg/keyring-with-expired.gpg" --require-signature "$work/sig" \
    >"$work/sig.json" 2>"$work/sig.err"
python3 - "$work/sig.json" <<'PY' || failed=1
import json, sys
bad = 0
want = {"northwind-nw-plc7.yaml": ("good", "9D326E73AFAD3EA5F18C23E8FB438ED227782941"), "tampered.yaml": ("bad", None),
        "corrupt.yaml": ("corrupt", None), "unknown-signer.yaml": ("unknown-key", None),
        "expired-signer.yaml": ("expired-key", "80851F10DE8A99C585291C8C6CA34C1867AE8118"), "unsigned.yaml": ("unsigned", None)}
for r in json.load(open(sys.argv[1]))["results"]:
    name = r["file"].split("/")[-1]
    status, fpr = want[name]
    s = r["signature"]
    if s["status"] != status or (fpr and s["fingerprint"] != fpr):
        print("FAIL:", name, s); bad = 1
    holds = any(f["kind"] == "signature-required" for f in r["findings"])
    if (status != "good") != holds or (status != "good" and r["verdict"] == "PASS"):
        print("FAIL: --require-signature:", name, r["verdict"], holds); bad = 1
sys.exit(bad)
PY
"$bin" evaluate --require-signature examples >/dev/null 2>"$work/err"
[ $? = 2 ] && grep -q "needs --keyring" "$work/err" || fail "--require-signature without --keyring"
"$bin" evaluate --keyring "$work/sig/tampered.yaml" examples >/dev/null 2>"$work/err"
[ $? = 2 ] && grep -q "holds no OpenPGP public key" "$work/err" || fail "a keyring without keys"

# A profile makes verification the default; explain shows each file's status.
printf 'format: 1\nname: verifying\nbase: medium\nverify_evidence: true\n' >"$work/verifying.yaml"
"$bin" evaluate -f json --as-of 2026-11-27 --profile "$work/verifying.yaml" "$work/no-versions/vendor.yaml" >"$work/profile.json"
grep -q '"evidence_verified": true' "$work/profile.json" && grep -q '"status": "unverified"' "$work/profile.json" ||
    fail "the profile's verify_evidence did not verify"
"$bin" explain --verify-evidence --as-of 2026-11-27 "$work/wrong-product/vendor.yaml" >"$work/explain.txt"
grep -q "VUL-01     invalid:  wrong.json: describes NW-HMI 3 3.0.1, not the response's NW-PLC 7 7.2.1 sha256 " "$work/explain.txt" ||
    { fail "explain does not show the evidence's status"; grep -A3 "^Evidence" "$work/explain.txt"; }

# The examples show every status.
"$bin" evaluate examples --verify-evidence --keyring examples/keys/northwind-test-key.asc --as-of 2026-11-27 -f json >"$work/ex.json" || true
for status in verified cited missing invalid tampered; do
    grep -q "\"status\": \"$status\"" "$work/ex.json" || fail "the examples show no '$status' evidence"
done
grep -q '"fingerprint": "9D326E73AFAD3EA5F18C23E8FB438ED227782941"' "$work/ex.json" || fail "the signed example"
exit $failed
