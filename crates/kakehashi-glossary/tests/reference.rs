#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The index finds exactly what a plain scan over every term finds, with the same match class:
//! the sorted keys, suffix array, typo table and their directories lose nothing.

use std::collections::BTreeMap;

use kakehashi_glossary::{Glossary, MatchKind};
use proptest::prelude::*;

/// Optimal string alignment distance ≤ 1, by dynamic programming (the slow, obvious way).
fn osa_le1(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()] <= 1
}

/// Every concept's search keys, folded once.
fn folded_keys(g: &Glossary) -> &'static Vec<(String, Vec<String>)> {
    static KEYS: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        g.concepts()
            .iter()
            .map(|c| {
                let mut keys = Vec::new();
                for t in c.terms.values() {
                    for (_, _, text) in t.iter() {
                        let key = g.search_form(text);
                        if key.contains(' ') && key.chars().any(|ch| ('\u{AC00}'..='\u{D7A3}').contains(&ch))
                        {
                            keys.push(key.replace(' ', ""));
                        }
                        keys.push(key);
                    }
                }
                (c.id.clone(), keys)
            })
            .collect()
    })
}

fn reference(g: &Glossary, query: &str) -> BTreeMap<String, MatchKind> {
    let q = g.search_form(query);
    let mut best: BTreeMap<String, MatchKind> = BTreeMap::new();
    if q.is_empty() {
        return best;
    }
    let qn = q.chars().count();
    for (id, keys) in folded_keys(g) {
        for key in keys {
            if key.is_empty() {
                continue;
            }
            let kn = key.chars().count();
            let class = if *key == q {
                Some(MatchKind::Exact)
            } else if key.starts_with(&q) {
                Some(MatchKind::Prefix)
            } else if key.contains(&q) {
                Some(MatchKind::Substring)
            } else if qn >= 4
                && (((3..=32).contains(&kn) && osa_le1(&q, key))
                    || key
                        .split([' ', '-', '/'])
                        .any(|w| w.len() != key.len() && w.chars().count() >= 3 && osa_le1(&q, w)))
            {
                Some(MatchKind::Fuzzy)
            } else {
                None
            };
            if let Some(class) = class {
                let e = best.entry(id.clone()).or_insert(class);
                *e = (*e).min(class);
            }
        }
    }
    best
}

fn sample_query(g: &Glossary, pick: usize, start: usize, len: usize, edit: u8) -> String {
    let all: Vec<&str> = g
        .concepts()
        .iter()
        .flat_map(|c| c.terms.values())
        .flat_map(|t| t.iter().map(|(_, _, s)| s))
        .collect();
    let term: Vec<char> = all[pick % all.len()].chars().collect();
    let s = start % term.len().max(1);
    let mut q: Vec<char> = term[s..].iter().take(len).copied().collect();
    match edit % 4 {
        1 if q.len() > 2 => {
            q.remove(q.len() / 2);
        }
        2 if q.len() > 2 => {
            let m = q.len() / 2;
            q.swap(m - 1, m);
        }
        3 if !q.is_empty() => {
            let m = q.len() / 2;
            q[m] = 'q';
        }
        _ => {}
    }
    q.into_iter().collect()
}

/// `PROPTEST_CASES` overrides the default number of cases (the explicit config would hide it).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(160), ..ProptestConfig::default() })]

    #[test]
    fn the_index_agrees_with_a_plain_scan(pick in any::<usize>(), start in 0usize..4, len in 1usize..12, edit in any::<u8>()) {
        let g = Glossary::builtin();
        let q = sample_query(g, pick, start, len, edit);
        let want = reference(g, &q);
        let got: BTreeMap<String, MatchKind> =
            g.search(&q, 100_000).into_iter().map(|h| (h.concept.id.clone(), h.how)).collect();
        prop_assert_eq!(got, want, "query {:?}", q);
    }
}

#[test]
fn short_queries_agree_with_a_plain_scan_too() {
    let g = Glossary::builtin();
    for q in ["a", "c", "ス", "か", "細", "세", "t", "MS", "ce", "幹細", "tế"] {
        let want = reference(g, q);
        let got: BTreeMap<String, MatchKind> = g
            .search(q, 100_000)
            .into_iter()
            .map(|h| (h.concept.id.clone(), h.how))
            .collect();
        assert_eq!(got, want, "query {q:?}");
    }
}

/// A short list is the head of the full list: precomputed answers for common prefixes agree with
/// the full scan, order included.
#[test]
fn short_result_lists_are_the_head_of_the_full_ranking() {
    let g = Glossary::builtin();
    let mut checked = 0;
    #[rustfmt::skip]
    let queries = [
        "a", "c", "s", "m", "p", "ス", "か", "カ", "し", "細", "세", "t", "co", "ce", "in", "ka", "tế", "thu", "ho",
        // Typo queries: the typo tier's early stop must keep the same head.
        "cels", "celk", "stme", "bloood", "tesst", "infusoin", "plasm", "細胞治", "thuoc", "bệnh",
    ];
    for q in queries {
        let full: Vec<(String, MatchKind)> = g
            .search(q, 100_000)
            .into_iter()
            .map(|h| (h.concept.id.clone(), h.how))
            .collect();
        for limit in [1, 5, 20, 32] {
            let short: Vec<(String, MatchKind)> = g
                .search(q, limit)
                .into_iter()
                .map(|h| (h.concept.id.clone(), h.how))
                .collect();
            assert_eq!(
                short[..],
                full[..limit.min(full.len())],
                "query {q:?} limit {limit}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 4 * queries.len());
}
