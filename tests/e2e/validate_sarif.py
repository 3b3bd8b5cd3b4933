#!/usr/bin/env python3
"""Validates SARIF files against the official SARIF 2.1.0 JSON schema.

    validate_sarif.py SCHEMA FILE...

The OASIS schema declares JSON Schema draft-04, so it is checked with the validator it names
(Draft4Validator) and, as the project asks, with the Draft-07 validator too; both must accept.
Exit 0 when every file is valid, 1 otherwise (each error printed with its JSON path)."""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validators = [jsonschema.validators.validator_for(schema), jsonschema.Draft7Validator]
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for cls in validators:
            cls.check_schema(schema)
            errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
            for e in errors:
                where = "/".join(str(p) for p in e.absolute_path)
                print(f"{path}: {cls.__name__}: /{where}: {e.message}", file=sys.stderr)
            failed = failed or bool(errors)
        results = sum(len(run.get("results") or []) for run in doc.get("runs") or [])
        if not failed:
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
