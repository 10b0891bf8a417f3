//! The glossary's data types: concepts, their terms per locale, and the closed vocabularies
//! (locales, domains, review states) the data files and the importers are checked against.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether a term is one line of text: no line breaks, tabs or other control characters (they
/// cannot be shown in a term, and XML cannot carry most of them).
pub(crate) fn is_clean_term(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
}

/// Whether free text (definition, source) can be written to XML 1.0 unchanged: line breaks and
/// tabs are fine, other control characters are not.
pub(crate) fn is_clean_text(s: &str) -> bool {
    !s.chars()
        .any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
}

/// The six glossary locales. Every built-in concept carries a term in each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
pub enum Locale {
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "vi")]
    Vi,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::Ja,
        Locale::En,
        Locale::ZhHans,
        Locale::ZhHant,
        Locale::Ko,
        Locale::Vi,
    ];

    /// The BCP 47 tag used in the data files, TBX `xml:lang` and CSV headers.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ja => "ja",
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::Ko => "ko",
            Locale::Vi => "vi",
        }
    }

    /// The exact tag as written in the data files.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Reads the tags other tools write (`ja-JP`, `en_US`, `zh-CN`, `zh-TW`, `zh-Hant-HK`, any case).
    /// A bare `zh` is refused: guessing its script would put terms in the wrong column.
    pub fn from_foreign_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = lower.split('-');
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match primary {
            "ja" => Some(Locale::Ja),
            "en" => Some(Locale::En),
            "ko" => Some(Locale::Ko),
            "vi" => Some(Locale::Vi),
            "zh" => {
                if rest.contains(&"hans") || rest.iter().any(|r| matches!(*r, "cn" | "sg" | "my")) {
                    Some(Locale::ZhHans)
                } else if rest.contains(&"hant") || rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo")) {
                    Some(Locale::ZhHant)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}

/// Subject areas of the built-in terminology. The order here is the tie-break order in search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    CellTypes,
    CellSources,
    Products,
    Procedures,
    ManufacturingQuality,
    Regulation,
    HistoryConditions,
    Symptoms,
    DrugClasses,
    AllergyReactions,
    ScreeningTests,
    Imaging,
    ConsentPhrases,
    AnatomyRoutes,
}

impl Domain {
    pub const ALL: [Domain; 14] = [
        Domain::CellTypes,
        Domain::CellSources,
        Domain::Products,
        Domain::Procedures,
        Domain::ManufacturingQuality,
        Domain::Regulation,
        Domain::HistoryConditions,
        Domain::Symptoms,
        Domain::DrugClasses,
        Domain::AllergyReactions,
        Domain::ScreeningTests,
        Domain::Imaging,
        Domain::ConsentPhrases,
        Domain::AnatomyRoutes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Domain::CellTypes => "cell-types",
            Domain::CellSources => "cell-sources",
            Domain::Products => "products",
            Domain::Procedures => "procedures",
            Domain::ManufacturingQuality => "manufacturing-quality",
            Domain::Regulation => "regulation",
            Domain::HistoryConditions => "history-conditions",
            Domain::Symptoms => "symptoms",
            Domain::DrugClasses => "drug-classes",
            Domain::AllergyReactions => "allergy-reactions",
            Domain::ScreeningTests => "screening-tests",
            Domain::Imaging => "imaging",
            Domain::ConsentPhrases => "consent-phrases",
            Domain::AnatomyRoutes => "anatomy-routes",
        }
    }

    pub fn parse(s: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// Whether a concept (or one term) has been checked against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    Verified,
    NeedsReview,
}

impl ReviewState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Verified => "verified",
            ReviewState::NeedsReview => "needs-review",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewState> {
        match s {
            "verified" => Some(ReviewState::Verified),
            "needs-review" => Some(ReviewState::NeedsReview),
            _ => None,
        }
    }
}

/// Which of a locale's terms a match or a mention refers to. The order is the ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    Preferred,
    /// The kana reading of a Japanese term.
    Reading,
    Synonym,
    /// A term to avoid: still found, so the interpreter sees the warning and the preferred term.
    Avoid,
}

/// Where a concept comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "kebab-case")]
// Named apart from the model's `Origin` (of a cell product) so the two never share a TypeScript file.
#[ts(rename = "ConceptOrigin")]
pub enum Origin {
    #[default]
    BuiltIn,
    /// Added or edited by staff in the app, or imported from a file.
    User,
    /// A built-in concept to which staff added terms.
    BuiltInWithUserTerms,
}

/// The terms of one concept in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "camelCase")]
pub struct LocaleTerms {
    pub preferred: String,
    /// Hiragana reading; required for Japanese built-in terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reading: Option<String>,
    #[serde(default)]
    pub synonyms: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Overrides the concept's review state for this locale's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub review: Option<ReviewState>,
}

impl LocaleTerms {
    pub fn new(preferred: impl Into<String>) -> Self {
        LocaleTerms {
            preferred: preferred.into(),
            ..LocaleTerms::default()
        }
    }

    /// Every term with its kind, preferred first.
    pub fn iter(&self) -> impl Iterator<Item = (TermKind, u16, &str)> {
        std::iter::once((TermKind::Preferred, 0u16, self.preferred.as_str()))
            .chain(self.reading.iter().map(|r| (TermKind::Reading, 0u16, r.as_str())))
            .chain(
                self.synonyms
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (TermKind::Synonym, i as u16, s.as_str())),
            )
            .chain(
                self.avoid
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (TermKind::Avoid, i as u16, s.as_str())),
            )
    }

    pub(crate) fn get(&self, kind: TermKind, slot: u16) -> &str {
        let slot = usize::from(slot);
        match kind {
            TermKind::Preferred => &self.preferred,
            TermKind::Reading => self.reading.as_deref().unwrap_or(""),
            TermKind::Synonym => self.synonyms.get(slot).map(String::as_str).unwrap_or(""),
            TermKind::Avoid => self.avoid.get(slot).map(String::as_str).unwrap_or(""),
        }
    }
}

/// One concept: the same meaning named in every locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Concept {
    /// Stable kebab-case id, unique in the glossary.
    pub id: String,
    /// Always set for built-in concepts; a user term may have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub domain: Option<Domain>,
    pub review: ReviewState,
    /// Where the terms and definition come from.
    #[serde(default)]
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub loinc: Option<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub definition: BTreeMap<Locale, String>,
    pub terms: BTreeMap<Locale, LocaleTerms>,
    #[serde(default)]
    pub origin: Origin,
}

impl Concept {
    /// A new user concept with no terms yet; it needs at least one before it can be merged.
    pub fn new_user(id: impl Into<String>) -> Self {
        Concept {
            id: id.into(),
            domain: None,
            review: ReviewState::NeedsReview,
            source: String::new(),
            loinc: None,
            related: Vec::new(),
            definition: BTreeMap::new(),
            terms: BTreeMap::new(),
            origin: Origin::User,
        }
    }

    /// The review state that applies to `locale`'s terms.
    pub fn review_for(&self, locale: Locale) -> ReviewState {
        self.terms
            .get(&locale)
            .and_then(|t| t.review)
            .unwrap_or(self.review)
    }

    /// The preferred term in `locale`, if the concept has one.
    pub fn preferred(&self, locale: Locale) -> Option<&str> {
        self.terms.get(&locale).map(|t| t.preferred.as_str())
    }
}
