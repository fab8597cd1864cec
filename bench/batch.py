#!/usr/bin/env python3
"""The batch benchmark: renders many plans of the example's size in one planforge run, with
one process at a time and with several, and reports wall time, CPU time and the speed-up.

    bench/batch.py [--planforge build/planforge] [--plans 200] [--jobs 1 2] [--runs 3]
                   [--out /tmp/planforge-batch]

The plans are copies of examples/acme-cs (its includes and logo too), each with its own plan
id and a few numbers changed so that no two are alike. Each configuration is run once as a
warm-up (page cache, font files), then --runs times; the median is reported. The load
average before each measurement is printed, since the machine may be shared. Stdlib only.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import sys
from pathlib import Path

from run import run_once  # one way to run and time planforge for every benchmark

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "acme-cs"


def make_plans(root: Path, count: int):
    """count copies of the example under root/clients/cNNN/, different in id and numbers."""
    shutil.rmtree(root / "clients", ignore_errors=True)
    text = (EXAMPLE / "plan.xml").read_text(encoding="utf-8")
    plans = []
    for i in range(count):
        folder = root / "clients" / f"c{i:03d}"
        shutil.copytree(EXAMPLE, folder)
        plan = text.replace('id="acme-cs"', f'id="client-{i:03d}"', 1)
        # A different renewal target and headcount per client: real plans differ.
        plan = re.sub(r'(id="k-renewal"[^>]*target=")85"', lambda m: f'{m.group(1)}{80 + i % 15}"', plan, count=1)
        plan = plan.replace('headcount="18"', f'headcount="{12 + i % 20}"', 1)
        (folder / "plan.xml").write_text(plan, encoding="utf-8")
        plans.append(str(folder / "plan.xml"))
    return plans


def children_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--planforge", default=str(HERE.parent / "build" / "planforge"))
    ap.add_argument("--plans", type=int, default=200)
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default="/tmp/planforge-batch")
    a = ap.parse_args()
    root = Path(a.out)
    root.mkdir(parents=True, exist_ok=True)
    plans = make_plans(root, a.plans)
    print(f"{a.plans} plans (copies of examples/acme-cs), {os.cpu_count()} CPUs, median of {a.runs} runs")
    print("| -j | median wall s | CPU s (all processes) | plans/s | speed-up vs -j 1 | load average before |")
    print("|---|---|---|---|---|---|")
    base = None
    for jobs in a.jobs:
        dist = root / f"dist-j{jobs}"
        cmd = [a.planforge, "render", *plans, "--out-dir", str(dist), "-j", str(jobs), "-q"]
        run_once(cmd)  # warm-up
        # run_once's usage is planforge's own: the processes it forks (-j) are taken from this
        # script's RUSAGE_CHILDREN around the run instead (children_cpu()).
        walls, cpus, loads = [], [], []
        for _ in range(a.runs):
            loads.append(os.getloadavg()[0])
            before = children_cpu()
            walls.append(run_once(cmd)[0])
            cpus.append(children_cpu() - before)
        wall = statistics.median(walls)
        base = base or wall
        pdfs = len(list(dist.glob("*.pdf")))
        if pdfs != a.plans:
            sys.exit(f"-j {jobs}: {pdfs} PDFs written, {a.plans} expected")
        print(f"| {jobs} | {wall:.2f} | {statistics.median(cpus):.2f} | {a.plans / wall:.1f} | "
              f"{base / wall:.2f}× | {statistics.median(loads):.1f} |", flush=True)


if __name__ == "__main__":
    main()
