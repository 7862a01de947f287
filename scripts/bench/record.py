"""Replaces (or appends) a BEGIN/END-marked section of a benchmarks file.

Usage: python3 record.py FILE NAME SECTION_TEXT
"""
import re
import sys

path, name, section = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# Benchmarks\n\nFigures recorded by the scripts in scripts/bench/. Rerun them to refresh.\n"
pattern = re.compile(rf"<!-- BEGIN {re.escape(name)} -->.*?<!-- END {re.escape(name)} -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: section, text)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
