#!/usr/bin/env python3
"""Checks response files against the JSON Schema of `sbdscore schema`.

    validate_with_schema.py SCHEMA --valid FILE... [--invalid FILE...]

Every --valid file must pass the schema and every --invalid file must fail it. Files are read as
YAML 1.2 reads them (as editors using yaml-language-server do): `yes`/`no` and dates stay strings.
"""
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader without its YAML 1.1 surprises: yes/no/on/off as booleans, dates."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|false)$"), list("tf"))


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = yaml.safe_load(f)  # JSON is YAML
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    expect_valid = True
    failures = 0
    checked = 0
    for arg in argv[2:]:
        if arg in ("--valid", "--invalid"):
            expect_valid = arg == "--valid"
            continue
        with open(arg, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Yaml12Loader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        checked += 1
        if expect_valid and errors:
            failures += 1
            print(f"FAIL {arg}: expected to pass the schema, but:")
            for e in errors[:10]:
                print(f"  at {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:200]}")
        elif not expect_valid and not errors:
            failures += 1
            print(f"FAIL {arg}: expected to fail the schema, but it passes")
        else:
            where = ", ".join(sorted({"/".join(map(str, e.absolute_path)) or "(top)" for e in errors}))
            print(f"ok {arg}" + (f" (fails at: {where})" if errors else ""))
    if checked == 0:
        print("FAIL: no files checked")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
