#!/usr/bin/env bash
# Schema checks of the CI formats: JUnit XML with xmllint against the Jenkins JUnit XSD, SARIF with
# python3-jsonschema against the official OASIS SARIF 2.1.0 schema, GitHub annotations and GitLab
# Code Quality by validate_ci_annotations.py (their published rules; neither has a schema).
#   validate_formats.sh BIN SCHEMA_DIR        (run from the source folder)
set -u
bin=$1 schemas=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Debian's python3 has python3-jsonschema (scripts/bootstrap.sh installs it); prefer it to any other.
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

failed=0
check() {  # check NAME INPUTS...
    local name=$1
    shift
    "$bin" evaluate -o "junit=$work/$name.xml" -o "sarif=$work/$name.sarif" -o "github=$work/$name.github" \
        -o "codequality=$work/$name.cq.json" "$@" >/dev/null 2>"$work/$name.stderr"
    local rc=$?
    if [ "$rc" -gt 2 ] || [ ! -s "$work/$name.xml" ] || [ ! -s "$work/$name.sarif" ]; then
        echo "FAIL $name: sbdscore exited $rc without writing both reports"
        cat "$work/$name.stderr"
        failed=1
        return
    fi
    xmllint --noout --schema "$schemas/junit-10.xsd" "$work/$name.xml" || failed=1
    # The schema does not tie the counts together: the totals must add up to the suites and cases.
    "$python" - "$work/$name.xml" <<'PY' || failed=1
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = root.findall("testsuite")
for key in ("tests", "failures", "errors"):
    total = sum(int(s.get(key)) for s in suites)
    if int(root.get(key)) != total:
        sys.exit(f"{sys.argv[1]}: testsuites {key}={root.get(key)}, the suites add up to {total}")
for s in suites:
    if int(s.get("tests")) != len(s.findall("testcase")):
        sys.exit(f"{sys.argv[1]}: suite {s.get('name')!r} says tests={s.get('tests')} but has {len(s.findall('testcase'))} cases")
PY
    "$python" "$here/validate_sarif.py" "$schemas/sarif-schema-2.1.0.json" "$work/$name.sarif" || failed=1
    "$python" "$here/validate_ci_annotations.py" github "$work/$name.github" || failed=1
    "$python" "$here/validate_ci_annotations.py" codequality "$work/$name.cq.json" || failed=1
}
check examples examples
check invalid examples/invalid
check all examples examples/invalid tests/data/hostile-text tests/data/hostile
check review --fail-on review examples
# sbd-digital: a screening, a stage (later-stage gates), and the review causes beyond gates (risk
# tolerance, old answers), also with --fail-on review.
check screening --screen examples/sbd-digital
check stage --stage pre-purchase examples/sbd-digital
check tolerance --profile examples/profiles/digital-risk-tolerance.yaml --as-of 2027-12-01 examples/sbd-digital
check tolerance-review --fail-on review --profile examples/profiles/digital-risk-tolerance.yaml --as-of 2027-12-01 examples/sbd-digital
[ "$failed" = 0 ] && echo "ok: JUnit, SARIF, GitHub and Code Quality outputs are valid"
exit "$failed"
