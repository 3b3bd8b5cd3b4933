#!/usr/bin/env python3
"""Writes huge-components.json: a valid CycloneDX 1.5 JSON SBOM with 10,000 components (~20 MB).

Deterministic: no clock, no randomness; every value is derived from the component index, so two runs
produce byte-identical files (check with sha256sum). Do not commit the output (it is in .gitignore).

Usage: python3 gen_big_sbom.py [OUTPUT]        (default: huge-components.json next to this script)
"""
import hashlib, json, os, sys

N = 10_000
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                           "huge-components.json")
SUPPLIERS = ["Northwind Automation", "Helios Controls", "Coriander Robotics", "Tessellate Energy",
             "Bramble Industrial", "Quayside Systems"]
LICENSES = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "MPL-2.0", "Zlib", "BSL-1.0", "LGPL-2.1-or-later"]
TYPES = ["library", "library", "library", "framework", "application", "firmware"]

def component(i):
    name = "component-%05d" % i
    version = "%d.%d.%d" % (1 + i % 7, (i // 7) % 13, (i // 91) % 29)
    ref = "%s@%s" % (name, version)
    seed = hashlib.sha512(ref.encode()).hexdigest()
    supplier = SUPPLIERS[i % len(SUPPLIERS)]
    host = supplier.split()[0].lower() + ".example"
    return {
        "bom-ref": ref,
        "type": TYPES[i % len(TYPES)],
        "supplier": {"name": supplier, "url": ["https://%s" % host]},
        "author": supplier + " engineering",
        "name": name,
        "version": version,
        "description": ("Synthetic component number %d of %d, generated for parser load tests. " % (i, N)) * 2,
        "scope": "required",
        "hashes": [{"alg": "SHA-256", "content": hashlib.sha256(ref.encode()).hexdigest()},
                   {"alg": "SHA-512", "content": seed}],
        "licenses": [{"license": {"id": LICENSES[i % len(LICENSES)]}}],
        "cpe": "cpe:2.3:a:%s:%s:%s:*:*:*:*:*:*:*" % (supplier.split()[0].lower(), name, version),
        "purl": "pkg:generic/%s/%s@%s" % (supplier.split()[0].lower(), name, version),
        "externalReferences": [
            {"type": "website", "url": "https://%s/components/%s" % (host, name)},
            {"type": "vcs", "url": "https://git.%s/%s.git" % (host, name)},
            {"type": "distribution", "url": "https://downloads.%s/%s-%s.tar.gz" % (host, name, version),
             "hashes": [{"alg": "SHA-256", "content": hashlib.sha256((ref + "/dist").encode()).hexdigest()}]},
        ],
        "properties": [{"name": "sbdscore:test:index", "value": str(i)},
                       {"name": "sbdscore:test:seed", "value": seed[:64]}],
    }

def main():
    comps = [component(i) for i in range(N)]
    deps = [{"ref": "big-product@1.0.0", "dependsOn": [c["bom-ref"] for c in comps[:50]]}]
    for i, c in enumerate(comps):
        deps.append({"ref": c["bom-ref"],
                     "dependsOn": sorted({comps[j]["bom-ref"] for j in (2 * i + 1, 2 * i + 2) if j < N})})
    bom = {
        "$schema": "http://cyclonedx.org/schema/bom-1.5.schema.json",
        "bomFormat": "CycloneDX", "specVersion": "1.5",
        "serialNumber": "urn:uuid:00000000-0000-4000-8000-000000010000", "version": 1,
        "metadata": {"timestamp": "2026-01-01T00:00:00Z",
                     "authors": [{"name": "sbdscore test generator"}],
                     "component": {"bom-ref": "big-product@1.0.0", "type": "application",
                                   "supplier": {"name": "Northwind Automation"},
                                   "name": "Big Product", "version": "1.0.0"},
                     "supplier": {"name": "Northwind Automation"}},
        "components": comps,
        "dependencies": deps,
    }
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        json.dump(bom, f, indent=2)
        f.write("\n")
    print("%s: %d components, %d bytes" % (OUT, N, os.path.getsize(OUT)))

if __name__ == "__main__":
    main()
