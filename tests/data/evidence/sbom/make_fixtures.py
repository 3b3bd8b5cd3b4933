#!/usr/bin/env python3
"""Writes the hand-written JSON and tag-value SBOM fixtures of this folder (deterministic: no clock, no
randomness). The XML fixtures are plain files, edited by hand. Usage: python3 make_fixtures.py [OUTDIR]"""
import json, os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
def dump(name, obj):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write('\n')

def comp(ref, name, version, supplier, purl, lic, desc, supplier_url=None, ctype='library'):
    c = {"bom-ref": ref, "type": ctype,
         "supplier": {"name": supplier}, "name": name}
    if supplier_url:
        c["supplier"]["url"] = [supplier_url]
    if version is not None:
        c["version"] = version
    c["description"] = desc
    c["licenses"] = [lic]
    c["purl"] = purl
    return c

# ---- cyclonedx-1.6-good.json: NW-PLC 7 7.2.1, Northwind Automation ----
nw = "Northwind Automation"
good16 = {
  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
  "bomFormat": "CycloneDX",
  "specVersion": "1.6",
  "serialNumber": "urn:uuid:6b1f3c2e-7a4d-4c1e-9b2a-1d5e8f0a7c42",
  "version": 1,
  "metadata": {
    "timestamp": "2026-09-15T08:00:00Z",
    "lifecycles": [{"phase": "build"}],
    "authors": [{"name": "Northwind Automation PSIRT", "email": "psirt@northwind.example"}],
    "component": {
      "bom-ref": "nw-plc7@7.2.1", "type": "firmware",
      "supplier": {"name": nw, "url": ["https://northwind.example"]},
      "manufacturer": {"name": nw, "url": ["https://northwind.example"]},
      "name": "NW-PLC 7", "version": "7.2.1",
      "description": "Firmware image of the NW-PLC 7 programmable logic controller",
      "licenses": [{"license": {"name": "Northwind Automation proprietary licence"}}],
      "purl": "pkg:generic/northwind/nw-plc7@7.2.1",
      "cpe": "cpe:2.3:o:northwind:nw-plc_7_firmware:7.2.1:*:*:*:*:*:*:*"
    },
    "manufacturer": {"name": nw, "url": ["https://northwind.example"]},
    "supplier": {"name": nw, "url": ["https://northwind.example"],
                 "contact": [{"name": "Northwind Automation PSIRT", "email": "psirt@northwind.example"}]}
  },
  "components": [
    comp("nw-runtime@7.2.1", "nw-runtime", "7.2.1", nw, "pkg:generic/northwind/nw-runtime@7.2.1",
         {"license": {"name": "Northwind Automation proprietary licence"}},
         "IEC 61131-3 runtime of the controller", "https://northwind.example"),
    comp("freertos-kernel@10.6.2", "FreeRTOS-Kernel", "10.6.2", "Amazon Web Services",
         "pkg:github/freertos/freertos-kernel@V10.6.2", {"license": {"id": "MIT"}},
         "Real-time operating system kernel"),
    comp("openssl@3.0.13", "openssl", "3.0.13", "OpenSSL Software Foundation",
         "pkg:generic/openssl@3.0.13", {"license": {"id": "Apache-2.0"}},
         "TLS and general-purpose cryptography library"),
    comp("zlib@1.3.1", "zlib", "1.3.1", "zlib project (Jean-loup Gailly, Mark Adler)",
         "pkg:generic/zlib@1.3.1", {"license": {"id": "Zlib"}}, "Compression library"),
    comp("open62541@1.3.9", "open62541", "1.3.9", "open62541 project",
         "pkg:github/open62541/open62541@v1.3.9", {"license": {"id": "MPL-2.0"}},
         "OPC UA client and server stack"),
    comp("libmodbus@3.1.10", "libmodbus", "3.1.10", "libmodbus project",
         "pkg:github/stephane/libmodbus@v3.1.10", {"license": {"id": "LGPL-2.1-or-later"}},
         "Modbus TCP and RTU protocol library"),
  ],
  "dependencies": [
    {"ref": "nw-plc7@7.2.1", "dependsOn": ["nw-runtime@7.2.1", "freertos-kernel@10.6.2"]},
    {"ref": "nw-runtime@7.2.1", "dependsOn": ["open62541@1.3.9", "libmodbus@3.1.10", "openssl@3.0.13"]},
    {"ref": "open62541@1.3.9", "dependsOn": ["openssl@3.0.13"]},
    {"ref": "openssl@3.0.13", "dependsOn": ["zlib@1.3.1"]},
    {"ref": "freertos-kernel@10.6.2", "dependsOn": []},
    {"ref": "zlib@1.3.1", "dependsOn": []},
    {"ref": "libmodbus@3.1.10", "dependsOn": []}
  ]
}
dump("cyclonedx-1.6-good.json", good16)

