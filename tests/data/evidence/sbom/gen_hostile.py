#!/usr/bin/env python3
"""Regenerates the hostile SBOM fixtures in this folder (deterministic).

not-json.json      printable random text (fixed seed), not JSON at all
truncated.json     cyclonedx-1.6-good.json cut off in the middle of the components array
deep-nesting.json  a JSON array nested 100000 levels deep: '[' * 100000 + ']' * 100000
"""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(20261127)
alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-_()/\n"
text = "".join(rng.choice(alphabet) for _ in range(2048))
with open(os.path.join(HERE, "not-json.json"), "w", newline="\n") as f:
    f.write(text + "\n")

with open(os.path.join(HERE, "cyclonedx-1.6-good.json"), encoding="utf-8") as f:
    good = f.read()
cut = good.index('"name": "openssl"')  # inside the third component
with open(os.path.join(HERE, "truncated.json"), "w", encoding="utf-8", newline="\n") as f:
    f.write(good[:cut + len('"name": "open')])   # no closing quote, brackets or newline

DEPTH = 100000
with open(os.path.join(HERE, "deep-nesting.json"), "w", newline="\n") as f:
    f.write("[" * DEPTH + "]" * DEPTH + "\n")
