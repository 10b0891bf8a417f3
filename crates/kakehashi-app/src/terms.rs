//! The interpreter's glossary as the window uses it: search as you type, and the glossary terms
//! that occur in a patient's free text. With an unlocked store, the glossary includes the store's
//! user concepts (`Session::glossary`); hits from them are marked.

use kakehashi_glossary::{Concept, Glossary, Locale, MatchKind, MatchedTerm, Origin, TermKind};
use serde::Serialize;
use ts_rs::TS;

/// At most this many hits per keystroke: more than a panel can show at once.
pub const MAX_HITS: usize = 30;

/// The term a query or a text matched.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermMatch {
    pub locale: Locale,
    pub kind: TermKind,
    pub text: String,
}

/// One search result: the whole concept (every locale), which term matched and how, and whether
/// that term is staff-made (a user concept, or a term staff added to a built-in concept).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermHit {
    pub concept: Concept,
    pub matched: TermMatch,
    pub how: MatchKind,
    pub user_term: bool,
}

/// Whether `matched` in concept `concept` comes from staff rather than the built-in data.
fn is_user_term(concept: &Concept, matched: &MatchedTerm<'_>) -> bool {
    match concept.origin {
        Origin::User => true,
        Origin::BuiltIn => false,
        Origin::BuiltInWithUserTerms => !Glossary::builtin()
            .concept(&concept.id)
            .and_then(|c| c.terms.get(&matched.locale))
            .is_some_and(|t| t.iter().any(|(_, _, s)| s == matched.text)),
    }
}

fn owned(m: &MatchedTerm<'_>) -> TermMatch {
    TermMatch {
        locale: m.locale,
        kind: m.kind,
        text: m.text.to_owned(),
    }
}

/// Searches every locale of `glossary` at once; best matches first.
pub fn search_in(glossary: &Glossary, query: &str, limit: usize) -> Vec<TermHit> {
    glossary
        .search(query, limit.min(MAX_HITS))
        .into_iter()
        .map(|h| TermHit {
            concept: h.concept.clone(),
            matched: owned(&h.matched),
            how: h.how,
            user_term: is_user_term(h.concept, &h.matched),
        })
        .collect()
}

/// Searches the built-in glossary (what a locked app shows).
pub fn search(query: &str, limit: usize) -> Vec<TermHit> {
    search_in(Glossary::builtin(), query, limit)
}

/// A glossary term found in a text, with offsets in UTF-16 code units (what the window's strings
/// count), so the UI can mark it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermInText {
    pub concept_id: String,
    pub start: u32,
    pub end: u32,
    pub matched: TermMatch,
    pub user_term: bool,
}

/// Terms of `glossary` occurring in `text` (longest match, no overlaps).
pub fn find_in_text_in(glossary: &Glossary, text: &str) -> Vec<TermInText> {
    let utf16 = |byte: usize| -> u32 {
        let prefix = text.get(..byte).unwrap_or(text);
        u32::try_from(prefix.encode_utf16().count()).unwrap_or(u32::MAX)
    };
    glossary
        .find_in_text(text)
        .into_iter()
        .map(|m| TermInText {
            concept_id: m.concept_id.to_owned(),
            start: utf16(m.start),
            end: utf16(m.end),
            user_term: glossary
                .concept(m.concept_id)
                .is_some_and(|c| is_user_term(c, &m.matched)),
            matched: owned(&m.matched),
        })
        .collect()
}

/// Built-in glossary terms occurring in `text`.
pub fn find_in_text(text: &str) -> Vec<TermInText> {
    find_in_text_in(Glossary::builtin(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hiragana_finds_the_kanji_entry_with_its_chinese_term() {
        let hits = search("かんようけいかんさいぼう", 5);
        let first = hits.first().expect("a hit");
        let zh = first
            .concept
            .terms
            .iter()
            .find(|(l, _)| format!("{l:?}").contains("Hans"))
            .map(|(_, t)| t.preferred.clone());
        assert_eq!(zh.as_deref(), Some("间充质干细胞"), "{first:?}");
    }

    #[test]
    fn offsets_count_utf16_units() {
        let text = "😀 アナフィラキシーの既往";
        let found = find_in_text(text);
        let m = found
            .iter()
            .find(|m| m.concept_id.contains("anaphylaxis"))
            .expect("anaphylaxis found");
        let units: Vec<u16> = text.encode_utf16().collect();
        let marked = String::from_utf16(&units[m.start as usize..m.end as usize]).unwrap();
        assert_eq!(marked, "アナフィラキシー");
    }
}
