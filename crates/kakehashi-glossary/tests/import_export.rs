#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Staff exchange glossaries with CAT tools and spreadsheets: what we write comes back unchanged,
//! what others write is read, and a bad file is reported entry by entry and imported only when the
//! user agrees to leave the bad entries out.

use std::io::Write as _;

use kakehashi_glossary::import::{parse, ImportFormat, ImportPreview};
use kakehashi_glossary::{
    data, export_csv, export_tbx, export_tbx_v3, import_file, Concept, Glossary, GlossaryError, Locale,
    LocaleTerms, MatchKind, Origin, ReviewState, TermKind,
};

/// Each problem of a preview as (message id, line).
fn problems_by_line(preview: &ImportPreview) -> Vec<(&str, Option<u64>)> {
    preview
        .problems
        .iter()
        .map(|p| (p.message.id.as_str(), p.line))
        .collect()
}

fn mini() -> Glossary {
    let (concepts, problems) = data::load(&[("mini.toml", include_str!("fixtures/mini.toml"))]);
    assert!(problems.is_empty(), "{problems:?}");
    Glossary::from_concepts(concepts)
}

fn as_user(mut c: Concept) -> Concept {
    c.origin = Origin::User;
    c
}

fn roundtrip(bytes: &[u8], format: ImportFormat, g: &Glossary) {
    let preview = parse(bytes, format);
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    let expected: Vec<Concept> = g.concepts().iter().cloned().map(as_user).collect();
    assert_eq!(preview.concepts, expected);
}

#[test]
fn our_tbx_export_reads_back_unchanged() {
    let g = mini();
    let mut out = Vec::new();
    export_tbx(&g, &mut out).unwrap();
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.contains("<martif type=\"TBX-Basic\""));
    assert!(text.contains("<termEntry id=\"msc\">"));
    roundtrip(&out, ImportFormat::Tbx, &g);
}

#[test]
fn our_tbx_v3_export_reads_back_unchanged() {
    let g = mini();
    let mut out = Vec::new();
    export_tbx_v3(&g, &mut out).unwrap();
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.contains("<tbx type=\"TBX-Core\" style=\"dca\""));
    assert!(text.contains("<conceptEntry id=\"msc\">"));
    roundtrip(&out, ImportFormat::Tbx, &g);
}

#[test]
fn our_csv_export_reads_back_unchanged() {
    let g = mini();
    let mut out = Vec::new();
    export_csv(&g, &mut out).unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBFid,domain,review,source,loinc,related,ja,ja-reading,"));
    assert!(String::from_utf8_lossy(&out).contains("\r\n"));
    roundtrip(&out, ImportFormat::Csv, &g);
}

#[test]
fn the_whole_built_in_glossary_survives_both_formats() {
    let g = Glossary::builtin();
    for format in [ImportFormat::Tbx, ImportFormat::Csv] {
        let mut out = Vec::new();
        match format {
            ImportFormat::Tbx => export_tbx(g, &mut out).unwrap(),
            ImportFormat::Csv => export_csv(g, &mut out).unwrap(),
        }
        roundtrip(&out, format, g);
    }
}

fn awkward_concept() -> Concept {
    let mut c = Concept::new_user("awkward");
    let long: String = "長".repeat(20_000);
    let mut en = LocaleTerms::new("a \"quoted\", <tagged> & 'odd' term; with | bars");
    en.synonyms = vec![
        "=cmd|' /C calc'!A0".to_owned(),
        "trailing space ".to_owned(),
        "🧬 emoji".to_owned(),
    ];
    c.terms.insert(Locale::En, en);
    c.terms.insert(Locale::Ja, LocaleTerms::new(long));
    c.terms.insert(Locale::Vi, LocaleTerms::new("Nguyễn tế bào"));
    c.definition
        .insert(Locale::En, "Line one\nline two, with a comma".to_owned());
    c.source = "a, b; \"c\"".to_owned();
    c
}

