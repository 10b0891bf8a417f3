#!/usr/bin/env python3
"""TBX interoperability with translate-toolkit (PyPI `translate-toolkit`).

  check_tbx.py read OUR.tbx EXPECTED.json
      Reads our export with translate.storage.tbx and checks that every concept id is a unit and
      every term of every locale is found, in order. EXPECTED.json: {id: {locale: [terms]}}.
  check_tbx.py write OUT.tbx
      Writes a TBX file with translate-toolkit and prints, as JSON, what it wrote
      ({id: {locale: [terms]}}), for our importer to compare against.

Exit status 0 on success; failures are printed one per line.
"""
import json
import sys

from translate.storage import tbx


def read(path, expected_path):
    with open(path, "rb") as f:
        store = tbx.tbxfile.parsestring(f.read())
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    units = {unit.getid(): unit for unit in store.units}
    failures = []
    for cid, locales in expected.items():
        unit = units.get(cid)
        if unit is None:
            failures.append(f"concept {cid}: no unit")
            continue
        for lang, terms in locales.items():
            found = [t.text for t in unit.get_target_terms(lang)]
            if found != terms:
                failures.append(f"concept {cid} {lang}: expected {terms!r}, translate-toolkit read {found!r}")
    extra = set(units) - set(expected)
    if extra:
        failures.append(f"units not in our glossary: {sorted(extra)[:5]}")
    for line in failures:
        print(line)
    print(f"translate-toolkit read {len(units)} units; {len(failures)} failure(s)")
    return 0 if not failures else 1


WRITTEN = {
    "tt-msc": {
        "en": ["mesenchymal stem cell", "MSC"],
        "ja": ["間葉系幹細胞"],
        "zh-Hans": ["间充质干细胞"],
        "vi": ["tế bào gốc trung mô"],
    },
    "tt-prp": {
        "en": ["platelet-rich plasma"],
        "ko": ["혈소판 풍부 혈장"],
        "zh-Hant": ["高濃度血小板血漿 & <PRP>"],
    },
}


def write(path):
    store = tbx.tbxfile(sourcelanguage="en")
    for cid, locales in WRITTEN.items():
        unit = store.addsourceunit(locales["en"][0])
        unit.setid(cid)
        unit.set_source_terms(locales["en"], "en")
        for lang, terms in locales.items():
            if lang != "en":
                unit.set_target_terms(terms, lang)
    with open(path, "wb") as f:
        f.write(bytes(store))
    print(json.dumps(WRITTEN, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "read":
        sys.exit(read(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        sys.exit(write(sys.argv[2]))
    print(__doc__)
    sys.exit(2)
