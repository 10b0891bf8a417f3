#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The built-in terminology as it ships: every data file valid, and the search stories of the issue
//! work on the real data.

use std::collections::BTreeMap;

use kakehashi_glossary::{data, Domain, Glossary, Locale, MatchKind, ReviewState};

#[test]
fn every_data_file_is_valid() {
    let (concepts, problems) = data::load(data::data_files());
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s) in data/:\n{}",
        problems.len(),
        report.join("\n")
    );
    assert!(!concepts.is_empty(), "no concepts in data/");
    assert!(Glossary::builtin().data_problems().is_empty());
}

#[test]
fn every_built_in_concept_has_all_six_locales_and_both_definitions() {
    for c in Glossary::builtin().concepts() {
        for l in Locale::ALL {
            assert!(
                c.terms.get(&l).is_some_and(|t| !t.preferred.trim().is_empty()),
                "{} {l:?}",
                c.id
            );
        }
        assert!(
            c.definition.contains_key(&Locale::Ja) && c.definition.contains_key(&Locale::En),
            "{}",
            c.id
        );
        assert!(c.domain.is_some(), "{}", c.id);
    }
}

/// Prints the closing-note figures: `cargo test -p kakehashi-glossary --test data -- --nocapture counts`.
#[test]
fn counts_per_domain_and_review_state() {
    let g = Glossary::builtin();
    let mut per_domain: BTreeMap<Domain, (usize, usize)> = BTreeMap::new();
    for c in g.concepts() {
        let e = per_domain
            .entry(c.domain.unwrap_or(Domain::ConsentPhrases))
            .or_default();
        match c.review {
            ReviewState::Verified => e.0 += 1,
            ReviewState::NeedsReview => e.1 += 1,
        }
    }
    println!(
        "{} concepts in {} files",
        g.concepts().len(),
        data::data_files().len()
    );
    println!("| domain | verified | needs review | total |");
    for (d, (v, n)) in &per_domain {
        println!("| {} | {v} | {n} | {} |", d.as_str(), v + n);
    }
    let terms_needing_review = g
        .concepts()
        .iter()
        .flat_map(|c| c.terms.values())
        .filter(|t| t.review == Some(ReviewState::NeedsReview))
        .count();
    println!("terms marked needs-review individually: {terms_needing_review}");
    println!("zh coverage: {:?}", g.zh_coverage());
    let candidates: Vec<String> = g
        .zh_candidates()
        .iter()
        .map(|(t, s, n)| format!("{t}→{s} ({n})"))
        .collect();
    println!(
        "zh pairs suggested by the data, not applied until reviewed: {}",
        candidates.join(" ")
    );
    assert_eq!(
        per_domain.values().map(|(v, n)| v + n).sum::<usize>(),
        g.concepts().len()
    );
}

#[test]
fn hiragana_finds_the_kanji_entry_with_the_chinese_term_beside_it() {
    let g = Glossary::builtin();
    let Some(msc) = g.concept("msc") else {
        println!("SKIP: concept msc not in the data yet");
        return;
    };
    let reading = msc.terms[&Locale::Ja].reading.clone().unwrap();
    let typed: String = reading.chars().take(6).collect();
    let hits = g.search(&typed, 10);
    assert!(hits.iter().any(|h| h.concept.id == "msc"), "{typed}");
    let hit = hits.iter().find(|h| h.concept.id == "msc").unwrap();
    assert!(!hit.concept.preferred(Locale::ZhHans).unwrap().is_empty());
}

#[test]
fn unaccented_vietnamese_finds_the_accented_term() {
    let g = Glossary::builtin();
    // Every Vietnamese preferred term, typed without its marks, finds its concept first or ties
    // with another concept spelled the same once unaccented.
    for c in g.concepts() {
        let vi = c.preferred(Locale::Vi).unwrap();
        let bare = kakehashi_fold::fold(vi);
        let hits = g.search(&bare, 50);
        assert!(
            hits.iter()
                .any(|h| h.concept.id == c.id && h.how == MatchKind::Exact),
            "{} ({vi}) not found by {bare:?}",
            c.id
        );
    }
}

#[test]
fn every_term_finds_its_own_concept() {
    let g = Glossary::builtin();
    for c in g.concepts() {
        for (l, t) in &c.terms {
            for (_, _, term) in t.iter() {
                let hits = g.search(term, 200);
                assert!(
                    hits.iter().any(|h| h.concept.id == c.id),
                    "{} {l:?} {term:?}",
                    c.id
                );
            }
        }
    }
}
