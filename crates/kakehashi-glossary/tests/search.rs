#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An interpreter types a few characters in whatever script their keyboard gives them, and the
//! right concept comes up with every locale beside it.

use kakehashi_glossary::{data, Glossary, Locale, MatchKind, TermKind};

fn mini() -> Glossary {
    let (concepts, problems) = data::load(&[("mini.toml", include_str!("fixtures/mini.toml"))]);
    assert!(problems.is_empty(), "{problems:?}");
    Glossary::from_concepts(concepts)
}

fn top(g: &Glossary, q: &str) -> (String, MatchKind) {
    let hits = g.search(q, 10);
    let h = hits.first().unwrap_or_else(|| panic!("no hit for {q:?}"));
    (h.concept.id.clone(), h.how)
}

#[test]
fn hiragana_reading_finds_the_kanji_entry_with_the_chinese_term_beside_it() {
    let g = mini();
    let hits = g.search("かんようけい", 5);
    let h = &hits[0];
    assert_eq!(h.concept.id, "msc");
    assert_eq!(h.how, MatchKind::Prefix);
    assert_eq!(h.matched.kind, TermKind::Reading);
    assert_eq!(h.concept.preferred(Locale::Ja), Some("間葉系幹細胞"));
    assert_eq!(h.concept.preferred(Locale::ZhHans), Some("间充质干细胞"));
}

#[test]
fn katakana_and_half_width_find_the_same_entry_as_hiragana() {
    let g = mini();
    assert_eq!(top(&g, "インフォームド").0, "informed-consent");
    assert_eq!(top(&g, "ｲﾝﾌｫｰﾑﾄﾞ").0, "informed-consent");
    assert_eq!(top(&g, "いんふぉーむど").0, "informed-consent");
    // The middle dot and the long-vowel mark may be typed or not.
    assert_eq!(
        top(&g, "インフォムドコンセント"),
        ("informed-consent".to_owned(), MatchKind::Exact)
    );
}

#[test]
fn unaccented_vietnamese_finds_the_accented_term() {
    let g = mini();
    let hits = g.search("te bao goc trung mo", 5);
    assert_eq!(hits[0].concept.id, "msc");
    assert_eq!(hits[0].how, MatchKind::Exact);
    assert_eq!(hits[0].matched.text, "tế bào gốc trung mô");
    assert_eq!(top(&g, "bao quan dong").0, "cryopreservation");
}

#[test]
fn traditional_and_simplified_chinese_find_each_other() {
    let g = mini();
    // Typed in traditional characters, found as the simplified term too (and vice versa).
    let hits = g.search("間充質幹細胞", 5);
    assert_eq!(hits[0].concept.id, "msc");
    assert_eq!(hits[0].how, MatchKind::Exact);
    let hits = g.search("间充质干", 5);
    assert_eq!(hits[0].concept.id, "msc");
    // Japanese kanji reach the Chinese forms where the characters correspond.
    assert_eq!(g.search_form("凍結"), g.search_form("冻结"));
}

#[test]
fn hangul_with_or_without_the_space() {
    let g = mini();
    assert_eq!(top(&g, "중간엽 줄기").0, "msc");
    assert_eq!(top(&g, "중간엽줄기세포"), ("msc".to_owned(), MatchKind::Exact));
}

#[test]
fn case_and_full_width_latin_do_not_matter() {
    let g = mini();
    assert_eq!(top(&g, "ＭＳＣ"), ("msc".to_owned(), MatchKind::Exact));
    assert_eq!(top(&g, "hbsag"), ("hbsag".to_owned(), MatchKind::Exact));
    assert_eq!(top(&g, "Mesenchymal"), ("msc".to_owned(), MatchKind::Prefix));
}

#[test]
fn ranking_is_exact_then_prefix_then_substring_then_typo() {
    let g = mini();
    let hits = g.search("幹細胞", 10);
    assert_eq!(hits[0].concept.id, "stem-cell");
    assert_eq!(hits[0].how, MatchKind::Exact);
    let rest: Vec<MatchKind> = hits[1..].iter().map(|h| h.how).collect();
    assert!(rest.iter().all(|k| *k == MatchKind::Substring), "{rest:?}");
    assert!(hits.iter().any(|h| h.concept.id == "msc"));
    assert!(hits.iter().any(|h| h.concept.id == "adipose-derived-msc"));
    // Each concept appears once, with its best match.
    let mut ids: Vec<&str> = hits.iter().map(|h| h.concept.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), hits.len());
    let all: Vec<MatchKind> = hits.iter().map(|h| h.how).collect();
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(all, sorted);
}

#[test]
fn preferred_terms_rank_above_synonyms() {
    let g = mini();
    let hits = g.search("mesenchymal st", 10);
    assert_eq!(hits[0].concept.id, "msc");
    assert_eq!(hits[0].matched.kind, TermKind::Preferred);
}

