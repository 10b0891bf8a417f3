//! The intake record of Kakehashi: what a coordinator learns about a foreign patient and the
//! regenerative-medicine treatment planned for them, and the checks that keep it trustworthy.
//!
//! Rules this crate keeps:
//! - **Not asked is not none.** List sections are [`Section`]s (not asked / confirmed none /
//!   entries); single facts use enums with explicit not-asked/unknown choices or [`Fact`].
//!   Nothing here converts one state into another.
//! - **Nothing entered is lost.** Text, dates and numbers are stored exactly as entered
//!   ([`PatientText`], [`PartialDate`], [`Decimal`]); [`PatientRecord::validate`] reports
//!   problems by field instead of reshaping the input.
//! - **Errors are messages.** Every problem carries a Fluent id and arguments
//!   ([`kakehashi_i18n::Message`]) and the path of the field it concerns.
//!
//! The JSON form of [`PatientRecord`] is the store's plain export format.

mod allergy;
pub mod coded;
mod date;
mod error;
mod explanation;
mod history;
mod medication;
mod profile;
mod quantity;
mod record;
mod samples;
pub mod screening;
mod section;
mod text;
mod treatment;
mod validate;

#[cfg(any(test, feature = "arbitrary"))]
pub mod arbitrary;

pub use allergy::{AllergenGroup, Allergy, AllergyCategory, AllergySeverity};
pub use coded::{coded_message_ids, Coded};
pub use date::{
    days_from_civil, days_in_month, parse_date_text, Date, DateParts, DateProblem, PartialDate, Timestamp,
};
pub use error::{ModelError, ValidationError};
pub use explanation::{
    Consent, ConsentDecision, ConsentRecord, Explanation, ExplanationItem, ExplanationTopic, PatientQuestion,
    TeachBack,
};
pub use history::{
    BreastfeedingStatus, Condition, ConditionStatus, FamilyConditionKind, FamilyHistoryEntry, FamilyRelation,
    History, PregnancyStatus, Surgery,
};
pub use medication::{Medication, MedicationRoute, YesNo};
pub use profile::{
    AssignedInterpreter, Contact, InterpreterArrangement, InterpreterQualification, JapaneseAbility, Names,
    Profile, Referral, ReferralSource, Sex,
};
pub use quantity::{Decimal, Quantity};
pub use record::{PatientRecord, RecordId, SectionCompletion, SectionId, SCHEMA_VERSION};
pub use samples::{sample_sources, samples};
pub use screening::{
    catalog, find_test, is_stale, is_valid_loinc, Abnormality, CatalogTest, Comparator, ImagingModality,
    ImagingStudy, InfectionTarget, LabValue, Qualitative, ReferenceRange, ScreeningResult, TestGroup,
    TestRef,
};
pub use section::{Completion, CompletionKind, Confirmation, Fact, Section};
pub use text::{PatientText, Translation, TranslationMethod};
pub use treatment::{
    AdministrationRoute, Committee, EmergencyCare, HarvestProcedure, Origin, PlannedTreatment,
    ProcessingSite, RegistryStatus, RiskClass, SiteLocation, TissueSource, TreatmentCategory,
};
pub use validate::{is_language_tag, is_register_number, EARLIEST_YEAR, LATEST_YEAR};

#[cfg(test)]
mod roundtrip_tests;
