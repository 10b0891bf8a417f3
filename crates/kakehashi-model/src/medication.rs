//! Medicines the patient takes, with the antithrombotic flags the checklist needs.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::PartialDate;
use crate::quantity::Quantity;
use crate::text::PatientText;

coded! {
    /// A yes/no fact that may not have been assessed yet.
    #[derive(Default)]
    pub enum YesNo {
        #[default]
        NotAssessed => "code-yes-no-not-assessed",
        No => "code-yes-no-no",
        Yes => "code-yes-no-yes",
    }
}

impl YesNo {
    pub fn is_yes(self) -> bool {
        self == YesNo::Yes
    }
}

coded! {
    #[derive(Default)]
    pub enum MedicationRoute {
        #[default]
        Unknown => "code-medication-route-unknown",
        Oral => "code-medication-route-oral",
        Topical => "code-medication-route-topical",
        Subcutaneous => "code-medication-route-subcutaneous",
        Intramuscular => "code-medication-route-intramuscular",
        Intravenous => "code-medication-route-intravenous",
        Inhaled => "code-medication-route-inhaled",
        Other => "code-medication-route-other",
    }
}

/// One medicine (prescription, over the counter, supplement or herbal).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Medication {
    /// The name as the patient gave it or as printed on the package (often a brand from home).
    pub name_as_given: PatientText,
    /// Generic (INN) name when identified, e.g. `apixaban`.
    pub generic_name: String,
    pub dose: Option<Quantity>,
    /// As prescribed, e.g. "twice daily", "1日2回".
    pub frequency: String,
    pub route: MedicationRoute,
    pub since: Option<PartialDate>,
    pub reason: Option<PatientText>,
    /// Anticoagulants (warfarin, DOACs, heparins) raise bleeding risk at harvest and injection.
    pub anticoagulant: YesNo,
    /// Antiplatelets (aspirin, clopidogrel …), same concern.
    pub antiplatelet: YesNo,
}