#[test]
fn one_typo_is_forgiven_from_four_characters() {
    let g = mini();
    let (id, how) = top(&g, "mesenchymel");
    assert_eq!((id.as_str(), how), ("msc", MatchKind::Fuzzy));
    assert_eq!(
        top(&g, "cryopreservaton"),
        ("cryopreservation".to_owned(), MatchKind::Fuzzy)
    );
    // Adjacent swap counts as one edit.
    assert_eq!(top(&g, "cryoperservation").0, "cryopreservation");
    // Three characters: no typo tolerance, so nothing unrelated comes up.
    assert!(g.search("xsc", 5).is_empty());
    // Two edits are too many.
    assert!(g.search("cryoprezervaton", 5).is_empty());
}

#[test]
fn terms_to_avoid_are_found_and_marked() {
    let g = mini();
    let hits = g.search("간세포", 5);
    let h = hits.iter().find(|h| h.concept.id == "stem-cell").unwrap();
    assert_eq!(h.matched.kind, TermKind::Avoid);
    assert_eq!(h.how, MatchKind::Exact);
}

#[test]
fn limit_and_empty_queries() {
    let g = mini();
    assert!(g.search("", 10).is_empty());
    assert!(g.search("   ", 10).is_empty());
    assert!(g.search("a", 0).is_empty());
    assert_eq!(g.search("細", 2).len(), 2);
}

#[test]
fn hits_serialize_with_the_whole_concept_for_the_ui() {
    let g = mini();
    let hits = g.search("msc", 1);
    let json = serde_json::to_value(hits[0]).unwrap();
    assert_eq!(json["how"], "exact");
    assert_eq!(json["matched"]["kind"], "synonym");
    assert_eq!(json["concept"]["terms"]["zh-Hans"]["preferred"], "间充质干细胞");
    assert_eq!(json["concept"]["terms"]["vi"]["review"], "needs-review");
}

#[test]
fn terms_in_a_patients_free_text_are_recognised() {
    let g = mini();
    let text = "2024年に脂肪由来間葉系幹細胞を点滴。HBs抗原は陰性。MSCSは無関係。";
    let found = g.find_in_text(text);
    let spans: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.concept_id, &text[m.start..m.end]))
        .collect();
    // Longest match: the adipose-derived term, not the shorter msc term inside it.
    assert_eq!(
        spans,
        vec![
            ("adipose-derived-msc", "脂肪由来間葉系幹細胞"),
            ("hbsag", "HBs抗原")
        ]
    );
}

#[test]
fn latin_terms_respect_word_boundaries_in_free_text() {
    let g = mini();
    let text = "Had Mesenchymal Stem Cells (MSC) in Hanoi; tế bào gốc trung mô; MSCs? cryopreservations.";
    let found = g.find_in_text(text);
    let spans: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.concept_id, &text[m.start..m.end]))
        .collect();
    assert_eq!(spans, vec![("msc", "MSC"), ("msc", "tế bào gốc trung mô")]);
    let text = "Stored by cryopreservation, then thawed.";
    let found = g.find_in_text(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].start..found[0].end], "cryopreservation");
}

#[test]
fn free_text_in_other_scripts_and_widths() {
    let g = mini();
    let text = "ｶﾝﾖｳｹｲｶﾝｻｲﾎﾞｳ　と　중간엽 줄기세포, 冷凍保存";
    let found = g.find_in_text(text);
    let spans: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.concept_id, &text[m.start..m.end]))
        .collect();
    assert_eq!(
        spans,
        vec![
            ("msc", "ｶﾝﾖｳｹｲｶﾝｻｲﾎﾞｳ"),
            ("msc", "중간엽 줄기세포"),
            ("cryopreservation", "冷凍保存")
        ]
    );
}

#[test]
fn a_pasted_paragraph_is_searched_without_trouble() {
    let g = mini();
    let long = "間葉系幹細胞 mesenchymal stem cell ".repeat(5_000);
    assert!(g.search(&long, 10).is_empty());
    let found = g.find_in_text(&long);
    assert_eq!(found.len(), 10_000);
    assert!(found.iter().all(|m| m.concept_id == "msc"));
}

#[test]
fn decomposed_accents_in_free_text_are_recognised_with_their_marks() {
    let g = mini();
    // The same Vietnamese words with the tone marks as separate combining characters (NFD).
    let text = "Đã dùng te\u{302}\u{301} ba\u{300}o go\u{302}\u{301}c trung mo\u{302} hôm qua";
    let found = g.find_in_text(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].concept_id, "msc");
    // The match ends after the last combining mark, so highlighting never splits a letter.
    assert_eq!(
        &text[found[0].start..found[0].end],
        "te\u{302}\u{301} ba\u{300}o go\u{302}\u{301}c trung mo\u{302}"
    );
}

#[test]
fn the_ui_takes_its_medical_wording_from_the_glossary() {
    let g = mini();
    assert_eq!(g.preferred("cryopreservation", Locale::Ja), Some("凍結保存"));
    assert_eq!(
        g.preferred("cryopreservation", Locale::Vi),
        Some("bảo quản đông lạnh")
    );
    assert_eq!(g.preferred("no-such-concept", Locale::Ja), None);
}