#[test]
fn nothing_is_cut_or_changed_whatever_the_characters() {
    let g = Glossary::from_concepts(vec![awkward_concept()]);
    for format in [ImportFormat::Tbx, ImportFormat::Csv] {
        let mut out = Vec::new();
        match format {
            ImportFormat::Tbx => export_tbx(&g, &mut out).unwrap(),
            ImportFormat::Csv => export_csv(&g, &mut out).unwrap(),
        }
        let preview = parse(&out, format);
        assert!(preview.problems.is_empty(), "{format:?} {:?}", preview.problems);
        let back = &preview.concepts[0];
        // Compared without printing: the long term would flood the report.
        assert!(back.terms == awkward_concept().terms, "{format:?}: terms differ");
        assert_eq!(back.terms[&Locale::Ja].preferred.chars().count(), 20_000);
        assert_eq!(back.definition, awkward_concept().definition, "{format:?}");
        assert_eq!(back.source, awkward_concept().source, "{format:?}");
    }
}

const FOREIGN_TBX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US">
<text><body>
<termEntry>
  <langSet xml:lang="en-US"><tig><term>platelet-rich plasma</term></tig><tig><term>PRP</term></tig></langSet>
  <langSet xml:lang="zh-TW"><tig><term>高濃度血小板血漿</term></tig></langSet>
  <langSet xml:lang="ja-JP"><ntig><termGrp><term>多血小板血漿</term></termGrp></ntig></langSet>
</termEntry>
<termEntry id="second">
  <langSet xml:lang="fr"><tig><term>plasma riche en plaquettes</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>PRP therapy</term></tig></langSet>
</termEntry>
</body></text>
</martif>"#;

#[test]
fn a_file_from_another_tool_is_read_and_unsupported_parts_are_reported() {
    let preview = parse(FOREIGN_TBX.as_bytes(), ImportFormat::Tbx);
    assert_eq!(preview.concepts.len(), 2);
    let first = &preview.concepts[0];
    assert_eq!(first.id, "import-1");
    assert_eq!(first.review, ReviewState::NeedsReview);
    assert_eq!(first.terms[&Locale::En].preferred, "platelet-rich plasma");
    assert_eq!(first.terms[&Locale::En].synonyms, vec!["PRP".to_owned()]);
    assert_eq!(first.terms[&Locale::ZhHant].preferred, "高濃度血小板血漿");
    assert_eq!(first.terms[&Locale::Ja].preferred, "多血小板血漿");
    // French is not a glossary locale: reported with its line and entry, not silently dropped.
    assert_eq!(preview.problems.len(), 1);
    let p = &preview.problems[0];
    assert_eq!(p.message.id, "glossary-import-unsupported-language");
    assert_eq!((p.line, p.entry), (Some(10), Some(2)));
    // All or nothing, unless the user accepts leaving the French terms out.
    let err = preview.clone().apply(false).unwrap_err();
    assert_eq!(err, GlossaryError::ImportHasProblems { count: 1 });
    assert_eq!(err.message().id, "glossary-error-import-has-problems");
    assert_eq!(preview.apply(true).unwrap().len(), 2);
}

#[test]
fn broken_xml_is_reported_with_its_line() {
    let bad = "<martif><text><body>\n<termEntry id=\"a\">\n<langSet xml:lang=\"en\"><tig><term>x</term></tig>\n</termEntry>\n</body></text></martif>";
    let preview = parse(bad.as_bytes(), ImportFormat::Tbx);
    assert_eq!(preview.problems.len(), 1, "{:?}", preview.problems);
    assert_eq!(preview.problems[0].message.id, "glossary-import-xml-malformed");
    assert_eq!(preview.problems[0].line, Some(4));
    let entity = "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>a &nbsp; b &amp; c &#x3042;</term></tig></langSet></termEntry></body></text></martif>";
    let preview = parse(entity.as_bytes(), ImportFormat::Tbx);
    assert_eq!(preview.problems[0].message.id, "glossary-import-unknown-entity");
    let ok = entity.replace("&nbsp;", "");
    let preview = parse(ok.as_bytes(), ImportFormat::Tbx);
    assert!(preview.problems.is_empty());
    assert_eq!(preview.concepts[0].terms[&Locale::En].preferred, "a  b & c あ");
    assert_eq!(
        parse(b"hello", ImportFormat::Tbx).problems[0].message.id,
        "glossary-import-not-tbx"
    );
    assert_eq!(
        parse(b"\xff\xfe<", ImportFormat::Tbx).problems[0].message.id,
        "glossary-import-not-utf8"
    );
}

