"""Do the shown outputs hold on another CPU? Run every snippet again on torch's plain kernels.

torch picks its CPU kernels (AVX-512, AVX2, …) at start-up; `ATEN_CPU_CAPABILITY=default`
makes it use the plain ones, which sum floats in another order. Matrix products do not go
through those kernels but through oneDNN and MKL, which choose their own instructions, so
they are capped at AVX2 too: on an AVX-512 machine, ATen's setting alone left bfloat16
results unchanged. An output that still holds there (at its shown precision,
course.outputs) holds on the CPUs readers and CI machines have. Results go to the
portability slot of each snippet's record and onto its badge.

    python -m course portability      # exit 1 and list every output beyond tolerance
    ATEN_CPU_CAPABILITY=avx2 python -m course portability   # as an AVX2-only machine runs
"""

from __future__ import annotations

import os
import subprocess
import sys

from course import REPO, records


PLAIN_KERNELS = {
    "ATEN_CPU_CAPABILITY": "default",  # torch's own vectorised kernels: the plain ones
    "ONEDNN_MAX_CPU_ISA": "AVX2",  # oneDNN (bfloat16 and int8 matmuls): no AVX-512
    "MKL_ENABLE_INSTRUCTIONS": "AVX2",  # MKL (float32 matmuls): no AVX-512
}


def run(extra: list[str]) -> int:
    env = {**PLAIN_KERNELS, **os.environ, "COURSE_PORTABILITY": "1"}  # a kernel setting already made wins

    cmd = [sys.executable, "-m", "pytest", "tests/test_snippets.py", "-q", "-p", "no:randomly", *extra]
    tests = subprocess.run(cmd, cwd=REPO, env=env).returncode
    return 1 if report() or tests else 0


def report() -> int:
    recs = records.load()
    checked, bad = 0, []
    for name, entry in sorted(recs.items()):
        port = entry.get(records.PORTABILITY)
        if not name.startswith("snippets/") or not port:
            continue
        current = (REPO / name).exists() and records.file_sha256(REPO / name) == port.get("sha256")
        if not current:
            continue
        checked += 1
        if port.get("status") != "passed":
            bad.append((name, port.get("problems") or ["(the run failed; see the pytest output above)"]))
    total = len(list((REPO / "snippets").rglob("*.py")))
    print(f"\nportability: {checked} of {total} snippets re-run on plain kernels "
          f"({port_capability(recs)}); {len(bad)} with outputs beyond tolerance")
    for name, problems in bad:
        print(f"  {name}")
        for p in problems:
            print(f"      {p}")
    if checked < total:
        print(f"  ({total - checked} not re-run on plain kernels yet: a shard, or a failed run)")
    return 1 if bad else 0


def port_capability(recs: dict) -> str:
    caps = {e[records.PORTABILITY].get("capability") for e in recs.values() if records.PORTABILITY in e}
    return ", ".join(sorted(c for c in caps if c)) or "none"
