//! Values that cross the IPC boundary to the window. Their TypeScript twins in `ui/src/bindings/`
//! are generated from these definitions (see `tests/cross/bindings.rs`), never written by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the window needs to know at start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// The data folder in use (shown so staff know where backups must be taken from).
    pub data_dir: String,
    /// Locales that have Fluent files.
    pub locales: Vec<String>,
    /// The staff locale suggested by the operating system's language settings.
    pub suggested_staff_locale: String,
    /// The shortest passphrase setup accepts, so the setup screen states the same rule it enforces.
    pub min_passphrase_chars: u32,
}

impl AppInfo {
    /// Describes this build running against `data_dir`, suggesting a staff locale from the
    /// OS language preferences (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn current(data_dir: &std::path::Path) -> AppInfo {
        let requested: Vec<String> = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .flat_map(|v| v.split(':').map(posix_to_bcp47).collect::<Vec<_>>())
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .collect();
        let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
        AppInfo {
            version: crate::VERSION.to_owned(),
            data_dir: data_dir.display().to_string(),
            locales: kakehashi_i18n::available_locales()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            suggested_staff_locale: kakehashi_i18n::negotiate(&requested),
            min_passphrase_chars: crate::session::MIN_PASSPHRASE_CHARS as u32,
        }
    }
}

/// `ja_JP.UTF-8` → `ja-JP`.
fn posix_to_bcp47(v: &str) -> String {
    v.split(['.', '@']).next().unwrap_or_default().replace('_', "-")
}

