//! Search benchmark: our index against SQLite FTS5 (trigram tokenizer) on the same data and queries.
//!
//! Run: `cargo bench -p kakehashi-glossary --bench search` (prints tables; figures go to
//! docs/glossary.md). Options: `-- --concepts N` (default 20000), `--queries N` per class (2000),
//! `--profile C` (only our search over query class C, 0–4, in a loop, for `perf record`).
//!
//! The data is the built-in glossary scaled to N concepts: concept k is real concept `k mod n`
//! with, in every locale, a fragment of another real concept's term appended (a word for spaced
//! scripts, two characters for Han/kana), so terms stay realistic in every script. Both engines
//! index the same folded search forms, and both are given the folded query, so SQLite gets our
//! width, kana, case, diacritic and Han folding for free; the query fold is timed for both.
//!
//! Query classes: 1-, 2- and 3-character prefixes of real terms in every script, whole terms, and
//! terms with one edit (substitution, deletion or adjacent swap).
//!
//! The peer is the FTS5 trigram table, used the way its documentation says each query is answered:
//! queries of 3+ characters with `MATCH` (a phrase, ordered by bm25 rank); queries of 1–2
//! characters, which the trigram index cannot serve, with `LIKE 'q%'` on the same table (SQLite
//! then scans the table). Two more SQLite answers are measured for reference, because they are
//! what one would build instead: for 1–2 characters a prefix range on an indexed plain table (no
//! ranking, not FTS5), and for typo queries the usual trigram approximation — the query's trigrams
//! OR-ed and ranked by bm25 — since FTS5 itself has no typo tolerance. Recall (does the concept the
//! query was made from come back among the 20 hits) is reported for every engine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use kakehashi_glossary::{Concept, Glossary, Locale, LocaleTerms};
use rusqlite::Connection;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn spaced(l: Locale) -> bool {
    matches!(l, Locale::En | Locale::Vi | Locale::Ko)
}

fn fragment(l: Locale, s: &str) -> String {
    if spaced(l) {
        s.split_whitespace().next().unwrap_or(s).to_owned()
    } else {
        s.chars().take(2).collect()
    }
}

fn join(l: Locale, a: &str, b: &str) -> String {
    if spaced(l) {
        format!("{a} {b}")
    } else {
        format!("{a}{b}")
    }
}

fn scale(base: &[Concept], n: usize) -> Vec<Concept> {
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let b = &base[k % base.len()];
        if k < base.len() {
            out.push(b.clone());
            continue;
        }
        let m = &base[(k * 7919 + k / base.len()) % base.len()];
        let mut c = b.clone();
        c.id = format!("{}-s{k}", b.id);
        for (l, t) in c.terms.iter_mut() {
            let other = m.terms.get(l).map(|t| t.preferred.as_str()).unwrap_or("");
            let frag = fragment(*l, other);
            let mut nt = LocaleTerms::new(join(*l, &t.preferred, &frag));
            nt.synonyms = t.synonyms.iter().map(|s| join(*l, s, &frag)).collect();
            nt.avoid = t.avoid.clone();
            if let (Some(r), Some(mr)) = (&t.reading, m.terms.get(l).and_then(|t| t.reading.as_ref())) {
                nt.reading = Some(format!("{r}{}", mr.chars().take(2).collect::<String>()));
            }
            *t = nt;
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Prefix1,
    Prefix2,
    Prefix3,
    Whole,
    Typo,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Prefix1 => "1-char prefix",
            Class::Prefix2 => "2-char prefix",
            Class::Prefix3 => "3-char prefix",
            Class::Whole => "whole term",
            Class::Typo => "one typo",
        }
    }
}

