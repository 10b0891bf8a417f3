#!/usr/bin/env python3
"""Validate the built-in terminology files and print / write the count tables.

Usage:
    python3 crates/kakehashi-glossary/data/check.py            # validate, print counts
    python3 crates/kakehashi-glossary/data/check.py --write     # also refresh the table in SOURCES.md

Exit status is non-zero when any file breaks the agreed format, so it can gate a commit.
"""
import pathlib
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict

HERE = pathlib.Path(__file__).resolve().parent
LOCALES = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "vi"]
DOMAINS = [
    "cell-types", "cell-sources", "products", "procedures", "manufacturing-quality", "regulation",
    "history-conditions", "symptoms", "drug-classes", "allergy-reactions", "screening-tests", "imaging",
    "consent-phrases", "anatomy-routes",
]
REVIEW = {"verified", "needs-review"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LOINC_RE = re.compile(r"^[0-9]{1,7}-[0-9]$")
# A reading is hiragana; the long-vowel mark, middle dot and spaces are allowed for loan words and phrases.
READING_RE = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30fc\u30fb ]+$")
CONCEPT_KEYS = {"id", "domain", "review", "source", "loinc", "related", "definition", "terms"}
TERM_KEYS = {"preferred", "reading", "synonyms", "avoid", "review"}

errors = []


def err(where, what):
    errors.append(f"{where}: {what}")


def loinc_check_digit_ok(code):
    # LOINC uses a mod-10 (Luhn-style) check digit; a mismatch means a typing error.
    body, check = code.split("-")
    digits = [int(c) for c in body][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(check)


def check_text(where, s):
    if not isinstance(s, str) or not s.strip():
        err(where, "empty or not a string")
        return
    if s != s.strip():
        err(where, f"leading/trailing space in {s!r}")
    if unicodedata.normalize("NFC", s) != s:
        err(where, f"not NFC: {s!r}")


def main():
    write = "--write" in sys.argv
    files = sorted(HERE.glob("*.toml"))
    if not files:
        err(str(HERE), "no .toml files")
    seen = {}
    concepts = []
    for f in files:
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001 - report any parse failure by file
            err(f.name, f"TOML parse error: {e}")
            continue
        extra = set(data) - {"concept"}
        if extra:
            err(f.name, f"unexpected top-level keys {sorted(extra)}")
        for i, c in enumerate(data.get("concept", [])):
            cid = c.get("id", f"#{i}")
            where = f"{f.name}:{cid}"
            concepts.append((f.name, c))
            for k in set(c) - CONCEPT_KEYS:
                err(where, f"unknown key {k}")
            if not isinstance(c.get("id"), str) or not ID_RE.match(c["id"]):
                err(where, "id missing or not kebab-case")
            elif cid in seen:
                err(where, f"duplicate id (also in {seen[cid]})")
            else:
                seen[cid] = f.name
            if c.get("domain") not in DOMAINS:
                err(where, f"unknown domain {c.get('domain')!r}")
            if c.get("review") not in REVIEW:
                err(where, f"review must be one of {sorted(REVIEW)}")
            check_text(where + ".source", c.get("source"))
            if "loinc" in c:
                code = c["loinc"]
                if not isinstance(code, str) or not LOINC_RE.match(code):
                    err(where, f"loinc {code!r} malformed")
                elif not loinc_check_digit_ok(code):
                    err(where, f"loinc {code} fails its check digit")
            d = c.get("definition", {})
            for loc in ("ja", "en"):
                check_text(f"{where}.definition.{loc}", d.get(loc))
            for loc in set(d) - set(LOCALES):
                err(where, f"definition in unknown locale {loc}")
            for loc, s in d.items():
                check_text(f"{where}.definition.{loc}", s)
            terms = c.get("terms", {})
            for loc in set(terms) - set(LOCALES):
                err(where, f"terms in unknown locale {loc}")
            for loc in LOCALES:
                t = terms.get(loc)
                tw = f"{where}.terms.{loc}"
                if not isinstance(t, dict):
                    err(tw, "missing")
                    continue
                for k in set(t) - TERM_KEYS:
                    err(tw, f"unknown key {k}")
                check_text(tw + ".preferred", t.get("preferred"))
                for key in ("synonyms", "avoid"):
                    vals = t.get(key, [])
                    if not isinstance(vals, list):
                        err(tw, f"{key} must be a list")
                        continue
                    for s in vals:
                        check_text(f"{tw}.{key}", s)
                    if t.get("preferred") in vals:
                        err(tw, f"preferred term repeated in {key}")
                if "review" in t and t["review"] not in REVIEW:
                    err(tw, "bad review value")
                if loc == "ja":
                    r = t.get("reading")
                    if not isinstance(r, str) or not READING_RE.match(r):
                        err(tw, f"reading missing or not hiragana: {r!r}")
                elif "reading" in t:
                    err(tw, "reading is only for ja")
    for fname, c in concepts:
        for r in c.get("related", []):
            if r not in seen:
                err(f"{fname}:{c.get('id')}", f"related id {r!r} not defined")
    # Same preferred term for two concepts in one locale is usually a copy error.
    by_pref = defaultdict(list)
    for _, c in concepts:
        for loc in LOCALES:
            p = c.get("terms", {}).get(loc, {}).get("preferred")
            if p:
                by_pref[(loc, p.lower())].append(c.get("id"))
    warnings = [f"{loc} preferred {p!r} shared by {ids}" for (loc, p), ids in by_pref.items() if len(ids) > 1]

    table = counts_table(concepts)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(table)
    print(f"{len(concepts)} concepts in {len(files)} files; {len(errors)} errors, {len(warnings)} warnings")
    if write and not errors:
        write_table(table)
    return 1 if errors else 0


def counts_table(concepts):
    per = defaultdict(Counter)
    term_nr = Counter()
    for _, c in concepts:
        per[c.get("domain")][c.get("review")] += 1
        for loc, t in c.get("terms", {}).items():
            if isinstance(t, dict) and t.get("review") == "needs-review":
                term_nr[loc] += 1
    lines = ["| domain | verified | needs-review | total |", "|---|---:|---:|---:|"]
    tv = tn = 0
    for d in DOMAINS:
        v, n = per[d]["verified"], per[d]["needs-review"]
        tv += v
        tn += n
        lines.append(f"| {d} | {v} | {n} | {v + n} |")
    lines.append(f"| **all** | **{tv}** | **{tn}** | **{tv + tn}** |")
    lines.append("")
    lines.append("Per-term `needs-review` overrides (inside otherwise verified or needs-review concepts): "
                 + ", ".join(f"{loc} {term_nr[loc]}" for loc in LOCALES) + ".")
    return "\n".join(lines)


def write_table(table):
    path = HERE / "SOURCES.md"
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        print("SOURCES.md has no counts markers; table not written")
        return
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")
    print("SOURCES.md table refreshed")


if __name__ == "__main__":
    sys.exit(main())
