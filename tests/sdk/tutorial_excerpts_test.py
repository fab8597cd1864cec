#!/usr/bin/env python3
"""docs/plugins.md is a tutorial built on examples/balanced-scorecard: every code block led by
an `<!-- excerpt: PATH -->` line must stand in PATH (relative to the source folder), its lines
in order and each as written, up to a common indentation. A line that is only an elision mark
(`// …`, `# …`, `<!-- … -->`) stands for any number of lines left out. So the tutorial
cannot drift from the example it teaches, which the SDK test builds and renders.
    tutorial_excerpts_test.py SOURCE_DIR"""
import re
import sys
from pathlib import Path

ELISION = {"// …", "# …", "<!-- … -->"}


def excerpts(markdown):
    """(path, line number of the block, lines of the block) for each marked code block."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        marker = re.fullmatch(r"<!-- excerpt: (\S+) -->", line.strip())
        if not marker:
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith("```"):
            yield marker.group(1), i + 1, None
            continue
        end = next((k for k in range(i + 2, len(lines)) if lines[k].startswith("```")), len(lines))
        yield marker.group(1), i + 2, lines[i + 2:end]


def segments(block):
    """The runs of lines between elision marks."""
    run = []
    for line in block:
        if line.strip() in ELISION:
            if run:
                yield run
            run = []
        else:
            run.append(line)
    if run:
        yield run


def find_run(run, source, start):
    """The first place at or after `start` where `run` stands in `source` under one extra
    indentation (blank lines match blank lines); None if nowhere."""
    first = run[0]
    for at in range(start, len(source) - len(run) + 1):
        if not source[at].endswith(first.lstrip()) or not first.strip():
            continue
        indent = source[at][: len(source[at]) - len(first)]
        if indent.strip() or not source[at].startswith(indent):
            continue
        if all((not want.strip() and not have.strip()) or have == indent + want
               for want, have in zip(run, source[at:at + len(run)])):
            return at + len(run)
    return None


def main():
    root = Path(sys.argv[1])
    markdown = (root / "docs/plugins.md").read_text(encoding="utf-8")
    failures, count = [], 0
    for path, line, block in excerpts(markdown):
        count += 1
        if block is None:
            failures.append(f"docs/plugins.md:{line}: an excerpt mark without a code block after it")
            continue
        source = (root / path).read_text(encoding="utf-8").split("\n")
        at = 0
        for run in segments(block):
            found = find_run(run, source, at)
            if found is None:
                failures.append(f"docs/plugins.md:{line}: not in {path} (in order, as written): {run[0].strip()!r}"
                                + (f" … ({len(run)} lines)" if len(run) > 1 else ""))
                break
            at = found
    if count < 8:
        failures.append(f"docs/plugins.md has {count} marked excerpts; the tutorial has at least 8")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    if failures:
        return 1
    print(f"tutorial excerpts: {count} found verbatim in the example")
    return 0


if __name__ == "__main__":
    sys.exit(main())
