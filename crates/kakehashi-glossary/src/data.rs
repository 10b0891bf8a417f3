//! Loading and validating the built-in terminology (`data/*.toml`, compiled in).
//!
//! Parsing never panics: each `[[concept]]` is read on its own, an invalid one is reported as a
//! [`DataProblem`] and left out, and the valid ones are still served. The data validation test
//! asserts there are no problems at all, so a bad entry is caught before it ships.

use std::collections::{BTreeMap, HashMap, HashSet};

use kakehashi_i18n::{msg, Message};
use serde::Deserialize;

use crate::error::DataProblem;
use crate::model::{is_clean_term, is_clean_text, Concept, Domain, Locale, LocaleTerms, Origin, ReviewState};

mod files {
    include!(concat!(env!("OUT_DIR"), "/data_files.rs"));
}

/// The embedded data files: `(file name, TOML source)`.
pub fn data_files() -> &'static [(&'static str, &'static str)] {
    files::DATA_FILES
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    id: String,
    domain: String,
    review: String,
    source: String,
    #[serde(default)]
    loinc: Option<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    definition: BTreeMap<String, String>,
    #[serde(default)]
    terms: BTreeMap<String, RawTerms>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerms {
    preferred: String,
    #[serde(default)]
    reading: Option<String>,
    #[serde(default)]
    synonyms: Vec<String>,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default)]
    review: Option<String>,
}

/// Parses and validates data files. Returns the valid concepts and every problem found.
pub fn load(files: &[(&str, &str)]) -> (Vec<Concept>, Vec<DataProblem>) {
    let mut concepts = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut origin_of: Vec<(String, usize)> = Vec::new();
    for (file, source) in files {
        let table: toml::Table = match toml::from_str(source) {
            Ok(t) => t,
            Err(e) => {
                problems.push(problem(
                    file,
                    0,
                    None,
                    msg!("glossary-data-malformed", "detail" => e.to_string()),
                ));
                continue;
            }
        };
        for key in table.keys().filter(|k| k.as_str() != "concept") {
            problems.push(problem(
                file,
                0,
                None,
                msg!("glossary-data-unknown-field", "field" => key),
            ));
        }
        let Some(list) = table.get("concept").and_then(|v| v.as_array()) else {
            problems.push(problem(file, 0, None, msg!("glossary-data-no-concepts")));
            continue;
        };
        for (i, value) in list.iter().enumerate() {
            let entry = i + 1;
            let raw: RawConcept = match value.clone().try_into() {
                Ok(r) => r,
                Err(e) => {
                    let id = value.get("id").and_then(|v| v.as_str()).map(str::to_owned);
                    problems.push(problem(
                        file,
                        entry,
                        id,
                        msg!("glossary-data-malformed", "detail" => e.to_string()),
                    ));
                    continue;
                }
            };
            let before = problems.len();
            let concept = check(file, entry, raw, &mut problems);
            if let Some(first) = seen.get(&concept.id) {
                problems.push(problem(
                    file,
                    entry,
                    Some(concept.id.clone()),
                    msg!("glossary-data-duplicate-id", "id" => &concept.id, "first" => first),
                ));
                continue;
            }
            seen.insert(concept.id.clone(), (*file).to_owned());
            if problems.len() == before {
                origin_of.push(((*file).to_owned(), entry));
                concepts.push(concept);
            }
        }
    }
    // Related ids can point into any file, so they are checked once everything is read.
    let ids: HashSet<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
    for (c, (file, entry)) in concepts.iter().zip(&origin_of) {
        for r in &c.related {
            if !ids.contains(r.as_str()) && !seen.contains_key(r) {
                problems.push(problem(
                    file,
                    *entry,
                    Some(c.id.clone()),
                    msg!("glossary-data-unknown-related", "related" => r),
                ));
            }
        }
    }
    (concepts, problems)
}

fn problem(file: &str, entry: usize, id: Option<String>, message: Message) -> DataProblem {
    DataProblem {
        file: file.to_owned(),
        entry,
        id,
        message,
    }
}

