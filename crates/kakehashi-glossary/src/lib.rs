//! Kakehashi's terminology: the built-in multilingual glossary of regenerative medicine, intake and
//! consent wording, plus staff-made terms; search as you type across all six locales at once;
//! recognition of glossary terms in a patient's free text; TBX and CSV import and export.
//!
//! - [`Glossary::builtin`] parses the compiled-in `data/*.toml` once per process.
//! - [`Glossary::search`] ranks exact > prefix > substring > one-typo matches, then preferred >
//!   reading > synonym > term to avoid, then domain, then shorter terms; one hit per concept, each
//!   carrying the whole concept so staff and patient locales can be shown side by side.
//! - [`Glossary::find_in_text`] finds the longest glossary terms in free text.
//! - [`tbx`] and [`csv_io`] read and write user glossaries; [`import::import_file`] previews an
//!   import, which is applied all-or-nothing unless the user accepts a partial import.

pub mod csv_io;
pub mod data;
pub mod error;
pub mod fold;
pub mod import;
mod index;
pub mod model;
pub mod tbx;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

pub use crate::csv_io::export_csv;
pub use crate::error::{DataProblem, GlossaryError, ImportProblem};
pub use crate::fold::ZhCoverage;
pub use crate::import::{import_file, ImportFormat, ImportPreview};
pub use crate::model::{Concept, Domain, Locale, LocaleTerms, Origin, ReviewState, TermKind};
pub use crate::tbx::{export_tbx, export_tbx_v3};

use crate::fold::{search_form, ZhMap};
use crate::index::{Class, Index};

/// How a query matched. Ranked in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    Exact,
    Prefix,
    Substring,
    /// One edit away (insertion, deletion, substitution or adjacent swap); queries of 4+ characters.
    Fuzzy,
}

/// The term a query or a text matched.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MatchedTerm<'g> {
    pub locale: Locale,
    pub kind: TermKind,
    pub text: &'g str,
}

/// One search result: the whole concept (every locale), and which term matched and how.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Hit<'g> {
    pub concept: &'g Concept,
    pub matched: MatchedTerm<'g>,
    pub how: MatchKind,
}

/// A glossary term found in free text: `text[start..end]` (byte offsets into the original text).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TextMatch<'g> {
    pub concept_id: &'g str,
    pub start: usize,
    pub end: usize,
    pub matched: MatchedTerm<'g>,
}

/// The glossary: concepts and their search index.
#[derive(Debug)]
pub struct Glossary {
    /// Built-in concepts only, kept so user concepts can be re-merged from scratch.
    base: Vec<Concept>,
    concepts: Vec<Concept>,
    by_id: HashMap<String, u32>,
    zh: ZhMap,
    index: Index,
    problems: Vec<DataProblem>,
}

static BUILTIN: OnceLock<Glossary> = OnceLock::new();

