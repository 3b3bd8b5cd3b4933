#!/usr/bin/env python3
"""Independent checks of the two CI annotation formats, by their published rules.

    validate_ci_annotations.py github FILE      GitHub Actions workflow commands
    validate_ci_annotations.py codequality FILE GitLab Code Quality (Code Climate subset)

github: every line is one command `::error|warning|notice file=F[,line=N][,col=N],title=T::MESSAGE`
whose property values contain no unescaped ':' ',' CR or LF and whose message contains no CR or LF
(so no vendor text can start a command of its own). codequality: a JSON array of objects with the
fields GitLab reads (description, check_name, fingerprint, severity in GitLab's scale,
location.path relative, location.lines.begin >= 1), fingerprints unique.
"""
import json
import re
import sys

COMMAND = re.compile(r"^::(error|warning|notice) file=([^:,\r\n]+)(,line=[1-9][0-9]*)?(,col=[1-9][0-9]*)?,title=([^:,\r\n]*)::([^\r\n]*)$")
SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def check_github(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[-1] != "":
        fail("no final newline")
    for number, line in enumerate(lines[:-1], 1):
        if not COMMAND.match(line):
            fail(f"line {number} is not a well-formed workflow command: {line[:120]!r}")
    print(f"ok: {len(lines) - 1} GitHub annotations")


def check_codequality(path):
    issues = json.load(open(path, encoding="utf-8"))
    if not isinstance(issues, list):
        fail("not a JSON array")
    seen = set()
    for i, issue in enumerate(issues):
        for key, kind in (("description", str), ("check_name", str), ("fingerprint", str), ("severity", str), ("location", dict)):
            if not isinstance(issue.get(key), kind):
                fail(f"issue {i}: {key} missing or not a {kind.__name__}")
        if issue["severity"] not in SEVERITIES:
            fail(f"issue {i}: severity {issue['severity']!r}")
        location = issue["location"]
        if not isinstance(location.get("path"), str) or location["path"].startswith("/"):
            fail(f"issue {i}: location.path must be a relative path")
        begin = location.get("lines", {}).get("begin")
        if not isinstance(begin, int) or begin < 1:
            fail(f"issue {i}: location.lines.begin must be a line number")
        if issue["fingerprint"] in seen:
            fail(f"issue {i}: fingerprint {issue['fingerprint']} repeats")
        seen.add(issue["fingerprint"])
    print(f"ok: {len(issues)} Code Quality issues")


if __name__ == "__main__":
    {"github": check_github, "codequality": check_codequality}[sys.argv[1]](sys.argv[2])
