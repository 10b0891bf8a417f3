//! Past and present illness, surgery, family history, pregnancy.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::PartialDate;
use crate::section::Section;
use crate::text::PatientText;

/// Medical history. Each list is a three-state [`Section`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct History {
    pub conditions: Section<Condition>,
    pub surgeries: Section<Surgery>,
    pub family_history: Section<FamilyHistoryEntry>,
    pub pregnancy: PregnancyStatus,
    pub breastfeeding: BreastfeedingStatus,
}

/// A condition the patient has or had, in their words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Condition {
    pub name: PatientText,
    pub onset: Option<PartialDate>,
    pub status: ConditionStatus,
    /// Staff note, e.g. the diagnosis as written on a referral letter.
    pub note: String,
}

coded! {
    #[derive(Default)]
    pub enum ConditionStatus {
        #[default]
        Unknown => "code-condition-status-unknown",
        Active => "code-condition-status-active",
        InRemission => "code-condition-status-in-remission",
        Resolved => "code-condition-status-resolved",
    }
}

/// A past operation or procedure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Surgery {
    pub procedure: PatientText,
    pub date: Option<PartialDate>,
    pub note: String,
}

coded! {
    #[derive(Default)]
    pub enum FamilyRelation {
        #[default]
        Unknown => "code-family-relation-unknown",
        Mother => "code-family-relation-mother",
        Father => "code-family-relation-father",
        Sibling => "code-family-relation-sibling",
        Child => "code-family-relation-child",
        Grandparent => "code-family-relation-grandparent",
        OtherRelative => "code-family-relation-other",
    }
}

coded! {
    /// Cancer is singled out: a family history of cancer weighs on cell therapy.
    #[derive(Default)]
    pub enum FamilyConditionKind {
        #[default]
        Other => "code-family-condition-other",
        Cancer => "code-family-condition-cancer",
    }
}

/// A condition in a relative.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct FamilyHistoryEntry {
    pub relation: FamilyRelation,
    pub condition: PatientText,
    pub kind: FamilyConditionKind,
    /// Age of the relative at onset, when known.
    pub age_at_onset: Option<u16>,
}

coded! {
    /// Pregnancy status. `NotApplicable` is a staff judgement (e.g. male patient), not a default.
    #[derive(Default)]
    pub enum PregnancyStatus {
        #[default]
        NotAsked => "code-pregnancy-not-asked",
        Unknown => "code-pregnancy-unknown",
        NotPregnant => "code-pregnancy-not-pregnant",
        Pregnant => "code-pregnancy-pregnant",
        PossiblyPregnant => "code-pregnancy-possibly-pregnant",
        NotApplicable => "code-pregnancy-not-applicable",
    }
}

coded! {
    #[derive(Default)]
    pub enum BreastfeedingStatus {
        #[default]
        NotAsked => "code-breastfeeding-not-asked",
        Unknown => "code-breastfeeding-unknown",
        No => "code-breastfeeding-no",
        Yes => "code-breastfeeding-yes",
        NotApplicable => "code-breastfeeding-not-applicable",
    }
}
