#!/usr/bin/env python3
"""Validate the issue-10 fixtures against the vendored schemas, offline.

Needs jsonschema (Debian 12's python3-jsonschema 4.10 works, so does >= 4.18 with `referencing`)
and xmllint (libxml2-utils).
No network access: every $ref / xs:import is resolved to a file under schemas/.
Usage: python3 validate_fixtures.py [extra.json:schema-key ...]
Prints one line per check and a closing 'N passed, N failed' line.
"""
import json, os, subprocess, sys, tempfile
from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker
try:  # jsonschema >= 4.18 (pip, pyenv)
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7, DRAFT202012
except ImportError:  # Debian 12's python3-jsonschema 4.10: fall back to RefResolver with a store
    Registry = None

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "schemas")

def load(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)

class _Store:
    """Stand-in for a referencing.Registry on old jsonschema: a {uri: schema} dict."""
    def __init__(self, pairs):
        self.store = dict(pairs)
    def contents(self, uri):
        return self.store[uri]

def build_registry():
    if Registry is None:
        global Resource, DRAFT7, DRAFT202012
        Resource = lambda d, spec: d
        DRAFT7 = DRAFT202012 = None
    res = []
    cdx = os.path.join(S, "cyclonedx")
    for n in ("bom-1.4.schema.json", "bom-1.5.schema.json", "bom-1.6.schema.json",
              "spdx.schema.json", "jsf-0.82.schema.json"):
        d = load(os.path.join(cdx, n))
        res.append(("http://cyclonedx.org/schema/" + n, Resource(d, DRAFT7)))
    d = load(os.path.join(S, "spdx", "spdx-schema.json"))
    res.append((d["$id"], Resource(d, DRAFT7)))
    for v in ("2.0", "3.0", "3.1"):
        d = load(os.path.join(S, "csaf", "cvss-v%s.json" % v))
        r = Resource(d, DRAFT202012)
        # the CSAF schema refers to the URL without the ?date query that the $id carries
        res.append(("https://www.first.org/cvss/cvss-v%s.json" % v, r))
        res.append((d["$id"], r))
    d = load(os.path.join(S, "csaf", "csaf_json_schema.json"))
    res.append((d["$id"], Resource(d, DRAFT202012)))
    return Registry().with_resources(res) if Registry is not None else _Store(res)

REG = build_registry()
SCHEMAS = {
    "cdx-1.4": (Draft7Validator, "http://cyclonedx.org/schema/bom-1.4.schema.json"),
    "cdx-1.5": (Draft7Validator, "http://cyclonedx.org/schema/bom-1.5.schema.json"),
    "cdx-1.6": (Draft7Validator, "http://cyclonedx.org/schema/bom-1.6.schema.json"),
    "spdx-2.3": (Draft7Validator, "http://spdx.org/rdf/terms/2.3"),
    "csaf-2.0": (Draft202012Validator, "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json"),
}

def validate_json(path, key):
    cls, uri = SCHEMAS[key]
    schema = REG.contents(uri)
    if Registry is not None:
        v = cls(schema, registry=REG, format_checker=FormatChecker())
    else:
        from jsonschema import RefResolver
        v = cls(schema, resolver=RefResolver(uri, schema, store=REG.store), format_checker=FormatChecker())
    try:
        doc = load(path)
    except (ValueError, RecursionError) as e:
        return False, "not parseable: %s" % type(e).__name__
    errs = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if not errs:
        return True, "valid"
    e = errs[0]
    return False, "%d error(s), first at /%s: %s" % (
        len(errs), "/".join(map(str, e.absolute_path)), e.message[:160])

def validate_xml(path, xsd):
    # map the CycloneDX spdx import (schemaLocation="http://cyclonedx.org/schema/spdx") to the local file
    cat = tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False)
    cat.write('<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n'
              '  <uri name="http://cyclonedx.org/schema/spdx" uri="file://%s"/>\n'
              '  <system systemId="http://cyclonedx.org/schema/spdx" uri="file://%s"/>\n</catalog>\n'
              % (os.path.join(S, "cyclonedx", "spdx.xsd"), os.path.join(S, "cyclonedx", "spdx.xsd")))
    cat.close()
    env = dict(os.environ, XML_CATALOG_FILES=cat.name)
    p = subprocess.run(["xmllint", "--nonet", "--noout", "--schema",
                        os.path.join(S, "cyclonedx", xsd), path],
                       capture_output=True, text=True, env=env, timeout=120)
    os.unlink(cat.name)
    msg = (p.stderr.strip().splitlines() or [""])[-1]
    return p.returncode == 0, msg[:200]

