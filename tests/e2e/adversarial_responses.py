#!/usr/bin/env python3
"""Writes hostile response files, each at most the 4 MiB input limit (issue 13, docs/security.md).

    adversarial_responses.py EXAMPLE.yaml OUT_DIR

Each file aims at one way a small file could cost a lot of memory or time: aliases that multiply
a string, duplicate keys, deep nesting, one huge scalar or line, huge lists, a flood of errors,
many documents or anchors, bytes that are not UTF-8. They start from a real response (EXAMPLE) so
that they reach the loader's deeper checks, not only the parser.
"""
import os
import sys

LIMIT = 4 * 1024 * 1024
MiB = 1024 * 1024


def header(example):
    """The example's lines up to and including `answers:`."""
    out = []
    for line in example.splitlines(keepends=True):
        out.append(line)
        if line.startswith("answers:"):
            break
    return "".join(out)


def main():
    example = open(sys.argv[1], encoding="utf-8").read()
    out_dir = sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    head = header(example)
    files = {}

    # Aliases multiplying memory: a 64 KiB string aliased 20,000 times as evidence.
    big = "x" * (64 * 1024)
    files["alias-evidence"] = (head + "  DEF-01:\n    value: yes\n    evidence: [&s \"" + big + "\", " +
                               ", ".join(["*s"] * 20000) + "]\n")
    # Aliases multiplying CPU: a 256 KiB invalid option aliased 200,000 times in a multi answer
    # (cut to the size limit).
    bad = "y" * (256 * 1024)
    aliases = ", ".join(["*o"] * 200000)
    files["alias-multi"] = (head + "  AUT-02: [&o " + bad + ", " + aliases)[: LIMIT - 2] + "]\n"
    # Below the expansion limit but many errors: 4,000 aliases of a 1 KiB invalid option.
    files["alias-errors"] = head + "  AUT-02: [&o " + "z" * 1024 + ", " + ", ".join(["*o"] * 4000) + "]\n"
    # Billion laughs: nine levels of ten aliases each.
    laughs = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        laughs.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    files["billion-laughs"] = head.replace("answers:", "x-laughs:\n  " + "\n  ".join(laughs) + "\nanswers:")
    # Duplicate keys: 49,000 of one key (just under the limit on values), and a 4 MiB file of them
    # with long values.
    files["duplicate-keys"] = head + "".join("  DEF-01: yes\n" for _ in range(49000))
    files["duplicate-keys-4mib"] = head + ("  DEF-01: " + "n" * 80 + "\n") * ((LIMIT - len(head)) // 91)
    # Deep nesting, flow and block.
    files["deep-flow"] = head + "  DEF-01: " + "[" * 200000 + "]" * 200000 + "\n"
    files["deep-block"] = head + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(1500))
    # One huge text answer, one huge line without a line break, one huge list.
    files["huge-text"] = head + "  DEF-01: yes\n  CFG-99: \"" + "t" * (LIMIT - len(head) - 40) + "\"\n"
    files["huge-line"] = "a" * (LIMIT - 1)
    files["huge-evidence-list"] = (head + "  DEF-01:\n    value: yes\n    evidence: [" +
                                   ", ".join(["e"] * ((LIMIT - len(head) - 64) // 3)) + "]\n")
    # Just under the limit on values: 99,000 evidence items, read, scored and reported.
    files["many-values"] = (head + "  DEF-01:\n    value: yes\n    evidence: [" +
                            ", ".join(f"e{i}" for i in range(99000)) + "]\n")
    # A flood of unknown criteria: every one an error, listed up to the limit.
    files["unknown-criteria"] = head + "".join(f"  ZZZ-{i:06d}: " + "u" * 70 + "\n" for i in range((LIMIT - len(head)) // 90))
    # Many documents, many anchors, many tags.
    files["many-documents"] = "---\n" * ((LIMIT - 1) // 4)
    files["many-anchors"] = head + "  DEF-01:\n    value: yes\n    evidence: [" + ", ".join(
        f"&a{i} e" for i in range((LIMIT - len(head) - 64) // 12)) + "]\n"
    files["many-tags"] = head + "  DEF-01:\n    value: yes\n    evidence: [" + ", ".join(
        "!!str e" for _ in range((LIMIT - len(head) - 64) // 9)) + "]\n"
    # Complex keys and a long key.
    files["complex-keys"] = head + "".join(f"  ? [k{i}, {i}]\n  : yes\n" for i in range(100000))
    files["long-key"] = head + "  " + "K" * (LIMIT - len(head) - 16) + ": yes\n"
    # Bytes that are not UTF-8, everywhere.
    body = (head + "  DEF-01: yes\n").encode("utf-8")
    files["not-utf8"] = body + b"  \xff\xfe: \xc3\x28\n" * ((LIMIT - len(body)) // 10)
    # Just over the limit.
    files["over-limit"] = head + "# " + "p" * (LIMIT - len(head)) + "\n"

    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        if name != "over-limit":
            assert len(data) <= LIMIT, (name, len(data))
        with open(os.path.join(out_dir, name + ".yaml"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
