#!/usr/bin/env python3
"""Fails, listing them, when a doctest TEST_CASE name holds ';'. doctest_discover_tests hands
the names to CMake as a list, which splits at ';': ctest then runs each half by name, matches
no test case and passes with none run, so such a test silently never ran in the suite.
    test_names_check.py SOURCE_DIR"""
import re
import sys
from pathlib import Path

NAME = re.compile(r'TEST_CASE\(\s*"((?:[^"\\]|\\.)*)"', re.S)


def main():
    root = Path(sys.argv[1])
    bad, count = [], 0
    for path in sorted((root / "tests").rglob("*.cpp")):
        text = path.read_text(encoding="utf-8")
        for match in NAME.finditer(text):
            count += 1
            if ";" in match.group(1):
                line = text.count("\n", 0, match.start()) + 1
                bad.append(f"{path.relative_to(root)}:{line}: {match.group(1)}")
    for b in bad:
        print("a test name with ';' (ctest would run none of it):", b, file=sys.stderr)
    if bad:
        return 1
    print(f"{count} test case names, none with ';'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
