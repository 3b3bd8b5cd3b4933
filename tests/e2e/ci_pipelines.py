#!/usr/bin/env python3
"""The example CI pipelines (examples/ci/) run as their CI would run them, against a release
served from this machine: the tarball of scripts/package.sh in DIST, at a file:// URL laid out
as a release (vN/sbdscore-N-linux-x86_64.tar.gz), with its real SHA-256 in place of the
placeholder. Each pipeline must download and check the release, score a folder of vendor
responses (the examples: two fail a gate, so the job must fail with exit 1), and leave every
report. With a wrong SHA-256, the install must stop before anything runs.

    ci_pipelines.py DIST EXAMPLES_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import yaml


def release(dist, tmp):
    """A release folder with the tarball, and the tarball's version and SHA-256."""
    version = open(os.path.join(dist, "VERSION")).read().strip()
    name = f"sbdscore-{version}-linux-x86_64.tar.gz"
    sums = dict(reversed(line.split()) for line in open(os.path.join(dist, "SHA256SUMS")) if line.strip())
    folder = os.path.join(tmp, "releases", f"v{version}")
    os.makedirs(folder)
    shutil.copy(os.path.join(dist, name), folder)
    return "file://" + os.path.join(tmp, "releases"), version, sums[name]


def repository(tmp, examples, name, invalid=False):
    """A repository holding the example responses in vendors/, as the pipelines expect; with
    `invalid`, also a response with errors (examples/invalid/broken-response.yaml)."""
    repo = os.path.join(tmp, name)
    os.makedirs(os.path.join(repo, "vendors"))
    for name in os.listdir(examples):
        if name.endswith(".yaml"):
            shutil.copy(os.path.join(examples, name), os.path.join(repo, "vendors"))
    if invalid:
        shutil.copy(os.path.join(examples, "invalid", "broken-response.yaml"), os.path.join(repo, "vendors"))
    return repo


def base_env(tmp):
    # A clean environment: only what a CI runner has, so nothing of this machine leaks in.
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8", "TMPDIR": tmp}


def run_github(workflow, url, sha256, repo, tmp):
    """Runs the `run` steps of the workflow's job like the runner does; returns each step's exit code."""
    doc = yaml.safe_load(open(workflow))
    env = base_env(tmp)
    env.update({k: str(v) for k, v in doc["env"].items()})
    env.update({"SBDSCORE_RELEASES": url, "SBDSCORE_SHA256": sha256})
    runner_temp = tempfile.mkdtemp(dir=tmp)
    files = {name: os.path.join(runner_temp, name) for name in ("output", "summary", "path")}
    for path in files.values():
        open(path, "w").close()
    env.update({"RUNNER_TEMP": runner_temp, "GITHUB_OUTPUT": files["output"],
                "GITHUB_STEP_SUMMARY": files["summary"], "GITHUB_PATH": files["path"]})
    results, outputs, failed = {}, {}, False
    (job,) = doc["jobs"].values()
    for step in job["steps"]:
        if "run" not in step:
            continue  # actions (checkout, upload) are GitHub's
        if failed and "always()" not in str(step.get("if", "")):
            continue
        script = re.sub(r"\$\{\{\s*steps\.(\w+)\.outputs\.(\w+)\s*\}\}",
                        lambda m: outputs.get(m.group(1), {}).get(m.group(2), ""), step["run"])
        step_env = dict(env)
        extra = [line.strip() for line in open(files["path"]) if line.strip()]
        step_env["PATH"] = ":".join(list(reversed(extra)) + [env["PATH"]])
        open(files["output"], "w").close()
        rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                            cwd=repo, env=step_env).returncode
        if "id" in step:
            outputs[step["id"]] = dict(line.strip().split("=", 1) for line in open(files["output"]) if "=" in line)
        results[step["name"]] = rc
        failed = failed or rc != 0
    return results, open(files["summary"]).read()


