//! The three-state rule: "not asked" is never "none".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::Timestamp;

/// A list section of the record (medications, allergies, …) in one of three states.
///
/// - `not-asked`: nobody has asked yet. This is the default and the only state a new record has.
/// - `confirmed-none`: someone asked and the answer was "none"; who and when may be recorded.
/// - `entries`: at least one entry. An empty list is a validation error, never read as "none".
///
/// Nothing in this crate turns one state into another; only an explicit staff action does.
#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Section<T> {
    #[default]
    NotAsked,
    ConfirmedNone(Confirmation),
    Entries {
        entries: Vec<T>,
    },
}

/// Who confirmed "none", and when (both optional: the fact matters more than the stamp).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Confirmation {
    #[serde(default)]
    pub confirmed_by: Option<String>,
    #[serde(default)]
    pub confirmed_at: Option<Timestamp>,
}

coded! {
    /// How complete a section is, for the UI's overview.
    pub enum CompletionKind {
        NotAsked => "code-completion-not-asked",
        ConfirmedNone => "code-completion-confirmed-none",
        Entries => "code-completion-entries",
    }
}

/// A section's state for an overview: not asked / confirmed none / n entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Completion {
    pub kind: CompletionKind,
    pub count: u32,
}

impl<T> Section<T> {
    /// Entries, or an empty slice for not-asked and confirmed-none (use [`Section::is_not_asked`]
    /// to tell those apart).
    pub fn entries(&self) -> &[T] {
        match self {
            Section::Entries { entries } => entries,
            _ => &[],
        }
    }
    pub fn is_not_asked(&self) -> bool {
        matches!(self, Section::NotAsked)
    }
    pub fn is_confirmed_none(&self) -> bool {
        matches!(self, Section::ConfirmedNone(_))
    }
    pub fn from_entries(entries: Vec<T>) -> Self {
        Section::Entries { entries }
    }
    pub fn confirmed_none() -> Self {
        Section::ConfirmedNone(Confirmation::default())
    }
    pub fn completion(&self) -> Completion {
        match self {
            Section::NotAsked => Completion {
                kind: CompletionKind::NotAsked,
                count: 0,
            },
            Section::ConfirmedNone(_) => Completion {
                kind: CompletionKind::ConfirmedNone,
                count: 0,
            },
            Section::Entries { entries } => Completion {
                kind: CompletionKind::Entries,
                count: u32::try_from(entries.len()).unwrap_or(u32::MAX),
            },
        }
    }
}

/// A single fact that may be not asked, unknown, confirmed absent, or known — e.g. the provision
/// plan number, the certified committee, the emergency transfer hospital.
#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Fact<T> {
    #[default]
    NotAsked,
    /// Asked, but nobody could say (e.g. the agency did not know the facility number).
    Unknown,
    /// Asked, and there is none (e.g. no committee because the product is outside the Act).
    ConfirmedNone(Confirmation),
    Known {
        value: T,
    },
}

impl<T> Fact<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Fact::Known { value } => Some(value),
            _ => None,
        }
    }
    pub fn is_known(&self) -> bool {
        matches!(self, Fact::Known { .. })
    }
}

// Sections and facts are read through a plain struct rather than serde's internally tagged enum
// support: that support buffers the content, which loses the path of an error inside an entry
// ("medications[1].route" would be reported as "medications"). The JSON form is the same.

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum SectionKind {
    NotAsked,
    ConfirmedNone,
    Entries,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawSection<T> {
    kind: SectionKind,
    #[serde(default = "none")]
    entries: Option<Vec<T>>,
    #[serde(default)]
    confirmed_by: Option<String>,
    #[serde(default)]
    confirmed_at: Option<Timestamp>,
}

fn none<T>() -> Option<T> {
    None
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Section<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let raw = RawSection::<T>::deserialize(deserializer)?;
        let stamped = raw.confirmed_by.is_some() || raw.confirmed_at.is_some();
        match raw.kind {
            SectionKind::NotAsked if raw.entries.is_some() || stamped => Err(D::Error::custom(
                "a not-asked section carries no entries or confirmation",
            )),
            SectionKind::NotAsked => Ok(Section::NotAsked),
            SectionKind::ConfirmedNone if raw.entries.is_some() => {
                Err(D::Error::custom("a confirmed-none section carries no entries"))
            }
            SectionKind::ConfirmedNone => Ok(Section::ConfirmedNone(Confirmation {
                confirmed_by: raw.confirmed_by,
                confirmed_at: raw.confirmed_at,
            })),
            SectionKind::Entries if stamped => {
                Err(D::Error::custom("an entries section carries no confirmation"))
            }
            SectionKind::Entries => match raw.entries {
                Some(entries) => Ok(Section::Entries { entries }),
                None => Err(D::Error::missing_field("entries")),
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum FactKind {
    NotAsked,
    Unknown,
    ConfirmedNone,
    Known,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawFact<T> {
    kind: FactKind,
    #[serde(default = "none")]
    value: Option<T>,
    #[serde(default)]
    confirmed_by: Option<String>,
    #[serde(default)]
    confirmed_at: Option<Timestamp>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Fact<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let raw = RawFact::<T>::deserialize(deserializer)?;
        let stamped = raw.confirmed_by.is_some() || raw.confirmed_at.is_some();
        match raw.kind {
            FactKind::Known => match raw.value {
                Some(value) if !stamped => Ok(Fact::Known { value }),
                Some(_) => Err(D::Error::custom("a known fact carries no confirmation")),
                None => Err(D::Error::missing_field("value")),
            },
            _ if raw.value.is_some() => Err(D::Error::custom("only a known fact carries a value")),
            FactKind::ConfirmedNone => Ok(Fact::ConfirmedNone(Confirmation {
                confirmed_by: raw.confirmed_by,
                confirmed_at: raw.confirmed_at,
            })),
            _ if stamped => Err(D::Error::custom(
                "only a confirmed-none fact carries a confirmation",
            )),
            FactKind::NotAsked => Ok(Fact::NotAsked),
            FactKind::Unknown => Ok(Fact::Unknown),
        }
    }
}
