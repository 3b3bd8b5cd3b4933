#!/usr/bin/env python3
"""Compares two JSON scorecards of `evaluate -o json=FILE`, the places in the response files aside.

    same_scorecard.py A.json B.json

A response read from a workbook and the same response read from YAML differ only where they are
found: the file's name and SHA-256, and a place (line and column in YAML; sheet and cell, with
line and column null, in a workbook). Those keys are dropped everywhere; everything else (ranks,
verdicts, every score to the last bit, answers, evidence, comments, gates, reasons) must be equal.
Prints the first difference and exits 1 otherwise.
"""
import json
import sys

PLACES = {"file", "sha256", "line", "column", "sheet", "cell"}


def without_places(node):
    if isinstance(node, dict):
        return {k: without_places(v) for k, v in node.items() if k not in PLACES}
    if isinstance(node, list):
        return [without_places(v) for v in node]
    return node


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'the second' if key not in a else 'the first'}"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        a = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        b = json.load(f)
    if not a.get("results"):
        print(f"{sys.argv[1]}: no results")
        return 1
    difference = first_difference(without_places(a), without_places(b))
    if difference:
        print(f"{sys.argv[1]} and {sys.argv[2]} differ at {difference}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
