#!/usr/bin/env python3
"""Writes the hand-written CSAF 2.0 fixtures (deterministic). Vendor, product and CVE are fictional."""
import copy, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False); f.write("\n")

def version_branch(ver, pid):
    return {"category": "product_version", "name": ver,
            "product": {"name": "Northwind Automation NW-PLC 7 %s" % ver, "product_id": pid,
                        "product_identification_helper": {
                            "cpe": "cpe:2.3:o:northwind:nw-plc_7_firmware:%s:*:*:*:*:*:*:*" % ver,
                            "purl": "pkg:generic/northwind/nw-plc7@%s" % ver}}}

good = {
  "document": {
    "category": "csaf_security_advisory",
    "csaf_version": "2.0",
    "publisher": {"category": "vendor", "name": "Northwind Automation",
                  "namespace": "https://northwind.example",
                  "contact_details": "psirt@northwind.example"},
    "title": "NW-PLC 7: denial of service in the OPC UA server",
    "tracking": {
      "current_release_date": "2026-10-01T10:00:00.000Z",
      "id": "NWA-SA-2026-004",
      "initial_release_date": "2026-09-15T10:00:00.000Z",
      "revision_history": [
        {"date": "2026-09-15T10:00:00.000Z", "number": "1", "summary": "Initial release."},
        {"date": "2026-10-01T10:00:00.000Z", "number": "2", "summary": "Added the fixed firmware version 7.4.2."}
      ],
      "status": "final",
      "version": "2",
      "generator": {"date": "2026-10-01T09:55:00.000Z",
                    "engine": {"name": "hand-written sbdscore fixture", "version": "1.0"}}
    },
    "lang": "en",
    "distribution": {"tlp": {"label": "WHITE"}},
    "notes": [
      {"category": "summary", "title": "Summary",
       "text": "A crafted OPC UA request can stop the OPC UA server of NW-PLC 7 firmware before 7.4.2. Fictional advisory for tests."},
      {"category": "legal_disclaimer", "title": "Disclaimer",
       "text": "Test fixture for sbdscore; the vendor, product and vulnerability are invented."}
    ],
    "references": [
      {"category": "self", "summary": "This advisory (CSAF)",
       "url": "https://northwind.example/.well-known/csaf/white/2026/nwa-sa-2026-004.json"}
    ]
  },
  "product_tree": {
    "branches": [{
      "category": "vendor", "name": "Northwind Automation",
      "branches": [{
        "category": "product_name", "name": "NW-PLC 7",
        "branches": [version_branch("7.2.1", "CSAFPID-0001"), version_branch("7.4.2", "CSAFPID-0002")]
      }]
    }]
  },
  "vulnerabilities": [{
    "cve": "CVE-2026-99999",
    "cwe": {"id": "CWE-400", "name": "Uncontrolled Resource Consumption"},
    "title": "OPC UA server denial of service",
    "notes": [{"category": "description", "title": "Description",
               "text": "Malformed OPC UA CreateSession requests exhaust the session table and stop the server."}],
    "product_status": {"known_affected": ["CSAFPID-0001"], "fixed": ["CSAFPID-0002"]},
    "remediations": [{"category": "vendor_fix", "product_ids": ["CSAFPID-0001"],
                      "details": "Update the firmware to 7.4.2 or later.",
                      "url": "https://northwind.example/support/nw-plc7/firmware"}],
    "scores": [{"products": ["CSAFPID-0001"],
                "cvss_v3": {"version": "3.1",
                            "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
                            "baseScore": 7.5, "baseSeverity": "HIGH"}}],
    "threats": [{"category": "impact", "details": "Loss of the OPC UA interface until restart.",
                 "product_ids": ["CSAFPID-0001"]}]
  }]
}
dump("good-advisory.json", good)

missing = copy.deepcopy(good)
del missing["document"]["tracking"]
dump("missing-tracking.json", missing)

wrong = copy.deepcopy(good)
wrong["document"]["csaf_version"] = "1.0"
dump("wrong-version.json", wrong)