def check_tag_value(path, json_twin):
    """No SPDX tag-value validator is packaged for Debian 12, so compare the NTIA-relevant fields of the
    tag-value file with its JSON twin (which the SPDX 2.3 schema has validated)."""
    pk, rels, doc, cur = {}, set(), {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or ": " not in line:
                continue
            tag, val = line.split(": ", 1)
            if tag == "PackageName":
                cur = {"name": val}
            elif tag == "SPDXID" and cur is not None:
                pk[val] = cur
            elif tag == "PackageVersion":
                cur["versionInfo"] = val
            elif tag == "PackageSupplier":
                cur["supplier"] = val
            elif tag == "ExternalRef" and val.startswith("PACKAGE-MANAGER purl "):
                cur["purl"] = val.split(" ", 2)[2]
            elif tag == "Relationship":
                rels.add(tuple(val.split(" ")))
            elif tag in ("Creator",):
                doc.setdefault("creators", []).append(val)
            elif tag in ("Created", "SPDXVersion", "DocumentName", "DocumentNamespace"):
                doc[tag] = val
    j = load(json_twin)
    want_pk = {p["SPDXID"]: {"name": p["name"], "versionInfo": p["versionInfo"], "supplier": p["supplier"],
                             "purl": p["externalRefs"][0]["referenceLocator"]} for p in j["packages"]}
    want_rel = {(r["spdxElementId"], r["relationshipType"], r["relatedSpdxElement"]) for r in j["relationships"]}
    problems = []
    if pk != want_pk: problems.append("packages differ")
    if rels != want_rel: problems.append("relationships differ")
    if doc.get("creators") != j["creationInfo"]["creators"]: problems.append("creators differ")
    if doc.get("Created") != j["creationInfo"]["created"]: problems.append("created differs")
    if doc.get("SPDXVersion") != j["spdxVersion"]: problems.append("version differs")
    return (not problems), ("same packages, relationships, creators, created as %s" % os.path.basename(json_twin)
                            if not problems else "; ".join(problems))

def check_security_txt(path, now=None):
    """Minimal RFC 9116 checks: Contact present, exactly one Expires, RFC 3339 and in the future.
    A cleartext-signed file is unwrapped first (the signature itself is checked by gpg/make.sh)."""
    import datetime, re
    now = now or datetime.datetime.now(datetime.timezone.utc)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if lines and lines[0] == "-----BEGIN PGP SIGNED MESSAGE-----":
        body = lines[lines.index("") + 1:lines.index("-----BEGIN PGP SIGNATURE-----")]
        lines = [l[2:] if l.startswith("- ") else l for l in body]
    fields = [l.split(":", 1) for l in lines if l and not l.startswith("#") and ":" in l]
    contacts = [v.strip() for k, v in fields if k.lower() == "contact"]
    expires = [v.strip() for k, v in fields if k.lower() == "expires"]
    problems = []
    if not contacts: problems.append("no Contact")
    if len(expires) != 1: problems.append("%d Expires fields" % len(expires))
    for e in expires:
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", e):
            problems.append("Expires %r is not an RFC 3339 date-time" % e)
        elif datetime.datetime.fromisoformat(e.replace("Z", "+00:00")) <= now:
            problems.append("expired on %s" % e)
    return (not problems), ("; ".join(problems) or "Contact x%d, Expires %s" % (len(contacts), expires[0]))

# (file relative to this folder, checker, schema, expected-valid)
CHECKS = [
    ("sbom/npm-cyclonedx.json", "json", "cdx-1.5", True),
    ("sbom/npm-spdx.json", "json", "spdx-2.3", True),
    ("sbom/npm-cyclonedx.xml", "xml", "bom-1.5.xsd", True),
    ("sbom/cyclonedx-1.6-good.json", "json", "cdx-1.6", True),
    ("sbom/cyclonedx-1.4-good.xml", "xml", "bom-1.4.xsd", True),
    ("sbom/spdx-2.3-good.json", "json", "spdx-2.3", True),
    ("sbom/cyclonedx-no-versions.json", "json", "cdx-1.5", True),
    ("sbom/cyclonedx-wrong-product.json", "json", "cdx-1.5", True),
    ("sbom/not-json.json", "json", "cdx-1.5", False),
    ("sbom/truncated.json", "json", "cdx-1.6", False),
    ("sbom/deep-nesting.json", "json", "cdx-1.5", False),
    ("sbom/spdx-2.3-good.spdx", "tv", "sbom/spdx-2.3-good.json", True),
    ("securitytxt/good.txt", "sectxt", "rfc9116", True),
    ("securitytxt/signed.txt", "sectxt", "rfc9116", True),
    ("securitytxt/expired.txt", "sectxt", "rfc9116", False),
    ("securitytxt/missing-contact.txt", "sectxt", "rfc9116", False),
    ("securitytxt/two-expires.txt", "sectxt", "rfc9116", False),
    ("securitytxt/bad-expires.txt", "sectxt", "rfc9116", False),
    ("csaf/good-advisory.json", "json", "csaf-2.0", True),
    ("csaf/missing-tracking.json", "json", "csaf-2.0", False),
    ("csaf/wrong-version.json", "json", "csaf-2.0", False),
]

def main():
    extra = [(a.split(":")[0], "json", a.split(":")[1], True) for a in sys.argv[1:]]
    ok = bad = 0
    for rel, kind, key, expect in CHECKS + extra:
        path = rel if os.path.isabs(rel) else os.path.join(HERE, rel)
        if not os.path.exists(path):
            print("MISSING  %s" % rel); bad += 1; continue
        if kind == "json":
            valid, msg = validate_json(path, key)
        elif kind == "xml":
            valid, msg = validate_xml(path, key)
        elif kind == "sectxt":
            valid, msg = check_security_txt(path)
        else:
            valid, msg = check_tag_value(path, os.path.join(HERE, key))
        good = valid == expect
        ok += good; bad += not good
        print("%-5s %-36s %-11s expected %-7s got %-7s %s" % (
            "ok" if good else "FAIL", rel, key, "valid" if expect else "invalid",
            "valid" if valid else "invalid", msg))
    print("%d passed, %d failed" % (ok, bad))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
