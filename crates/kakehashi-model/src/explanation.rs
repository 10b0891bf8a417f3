//! What was explained, whether the patient could say it back, and consent under APPI.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::Date;
use crate::section::Section;
use crate::text::PatientText;

coded! {
    /// Topics of the explanation (seed 000's checklist and the content of a provision plan).
    pub enum ExplanationTopic {
        WhatIsAdministered => "code-topic-what-is-administered",
        Route => "code-topic-route",
        ExpectedEffect => "code-topic-expected-effect",
        Risks => "code-topic-risks",
        Alternatives => "code-topic-alternatives",
        ProcessingFacility => "code-topic-processing-facility",
        RegulatoryStatus => "code-topic-regulatory-status",
        Costs => "code-topic-costs",
        MayBeAdvisedNotToProceed => "code-topic-may-be-advised-not-to-proceed",
        RightToWithdraw => "code-topic-right-to-withdraw",
        EmergencyCare => "code-topic-emergency-care",
        Other => "code-topic-other",
    }
}

coded! {
    /// Teach-back: the patient explains the point back in their own words.
    #[derive(Default)]
    pub enum TeachBack {
        #[default]
        NotDone => "code-teach-back-not-done",
        Confirmed => "code-teach-back-confirmed",
        NotUnderstood => "code-teach-back-not-understood",
    }
}

/// One point explained to the patient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExplanationItem {
    pub topic: ExplanationTopic,
    #[serde(default)]
    pub detail: String,
    /// BCP 47 tag of the language it was explained in.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub interpreter: String,
    #[serde(default)]
    pub explained_by: String,
    #[serde(default)]
    pub explained_on: Option<Date>,
    #[serde(default)]
    pub teach_back: TeachBack,
    /// What the patient said back.
    #[serde(default)]
    pub teach_back_words: Option<PatientText>,
}

/// A question the patient asked, in their words, and the answer given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct PatientQuestion {
    pub question: PatientText,
    pub answer: String,
    pub answered_by: String,
}

/// The explanation session(s).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Explanation {
    pub items: Section<ExplanationItem>,
    pub questions: Section<PatientQuestion>,
}

coded! {
    #[derive(Default)]
    pub enum ConsentDecision {
        #[default]
        NotAsked => "code-consent-not-asked",
        Given => "code-consent-given",
        Refused => "code-consent-refused",
        Withdrawn => "code-consent-withdrawn",
    }
}

/// One consent decision with its date.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ConsentRecord {
    pub decision: ConsentDecision,
    /// Required once a decision is recorded.
    pub date: Option<Date>,
    pub recorded_by: String,
    /// To whom the information may go (the clinic, the transfer hospital …).
    pub scope: String,
}

/// Consent under the Act on the Protection of Personal Information: medical history is
/// special-care-required personal information; acquiring it and giving it to a third party each
/// need the patient's consent (no opt-out).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Consent {
    pub acquire_special_care: ConsentRecord,
    pub share_special_care: ConsentRecord,
}