# ---- cyclonedx-no-versions.json: TE-Gateway 2, Tessellate Energy, components without version ----
te = "Tessellate Energy"
nov = {
  "$schema": "http://cyclonedx.org/schema/bom-1.5.schema.json",
  "bomFormat": "CycloneDX", "specVersion": "1.5",
  "serialNumber": "urn:uuid:0c9a6f1e-3d2b-4e8a-a1f4-5b7c9d2e4f60", "version": 1,
  "metadata": {
    "timestamp": "2026-07-01T12:00:00Z",
    "authors": [{"name": "Tessellate Energy product security", "email": "support@tessellate.example"}],
    "component": {"bom-ref": "te-gateway2", "type": "device",
                  "supplier": {"name": te, "url": ["https://tessellate.example"]},
                  "name": "TE-Gateway 2", "version": "2.1",
                  "purl": "pkg:generic/tessellate/te-gateway2@2.1"},
    "supplier": {"name": te, "url": ["https://tessellate.example"]}
  },
  "components": [
    {"bom-ref": "linux-kernel", "type": "operating-system", "supplier": {"name": "The Linux Foundation"},
     "name": "linux", "purl": "pkg:generic/linux"},
    {"bom-ref": "busybox", "type": "application", "supplier": {"name": "BusyBox project"},
     "name": "busybox", "purl": "pkg:generic/busybox"},
    {"bom-ref": "openssl", "type": "library", "supplier": {"name": "OpenSSL Software Foundation"},
     "name": "openssl", "purl": "pkg:generic/openssl"},
    {"bom-ref": "mosquitto", "type": "application", "supplier": {"name": "Eclipse Foundation"},
     "name": "mosquitto", "purl": "pkg:generic/mosquitto"},
    {"bom-ref": "te-dnp3-bridge", "type": "application", "supplier": {"name": te},
     "name": "te-dnp3-bridge", "purl": "pkg:generic/tessellate/te-dnp3-bridge"}
  ],
  "dependencies": [
    {"ref": "te-gateway2", "dependsOn": ["linux-kernel", "busybox", "mosquitto", "te-dnp3-bridge"]},
    {"ref": "mosquitto", "dependsOn": ["openssl"]},
    {"ref": "te-dnp3-bridge", "dependsOn": ["openssl"]}
  ]
}
dump("cyclonedx-no-versions.json", nov)

# ---- cyclonedx-wrong-product.json: valid, but describes NW-HMI 3 3.0.1 instead of NW-PLC 7 ----
wrong = json.loads(json.dumps(good16))
wrong["$schema"] = "http://cyclonedx.org/schema/bom-1.5.schema.json"
wrong["specVersion"] = "1.5"
wrong["serialNumber"] = "urn:uuid:9e2d4b61-5c3a-4f7e-8d10-2a6b4c8e0f13"
mc = wrong["metadata"]["component"]
mc.update({"bom-ref": "nw-hmi3@3.0.1", "type": "application", "name": "NW-HMI 3", "version": "3.0.1",
           "description": "Operator panel software NW-HMI 3 (not the NW-PLC 7 controller)",
           "purl": "pkg:generic/northwind/nw-hmi3@3.0.1",
           "cpe": "cpe:2.3:a:northwind:nw-hmi_3:3.0.1:*:*:*:*:*:*:*"})
del mc["manufacturer"]          # 'manufacturer' on a component is new in 1.6
del wrong["metadata"]["manufacturer"]  # metadata.manufacturer is new in 1.6
wrong["dependencies"][0]["ref"] = "nw-hmi3@3.0.1"
dump("cyclonedx-wrong-product.json", wrong)

# ---- spdx-2.3-good.json: CR-Cell Controller 3.0.0-rc2, Coriander Robotics ----
cr = "Coriander Robotics"
def pkg(spdxid, name, ver, supplier, purl, lic, desc, purpose="LIBRARY"):
    return {"SPDXID": spdxid, "name": name, "versionInfo": ver, "supplier": "Organization: " + supplier,
            "downloadLocation": "NOASSERTION", "filesAnalyzed": False,
            "licenseConcluded": lic, "licenseDeclared": lic, "copyrightText": "NOASSERTION",
            "description": desc, "primaryPackagePurpose": purpose,
            "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl",
                              "referenceLocator": purl}]}
