//! What the patient said, in their words, with any translation and who made it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;

/// Free text in the patient's own words. The original is the source of truth; a translation is
/// only ever an addition, with who made it, so a physician can tell the two apart.
///
/// Stored exactly as entered: never trimmed, normalised or shortened.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatientText {
    /// The words as said or written by the patient.
    pub original: String,
    /// BCP 47 tag of the original, e.g. `zh-Hans`, `vi`, `ru`.
    pub original_lang: String,
    /// A translation, when one has been made.
    #[serde(default)]
    pub translation: Option<Translation>,
}

/// A translation of a [`PatientText`], with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Translation {
    pub text: String,
    /// BCP 47 tag of the translation (usually `ja`).
    pub lang: String,
    /// Who translated (name or role as staff record it).
    pub translator: String,
    #[serde(default)]
    pub method: TranslationMethod,
}

coded! {
    /// How a translation was made: a physician weighs a machine translation differently.
    #[derive(Default)]
    pub enum TranslationMethod {
        #[default]
        Human => "code-translation-method-human",
        MachineReviewed => "code-translation-method-machine-reviewed",
        Machine => "code-translation-method-machine",
    }
}

impl PatientText {
    /// Text with no translation yet.
    pub fn new(original: impl Into<String>, original_lang: impl Into<String>) -> Self {
        PatientText {
            original: original.into(),
            original_lang: original_lang.into(),
            translation: None,
        }
    }

    /// Adds a human translation.
    pub fn translated(
        mut self,
        text: impl Into<String>,
        lang: impl Into<String>,
        translator: impl Into<String>,
    ) -> Self {
        self.translation = Some(Translation {
            text: text.into(),
            lang: lang.into(),
            translator: translator.into(),
            method: TranslationMethod::Human,
        });
        self
    }

    /// The original and, if any, the translation — what search and the checklist look at.
    pub fn all_text(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.original.as_str()).chain(self.translation.as_ref().map(|t| t.text.as_str()))
    }
}
