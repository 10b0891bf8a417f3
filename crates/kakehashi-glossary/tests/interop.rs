#![allow(clippy::unwrap_used, clippy::expect_used)]
//! translate-toolkit (the reference open-source TBX reader) reads our TBX export and finds every
//! concept and term; our importer reads a TBX file written by translate-toolkit.
//!
//! Runs `tests/interop/check_tbx.py` when `python3 -c "import translate"` works (CI installs
//! `translate-toolkit` from PyPI); otherwise prints a SKIP line and passes.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use kakehashi_glossary::{export_tbx, import_file, Glossary, Locale};

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interop/check_tbx.py");

fn translate_toolkit_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import translate.storage.tbx"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        println!(
            "SKIP: translate-toolkit not installed (pip install translate-toolkit); TBX interop not checked"
        );
    }
    ok
}

#[test]
fn translate_toolkit_reads_every_concept_of_our_export() {
    if !translate_toolkit_available() {
        return;
    }
    expect_translate_toolkit_reads(Glossary::builtin());
}

#[test]
fn translate_toolkit_reads_staff_terms_exported_with_the_built_in_ones() {
    if !translate_toolkit_available() {
        return;
    }
    use kakehashi_glossary::{Concept, LocaleTerms};
    let mut c = Concept::new_user("clinic <room> & \"A\"");
    let mut ja = LocaleTerms::new("細胞培養加工室「ひまわり」＆<第2>");
    ja.reading = Some("さいぼうばいようかこうしつ".into());
    ja.synonyms = vec!["ひまわりラボ 🌻".into()];
    c.terms.insert(Locale::Ja, ja);
    let mut vi = LocaleTerms::new("phòng nuôi cấy tế bào \"Hướng Dương\"");
    vi.avoid = vec!["phòng thí nghiệm <cũ>".into()];
    c.terms.insert(Locale::Vi, vi);
    c.definition
        .insert(Locale::Ja, "当院の施設。\n二行目 & <タグ>".into());
    let mut extra = Glossary::builtin().concept("iv-drip").unwrap().clone();
    extra
        .terms
        .get_mut(&Locale::En)
        .unwrap()
        .synonyms
        .push("drip line & co.".into());
    let g = Glossary::builtin().with_user_concepts(&[c, extra]).unwrap();
    expect_translate_toolkit_reads(&g);
}

fn expect_translate_toolkit_reads(g: &Glossary) {
    let dir = tempfile::tempdir().unwrap();
    let tbx = dir.path().join("kakehashi.tbx");
    export_tbx(g, std::fs::File::create(&tbx).unwrap()).unwrap();
    let mut expected: BTreeMap<&str, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for c in g.concepts() {
        let locales = expected.entry(c.id.as_str()).or_default();
        for (l, t) in &c.terms {
            let mut terms = vec![t.preferred.as_str()];
            terms.extend(t.synonyms.iter().map(String::as_str));
            terms.extend(t.avoid.iter().map(String::as_str));
            locales.insert(l.tag(), terms);
        }
    }
    let json = dir.path().join("expected.json");
    std::fs::write(&json, serde_json::to_vec(&expected).unwrap()).unwrap();
    let out = run(&["read", path(&tbx), path(&json)]);
    assert!(
        out.contains(&format!("read {} units; 0 failure(s)", g.concepts().len())),
        "{out}"
    );
}

#[test]
fn our_importer_reads_a_file_written_by_translate_toolkit() {
    if !translate_toolkit_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tbx = dir.path().join("tt.tbx");
    let out = run(&["write", path(&tbx)]);
    let written: BTreeMap<String, BTreeMap<String, Vec<String>>> = serde_json::from_str(out.trim()).unwrap();
    let preview = import_file(&tbx).unwrap();
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(preview.concepts.len(), written.len());
    for c in &preview.concepts {
        let want = &written[&c.id];
        for (tag, terms) in want {
            let t = &c.terms[&Locale::from_tag(tag).unwrap()];
            let mut got = vec![t.preferred.clone()];
            got.extend(t.synonyms.iter().cloned());
            assert_eq!(&got, terms, "{} {tag}", c.id);
        }
        assert_eq!(c.terms.len(), want.len());
    }
    // Imported terms are searchable at once.
    let merged = Glossary::builtin().with_user_concepts(&preview.concepts).unwrap();
    assert_eq!(merged.search("혈소판 풍부", 3)[0].concept.id, "tt-prp");
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn run(args: &[&str]) -> String {
    let out = Command::new("python3").arg(SCRIPT).args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}
