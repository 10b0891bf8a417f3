#!/usr/bin/env python3
"""Translation status of each locale against the Japanese source (locales/ja).

For every locale folder it lists, per .ftl file of the source:
  missing   ids defined in ja but not in the locale (also whole missing files),
  variables ids whose set of variables ({ $name }) differs from ja,
  obsolete  ids (or files) the locale has but ja no longer defines,
  syntax    entries the Fluent parser could not read (only when python's fluent.syntax is installed).
It exits 1 when anything is missing, a variable set differs or a file has syntax errors; obsolete ids alone
are reported but do not fail, so that a catch-up run shows the whole picture first.

  scripts/l10n-status.py                      every folder under locales/ except ja
  scripts/l10n-status.py ko vi                only those locales/ folders
  scripts/l10n-status.py --staging DIR        every folder under DIR, compared with locales/ja
  scripts/l10n-status.py --staging DIR ko     only DIR/ko
  --ids                                       print only the missing ids, one "file id" per line (for scripting)
"""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "ja"

# A message or term starts in column 0; its value and attributes continue on indented lines.
ENTRY = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*)[ \t]*=")
VARIABLE = re.compile(r"\{[^}\"]*?\$([A-Za-z][A-Za-z0-9_-]*)")


def parse(path):
    """id -> set of variables, in file order; plus a list of ids defined twice."""
    entries, duplicates, current = {}, [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            # A blank line does not end a multiline value in Fluent, but a comment does.
            if line.startswith("#"):
                current = None
            continue
        m = ENTRY.match(line)
        if m:
            current = m.group(1)
            if current in entries:
                duplicates.append(current)
            entries.setdefault(current, set())
        elif not line[0].isspace() and not line.startswith("}"):
            # A select expression may close with "}" in column 0; anything else there ends the entry.
            current = None
            continue
        if current is not None:
            entries[current].update(VARIABLE.findall(line))
    return entries, duplicates


def syntax_errors(path):
    try:
        from fluent.syntax import FluentParser, ast
    except ImportError:
        return []
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    return [
        " ".join(a.message for a in j.annotations) + f" near: {j.content.strip()[:60]!r}"
        for j in resource.body
        if isinstance(j, ast.Junk)
    ]


def check(locale_dir, source_dir, only_ids):
    failed = False
    report = []
    source_files = sorted(p.name for p in source_dir.glob("*.ftl"))
    target_files = sorted(p.name for p in locale_dir.glob("*.ftl")) if locale_dir.is_dir() else []
    counts = {"messages": 0, "missing": 0, "variables": 0, "obsolete": 0, "syntax": 0}
    for name in source_files:
        src, _ = parse(source_dir / name)
        path = locale_dir / name
        if not path.exists():
            failed = True
            counts["missing"] += len(src)
            report.append(f"  {name}: missing file ({len(src)} messages; --ids lists them)")
            if only_ids:
                for i in src:
                    print(f"{name} {i}")
            continue
        tgt, dups = parse(path)
        counts["messages"] += len([i for i in tgt if i in src])
        for i, vars_ in src.items():
            if i not in tgt:
                failed = True
                counts["missing"] += 1
                report.append(f"  {name}: missing {i}")
                if only_ids:
                    print(f"{name} {i}")
            elif tgt[i] != vars_:
                failed = True
                counts["variables"] += 1
                report.append(
                    f"  {name}: variables differ in {i}: has {sorted(tgt[i])}, ja has {sorted(vars_)}"
                )
        for i in tgt:
            if i not in src:
                counts["obsolete"] += 1
                report.append(f"  {name}: obsolete {i}")
        for i in dups:
            failed = True
            report.append(f"  {name}: defined twice {i}")
        for e in syntax_errors(path):
            failed = True
            counts["syntax"] += 1
            report.append(f"  {name}: syntax error: {e}")
    for name in target_files:
        if name not in source_files:
            counts["obsolete"] += 1
            report.append(f"  {name}: obsolete file (ja has no {name})")
    return failed, counts, report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("locales", nargs="*", help="locale folder names (default: all but ja)")
    ap.add_argument("--staging", type=Path, help="check DIR/<locale> against locales/ja instead of locales/")
    ap.add_argument("--ids", action="store_true", help="print only missing ids as 'file id'")
    args = ap.parse_args()

    source_dir = ROOT / "locales" / SOURCE
    base = args.staging if args.staging else ROOT / "locales"
    if not base.is_dir():
        print(f"no such folder: {base}", file=sys.stderr)
        return 2
    # Folders whose names start with "." or "_" are a staging tree's own bookkeeping, not locales.
    locales = args.locales or sorted(
        p.name for p in base.iterdir() if p.is_dir() and p.name != SOURCE and p.name[0] not in "._"
    )
    if not locales:
        print(f"no locale folders under {base}", file=sys.stderr)
        return 2

    any_failed = False
    for locale in locales:
        failed, counts, report = check(base / locale, source_dir, args.ids)
        any_failed |= failed
        if args.ids:
            continue
        state = "INCOMPLETE" if failed else "ok"
        print(
            f"{locale}: {state} — {counts['messages']} translated, {counts['missing']} missing, "
            f"{counts['variables']} with different variables, {counts['obsolete']} obsolete"
            + (f", {counts['syntax']} syntax errors" if counts["syntax"] else "")
        )
        for line in report:
            print(line)
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
