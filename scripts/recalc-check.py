#!/usr/bin/env python3
"""Compares every formula's cached value in a Payout workbook with LibreOffice's recalculation.

Usage: scripts/recalc-check.py WORKBOOK.xlsx CSV_DIR
CSV_DIR holds LibreOffice's per-sheet CSV export of the workbook made with recalculation on load
(see tests/Shared/LibreOffice.cs for the profile and filter). Prints the mismatches and a count;
exits 1 when any formula differs beyond 1e-9. For checks too large for the test suite
(a 20,000-person sample run).
"""
import csv, re, sys, zipfile
from decimal import Decimal, InvalidOperation

def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1, int(ref[len(letters):]) - 1

def number(text):
    text = text.strip()
    pct = text.endswith("%")
    try:
        value = Decimal(text.rstrip("%"))
    except InvalidOperation:
        return None
    return value / 100 if pct else value

book, csv_dir = sys.argv[1], sys.argv[2]
stem = book.rsplit("/", 1)[-1].rsplit(".", 1)[0]
z = zipfile.ZipFile(book)
workbook = z.read("xl/workbook.xml").decode()
names = re.findall(r'<sheet name="([^"]+)"', workbook)
checked = mismatches = 0
for i, name in enumerate(names, start=1):
    xml = z.read(f"xl/worksheets/sheet{i}.xml").decode()
    cells = re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*>(<f>.*?</f>)(?:<v>(.*?)</v>)?', xml)
    if not cells:
        continue
    with open(f"{csv_dir}/{stem}-{name.replace('&apos;', chr(39))}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for ref, formula, cached in cells:
        c, r = col_index(ref)
        actual = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
        a, b = number(cached or ""), number(actual)
        same = (round(a, 9) == round(b, 9)) if a is not None and b is not None else (cached or "") == actual
        checked += 1
        if not same:
            mismatches += 1
            if mismatches <= 20:
                print(f"{name}!{ref} {formula}: Payout {cached}, LibreOffice {actual}")
print(f"{checked} formulas checked, {mismatches} mismatches")
sys.exit(1 if mismatches else 0)