fn queries(concepts: &[Concept], per_class: usize, rng: &mut Rng) -> Vec<(Class, String, usize)> {
    let mut out = Vec::new();
    let pick = |rng: &mut Rng| -> (usize, Locale, String) {
        let ci = rng.below(concepts.len());
        let c = &concepts[ci];
        let l = Locale::ALL[rng.below(6)];
        let t = &c.terms[&l];
        // Japanese is typed as kana about as often as it is pasted as kanji.
        let text = match (&t.reading, rng.below(2)) {
            (Some(r), 0) => r.clone(),
            _ => t.preferred.clone(),
        };
        // Vietnamese is mostly typed without tone marks.
        let text = if l == Locale::Vi && rng.below(2) == 0 {
            kakehashi_fold::fold(&text)
        } else {
            text
        };
        (ci, l, text)
    };
    for class in [
        Class::Prefix1,
        Class::Prefix2,
        Class::Prefix3,
        Class::Whole,
        Class::Typo,
    ] {
        let mut made = 0;
        while made < per_class {
            let (ci, l, text) = pick(rng);
            let chars: Vec<char> = text.chars().collect();
            let q: String = match class {
                Class::Prefix1 => chars.iter().take(1).collect(),
                Class::Prefix2 => chars.iter().take(2).collect(),
                Class::Prefix3 => chars.iter().take(3).collect(),
                Class::Whole => text.clone(),
                Class::Typo => {
                    if chars.len() < 5 {
                        continue;
                    }
                    let p = 1 + rng.below(chars.len() - 2);
                    let mut v = chars.clone();
                    match rng.below(3) {
                        0 => v[p] = if spaced(l) { 'x' } else { '口' },
                        1 => {
                            v.remove(p);
                        }
                        _ => v.swap(p, p + 1),
                    }
                    v.into_iter().collect()
                }
            };
            if q.trim().chars().count()
                < match class {
                    Class::Prefix1 => 1,
                    Class::Prefix2 => 2,
                    _ => 3,
                }
            {
                continue;
            }
            out.push((class, q, ci));
            made += 1;
        }
    }
    out
}

