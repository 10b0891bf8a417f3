//! The interpreter's glossary as the window uses it: search as you type, and the glossary terms
//! that occur in a patient's free text.

use kakehashi_glossary::{Glossary, Hit, MatchedTerm};
use serde::Serialize;
use ts_rs::TS;

/// At most this many hits per keystroke: more than a panel can show at once.
pub const MAX_HITS: usize = 30;

/// Searches every locale at once; best matches first.
pub fn search(query: &str, limit: usize) -> Vec<Hit<'static>> {
    Glossary::builtin().search(query, limit.min(MAX_HITS))
}

/// A glossary term found in a text, with offsets in UTF-16 code units (what the window's strings
/// count), so the UI can mark it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermInText {
    pub concept_id: String,
    pub start: u32,
    pub end: u32,
    pub matched: MatchedTerm<'static>,
}

/// Glossary terms occurring in `text` (longest match, no overlaps).
pub fn find_in_text(text: &str) -> Vec<TermInText> {
    let utf16 = |byte: usize| -> u32 {
        let prefix = text.get(..byte).unwrap_or(text);
        u32::try_from(prefix.encode_utf16().count()).unwrap_or(u32::MAX)
    };
    Glossary::builtin()
        .find_in_text(text)
        .into_iter()
        .map(|m| TermInText {
            concept_id: m.concept_id.to_owned(),
            start: utf16(m.start),
            end: utf16(m.end),
            matched: m.matched,
        })
        .collect()
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
