//! Allergies and intolerances.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::PartialDate;
use crate::text::PatientText;

coded! {
    pub enum AllergyCategory {
        Drug => "code-allergy-category-drug",
        Food => "code-allergy-category-food",
        Environmental => "code-allergy-category-environmental",
        BiologicalProduct => "code-allergy-category-biological-product",
        Other => "code-allergy-category-other",
    }
}

coded! {
    #[derive(Default)]
    pub enum AllergySeverity {
        #[default]
        Unknown => "code-allergy-severity-unknown",
        Mild => "code-allergy-severity-mild",
        Moderate => "code-allergy-severity-moderate",
        Severe => "code-allergy-severity-severe",
        Anaphylaxis => "code-allergy-severity-anaphylaxis",
    }
}

coded! {
    /// Substance groups that matter for cell products and their administration. Staff tag an
    /// allergy with these when it applies; the checklist reads the tags, not the free text.
    pub enum AllergenGroup {
        /// e.g. DMSO, used to freeze cell products.
        Cryoprotectant => "code-allergen-group-cryoprotectant",
        /// e.g. penicillin/streptomycin, gentamicin, used in cell culture.
        Antibiotic => "code-allergen-group-antibiotic",
        /// e.g. fetal bovine serum, porcine trypsin, used in culture and processing.
        AnimalProtein => "code-allergen-group-animal-protein",
        LocalAnaesthetic => "code-allergen-group-local-anaesthetic",
        ContrastMedium => "code-allergen-group-contrast-medium",
        Latex => "code-allergen-group-latex",
    }
}

/// One allergy or intolerance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Allergy {
    pub substance: PatientText,
    pub category: AllergyCategory,
    #[serde(default)]
    pub groups: Vec<AllergenGroup>,
    #[serde(default)]
    pub reaction: Option<PatientText>,
    #[serde(default)]
    pub severity: AllergySeverity,
    /// When the reaction happened (most recent).
    #[serde(default)]
    pub when: Option<PartialDate>,
}

impl Allergy {
    pub fn is_anaphylaxis(&self) -> bool {
        self.severity == AllergySeverity::Anaphylaxis
    }
}
