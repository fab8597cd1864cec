#!/usr/bin/env python3
"""The editing-loop benchmark: how long after a save `planforge watch` has the new PDF.

    bench/watch_latency.py [--planforge build/planforge] [--saves 12] [--gap 1.5]
                           [--debounce 20] [--out /tmp/planforge-watch]

Copies examples/acme-cs into --out, starts `planforge watch plan.xml -o plan.pdf` there and,
once its first render is done and the copied files have settled (the watch keeps a font or
image only once its file is two seconds old, docs/architecture.md "Caches"), saves plan.xml
--saves times, --gap seconds apart, each save changing one word of a paragraph back and
forth, written in place as an editor does. For each save it measures, from outside, the time from the save's
close() to the watch's status line for that render (printed just after the PDF was renamed
into place), and reads from the status line the render's own time and the watch's "after the
change". Prints every save and the median, minimum and maximum, with the load average before
and after, and the watch's CPU time per render (what a render costs when the machine is
shared and wall times include waiting for a CPU): a benchmark, not a test (a busy machine gives larger figures). Stdlib only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "acme-cs"
STATUS = re.compile(r"^\[(\d+)\] .*?in (\d+) ms(?:, (\d+) ms after the change)?")


def read_status(process, number, timeout=30.0):
    """The status line of render `number` and when it was read (monotonic seconds)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the watch ended: " + process.stderr.read())
        now = time.monotonic()
        match = STATUS.match(line)
        if match and int(match.group(1)) == number:
            return now, line.strip(), match
        if line.startswith(f"[{number}] "):
            raise SystemExit("render failed: " + line)
    raise SystemExit(f"no status line for render {number} within {timeout} s")


def cpu_seconds(pid):
    """User + system CPU time of a process so far (from /proc, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--planforge", default=str(HERE.parent / "build" / "planforge"))
    parser.add_argument("--saves", type=int, default=12)
    parser.add_argument("--gap", type=float, default=1.5)
    parser.add_argument("--debounce", type=int, default=20)
    parser.add_argument("--out", default="/tmp/planforge-watch")
    args = parser.parse_args()

    root = Path(args.out)
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(EXAMPLE, root)
    plan = root / "plan.xml"
    time.sleep(2.2)  # let the copies settle, as files being edited have
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    watch = subprocess.Popen([args.planforge, "watch", str(plan), "-o", str(root / "plan.pdf"),
                              "--debounce", str(args.debounce)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    try:
        _, first, _ = read_status(watch, 1)
        print(first)
        outside, render, inside = [], [], []
        cpu_before = cpu_seconds(watch.pid)
        for i in range(args.saves):
            time.sleep(args.gap)
            # A word of a paragraph changed back and forth: what an author's small edit does
            # (one page's text, the pages after it shifted or not).
            text = plan.read_text(encoding="utf-8")
            a, b = ("nobody measures.", "nobody tracks.") if i % 2 == 0 else ("nobody tracks.", "nobody measures.")
            with open(plan, "w", encoding="utf-8") as f:
                f.write(text.replace(a, b, 1))
            saved = time.monotonic()  # after close(): the save is complete
            seen, line, match = read_status(watch, i + 2)
            outside.append((seen - saved) * 1000)
            render.append(int(match.group(2)))
            inside.append(int(match.group(3)))
            print(f"save {i + 1:2d}: {outside[-1]:6.1f} ms from the save to the status line | {line}")
        cpu = (cpu_seconds(watch.pid) - cpu_before) / args.saves * 1000
    finally:
        watch.terminate()
        watch.wait(10)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"CPU time of the watch per render (mean over the saves): {cpu:.1f} ms")
    for name, values in (("save -> PDF in place (outside)", outside), ("render (status line)", render),
                         ("after the change (status line)", inside)):
        print(f"{name:32s} median {statistics.median(values):6.1f} ms   min {min(values):6.1f}   "
              f"max {max(values):6.1f}   (n={len(values)})")


if __name__ == "__main__":
    sys.exit(main())