spdx = {
  "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
  "name": "CR-Cell Controller 3.0.0-rc2",
  "documentNamespace": "https://coriander.example/spdx/cr-cell-controller-3.0.0-rc2-4f1c9a2e-8b3d-4e6f-a7c5-0d2e9b1f3a64",
  "creationInfo": {"created": "2026-08-20T10:00:00Z",
                   "creators": ["Organization: Coriander Robotics (security@coriander.example)",
                                "Person: Coriander Robotics release engineering",
                                "Tool: sbdscore-fixture-1.0"],
                   "licenseListVersion": "3.21"},
  "documentDescribes": ["SPDXRef-Package-cr-cell-controller"],
  "packages": [
    pkg("SPDXRef-Package-cr-cell-controller", "CR-Cell Controller", "3.0.0-rc2", cr,
        "pkg:generic/coriander/cr-cell-controller@3.0.0-rc2", "LicenseRef-Coriander-Proprietary",
        "Robot work-cell controller software", "APPLICATION"),
    pkg("SPDXRef-Package-eigen", "eigen", "3.4.0", "Eigen project", "pkg:generic/eigen@3.4.0",
        "MPL-2.0", "C++ linear algebra template library"),
    pkg("SPDXRef-Package-boost", "boost", "1.83.0", "Boost.org", "pkg:generic/boost@1.83.0",
        "BSL-1.0", "C++ libraries"),
    pkg("SPDXRef-Package-protobuf", "protobuf", "25.3", "Google LLC", "pkg:github/protocolbuffers/protobuf@v25.3",
        "BSD-3-Clause", "Protocol Buffers serialisation library"),
    pkg("SPDXRef-Package-openssl", "openssl", "3.0.13", "OpenSSL Software Foundation", "pkg:generic/openssl@3.0.13",
        "Apache-2.0", "TLS and general-purpose cryptography library"),
    pkg("SPDXRef-Package-zlib", "zlib", "1.3.1", "zlib project", "pkg:generic/zlib@1.3.1",
        "Zlib", "Compression library"),
  ],
  "hasExtractedLicensingInfos": [
    {"licenseId": "LicenseRef-Coriander-Proprietary", "name": "Coriander Robotics proprietary licence",
     "extractedText": "Copyright Coriander Robotics. All rights reserved. (fictional licence text for a test fixture)"}
  ],
  "relationships": [
    {"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-Package-cr-cell-controller"},
    {"spdxElementId": "SPDXRef-Package-cr-cell-controller", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-eigen"},
    {"spdxElementId": "SPDXRef-Package-cr-cell-controller", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-boost"},
    {"spdxElementId": "SPDXRef-Package-cr-cell-controller", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-protobuf"},
    {"spdxElementId": "SPDXRef-Package-cr-cell-controller", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-openssl"},
    {"spdxElementId": "SPDXRef-Package-protobuf", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-zlib"},
    {"spdxElementId": "SPDXRef-Package-openssl", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-Package-zlib"}
  ]
}
dump("spdx-2.3-good.json", spdx)

# ---- spdx-2.3-good.spdx: the same document in tag-value ----
L = ["SPDXVersion: SPDX-2.3", "DataLicense: CC0-1.0", "SPDXID: SPDXRef-DOCUMENT",
     "DocumentName: " + spdx["name"], "DocumentNamespace: " + spdx["documentNamespace"],
     "LicenseListVersion: 3.21"]
L += ["Creator: " + c for c in spdx["creationInfo"]["creators"]]
L += ["Created: " + spdx["creationInfo"]["created"], ""]
L += ["Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-cr-cell-controller", ""]
for p in spdx["packages"]:
    L += ["##### Package: " + p["name"], "",
          "PackageName: " + p["name"], "SPDXID: " + p["SPDXID"], "PackageVersion: " + p["versionInfo"],
          "PackageSupplier: " + p["supplier"], "PackageDownloadLocation: NOASSERTION",
          "FilesAnalyzed: false", "PrimaryPackagePurpose: " + p["primaryPackagePurpose"],
          "PackageLicenseConcluded: " + p["licenseConcluded"], "PackageLicenseDeclared: " + p["licenseDeclared"],
          "PackageCopyrightText: NOASSERTION", "PackageDescription: <text>" + p["description"] + "</text>",
          "ExternalRef: PACKAGE-MANAGER purl " + p["externalRefs"][0]["referenceLocator"], ""]
L += ["##### Other licensing information", "",
      "LicenseID: LicenseRef-Coriander-Proprietary",
      "ExtractedText: <text>" + spdx["hasExtractedLicensingInfos"][0]["extractedText"] + "</text>",
      "LicenseName: Coriander Robotics proprietary licence", "",
      "##### Relationships", ""]
L += ["Relationship: %s %s %s" % (r["spdxElementId"], r["relationshipType"], r["relatedSpdxElement"])
      for r in spdx["relationships"][1:]]
with open(os.path.join(OUT, "spdx-2.3-good.spdx"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(L) + "\n")
