#!/usr/bin/env python3
"""Turns measure.py's JSON lines (standard input) into rows of docs/performance.md's table.

    measure.py ... | table_rows.py FILES JOBS
"""
import json
import sys

files, jobs = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    r = json.loads(line)
    if r["name"] == "baseline":
        print(f"| {files} | baseline | - | {r['cpu_s']:.3f} s | 1.00x | 1.00x | |")
    else:
        print(f"| {files} | {r['name']} | {jobs} | {r['cpu_s']:.3f} s | {r['ratio']:.2f}x | {r['wall_ratio']:.2f}x | "
              f"{r['peak_rss_mib']:.0f} MiB |")
