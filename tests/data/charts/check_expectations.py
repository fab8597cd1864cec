#!/usr/bin/env python3
"""Checks that `planforge validate FILE` reports every `<!-- expect: SEVERITY MESSAGE -->` written
in FILE (the message may be a prefix of the reported one) and no other error.

usage: check_expectations.py PLANFORGE FILE.xml...   (exit 0 when all match)"""
import re, subprocess, sys

def main():
    exe, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        expected = re.findall(r"<!-- expect: (error|warning) (.*?) -->", text)
        out = subprocess.run([exe, "validate", path], capture_output=True, text=True)
        reported = re.findall(r"^\S+:\d+:\d+: (error|warning): (.*)$", out.stdout + out.stderr, re.M)
        for sev, msg in expected:
            if not any(s == sev and m.startswith(msg) for s, m in reported):
                print(f"{path}: missing {sev}: {msg}"); failed += 1
        for sev, msg in reported:
            if not any(s == sev and msg.startswith(m) for s, m in expected):
                print(f"{path}: unexpected {sev}: {msg}"); failed += 1
    print(f"{sum(1 for _ in files)} files, {failed} mismatch(es)")
    return 1 if failed else 0

sys.exit(main())
