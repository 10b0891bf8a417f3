//! What is planned to go into the body, by which route, made where, under which plan.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::Date;
use crate::medication::YesNo;
use crate::quantity::{Decimal, Quantity};
use crate::section::{Fact, Section};

coded! {
    /// What is given (seed 003: cells themselves, their "messages", or a mixture).
    #[derive(Default)]
    pub enum TreatmentCategory {
        #[default]
        NotAsked => "code-treatment-not-asked",
        StemCells => "code-treatment-stem-cells",
        Exosomes => "code-treatment-exosomes",
        ConditionedMedium => "code-treatment-conditioned-medium",
        ImmuneCells => "code-treatment-immune-cells",
        Prp => "code-treatment-prp",
        Other => "code-treatment-other",
        Unknown => "code-treatment-unknown",
    }
}

impl TreatmentCategory {
    /// Living cells are given (stem cells, immune cells).
    pub fn is_cell_therapy(self) -> bool {
        matches!(
            self,
            TreatmentCategory::StemCells | TreatmentCategory::ImmuneCells
        )
    }
    /// Cell-free products outside the Act on the Safety of Regenerative Medicine.
    pub fn is_cell_free_product(self) -> bool {
        matches!(
            self,
            TreatmentCategory::Exosomes | TreatmentCategory::ConditionedMedium
        )
    }
}

coded! {
    /// Whose cells (or what) the product comes from.
    #[derive(Default)]
    pub enum Origin {
        #[default]
        NotAsked => "code-origin-not-asked",
        Unknown => "code-origin-unknown",
        Autologous => "code-origin-autologous",
        Allogeneic => "code-origin-allogeneic",
        NonHuman => "code-origin-non-human",
    }
}

coded! {
    #[derive(Default)]
    pub enum TissueSource {
        #[default]
        NotAsked => "code-tissue-not-asked",
        Unknown => "code-tissue-unknown",
        Adipose => "code-tissue-adipose",
        BoneMarrow => "code-tissue-bone-marrow",
        UmbilicalCord => "code-tissue-umbilical-cord",
        PeripheralBlood => "code-tissue-peripheral-blood",
        DentalPulp => "code-tissue-dental-pulp",
        Placenta => "code-tissue-placenta",
        Skin => "code-tissue-skin",
        Other => "code-tissue-other",
        NotApplicable => "code-tissue-not-applicable",
    }
}

coded! {
    /// The procedure that takes tissue from the patient, if any.
    #[derive(Default)]
    pub enum HarvestProcedure {
        #[default]
        NotAsked => "code-harvest-not-asked",
        NoHarvest => "code-harvest-none",
        Liposuction => "code-harvest-liposuction",
        BoneMarrowAspiration => "code-harvest-bone-marrow-aspiration",
        BloodDraw => "code-harvest-blood-draw",
        SkinBiopsy => "code-harvest-skin-biopsy",
        Other => "code-harvest-other",
    }
}

impl HarvestProcedure {
    /// An invasive harvest where bleeding matters (not a routine blood draw).
    pub fn is_tissue_harvest(self) -> bool {
        matches!(
            self,
            HarvestProcedure::Liposuction
                | HarvestProcedure::BoneMarrowAspiration
                | HarvestProcedure::SkinBiopsy
                | HarvestProcedure::Other
        )
    }
}

coded! {
    #[derive(Default)]
    pub enum AdministrationRoute {
        #[default]
        NotAsked => "code-route-not-asked",
        IvDrip => "code-route-iv-drip",
        LocalInjection => "code-route-local-injection",
        IntraArticular => "code-route-intra-articular",
        Intradermal => "code-route-intradermal",
        Topical => "code-route-topical",
        Intrathecal => "code-route-intrathecal",
        Other => "code-route-other",
        Unknown => "code-route-unknown",
    }
}

impl AdministrationRoute {
    pub fn is_injection(self) -> bool {
        matches!(
            self,
            AdministrationRoute::IvDrip
                | AdministrationRoute::LocalInjection
                | AdministrationRoute::IntraArticular
                | AdministrationRoute::Intradermal
                | AdministrationRoute::Intrathecal
        )
    }
}

coded! {
    #[derive(Default)]
    pub enum SiteLocation {
        #[default]
        Unknown => "code-site-unknown",
        Domestic => "code-site-domestic",
        Overseas => "code-site-overseas",
    }
}

/// One site that processes, cultures, stores or ships the product. Every site involved is listed
/// (the 2026 case was made across domestic and overseas sites).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ProcessingSite {
    pub name: String,
    /// Facility number on the MHLW register; empty when not known.
    pub facility_number: String,
    pub location: SiteLocation,
    /// Country when overseas (ISO 3166-1 alpha-2).
    pub country: String,
    /// What the site does: culture, storage, final preparation …
    pub role: String,
}

coded! {
    /// Risk class under the Act on the Safety of Regenerative Medicine.
    #[derive(Default)]
    pub enum RiskClass {
        #[default]
        NotAsked => "code-risk-class-not-asked",
        Unknown => "code-risk-class-unknown",
        ClassI => "code-risk-class-i",
        ClassIi => "code-risk-class-ii",
        ClassIii => "code-risk-class-iii",
        /// Outside the Act (e.g. exosomes, conditioned medium).
        NotApplicable => "code-risk-class-not-applicable",
    }
}

coded! {
    /// JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025): verification-type care (JSRM: explorative
    /// therapy) collects data in an independent registry; everything else is unverification-type
    /// (uninvestigated therapy).
    #[derive(Default)]
    pub enum RegistryStatus {
        #[default]
        NotAsked => "code-registry-not-asked",
        Unknown => "code-registry-unknown",
        VerificationType => "code-registry-verification-type",
        UnverificationType => "code-registry-unverification-type",
    }
}

/// The certified committee that reviewed the plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Committee {
    pub name: String,
    /// Certification number on the MHLW register.
    pub number: String,
}

/// Where the patient goes if something goes wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct EmergencyCare {
    pub hospital: String,
    pub contact: String,
    pub note: String,
}

/// The treatment as planned. Single facts use enums with explicit not-asked/unknown choices.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct PlannedTreatment {
    pub category: TreatmentCategory,
    /// Product or treatment name as the clinic calls it.
    pub product_name: String,
    pub origin: Origin,
    pub tissue_source: TissueSource,
    pub tissue_source_detail: String,
    pub harvest: HarvestProcedure,
    pub route: AdministrationRoute,
    pub route_detail: String,
    pub dose: Option<Quantity>,
    /// Cells per administration, e.g. "1.0e8".
    pub cell_count: Option<Decimal>,
    pub sessions: Option<u16>,
    pub processing_sites: Section<ProcessingSite>,
    pub cryopreserved: YesNo,
    pub thawed_on_site: YesNo,
    /// Who documents thaw and handling at the clinic (name/role); empty when nobody does.
    pub thaw_handling_documented_by: String,
    pub thaw_handling_note: String,
    /// Provision plan number on the MHLW register.
    pub provision_plan_number: Fact<String>,
    pub risk_class: RiskClass,
    pub committee: Fact<Committee>,
    pub registry: RegistryStatus,
    pub registry_name: String,
    pub emergency_care: Fact<EmergencyCare>,
    pub physician: String,
    pub planned_date: Option<Date>,
    /// The condition treated, as the clinic states it.
    pub indication: String,
}
