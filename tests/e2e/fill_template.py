#!/usr/bin/env python3
"""Fills every blank of a `sbdscore template` YAML file, as a vendor would, keeping its comments.

    fill_template.py TEMPLATE SCHEMA > FILLED

The answer to each criterion comes from the JSON Schema of `sbdscore schema`: the first allowed
value (yes, or the first option), every option of a multi answer, the minimum of a number, a
sentence for text; criteria expecting evidence get a document. Header placeholders get values.
"""
import json
import re
import sys

HEADER = {
    '"<vendor name>"': '"Filltest Automation"',
    '"<product name>"': '"FT-1"',
    '"<product version>"': '"1.0.4"',
    '"<YYYY-MM-DD>"': '"2026-01-15"',
}


def exact(schema):
    """The first, exact spelling of a value schema (its other alternatives accept variants)."""
    return schema["anyOf"][0] if "anyOf" in schema else schema


def answer_for(schema, criterion_id):
    alternatives = schema["properties"]["answers"]["properties"][criterion_id]["anyOf"]
    typed = exact(alternatives[0])
    if "enum" in typed:
        return json.dumps(typed["enum"][0])
    if typed.get("type") == "array":
        return json.dumps(exact(typed["items"])["enum"])
    if typed.get("type") == "number":
        return json.dumps(typed.get("minimum", 1))
    return json.dumps("Answered by the fill_template.py test.")


def main(template_path, schema_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    current = None
    filled = 0
    for line in open(template_path, encoding="utf-8").read().splitlines():
        for placeholder, value in HEADER.items():
            if line.split("#")[0].rstrip().endswith(placeholder):
                line = line.replace(placeholder, value, 1)
        short = re.match(r"^  ([A-Z]+-[0-9]+): ~$", line)
        long_start = re.match(r"^  ([A-Z]+-[0-9]+):$", line)
        if short:
            line = f"  {short.group(1)}: {answer_for(schema, short.group(1))}"
            filled += 1
        elif long_start:
            current = long_start.group(1)
        elif current and line == "    value: ~":
            line = f"    value: {answer_for(schema, current)}"
            filled += 1
        elif current and line == "    evidence: []":
            line = f"    evidence: [docs/{current.lower()}-evidence.pdf]"
        print(line)
    expected = len(schema["properties"]["answers"]["properties"])
    if filled != expected:
        sys.exit(f"fill_template.py: filled {filled} answers, but the schema has {expected} criteria")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