#[test]
fn spreadsheet_rows_with_problems_are_reported_by_line() {
    let csv = "en,ja,Notes,vi-synonyms\r\nstem cell,幹細胞,x,\"tế bào gốc\"\r\n\"quoted, with comma\",\"two\nlines\",y,\r\nshort row\r\n";
    let preview = parse(csv.as_bytes(), ImportFormat::Csv);
    let ids = problems_by_line(&preview);
    assert_eq!(
        ids,
        vec![
            ("glossary-import-csv-unknown-column", Some(1)),
            ("glossary-import-csv-missing-preferred", Some(2)),
            ("glossary-import-invalid-character", Some(3)),
            ("glossary-import-csv-field-count", Some(5)),
        ]
    );
    // A row with a cell that cannot be stored is left out whole (and reported), never cut.
    assert!(preview.concepts.is_empty());
    let ok = "en,ja\r\n\"quoted, with comma\",\"two\"\"quotes\"\"\"\r\n";
    let preview = parse(ok.as_bytes(), ImportFormat::Csv);
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(
        preview.concepts[0].terms[&Locale::En].preferred,
        "quoted, with comma"
    );
    assert_eq!(preview.concepts[0].terms[&Locale::Ja].preferred, "two\"quotes\"");
    let tab = "en\r\nstem\tcell\r\n";
    assert_eq!(
        parse(tab.as_bytes(), ImportFormat::Csv).problems[0].message.id,
        "glossary-import-invalid-character"
    );
    let preview = parse(csv.as_bytes(), ImportFormat::Csv);
    assert!(preview.apply(false).is_err());
}

#[test]
fn a_row_with_an_unknown_domain_or_review_state_is_left_out_not_stored_without_it() {
    let csv = "id,domain,review,ja,zh-Hans\r\n\
               clinic-parking,procedures,needs-review,駐車場案内,停车指引\r\n\
               clinic-desk,no-such-domain,needs-review,受付窓口,前台\r\n\
               clinic-lift,procedures,checked,エレベーター,电梯\r\n";
    let preview = parse(csv.as_bytes(), ImportFormat::Csv);
    let problems = problems_by_line(&preview);
    assert_eq!(
        problems,
        [
            ("glossary-import-unknown-domain", Some(3)),
            ("glossary-import-unknown-review", Some(4)),
        ]
    );
    let ids: Vec<&str> = preview.concepts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["clinic-parking"],
        "only the row without problems is offered"
    );
    assert_eq!(preview.apply(true).unwrap().len(), 1);
}

#[test]
fn files_are_recognised_by_extension_or_content() {
    let dir = tempfile::tempdir().unwrap();
    let g = mini();
    let tbx = dir.path().join("export.tbx");
    export_tbx(&g, std::fs::File::create(&tbx).unwrap()).unwrap();
    assert_eq!(import_file(&tbx).unwrap().concepts.len(), g.concepts().len());
    let csv = dir.path().join("export.txt");
    export_csv(&g, std::fs::File::create(&csv).unwrap()).unwrap();
    assert_eq!(import_file(&csv).unwrap().concepts.len(), g.concepts().len());
    let odd = dir.path().join("odd.bin");
    std::fs::File::create(&odd)
        .unwrap()
        .write_all(b"just words")
        .unwrap();
    assert!(matches!(
        import_file(&odd),
        Err(GlossaryError::UnknownFormat { .. })
    ));
    let missing = dir.path().join("missing.tbx");
    let err = import_file(&missing).unwrap_err();
    assert_eq!(err.message().id, "glossary-error-io");
}

