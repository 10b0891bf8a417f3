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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
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
