#!/usr/bin/env python3
"""Runs commands side by side and reports each one's CPU time and peak memory as measured by the
kernel (wait4: user + system time, maximum resident set size), and its CPU and wall-clock times
as ratios of a baseline's (the baseline is single-threaded: its wall time is its CPU time). Runs are interleaved (baseline, then each command, repeated), so a machine that gets
busier or quieter during the benchmark affects all of them alike; ratios are medians of the
per-round ratios. No third-party modules.

    measure.py ROUNDS BASELINE_CMD NAME=CMD [NAME=CMD ...]

Prints one JSON object per command on standard output.
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(command):
    """CPU seconds (user + system), wall seconds and peak RSS in KiB of one run of `command`."""
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(shlex.split(command), stdout=null, stderr=null, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1 is "a vendor fails a gate", a normal outcome for evaluate
        raise SystemExit(f"{command!r} exited {code}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def main():
    rounds = int(sys.argv[1])
    baseline = sys.argv[2]
    named = [arg.split("=", 1) for arg in sys.argv[3:]]
    run(baseline)  # warm the file cache
    for _, command in named:
        run(command)
    base_cpu = []
    base_wall = []
    results = {name: {"cpu": [], "wall": [], "rss": []} for name, _ in named}
    for _ in range(rounds):
        cpu, wall, _ = run(baseline)
        base_cpu.append(cpu)
        base_wall.append(wall)
        for name, command in named:
            c, w, rss = run(command)
            results[name]["cpu"].append(c)
            results[name]["wall"].append(w)
            results[name]["rss"].append(rss)
    print(json.dumps({"name": "baseline", "cpu_s": statistics.median(base_cpu), "wall_s": statistics.median(base_wall)}))
    for name, _ in named:
        r = results[name]
        print(json.dumps({
            "name": name,
            "cpu_s": statistics.median(r["cpu"]),
            "wall_s": statistics.median(r["wall"]),
            "ratio": statistics.median([c / max(b, 1e-6) for c, b in zip(r["cpu"], base_cpu)]),
            "wall_ratio": statistics.median([w / max(b, 1e-6) for w, b in zip(r["wall"], base_wall)]),
            "peak_rss_mib": max(r["rss"]) / 1024,
        }))


if __name__ == "__main__":
    main()