#[test]
fn staff_terms_are_searchable_next_to_the_built_in_ones() {
    let g = mini();
    let mut own = Concept::new_user("clinic-drip-room");
    own.terms.insert(Locale::Ja, LocaleTerms::new("点滴室"));
    own.terms.insert(Locale::En, LocaleTerms::new("infusion room"));
    // Adding a term to a built-in concept: the built-in preferred term stays preferred.
    let mut extra = Concept::new_user("msc");
    extra.terms.insert(Locale::En, LocaleTerms::new("MSCs"));
    let merged = g.with_user_concepts(&[own, extra]).unwrap();
    let hits = merged.search("infusion ro", 5);
    assert_eq!(hits[0].concept.id, "clinic-drip-room");
    assert_eq!(hits[0].concept.origin, Origin::User);
    let hits = merged.search("mscs", 5);
    assert_eq!(
        (hits[0].concept.id.as_str(), hits[0].how),
        ("msc", MatchKind::Exact)
    );
    assert_eq!(hits[0].matched.kind, TermKind::Synonym);
    assert_eq!(
        hits[0].concept.preferred(Locale::En),
        Some("mesenchymal stem cell")
    );
    assert_eq!(hits[0].concept.origin, Origin::BuiltInWithUserTerms);
    // Re-importing our own export adds nothing and changes no origin.
    let mut out = Vec::new();
    export_tbx(&g, &mut out).unwrap();
    let own = parse(&out, ImportFormat::Tbx).apply(false).unwrap();
    let same = g.with_user_concepts(&own).unwrap();
    assert_eq!(same.concepts(), g.concepts());
    assert!(g.only_new(own).is_empty());
    let mut extra = Concept::new_user("msc");
    extra.terms.insert(Locale::En, LocaleTerms::new("MSCs"));
    let mut fresh = Concept::new_user("fresh");
    fresh.terms.insert(Locale::En, LocaleTerms::new("fresh term"));
    let kept: Vec<String> = g.only_new(vec![extra, fresh]).into_iter().map(|c| c.id).collect();
    assert_eq!(kept, vec!["msc".to_owned(), "fresh".to_owned()]);
    // Two staff concepts with one id are merged, and stay staff concepts.
    let mut again = Concept::new_user("clinic-drip-room");
    again.terms.insert(Locale::En, LocaleTerms::new("drip room"));
    let mut first = Concept::new_user("clinic-drip-room");
    first.terms.insert(Locale::En, LocaleTerms::new("infusion room"));
    let twice = g.with_user_concepts(&[first, again]).unwrap();
    let c = twice.concept("clinic-drip-room").unwrap();
    assert_eq!(c.origin, Origin::User);
    assert_eq!(c.terms[&Locale::En].synonyms, vec!["drip room".to_owned()]);
    // The base glossary is untouched, and empty user concepts are refused with a message.
    assert!(g.search("infusion ro", 5).is_empty());
    let err = g.with_user_concepts(&[Concept::new_user("empty")]).unwrap_err();
    assert_eq!(err.message().id, "glossary-error-invalid-user-concept");
    let mut bell = Concept::new_user("bell");
    bell.terms.insert(Locale::En, LocaleTerms::new("ring\u{7}"));
    let err = g.with_user_concepts(&[bell]).unwrap_err();
    assert_eq!(
        err,
        GlossaryError::InvalidUserConcept {
            id: "bell".to_owned(),
            field: "terms.en".to_owned()
        }
    );
}

#[test]
fn a_truncated_tbx_file_is_not_mistaken_for_a_shorter_glossary() {
    let g = mini();
    let mut out = Vec::new();
    export_tbx(&g, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let cut = text.find("<termEntry id=\"cryopreservation\">").unwrap();
    let preview = parse(&text.as_bytes()[..cut], ImportFormat::Tbx);
    assert_eq!(preview.concepts.len(), 2);
    assert_eq!(preview.problems.len(), 1);
    assert_eq!(preview.problems[0].message.id, "glossary-import-truncated");
    assert!(preview.apply(false).is_err());
}

#[test]
fn misplaced_entries_and_terms_are_reported_not_dropped() {
    let nested = r#"<martif><text><body>
<termEntry id="outer">
  <langSet xml:lang="en"><tig><term>outer term</term></tig></langSet>
  <termEntry id="inner"><langSet xml:lang="en"><tig><term>inner term</term></tig></langSet></termEntry>
</termEntry>
<termEntry id="loose"><tig><term>no language</term></tig><langSet xml:lang="ja"><tig><term>言語あり</term></tig></langSet></termEntry>
</body></text></martif>"#;
    let preview = parse(nested.as_bytes(), ImportFormat::Tbx);
    let ids: Vec<&str> = preview.concepts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, vec!["outer", "inner", "loose"]);
    let problems = problems_by_line(&preview);
    assert_eq!(
        problems,
        vec![
            ("glossary-import-nested-entry", Some(4)),
            ("glossary-import-term-outside-language", Some(6))
        ]
    );
    assert_eq!(preview.problems[1].message.args["term"], "no language".into());
}

#[test]
fn csv_lines_are_counted_the_same_with_lf_and_crlf_line_ends() {
    for text in ["en,ja\nx,y\nq,r,s\n", "en,ja\r\nx,y\r\nq,r,s\r\n"] {
        let preview = parse(text.as_bytes(), ImportFormat::Csv);
        let lines: Vec<Option<u64>> = preview.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(3)], "{text:?}");
    }
}
