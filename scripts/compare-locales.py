#!/usr/bin/env python3
"""Runs Mozilla's compare-locales over locales/ (Japanese is the reference) and fails on any
missing, obsolete or erroneous message. compare-locales itself exits 0 in those cases, so its JSON
report is read instead. The locales compared are every folder under locales/ except ja."""
import json, os, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
locales = sorted(p.name for p in (root / "locales").iterdir() if p.is_dir() and p.name != "ja")
with tempfile.TemporaryDirectory() as tmp:
    report = Path(tmp) / "report.json"
    subprocess.run(
        ["compare-locales", "--json", str(report), str(root / "l10n.toml"), str(root / "locales"), *locales],
        check=True, stdout=subprocess.DEVNULL,
    )
    data = json.loads(report.read_text())

failed = False
for run in data:
    for path, items in sorted(run.get("details", {}).items()):
        for item in items:
            kind, what = next(iter(item.items()))
            if kind in ("missingEntity", "obsoleteEntity", "error", "missingFile", "obsoleteFile"):
                failed = True
            print(f"{path}: {kind}: {what}")
    for locale, s in sorted(run.get("summary", {}).items()):
        print(f"compare-locales {locale}: missing {s.get('missing', 0)}, obsolete {s.get('obsolete', 0)}, "
              f"errors {s.get('errors', 0)}, warnings {s.get('warnings', 0)}, changed {s.get('changed', 0)}")
        if s.get("missing", 0) or s.get("obsolete", 0) or s.get("errors", 0):
            failed = True
sys.exit(1 if failed else 0)
