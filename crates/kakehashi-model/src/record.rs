//! The patient record: everything the coordinator gathers, as one value.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::allergy::Allergy;
use crate::coded::coded;
use crate::error::ModelError;
use crate::explanation::{Consent, Explanation};
use crate::history::History;
use crate::medication::Medication;
use crate::profile::Profile;
use crate::screening::{ImagingStudy, ScreeningResult};
use crate::section::{Completion, Section};
use crate::text::PatientText;
use crate::treatment::PlannedTreatment;

/// The version of the record format written by this crate. Readers refuse other versions
/// (by validation) rather than guess at them.
pub const SCHEMA_VERSION: u32 = 1;

/// A record's id. The store generates it at random; it never carries patient data.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct RecordId(pub String);

impl RecordId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One patient's intake record. Its JSON form is the store's plain export format (`RECORD.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatientRecord {
    pub schema_version: u32,
    pub id: RecordId,
    /// Fictional sample data, never a real patient.
    #[serde(default)]
    pub sample: bool,
    #[serde(default)]
    pub profile: Profile,
    /// Why the patient comes, in their own words.
    #[serde(default)]
    pub patient_statement: Option<PatientText>,
    #[serde(default)]
    pub history: History,
    #[serde(default)]
    pub medications: Section<Medication>,
    #[serde(default)]
    pub allergies: Section<Allergy>,
    #[serde(default)]
    pub screening: Section<ScreeningResult>,
    #[serde(default)]
    pub imaging: Section<ImagingStudy>,
    #[serde(default)]
    pub planned_treatment: PlannedTreatment,
    #[serde(default)]
    pub explanation: Explanation,
    #[serde(default)]
    pub consent: Consent,
}

coded! {
    /// The list sections of a record, for the completion overview.
    pub enum SectionId {
        Conditions => "code-section-conditions",
        Surgeries => "code-section-surgeries",
        FamilyHistory => "code-section-family-history",
        Medications => "code-section-medications",
        Allergies => "code-section-allergies",
        Screening => "code-section-screening",
        Imaging => "code-section-imaging",
        ProcessingSites => "code-section-processing-sites",
        ExplanationItems => "code-section-explanation-items",
        PatientQuestions => "code-section-patient-questions",
    }
}

impl SectionId {
    /// The field path of the section, in [`crate::ValidationError::field`] syntax.
    pub fn path(self) -> &'static str {
        match self {
            SectionId::Conditions => "history.conditions",
            SectionId::Surgeries => "history.surgeries",
            SectionId::FamilyHistory => "history.familyHistory",
            SectionId::Medications => "medications",
            SectionId::Allergies => "allergies",
            SectionId::Screening => "screening",
            SectionId::Imaging => "imaging",
            SectionId::ProcessingSites => "plannedTreatment.processingSites",
            SectionId::ExplanationItems => "explanation.items",
            SectionId::PatientQuestions => "explanation.questions",
        }
    }
}

/// One section's state in the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionCompletion {
    pub section: SectionId,
    pub completion: Completion,
}

impl PatientRecord {
    /// An empty record: every section not asked, every fact not asked.
    pub fn new(id: RecordId) -> Self {
        PatientRecord {
            schema_version: SCHEMA_VERSION,
            id,
            sample: false,
            profile: Profile::default(),
            patient_statement: None,
            history: History::default(),
            medications: Section::NotAsked,
            allergies: Section::NotAsked,
            screening: Section::NotAsked,
            imaging: Section::NotAsked,
            planned_treatment: PlannedTreatment::default(),
            explanation: Explanation::default(),
            consent: Consent::default(),
        }
    }

    /// Every form of the patient's name, for search (fold them with `kakehashi_fold::fold`).
    /// Empty forms are left out; duplicates appear once.
    pub fn name_forms(&self) -> Vec<String> {
        let n = &self.profile.names;
        let mut forms: Vec<String> = Vec::new();
        let mut push = |s: String| {
            if !s.trim().is_empty() && !forms.contains(&s) {
                forms.push(s);
            }
        };
        push(n.native.clone());
        push(n.katakana.clone());
        if !n.latin_family.is_empty() && !n.latin_given.is_empty() {
            push(format!("{} {}", n.latin_family, n.latin_given));
            push(format!("{} {}", n.latin_given, n.latin_family));
        }
        push(n.latin_family.clone());
        push(n.latin_given.clone());
        for o in &n.other {
            push(o.clone());
        }
        forms
    }

    /// The name to show in lists: the native form, else the passport form, else the katakana
    /// reading, else the record id (so a row is never blank).
    pub fn display_name(&self) -> String {
        let n = &self.profile.names;
        if !n.native.trim().is_empty() {
            return n.native.clone();
        }
        let latin = match (n.latin_family.trim().is_empty(), n.latin_given.trim().is_empty()) {
            (false, false) => format!("{} {}", n.latin_family, n.latin_given),
            (false, true) => n.latin_family.clone(),
            (true, false) => n.latin_given.clone(),
            (true, true) => String::new(),
        };
        if !latin.is_empty() {
            return latin;
        }
        if !n.katakana.trim().is_empty() {
            return n.katakana.clone();
        }
        self.id.0.clone()
    }

    /// Whether `query` matches any name form, folded (width, kana, case, diacritics).
    pub fn matches_name(&self, query: &str) -> bool {
        let q = kakehashi_fold::fold(query);
        if q.is_empty() {
            return false;
        }
        self.name_forms()
            .iter()
            .any(|f| kakehashi_fold::fold(f).contains(&q))
    }

    /// The state of every list section: not asked / confirmed none / n entries.
    pub fn completion(&self) -> Vec<SectionCompletion> {
        SectionId::ALL_IN_ORDER
            .iter()
            .map(|&section| SectionCompletion {
                section,
                completion: self.section_completion(section),
            })
            .collect()
    }

    pub fn section_completion(&self, section: SectionId) -> Completion {
        match section {
            SectionId::Conditions => self.history.conditions.completion(),
            SectionId::Surgeries => self.history.surgeries.completion(),
            SectionId::FamilyHistory => self.history.family_history.completion(),
            SectionId::Medications => self.medications.completion(),
            SectionId::Allergies => self.allergies.completion(),
            SectionId::Screening => self.screening.completion(),
            SectionId::Imaging => self.imaging.completion(),
            SectionId::ProcessingSites => self.planned_treatment.processing_sites.completion(),
            SectionId::ExplanationItems => self.explanation.items.completion(),
            SectionId::PatientQuestions => self.explanation.questions.completion(),
        }
    }

    /// Reads a record from its JSON export form and validates it. Nothing is accepted half-way:
    /// a record that does not parse or does not validate is returned as an error.
    pub fn from_json(json: &str) -> Result<PatientRecord, ModelError> {
        let mut de = serde_json::Deserializer::from_str(json);
        let record: PatientRecord = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let field = json_path_to_field(&e.path().to_string());
            let inner = e.into_inner();
            ModelError::Unreadable {
                field,
                line: inner.line(),
                column: inner.column(),
            }
        })?;
        // Text after the record is refused too.
        de.end().map_err(|e| ModelError::Unreadable {
            field: String::new(),
            line: e.line(),
            column: e.column(),
        })?;
        record.validate().map_err(ModelError::Invalid)?;
        Ok(record)
    }

    /// The JSON export form (pretty-printed, stable field order).
    pub fn to_json_pretty(&self) -> Result<String, ModelError> {
        serde_json::to_string_pretty(self).map_err(|_| ModelError::Unwritable)
    }
}

/// The JSON path of a parse error in [`crate::ValidationError::field`] syntax: list sections are
/// indexed directly (`allergies[0]`, not `allergies.entries[0]`); the root is the empty string.
fn json_path_to_field(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    path.replace(".entries[", "[")
}

impl SectionId {
    const ALL_IN_ORDER: &'static [SectionId] = <SectionId as crate::coded::Coded>::ALL;
}
