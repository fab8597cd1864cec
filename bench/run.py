#!/usr/bin/env python3
"""The planforge benchmark: renders generated plans and reports wall time, CPU time and peak
memory (median of several runs after a warm-up), pages, pages per second and PDF size.

    bench/run.py [--planforge build/planforge] [--runs 5] [--out /tmp/planforge-bench]
                 [--cases size:S size:M text:10 full:10 ...]

Plans (bench/gen_plan.py), by default the four sizes S, M, L and XL: every section type,
about 10, 100, 1,000 and 5,000 pages. `text:N` is N text sections (N = 10: ≈ 100 pages),
`full:N` every section type at scale N. Pages per second is pages / median wall time.
To compare with Typst, FOP, Pandoc and WeasyPrint in one run, use the peers' harness:
    PLANFORGE=$PWD/build/planforge bash ../shared/bench-peers/run.sh 1 10
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = [("size", "S"), ("size", "M"), ("size", "L"), ("size", "XL")]


def run_once(cmd):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=dict(os.environ, SOURCE_DATE_EPOCH="1767225600"))
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} failed with exit {code}:\n{err[:2000]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(l.split()[1]) for l in out.splitlines() if l.startswith("Pages:")), 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--planforge", default=str(HERE.parent / "build" / "planforge"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="/tmp/planforge-bench")
    ap.add_argument("--cases", nargs="*", help="e.g. text:10 full:10")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    cases = [tuple(c.split(":", 1)) for c in a.cases] if a.cases else CASES
    print(f"load average before: {os.getloadavg()[0]:.1f}; {os.cpu_count()} CPUs; median of {a.runs} runs",
          file=sys.stderr)
    print("| plan | N | pages | PDF KB | KB/page | median wall s | median CPU s | pages/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for kind, n in cases:
        plan = out / f"{kind}-{n}.xml"
        pdf = out / f"{kind}-{n}.pdf"
        subprocess.run([sys.executable, str(HERE / "gen_plan.py"), kind, str(n), str(plan)], check=True)
        cmd = [a.planforge, "render", str(plan), "-o", str(pdf), "-q"]
        run_once(cmd)  # warm-up: page cache, font files
        rows = [run_once(cmd) for _ in range(a.runs)]
        med = lambda i: statistics.median(r[i] for r in rows)
        pages, kb = pages_of(pdf), pdf.stat().st_size / 1024
        print(f"| {kind} | {n} | {pages} | {kb:.0f} | {kb / max(pages, 1):.1f} | {med(0):.3f} | "
              f"{med(1):.3f} | {pages / med(0):.0f} | {med(2):.0f} |", flush=True)


if __name__ == "__main__":
    main()
