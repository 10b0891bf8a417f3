#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every message id this crate can produce is defined in both Fluent files, and nothing else is.

use std::collections::BTreeSet;

fn ids_in_ftl(src: &str) -> BTreeSet<String> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
        .map(|l| l.split(" = ").next().unwrap().trim().to_owned())
        .collect()
}

fn ids_in_sources() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text.split("msg!(\"").skip(1) {
            out.insert(part.split('"').next().unwrap().to_owned());
        }
    }
    out
}

#[test]
fn every_message_id_is_translated_in_japanese_and_english() {
    let ja = ids_in_ftl(include_str!("../../../locales/ja/glossary.ftl"));
    let en = ids_in_ftl(include_str!("../../../locales/en/glossary.ftl"));
    let used = ids_in_sources();
    assert!(used.len() > 30);
    assert_eq!(ja, en, "ja and en define different ids");
    let missing: Vec<&String> = used.difference(&ja).collect();
    assert!(missing.is_empty(), "not defined: {missing:?}");
    let unused: Vec<&String> = ja.difference(&used).collect();
    assert!(unused.is_empty(), "defined but never used: {unused:?}");
}

#[test]
fn the_messages_format_in_both_locales() {
    use kakehashi_glossary::GlossaryError;
    let l10n = kakehashi_i18n::Localizer::embedded();
    let err = GlossaryError::ImportHasProblems { count: 3 };
    for locale in ["ja", "en"] {
        let text = l10n.format(locale, &err.message());
        assert!(text.contains('3'), "{locale}: {text}");
        assert!(!text.contains("glossary-error"), "{locale}: {text}");
    }
}