impl Glossary {
    /// The built-in glossary, parsed from the embedded data on first use. Invalid entries are left
    /// out (see [`Glossary::data_problems`]); the data validation test keeps that list empty.
    pub fn builtin() -> &'static Glossary {
        BUILTIN.get_or_init(|| {
            let (concepts, problems) = data::load(data::data_files());
            let mut g = Glossary::from_concepts(concepts);
            g.problems = problems;
            g
        })
    }

    /// A glossary of exactly these concepts (treated as the built-in base).
    pub fn from_concepts(concepts: Vec<Concept>) -> Glossary {
        let zh = ZhMap::build(&concepts);
        let index = Index::build(&concepts, |s| search_form(&zh, s));
        let by_id = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i as u32))
            .collect();
        Glossary {
            base: concepts.clone(),
            concepts,
            by_id,
            zh,
            index,
            problems: Vec::new(),
        }
    }

    /// This glossary's built-in concepts merged with staff-made ones (from the encrypted store).
    ///
    /// A user concept with a new id is added. One whose id is a built-in concept's adds its terms
    /// to that concept: a different preferred term becomes a synonym, synonyms and terms to avoid
    /// are added, definitions fill only locales the built-in concept lacks. The built-in wording
    /// stays the preferred one, so the glossary and the UI keep one source for each term.
    pub fn with_user_concepts(&self, user: &[Concept]) -> Result<Glossary, GlossaryError> {
        let mut concepts = self.base.clone();
        let mut by_id: HashMap<String, usize> = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        for u in user {
            validate_user(u)?;
            match by_id.get(&u.id) {
                Some(&i) => merge_into(&mut concepts[i], u),
                None => {
                    let mut c = u.clone();
                    c.origin = Origin::User;
                    by_id.insert(c.id.clone(), concepts.len());
                    concepts.push(c);
                }
            }
        }
        let zh = ZhMap::build(&concepts);
        let index = Index::build(&concepts, |s| search_form(&zh, s));
        let by_id = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i as u32))
            .collect();
        Ok(Glossary {
            base: self.base.clone(),
            concepts,
            by_id,
            zh,
            index,
            problems: self.problems.clone(),
        })
    }

    /// The imported concepts that would change this glossary: a concept whose id exists and that
    /// adds no term, reading or definition to it is dropped, so re-importing an export does not
    /// copy the built-in glossary into the user store.
    pub fn only_new(&self, concepts: Vec<Concept>) -> Vec<Concept> {
        concepts
            .into_iter()
            .filter(|u| match self.concept(&u.id) {
                None => true,
                Some(existing) => {
                    let mut merged = existing.clone();
                    merge_into(&mut merged, u);
                    merged.terms != existing.terms || merged.definition != existing.definition
                }
            })
            .collect()
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The preferred term of concept `id` in `locale`: the one source for the UI's and the handoff
    /// sheet's medical wording (`glossary.preferred("iv-drip", Locale::Ja)`).
    pub fn preferred(&self, id: &str, locale: Locale) -> Option<&str> {
        self.concept(id).and_then(|c| c.preferred(locale))
    }

    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.by_id.get(id).map(|&i| &self.concepts[i as usize])
    }

    /// Problems found in the built-in data files (empty when the data is valid).
    pub fn data_problems(&self) -> &[DataProblem] {
        &self.problems
    }

    /// The search form of `s` (what the index compares).
    pub fn search_form(&self, s: &str) -> String {
        search_form(&self.zh, s)
    }

    /// Traditional → simplified pairs the data suggests that the table lacks (for review).
    pub fn zh_candidates(&self) -> Vec<(char, char, usize)> {
        self.zh.candidates(&self.concepts)
    }

    pub fn zh_coverage(&self) -> ZhCoverage {
        self.zh.coverage(&self.concepts)
    }

    /// Approximate bytes held by the search index and folding table (not the concepts themselves).
    pub fn index_bytes(&self) -> usize {
        self.index.heap_bytes() + self.zh.heap_bytes() + self.by_id.capacity() * 40
    }

    /// Bytes per part of the index, for the benchmark's memory report.
    pub fn index_memory(&self) -> Vec<(&'static str, usize)> {
        let mut parts = self.index.memory();
        parts.push(("han folding table", self.zh.heap_bytes()));
        parts.push(("id lookup", self.by_id.capacity() * 40));
        parts
    }

    /// Distinct search keys in the index.
    pub fn key_count(&self) -> usize {
        self.index.key_count()
    }

    /// Search as you type, across all locales at once. At most `limit` hits, one per concept.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let q = search_form(&self.zh, query);
        self.index
            .search(&q, limit)
            .into_iter()
            .map(|c| {
                let e = self.index.entries[c.entry as usize];
                let concept = &self.concepts[e.concept as usize];
                Hit {
                    concept,
                    matched: self.matched(e),
                    how: match c.class {
                        Class::Exact => MatchKind::Exact,
                        Class::Prefix => MatchKind::Prefix,
                        Class::Substring => MatchKind::Substring,
                        Class::Fuzzy => MatchKind::Fuzzy,
                    },
                }
            })
            .collect()
    }

    fn matched(&self, e: index::Entry) -> MatchedTerm<'_> {
        let concept = &self.concepts[e.concept as usize];
        let text = concept
            .terms
            .get(&e.locale)
            .map(|t| t.get(e.kind, e.slot))
            .unwrap_or("");
        MatchedTerm {
            locale: e.locale,
            kind: e.kind,
            text,
        }
    }

    /// Glossary terms occurring in `text` (a patient's free-text field), left to right, longest
    /// match first and not overlapping. Han, kana and Hangul terms match anywhere; a term that
    /// begins or ends with a Latin letter or digit must begin or end at a word boundary, so `MSC`
    /// is not found inside `MSCS2`. Terms of one character are not looked for.
    pub fn find_in_text(&self, text: &str) -> Vec<TextMatch<'_>> {
        let clusters = fold_clusters(&self.zh, text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < clusters.len() {
            let c = &clusters[i];
            if c.folded.is_empty() || c.folded == " " {
                i += 1;
                continue;
            }
            let mut probe = String::new();
            let mut best: Option<(usize, u32)> = None;
            for (j, next) in clusters.iter().enumerate().skip(i) {
                probe.push_str(&next.folded);
                if next.folded.is_empty() {
                    continue;
                }
                let (has_prefix, exact) = self.index.lookup_prefix(&probe);
                if let Some(k) = exact {
                    if self.index.key_char_len(k) >= 2
                        && boundary_ok(text, clusters[i].start, next.end, &probe)
                    {
                        best = Some((j, k));
                    }
                }
                if !has_prefix {
                    break;
                }
            }
            match best {
                Some((mut j, k)) => {
                    // A long-vowel mark folds to nothing, so the match would stop short of a final
                    // "ー" (アナフィラキシー); it belongs to the word.
                    while clusters.get(j + 1).is_some_and(|n| {
                        n.folded.is_empty() && matches!(text.get(n.start..n.end), Some("ー" | "ｰ"))
                    }) {
                        j += 1;
                    }
                    let mut seen: Vec<u32> = Vec::new();
                    for e in self.index.key_entries(k) {
                        let entry = self.index.entries[e as usize];
                        if seen.contains(&entry.concept) {
                            continue;
                        }
                        seen.push(entry.concept);
                        out.push(TextMatch {
                            concept_id: &self.concepts[entry.concept as usize].id,
                            start: clusters[i].start,
                            end: clusters[j].end,
                            matched: self.matched(entry),
                        });
                    }
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

fn validate_user(u: &Concept) -> Result<(), GlossaryError> {
    let bad = |field: &str| GlossaryError::InvalidUserConcept {
        id: u.id.clone(),
        field: field.to_owned(),
    };
    if u.id.trim().is_empty() {
        return Err(bad("id"));
    }
    if !u.terms.values().any(|t| !t.preferred.trim().is_empty()) {
        return Err(bad("terms"));
    }
    for (l, t) in &u.terms {
        if t.preferred.trim().is_empty() || !t.iter().all(|(_, _, s)| model::is_clean_term(s)) {
            return Err(bad(&format!("terms.{}", l.tag())));
        }
    }
    for (l, d) in &u.definition {
        if !model::is_clean_text(d) {
            return Err(bad(&format!("definition.{}", l.tag())));
        }
    }
    if !model::is_clean_text(&u.source) {
        return Err(bad("source"));
    }
    Ok(())
}

fn merge_into(c: &mut Concept, u: &Concept) {
    let before = c.clone();
    for (locale, ut) in &u.terms {
        let t = c
            .terms
            .entry(*locale)
            .or_insert_with(|| LocaleTerms::new(ut.preferred.clone()));
        // A term the concept already has, in any role, is not added again.
        let known =
            |t: &LocaleTerms, s: &String| t.preferred == *s || t.synonyms.contains(s) || t.avoid.contains(s);
        for s in std::iter::once(&ut.preferred).chain(&ut.synonyms) {
            if !known(t, s) {
                t.synonyms.push(s.clone());
            }
        }
        for s in &ut.avoid {
            if !known(t, s) {
                t.avoid.push(s.clone());
            }
        }
        if t.reading.is_none() {
            t.reading.clone_from(&ut.reading);
        }
    }
    for (locale, d) in &u.definition {
        c.definition.entry(*locale).or_insert_with(|| d.clone());
    }
    // Only a built-in concept that actually gained something changes its origin (re-importing
    // our own export changes nothing); two staff concepts with one id stay staff concepts.
    if c.origin == Origin::BuiltIn && *c != before {
        c.origin = Origin::BuiltInWithUserTerms;
    }
}

struct Cluster {
    start: usize,
    end: usize,
    folded: String,
}

/// Splits text into base characters with their combining marks and folds each on its own, keeping
/// the original byte range of each so matches point back into the unfolded text.
fn fold_clusters(zh: &ZhMap, text: &str) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = iter.peek() {
            if unicode_mark(n) {
                end = i + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let folded = if c.is_whitespace() {
            if out.last().is_some_and(|p| p.folded == " ") {
                String::new()
            } else {
                " ".to_owned()
            }
        } else {
            search_form(zh, &text[start..end])
        };
        out.push(Cluster { start, end, folded });
    }
    out
}

fn unicode_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x3099..=0x309A | 0xFF9E..=0xFF9F | 0xFE00..=0xFE0F)
}

fn is_latin_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c.is_alphanumeric() && matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF))
}

fn boundary_ok(text: &str, start: usize, end: usize, key: &str) -> bool {
    let key_starts_latin = key.chars().next().is_some_and(is_latin_word_char);
    let key_ends_latin = key.chars().next_back().is_some_and(is_latin_word_char);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued_before = key_starts_latin && before.is_some_and(is_latin_word_char);
    let glued_after = key_ends_latin && after.is_some_and(is_latin_word_char);
    !glued_before && !glued_after
}