/// Writes the TypeScript declarations of every type that crosses IPC into `dir`.
///
/// `tests/cross/bindings.rs` compares the result with the committed `ui/src/bindings/`, so a Rust
/// change that is not reflected in the UI's types fails the build.
pub fn export_typescript(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    // JSON numbers, not bigint: values arrive through JSON.parse.
    let cfg = ts_rs::Config::new().with_out_dir(dir).with_large_int("number");
    AppInfo::export_all(&cfg)?;
    crate::AppError::export_all(&cfg)?;
    crate::settings::Settings::export_all(&cfg)?;
    kakehashi_i18n::Message::export_all(&cfg)?;
    crate::session::StoreStatus::export_all(&cfg)?;
    crate::session::SetupDone::export_all(&cfg)?;
    crate::session::Saved::export_all(&cfg)?;
    kakehashi_model::PatientRecord::export_all(&cfg)?;
    kakehashi_model::CatalogTest::export_all(&cfg)?;
    kakehashi_model::SectionCompletion::export_all(&cfg)?;
    kakehashi_store::PatientSummary::export_all(&cfg)?;
    kakehashi_checklist::Report::export_all(&cfg)?;
    kakehashi_checklist::RuleInfo::export_all(&cfg)?;
    crate::transfer::HandoffRequest::export_all(&cfg)?;
    crate::transfer::HandoffPreview::export_all(&cfg)?;
    crate::terms::TermInText::export_all(&cfg)?;
    kakehashi_glossary::Hit::export_all(&cfg)?;
    crate::terms::TermHit::export_all(&cfg)?;
    crate::user_terms::ImportReview::export_all(&cfg)?;
    crate::user_terms::ImportDone::export_all(&cfg)?;
    crate::user_terms::ExportFormat::export_all(&cfg)?;
    crate::backups::AutoBackupStatus::export_all(&cfg)?;
    crate::backups::BackupKey::export_all(&cfg)?;
    crate::backups::BackupMade::export_all(&cfg)?;
    crate::backups::BackupFile::export_all(&cfg)?;
    crate::backups::Restored::export_all(&cfg)?;
    crate::backups::OpenProblem::export_all(&cfg)?;
    crate::backups::ExportDone::export_all(&cfg)?;
    kakehashi_store::BackupReport::export_all(&cfg)?;
    // Every coded list, including those no stored type mentions (e.g. the derived abnormality).
    kakehashi_model::Sex::export_all(&cfg)?;
    kakehashi_model::JapaneseAbility::export_all(&cfg)?;
    kakehashi_model::ReferralSource::export_all(&cfg)?;
    kakehashi_model::ConditionStatus::export_all(&cfg)?;
    kakehashi_model::FamilyRelation::export_all(&cfg)?;
    kakehashi_model::FamilyConditionKind::export_all(&cfg)?;
    kakehashi_model::PregnancyStatus::export_all(&cfg)?;
    kakehashi_model::BreastfeedingStatus::export_all(&cfg)?;
    kakehashi_model::MedicationRoute::export_all(&cfg)?;
    kakehashi_model::YesNo::export_all(&cfg)?;
    kakehashi_model::AllergyCategory::export_all(&cfg)?;
    kakehashi_model::AllergySeverity::export_all(&cfg)?;
    kakehashi_model::AllergenGroup::export_all(&cfg)?;
    kakehashi_model::TestGroup::export_all(&cfg)?;
    kakehashi_model::InfectionTarget::export_all(&cfg)?;
    kakehashi_model::Qualitative::export_all(&cfg)?;
    kakehashi_model::Comparator::export_all(&cfg)?;
    kakehashi_model::Abnormality::export_all(&cfg)?;
    kakehashi_model::ImagingModality::export_all(&cfg)?;
    kakehashi_model::TreatmentCategory::export_all(&cfg)?;
    kakehashi_model::Origin::export_all(&cfg)?;
    kakehashi_model::TissueSource::export_all(&cfg)?;
    kakehashi_model::HarvestProcedure::export_all(&cfg)?;
    kakehashi_model::AdministrationRoute::export_all(&cfg)?;
    kakehashi_model::SiteLocation::export_all(&cfg)?;
    kakehashi_model::RiskClass::export_all(&cfg)?;
    kakehashi_model::RegistryStatus::export_all(&cfg)?;
    kakehashi_model::ExplanationTopic::export_all(&cfg)?;
    kakehashi_model::TeachBack::export_all(&cfg)?;
    kakehashi_model::ConsentDecision::export_all(&cfg)?;
    kakehashi_model::TranslationMethod::export_all(&cfg)?;
    kakehashi_model::CompletionKind::export_all(&cfg)?;
    kakehashi_model::SectionId::export_all(&cfg)?;
    std::fs::write(dir.join("codes.ts"), codes_ts()).map_err(ts_rs::ExportError::Io)?;
    std::fs::write(dir.join("catalog.ts"), catalog_ts()).map_err(ts_rs::ExportError::Io)?;
    Ok(())
}

const GENERATED: &str = "// Generated from the Rust model by kakehashi-app (ipc.rs). Do not edit.\n";