fn check(file: &str, entry: usize, raw: RawConcept, problems: &mut Vec<DataProblem>) -> Concept {
    let id = raw.id.clone();
    let mut report = |m: Message| problems.push(problem(file, entry, Some(id.clone()), m));
    if !is_kebab_id(&raw.id) {
        report(msg!("glossary-data-bad-id", "id" => &raw.id));
    }
    let domain = Domain::parse(&raw.domain);
    if domain.is_none() {
        report(msg!("glossary-data-unknown-domain", "domain" => &raw.domain));
    }
    let review = ReviewState::parse(&raw.review).unwrap_or_else(|| {
        report(msg!("glossary-data-unknown-review", "review" => &raw.review));
        ReviewState::NeedsReview
    });
    if raw.source.trim().is_empty() {
        report(msg!("glossary-data-empty-source"));
    }
    if !is_clean_text(&raw.source) || !raw.definition.values().all(|d| is_clean_text(d)) {
        report(msg!("glossary-data-text-invalid-character"));
    }
    if let Some(code) = &raw.loinc {
        match loinc_check(code) {
            LoincCheck::Ok => {}
            LoincCheck::Malformed => report(msg!("glossary-data-bad-loinc", "loinc" => code)),
            LoincCheck::WrongCheckDigit(expected) => {
                report(msg!("glossary-data-loinc-check-digit", "loinc" => code, "expected" => expected))
            }
        }
    }
    let mut definition = BTreeMap::new();
    for (tag, text) in raw.definition {
        match Locale::from_tag(&tag) {
            Some(l) if !text.trim().is_empty() => {
                definition.insert(l, text);
            }
            Some(l) => report(msg!("glossary-data-empty-definition", "locale" => l.tag())),
            None => report(msg!("glossary-data-unknown-locale", "locale" => &tag)),
        }
    }
    for l in [Locale::Ja, Locale::En] {
        if !definition.contains_key(&l) {
            report(msg!("glossary-data-missing-definition", "locale" => l.tag()));
        }
    }
    let mut terms = BTreeMap::new();
    for (tag, t) in raw.terms {
        let Some(locale) = Locale::from_tag(&tag) else {
            report(msg!("glossary-data-unknown-locale", "locale" => &tag));
            continue;
        };
        let term_review = match &t.review {
            None => None,
            Some(r) => match ReviewState::parse(r) {
                Some(r) => Some(r),
                None => {
                    report(msg!("glossary-data-unknown-review", "review" => r));
                    None
                }
            },
        };
        if t.preferred.trim().is_empty() || t.synonyms.iter().chain(&t.avoid).any(|s| s.trim().is_empty()) {
            report(msg!("glossary-data-empty-term", "locale" => locale.tag()));
        }
        if !(is_clean_term(&t.preferred)
            && t.synonyms.iter().chain(&t.avoid).all(|s| is_clean_term(s))
            && t.reading.as_deref().is_none_or(is_clean_term))
        {
            report(msg!("glossary-data-term-invalid-character", "locale" => locale.tag()));
        }
        match (&t.reading, locale) {
            (None, Locale::Ja) => report(msg!("glossary-data-missing-reading")),
            (Some(r), Locale::Ja) if !is_hiragana_reading(r) => {
                report(msg!("glossary-data-reading-not-hiragana", "reading" => r))
            }
            (Some(_), l) if l != Locale::Ja => {
                report(msg!("glossary-data-reading-not-japanese", "locale" => l.tag()))
            }
            _ => {}
        }
        terms.insert(
            locale,
            LocaleTerms {
                preferred: t.preferred,
                reading: t.reading,
                synonyms: t.synonyms,
                avoid: t.avoid,
                review: term_review,
            },
        );
    }
    for l in Locale::ALL {
        if !terms.contains_key(&l) {
            report(msg!("glossary-data-missing-locale", "locale" => l.tag()));
        }
    }
    Concept {
        id: raw.id,
        domain,
        review,
        source: raw.source,
        loinc: raw.loinc,
        related: raw.related,
        definition,
        terms,
        origin: Origin::BuiltIn,
    }
}

pub(crate) fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A reading is hiragana; the long-vowel mark, spaces and the middle dot are allowed because
/// loanwords and multi-word terms are read with them.
fn is_hiragana_reading(r: &str) -> bool {
    !r.trim().is_empty()
        && r.chars()
            .all(|c| matches!(c, '\u{3041}'..='\u{309F}' | 'ー' | ' ' | '\u{3000}' | '・'))
}

#[derive(Debug, PartialEq)]
pub(crate) enum LoincCheck {
    Ok,
    Malformed,
    WrongCheckDigit(u32),
}

/// Checks a LOINC code's form `NNNNN-C` and its mod-10 check digit, as LOINC defines it: the digits
/// in odd positions counted from the right are read as one number and doubled, the even-position
/// digits are put in front, and the check digit brings the digit sum up to a multiple of ten.
pub(crate) fn loinc_check(code: &str) -> LoincCheck {
    let Some((body, check)) = code.split_once('-') else {
        return LoincCheck::Malformed;
    };
    if body.is_empty() || body.len() > 7 || check.len() != 1 {
        return LoincCheck::Malformed;
    }
    if !body.bytes().all(|b| b.is_ascii_digit()) || !check.bytes().all(|b| b.is_ascii_digit()) {
        return LoincCheck::Malformed;
    }
    let digits: Vec<u32> = body.bytes().rev().map(|b| u32::from(b - b'0')).collect();
    let odd: String = digits
        .iter()
        .step_by(2)
        .map(|d| char::from(b'0' + *d as u8))
        .collect();
    let even: String = digits
        .iter()
        .skip(1)
        .step_by(2)
        .map(|d| char::from(b'0' + *d as u8))
        .collect();
    let doubled = odd
        .parse::<u64>()
        .map(|n| (n * 2).to_string())
        .unwrap_or_default();
    let sum: u32 = even
        .chars()
        .chain(doubled.chars())
        .filter_map(|c| c.to_digit(10))
        .sum();
    let expected = (10 - sum % 10) % 10;
    if check.parse::<u32>() == Ok(expected) {
        LoincCheck::Ok
    } else {
        LoincCheck::WrongCheckDigit(expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loinc_check_digits_of_known_codes() {
        for code in [
            "5196-1", "13955-0", "16128-1", "56888-1", "24110-9", "2039-6", "1834-1", "2857-1", "718-7",
        ] {
            assert_eq!(loinc_check(code), LoincCheck::Ok, "{code}");
        }
        assert_eq!(loinc_check("5196-2"), LoincCheck::WrongCheckDigit(1));
        assert_eq!(loinc_check("51961"), LoincCheck::Malformed);
        assert_eq!(loinc_check("x-1"), LoincCheck::Malformed);
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_kebab_id("adipose-derived-msc"));
        assert!(is_kebab_id("ca19-9"));
        assert!(!is_kebab_id("MSC"));
        assert!(!is_kebab_id("a--b"));
        assert!(!is_kebab_id(""));
    }
}