fn rss_kib() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort_unstable();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let n = arg("--concepts", 20_000);
    let per_class = arg("--queries", 2_000);
    let base = Glossary::builtin().concepts().to_vec();
    println!(
        "base: {} real concepts; scaled to {n} concepts x 6 locales",
        base.len()
    );
    let concepts = scale(&base, n);

    let rss0 = rss_kib();
    let t = Instant::now();
    let g = Glossary::from_concepts(concepts.clone());
    let build = t.elapsed();
    let rss1 = rss_kib();
    let terms: usize = concepts
        .iter()
        .flat_map(|c| c.terms.values())
        .map(|t| t.iter().count())
        .sum();
    println!(
        "ours: {terms} terms, {} distinct keys; built in {:.2} s; index structures {:.1} MiB; RSS delta {:.1} MiB (incl. concept copies)",
        g.key_count(),
        build.as_secs_f64(),
        g.index_bytes() as f64 / 1048576.0,
        (rss1.saturating_sub(rss0)) as f64 / 1024.0
    );

    let parts: Vec<String> = g
        .index_memory()
        .iter()
        .map(|(name, b)| format!("{name} {:.1}", *b as f64 / 1048576.0))
        .collect();
    println!("ours, MiB by part: {}", parts.join(", "));

    // `--profile N`: only run our search over the query class N (0 = 1-char … 4 = typo) many
    // times, for a profiler (`perf record`), and stop.
    if let Some(class) = args
        .iter()
        .position(|a| a == "--profile")
        .and_then(|i| args.get(i + 1))
    {
        let class: usize = class.parse().unwrap_or(4);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let qs = queries(&concepts, per_class, &mut rng);
        let chosen: Vec<&String> = qs
            .iter()
            .filter(|(c, _, _)| *c as usize == class)
            .map(|(_, q, _)| q)
            .collect();
        let t = Instant::now();
        for _ in 0..50 {
            for q in &chosen {
                std::hint::black_box(g.search(q, 20));
            }
        }
        println!(
            "{:.2} µs per query",
            t.elapsed().as_secs_f64() * 1e6 / (50 * chosen.len()) as f64
        );
        return;
    }

    let db = Connection::open_in_memory().unwrap();
    db.execute_batch(
        "CREATE VIRTUAL TABLE tri USING fts5(term, concept UNINDEXED, tokenize='trigram');
         CREATE TABLE plain(term TEXT NOT NULL, concept INTEGER NOT NULL);",
    )
    .unwrap();
    let t = Instant::now();
    {
        let tx = db.unchecked_transaction().unwrap();
        let mut a = tx
            .prepare("INSERT INTO tri(term, concept) VALUES (?1, ?2)")
            .unwrap();
        let mut b = tx
            .prepare("INSERT INTO plain(term, concept) VALUES (?1, ?2)")
            .unwrap();
        for (ci, c) in concepts.iter().enumerate() {
            for t in c.terms.values() {
                for (_, _, s) in t.iter() {
                    let key = g.search_form(s);
                    a.execute(rusqlite::params![key, ci as i64]).unwrap();
                    b.execute(rusqlite::params![key, ci as i64]).unwrap();
                }
            }
        }
        drop(a);
        drop(b);
        tx.execute_batch("CREATE INDEX plain_term ON plain(term);")
            .unwrap();
        tx.commit().unwrap();
    }
    let sq_build = t.elapsed();
    let pages: i64 = db.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    let page_size: i64 = db.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    println!(
        "SQLite {}: FTS5 trigram + indexed plain table built in {:.2} s; database {:.1} MiB",
        rusqlite::version(),
        sq_build.as_secs_f64(),
        (pages * page_size) as f64 / 1048576.0
    );

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let qs = queries(&concepts, per_class, &mut rng);
    let limit = 20;
    let mut fts = db
        .prepare("SELECT concept FROM tri WHERE tri MATCH ?1 ORDER BY rank LIMIT 20")
        .unwrap();
    let mut fts_like = db
        .prepare("SELECT concept FROM tri WHERE term LIKE ?1 ESCAPE '\\' LIMIT 20")
        .unwrap();
    let mut pre = db
        .prepare("SELECT concept FROM plain WHERE term >= ?1 AND term < ?2 LIMIT 20")
        .unwrap();
    let ids = |stmt: &mut rusqlite::Statement<'_>, params: &[&dyn rusqlite::ToSql]| -> Vec<i64> {
        stmt.query_map(params, |r| r.get(0))
            .unwrap()
            .filter_map(Result::ok)
            .collect()
    };
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));

    // Warm up both.
    for (_, q, _) in qs.iter().take(500) {
        std::hint::black_box(g.search(q, limit));
    }

    let mut fold_only: BTreeMap<Class, Vec<Duration>> = BTreeMap::new();
    for (class, q, _) in &qs {
        let t = Instant::now();
        std::hint::black_box(g.search_form(q));
        fold_only.entry(*class).or_default().push(t.elapsed());
    }
    // Per class: timings of ours, FTS5, and the reference answer (where there is one), and how
    // often each finds the source concept.
    let mut ours: BTreeMap<Class, Vec<Duration>> = BTreeMap::new();
    let mut theirs: BTreeMap<Class, Vec<Duration>> = BTreeMap::new();
    let mut reference: BTreeMap<Class, Vec<Duration>> = BTreeMap::new();
    let mut recall: BTreeMap<Class, [usize; 4]> = BTreeMap::new();
    for (class, q, ci) in &qs {
        let t = Instant::now();
        let hits = g.search(q, limit);
        ours.entry(*class).or_default().push(t.elapsed());
        let target = &concepts[*ci].id;
        let ours_found = hits.iter().any(|h| &h.concept.id == target);

        let t = Instant::now();
        let folded = g.search_form(q);
        let short = folded.chars().count() < 3;
        let found = if short {
            let pattern = format!(
                "{}%",
                folded
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            ids(&mut fts_like, &[&pattern])
        } else {
            ids(&mut fts, &[&quote(&folded)])
        };
        theirs.entry(*class).or_default().push(t.elapsed());
        let theirs_found = found.contains(&(*ci as i64));

        let reference_found = match class {
            Class::Prefix1 | Class::Prefix2 => {
                let t = Instant::now();
                let folded = g.search_form(q);
                let hi = format!("{folded}\u{10FFFF}");
                let found = ids(&mut pre, &[&folded, &hi]);
                reference.entry(*class).or_default().push(t.elapsed());
                Some(found.contains(&(*ci as i64)))
            }
            Class::Typo => {
                let t = Instant::now();
                let folded = g.search_form(q);
                let chars: Vec<char> = folded.chars().collect();
                let grams: Vec<String> = chars
                    .windows(3)
                    .map(|w| quote(&w.iter().collect::<String>()))
                    .collect();
                let found = if grams.is_empty() {
                    Vec::new()
                } else {
                    ids(&mut fts, &[&grams.join(" OR ")])
                };
                reference.entry(*class).or_default().push(t.elapsed());
                Some(found.contains(&(*ci as i64)))
            }
            _ => None,
        };
        let r = recall.entry(*class).or_default();
        r[0] += 1;
        r[1] += usize::from(ours_found);
        r[2] += usize::from(theirs_found);
        r[3] += usize::from(reference_found == Some(true));
    }

    println!();
    println!("Against FTS5 trigram (MATCH for 3+ characters, LIKE 'q%' on the FTS5 table for 1–2):");
    println!("| query class | n | ours p50 µs | ours p99 µs | FTS5 p50 µs | FTS5 p99 µs | p50 ratio | p99 ratio | ours finds source | FTS5 finds source |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut all_ours = Vec::new();
    let mut all_theirs = Vec::new();
    for (class, v) in ours.iter_mut() {
        let w = theirs.get_mut(class).unwrap();
        all_ours.extend(v.iter().copied());
        all_theirs.extend(w.iter().copied());
        let (o50, o99, t50, t99) = (pct(v, 0.5), pct(v, 0.99), pct(w, 0.5), pct(w, 0.99));
        let [n, ro, rt, _] = recall[class];
        println!(
            "| {} | {n} | {o50:.1} | {o99:.1} | {t50:.1} | {t99:.1} | {:.0}× | {:.0}× | {:.0}% | {:.0}% |",
            class.name(),
            t50 / o50,
            t99 / o99,
            100.0 * ro as f64 / n as f64,
            100.0 * rt as f64 / n as f64
        );
    }
    let (o50, o99, t50, t99) = (
        pct(&mut all_ours, 0.5),
        pct(&mut all_ours, 0.99),
        pct(&mut all_theirs, 0.5),
        pct(&mut all_theirs, 0.99),
    );
    println!(
        "| all | {} | {o50:.1} | {o99:.1} | {t50:.1} | {t99:.1} | {:.0}× | {:.0}× | | |",
        all_ours.len(),
        t50 / o50,
        t99 / o99
    );
    println!();
    println!("Reference answers (not FTS5 as such): 1–2 characters by an indexed prefix range on a plain table (unranked);");
    println!("typos by the query's trigrams OR-ed in FTS5 MATCH, ranked by bm25:");
    println!("| query class | ours p50 µs | ours p99 µs | reference p50 µs | reference p99 µs | p50 ratio | p99 ratio | ours finds source | reference finds source |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for (class, w) in reference.iter_mut() {
        let v = ours.get_mut(class).unwrap();
        let (o50, o99, t50, t99) = (pct(v, 0.5), pct(v, 0.99), pct(w, 0.5), pct(w, 0.99));
        let [n, ro, _, rr] = recall[class];
        println!(
            "| {} | {o50:.1} | {o99:.1} | {t50:.1} | {t99:.1} | {:.1}× | {:.1}× | {:.0}% | {:.0}% |",
            class.name(),
            t50 / o50,
            t99 / o99,
            100.0 * ro as f64 / n as f64,
            100.0 * rr as f64 / n as f64
        );
    }
    println!();
    for (class, v) in fold_only.iter_mut() {
        println!(
            "query folding alone, {}: p50 {:.1} µs, p99 {:.1} µs",
            class.name(),
            pct(v, 0.5),
            pct(v, 0.99)
        );
    }
    let max = all_ours.iter().max().copied().unwrap_or_default();
    println!("ours max {:.1} µs", max.as_secs_f64() * 1e6);
}
