#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile or damaged files never crash the importers, and search never panics on odd input.
//! Longer runs: `PROPTEST_CASES=20000 cargo test -p kakehashi-glossary --release --test fuzz`.

use kakehashi_glossary::import::{parse, ImportFormat};
use kakehashi_glossary::{data, export_csv, export_tbx, export_tbx_v3, Glossary};
use proptest::prelude::*;

fn mini() -> &'static Glossary {
    static G: std::sync::OnceLock<Glossary> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        let (concepts, _) = data::load(&[("mini.toml", include_str!("fixtures/mini.toml"))]);
        Glossary::from_concepts(concepts)
    })
}

fn valid_files() -> &'static [Vec<u8>; 3] {
    static F: std::sync::OnceLock<[Vec<u8>; 3]> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        export_tbx(mini(), &mut a).unwrap();
        export_tbx_v3(mini(), &mut b).unwrap();
        export_csv(mini(), &mut c).unwrap();
        [a, b, c]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (
            any::<usize>(),
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 1..16),
                Just(b"<termEntry>".to_vec()),
                Just(b"</langSet>".to_vec()),
                Just(b"&bogus;".to_vec()),
                Just(b"&#xD800;".to_vec()),
                Just(b"<![CDATA[x]]>".to_vec()),
                Just(b"\"".to_vec()),
                Just(b",,\r\n".to_vec()),
                Just("\u{FEFF}".as_bytes().to_vec()),
            ]
        )
            .prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip(i, b) => {
                if !bytes.is_empty() {
                    let i = i % bytes.len();
                    bytes[i] ^= b;
                }
            }
            Mutation::Delete(i, n) => {
                let i = i % len;
                let end = (i + n).min(bytes.len());
                if i < end {
                    bytes.drain(i..end);
                }
            }
            Mutation::Insert(i, v) => {
                let i = i % (bytes.len() + 1);
                bytes.splice(i..i, v.iter().copied());
            }
            Mutation::Duplicate(i, n) => {
                let i = i % len;
                let end = (i + n).min(bytes.len());
                if i < end {
                    let part = bytes[i..end].to_vec();
                    bytes.splice(end..end, part);
                }
            }
            Mutation::Truncate(i) => bytes.truncate(i % len),
        }
    }
    bytes
}

/// `PROPTEST_CASES` overrides the default number of cases (the explicit config would hide it).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_crash_either_importer(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in [ImportFormat::Tbx, ImportFormat::Csv] {
            let preview = parse(&bytes, format);
            // Whatever was read is either clean or explained.
            prop_assert!(preview.problems.iter().all(|p| p.message.id.starts_with("glossary-")));
        }
    }

    #[test]
    fn damaged_exports_never_crash_and_problems_block_the_import(
        which in 0usize..3,
        muts in proptest::collection::vec(mutation(), 1..6),
    ) {
        let bytes = apply(valid_files()[which].clone(), &muts);
        let format = if which == 2 { ImportFormat::Csv } else { ImportFormat::Tbx };
        let preview = parse(&bytes, format);
        let has_problems = !preview.problems.is_empty();
        let applied = preview.apply(false);
        prop_assert_eq!(applied.is_err(), has_problems);
        // Every imported concept has at least one term (never an empty shell).
        if let Ok(concepts) = applied {
            prop_assert!(concepts.iter().all(|c| !c.terms.is_empty()));
        }
    }

    #[test]
    fn search_and_text_scanning_accept_any_text(s in "\\PC{0,24}", t in "\\PC{0,200}") {
        let g = mini();
        let hits = g.search(&s, 10);
        prop_assert!(hits.len() <= 10);
        for m in g.find_in_text(&t) {
            prop_assert!(m.start < m.end && t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        }
    }
}

/// Deeply nested and very long inputs are bounded by the file size, not by recursion.
#[test]
fn deep_nesting_and_huge_attributes_are_handled() {
    let mut deep = String::from("<martif><text><body><termEntry>");
    for _ in 0..100_000 {
        deep.push_str("<x>");
    }
    let preview = parse(deep.as_bytes(), ImportFormat::Tbx);
    assert!(!preview.problems.is_empty());
    let wide = format!(
        "<martif><text><body><termEntry id=\"{}\"></termEntry></body></text></martif>",
        "a".repeat(1_000_000)
    );
    let preview = parse(wide.as_bytes(), ImportFormat::Tbx);
    assert_eq!(
        preview.problems[0].message.id,
        "glossary-import-entry-without-terms"
    );
}
