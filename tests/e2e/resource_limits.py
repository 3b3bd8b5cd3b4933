#!/usr/bin/env python3
"""Every hostile response file is accepted or refused within 2 s of CPU and 256 MiB (issue 13).

    resource_limits.py BIN SOURCE_DIR

Writes the files of adversarial_responses.py, then runs `evaluate` with JSON and HTML reports (the
costliest outputs) on each file alone and on a folder holding all of them and the examples, under
an address-space limit of 256 MiB and a CPU limit well above the target. Checks that each run ends
with a verdict or a located error (exit 0-2, never a signal or exit 3), that its CPU time and peak
memory are within the target, and that in the folder the examples are still scored. The CPU target
is multiplied by SBD_CPU_SCALE when set (a sanitizer build runs several times slower).
"""
import json
import os
import resource
import subprocess
import sys
import tempfile

MiB = 1024 * 1024
CPU_TARGET = 2.0 * float(os.environ.get("SBD_CPU_SCALE", "1"))
MEMORY_TARGET = 256 * MiB


def limited():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_TARGET, MEMORY_TARGET))
    hard = int(CPU_TARGET * 10) + 10
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))


def run(args, cwd):
    """Runs args under the limits: (exit status or -signal, CPU seconds, peak RSS bytes, stderr)."""
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=limited)
        _, status, usage = os.wait4(child.pid, 0)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    return code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, text


def main():
    binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "responses")
        subprocess.run([sys.executable, os.path.join(source, "tests/e2e/adversarial_responses.py"),
                        os.path.join(source, "examples/helios-hc-rtu400.yaml"), folder], check=True)
        hostile = sorted(os.listdir(folder))
        outputs = ["-o", f"json={work}/out.json", "-o", f"html={work}/out.html"]

        def check(label, code, cpu, rss, err, cpu_limit):
            line = f"{label}: exit {code}, {cpu:.2f} s CPU, {rss / MiB:.0f} MiB"
            print(line)
            if code < 0 or code > 2:
                failures.append(f"{line}: ended by {'signal ' + str(-code) if code < 0 else 'exit ' + str(code)}: {err[:300]}")
            if cpu > cpu_limit:
                failures.append(f"{line}: over {cpu_limit:.1f} s of CPU")
            if rss > MEMORY_TARGET:
                failures.append(f"{line}: over {MEMORY_TARGET // MiB} MiB")

        for name in hostile:
            code, cpu, rss, err = run([binary, "evaluate", "-q", *outputs, os.path.join(folder, name)], work)
            check(name, code, cpu, rss, err, CPU_TARGET)
            if code == 2 and f"{name}:" not in err:
                failures.append(f"{name}: refused without a located error: {err[:300]}")

        # All of them in one folder with the examples: each still costs its share at most, and the
        # examples are still scored.
        examples = sorted(f for f in os.listdir(os.path.join(source, "examples")) if f.endswith(".yaml"))
        for f in examples:
            with open(os.path.join(source, "examples", f), "rb") as src, open(os.path.join(folder, f), "wb") as dst:
                dst.write(src.read())
        code, cpu, rss, err = run([binary, "evaluate", "-q", *outputs, folder], work)
        check(f"folder of {len(hostile)} hostile files and {len(examples)} examples", code, cpu, rss, err,
              CPU_TARGET * (len(hostile) + len(examples)))
        try:
            report = json.load(open(os.path.join(work, "out.json"), encoding="utf-8"))
            scored = [r for r in report["results"] if r["verdict"] != "INVALID"]
            names = {os.path.basename(r["file"]) for r in scored}
            missing = [f for f in examples if f not in names]
            if missing:
                failures.append(f"folder: examples not scored: {missing}")
        except (OSError, ValueError, KeyError) as e:
            failures.append(f"folder: no JSON report to read: {e}")

        # The same limits guard waivers (and packs and profiles: one reader).
        waivers = os.path.join(work, "waivers.yaml")
        with open(os.path.join(folder, "alias-evidence.yaml"), encoding="utf-8") as f:
            bomb = f.read().split("answers:", 1)[1]
        with open(waivers, "w", encoding="utf-8") as f:
            f.write("waivers:\n  - criterion: DEF-01\n    reason: [&s \"" + "w" * 65536 + "\", " + ", ".join(["*s"] * 20000) + "]\n")
        code, cpu, rss, err = run([binary, "evaluate", "-q", "--waivers", waivers, os.path.join(source, "examples")], work)
        check("waivers with aliases", code, cpu, rss, err, CPU_TARGET)
        if code != 2 or "waivers.yaml:3:" not in err or "aliases expand" not in err:
            failures.append(f"waivers with aliases: expected a located expansion error, exit 2; got exit {code}: {err[:300]}")

    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