def run_gitlab(pipeline, url, sha256, repo, tmp):
    """Runs the job's before_script and script in one shell that stops at the first failure."""
    doc = yaml.safe_load(open(pipeline))
    (job,) = [v for k, v in doc.items() if isinstance(v, dict) and "script" in v]
    env = base_env(tmp)
    env.update({k: str(v) for k, v in job.get("variables", {}).items()})
    env.update({"SBDSCORE_RELEASES": url, "SBDSCORE_SHA256": sha256})
    script = "\n".join(job.get("before_script", []) + job["script"])
    return subprocess.run(["bash", "--noprofile", "--norc", "-e", "-c", script], cwd=repo, env=env).returncode


def main():
    dist, examples = sys.argv[1], sys.argv[2]
    ci = os.path.join(examples, "ci")
    github, gitlab = os.path.join(ci, "github-actions.yml"), os.path.join(ci, "gitlab-ci.yml")
    reports = ("scorecard.md", "scorecard.csv", "scorecard.json", "scorecard.xml", "scorecard.sarif")
    gitlab_reports = reports + ("codequality.json",)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        url, version, sha256 = release(dist, tmp)

        repo = repository(tmp, examples, "github")
        start = time.monotonic()
        results, summary = run_github(github, url, sha256, repo, tmp)
        print(f"github-actions.yml: steps {results} in {time.monotonic() - start:.1f} s")
        expected = {"Install sbdscore": 0, "Score the vendors": 0, "Gate": 1}
        if results != expected:
            failures.append(f"github-actions.yml: step exit codes {results}, expected {expected}")
        for report in reports:
            path = os.path.join(repo, "reports", report)
            if not os.path.exists(path) or not os.path.getsize(path):
                failures.append(f"github-actions.yml: no reports/{report}")
        if "Bramble" not in summary:
            failures.append("github-actions.yml: the job summary lacks the Markdown report")
        # An INVALID response: the step fails (exit 2), and the summary still shows every vendor.
        results, summary = run_github(github, url, sha256, repository(tmp, examples, "github-invalid", invalid=True), tmp)
        if results != {"Install sbdscore": 0, "Score the vendors": 2}:
            failures.append(f"github-actions.yml with an INVALID response: steps {results}, expected the scoring step to exit 2")
        if "INVALID" not in summary or "Bramble" not in summary:
            failures.append("github-actions.yml with an INVALID response: the job summary lacks the report")
        bad, _ = run_github(github, url, "0" * 64, repository(tmp, examples, "github-bad-sum"), tmp)
        if bad != {"Install sbdscore": 1}:
            failures.append(f"github-actions.yml with a wrong SHA-256: steps {bad}, expected the install to stop the job")

        repo = repository(tmp, examples, "gitlab")
        start = time.monotonic()
        rc = run_gitlab(gitlab, url, sha256, repo, tmp)
        print(f"gitlab-ci.yml: exit {rc} in {time.monotonic() - start:.1f} s")
        if rc != 1:
            failures.append(f"gitlab-ci.yml: the job exited {rc}, expected 1 (a vendor fails a gate)")
        for report in gitlab_reports:
            if not os.path.exists(os.path.join(repo, "reports", report)):
                failures.append(f"gitlab-ci.yml: no reports/{report}")
        repo = repository(tmp, examples, "gitlab-invalid", invalid=True)
        rc = run_gitlab(gitlab, url, sha256, repo, tmp)
        junit = os.path.join(repo, "reports", "scorecard.xml")
        if rc != 2 or not os.path.exists(junit) or "broken-response.yaml" not in open(junit).read():
            failures.append(f"gitlab-ci.yml with an INVALID response: exit {rc}, expected 2 with the JUnit report naming it")
        repo = repository(tmp, examples, "gitlab-bad-sum")
        rc = run_gitlab(gitlab, url, "0" * 64, repo, tmp)
        if rc == 0 or os.path.exists(os.path.join(repo, "reports")):
            failures.append(f"gitlab-ci.yml with a wrong SHA-256: exit {rc}, and it went on to score")

    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print(f"ok: both pipelines install sbdscore {version} from the release and gate the vendors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
