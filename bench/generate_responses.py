#!/usr/bin/env python3
"""Writes N realistic vendor responses for the benchmark.

    generate_responses.py SCHEMA.json OUT_DIR N [--big K] [--seed S]

The questions come from the pack's JSON Schema (`sbdscore schema`), so every answer is one the
pack accepts: yes/partial/no, options, numbers within range, n/a only where allowed. Answers, evidence
lists (paths and URLs) and comments vary from file to file, as real submissions do; about one file
in twenty leaves a criterion blank. With --big K, K of the files carry comments that bring them to
just under the 4 MiB input limit. Every file passes `sbdscore validate` (without errors).
Deterministic for a given seed; no third-party Python modules.
"""
import json
import random
import sys

WORDS = ("control access audit update patch firmware vendor operator network segment certificate "
         "signed policy review incident disclosure backup restore encrypted session account role "
         "configuration baseline monitoring supplier release documentation hardening default").split()
LIMIT = 4 * 1024 * 1024


def quoted(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def answer_value(rng, spec):
    """A value the schema accepts, or None to leave it blank, or 'n/a' where allowed."""
    alternatives = spec["anyOf"]
    value_schema = alternatives[0]
    if "anyOf" in value_schema:  # the exact spelling first, variants the loader also reads after
        value_schema = value_schema["anyOf"][0]
    allows_na = any(a.get("const") == "n/a" for a in alternatives)
    roll = rng.random()
    if roll < 0.02:
        return None
    if allows_na and roll < 0.08:
        return "n/a"
    if "enum" in value_schema:
        options = value_schema["enum"]
        # Vendors mostly claim the best answer; the rest spread over the others.
        return options[0] if rng.random() < 0.6 else rng.choice(options)
    if value_schema.get("type") == "array":
        items = value_schema["items"]
        options = (items["anyOf"][0] if "anyOf" in items else items)["enum"]
        return rng.sample(options, rng.randint(0, len(options)))
    if value_schema.get("type") == "number":
        low = value_schema.get("minimum", 0)
        high = min(value_schema.get("maximum", 365), 365)
        return rng.randint(int(low), int(high))
    return sentence(rng, rng.randint(6, 20))  # text


def yaml_value(value):
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, int):
        return str(value)
    return quoted(value)


def response(rng, schema, index, pad_to=0):
    vendor = f"Vendor {index:05d} {rng.choice(WORDS).capitalize()} Systems"
    lines = [
        f"# Generated benchmark response {index}",
        "format: 1",
        f"pack: {schema['properties']['pack']['const']}",
        "pack_version: 1.0.0",
        f"vendor: {quoted(vendor)}",
        f"product: {quoted('Product ' + str(rng.randint(1, 999)))}",
        f"version: \"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}\"",
        f"date: 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        f"contact: security@vendor{index}.example",
        "answers:",
    ]
    for criterion, spec in schema["properties"]["answers"]["properties"].items():
        value = answer_value(rng, spec)
        if value is None:
            lines.append(f"  {criterion}: ~")
            continue
        evidence = []
        if value != "n/a" and rng.random() < 0.45:
            for _ in range(rng.randint(1, 3)):
                evidence.append(rng.choice([
                    f"https://vendor{index}.example/trust/{criterion.lower()}-{rng.randint(1, 99)}.pdf",
                    f"docs/{criterion.lower()}/{rng.choice(WORDS)}-{rng.randint(1, 9)}.pdf",
                ]))
        comment = sentence(rng, rng.randint(4, 24)) if rng.random() < 0.35 else ""
        if not evidence and not comment:
            lines.append(f"  {criterion}: {yaml_value(value)}")
            continue
        lines.append(f"  {criterion}:")
        lines.append(f"    value: {yaml_value(value)}")
        if evidence:
            lines.append("    evidence:")
            lines.extend(f"      - {quoted(e)}" for e in evidence)
        if comment:
            lines.append(f"    comment: {quoted(comment)}")
    text = "\n".join(lines) + "\n"
    if pad_to:
        # A long, real comment in the file's header: the file stays valid, near the size limit.
        filler = []
        size = len(text.encode())
        while size < pad_to:
            line = "# " + sentence(rng, 14) + "\n"
            filler.append(line)
            size += len(line)
        text = "".join(filler[:-1]) + text
    return text


def main():
    args = sys.argv[1:]
    big = 0
    seed = 1
    if "--big" in args:
        i = args.index("--big")
        big = int(args[i + 1])
        del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    schema_path, out_dir, count = args[0], args[1], int(args[2])
    schema = json.load(open(schema_path, encoding="utf-8"))
    rng = random.Random(seed)
    for index in range(count):
        pad = LIMIT - 64 * 1024 if index < big else 0
        with open(f"{out_dir}/vendor-{index:05d}.yaml", "w", encoding="utf-8") as out:
            out.write(response(rng, schema, index, pad))


if __name__ == "__main__":
    main()