/// Every coded list of the model with its values and Fluent ids, so the UI offers exactly the
/// choices the model accepts, labelled in any locale.
fn codes_ts() -> String {
    use kakehashi_model as m;
    fn coded<T: m::Coded + Serialize>(name: &str) -> String {
        let items: Vec<String> = T::ALL
            .iter()
            .map(|v| {
                let value = serde_json::to_value(v)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!("  {{ value: {value:?}, id: {:?} }},", v.message_id())
            })
            .collect();
        format!(
            "export const {}: ReadonlyArray<{{ value: {name}; id: string }}> = [\n{}\n];\n",
            screaming(name),
            items.join("\n")
        )
    }
    let lists = [
        ("Sex", coded::<m::Sex>("Sex")),
        ("JapaneseAbility", coded::<m::JapaneseAbility>("JapaneseAbility")),
        ("ReferralSource", coded::<m::ReferralSource>("ReferralSource")),
        ("ConditionStatus", coded::<m::ConditionStatus>("ConditionStatus")),
        ("FamilyRelation", coded::<m::FamilyRelation>("FamilyRelation")),
        (
            "FamilyConditionKind",
            coded::<m::FamilyConditionKind>("FamilyConditionKind"),
        ),
        ("PregnancyStatus", coded::<m::PregnancyStatus>("PregnancyStatus")),
        (
            "BreastfeedingStatus",
            coded::<m::BreastfeedingStatus>("BreastfeedingStatus"),
        ),
        ("MedicationRoute", coded::<m::MedicationRoute>("MedicationRoute")),
        ("YesNo", coded::<m::YesNo>("YesNo")),
        ("AllergyCategory", coded::<m::AllergyCategory>("AllergyCategory")),
        ("AllergySeverity", coded::<m::AllergySeverity>("AllergySeverity")),
        ("AllergenGroup", coded::<m::AllergenGroup>("AllergenGroup")),
        ("TestGroup", coded::<m::TestGroup>("TestGroup")),
        ("InfectionTarget", coded::<m::InfectionTarget>("InfectionTarget")),
        ("Qualitative", coded::<m::Qualitative>("Qualitative")),
        ("Comparator", coded::<m::Comparator>("Comparator")),
        ("Abnormality", coded::<m::Abnormality>("Abnormality")),
        ("ImagingModality", coded::<m::ImagingModality>("ImagingModality")),
        (
            "TreatmentCategory",
            coded::<m::TreatmentCategory>("TreatmentCategory"),
        ),
        ("Origin", coded::<m::Origin>("Origin")),
        ("TissueSource", coded::<m::TissueSource>("TissueSource")),
        (
            "HarvestProcedure",
            coded::<m::HarvestProcedure>("HarvestProcedure"),
        ),
        (
            "AdministrationRoute",
            coded::<m::AdministrationRoute>("AdministrationRoute"),
        ),
        ("SiteLocation", coded::<m::SiteLocation>("SiteLocation")),
        ("RiskClass", coded::<m::RiskClass>("RiskClass")),
        ("RegistryStatus", coded::<m::RegistryStatus>("RegistryStatus")),
        (
            "ExplanationTopic",
            coded::<m::ExplanationTopic>("ExplanationTopic"),
        ),
        ("TeachBack", coded::<m::TeachBack>("TeachBack")),
        ("ConsentDecision", coded::<m::ConsentDecision>("ConsentDecision")),
        (
            "TranslationMethod",
            coded::<m::TranslationMethod>("TranslationMethod"),
        ),
        ("CompletionKind", coded::<m::CompletionKind>("CompletionKind")),
        ("SectionId", coded::<m::SectionId>("SectionId")),
    ];
    let mut out = String::from(GENERATED);
    let mut imports: Vec<&str> = lists.iter().map(|(n, _)| *n).collect();
    imports.sort_unstable();
    for name in imports {
        out.push_str(&format!("import type {{ {name} }} from \"./{name}\";\n"));
    }
    for (_, text) in lists {
        out.push('\n');
        out.push_str(&text);
    }
    out
}

fn screaming(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// The screening test catalog (LOINC codes with their source and verification state).
fn catalog_ts() -> String {
    let json = serde_json::to_string_pretty(&kakehashi_model::catalog()).unwrap_or_else(|_| "[]".into());
    format!("{GENERATED}import type {{ CatalogTest }} from \"./CatalogTest\";\n\nexport const CATALOG: ReadonlyArray<CatalogTest> = {json};\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_become_language_tags() {
        assert_eq!(posix_to_bcp47("ja_JP.UTF-8"), "ja-JP");
        assert_eq!(posix_to_bcp47("en_US@euro"), "en-US");
        assert_eq!(posix_to_bcp47("vi"), "vi");
    }

    #[test]
    fn app_info_lists_the_embedded_locales() {
        let info = AppInfo::current(std::path::Path::new("/tmp/x"));
        assert!(info.locales.contains(&"ja".to_owned()));
        assert!(info.locales.contains(&"en".to_owned()));
        assert_eq!(info.data_dir, "/tmp/x");
    }
}
