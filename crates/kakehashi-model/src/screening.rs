//! Laboratory results and imaging, with a catalog of the tests the checklist looks for.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::{Date, PartialDate};
use crate::quantity::Decimal;
use crate::text::PatientText;

coded! {
    pub enum TestGroup {
        Infection => "code-test-group-infection",
        TumourMarker => "code-test-group-tumour-marker",
        Coagulation => "code-test-group-coagulation",
        Cbc => "code-test-group-cbc",
        Other => "code-test-group-other",
    }
}

coded! {
    /// The infections screened before cell therapy (seed 000: infection screening must be done
    /// and explained).
    pub enum InfectionTarget {
        HepatitisB => "code-infection-hepatitis-b",
        HepatitisC => "code-infection-hepatitis-c",
        Hiv => "code-infection-hiv",
        Syphilis => "code-infection-syphilis",
        Htlv1 => "code-infection-htlv-1",
    }
}

/// Where the catalog's LOINC codes come from until each is confirmed against loinc.org.
pub const CATALOG_SOURCE: &str =
    "LOINC codes seen in public lab catalogues (domain notes); verify against loinc.org";

/// A test the app knows by name. Results may also name tests outside the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CatalogTest {
    /// Stable id stored in results, e.g. `hbsag`.
    pub id: &'static str,
    pub loinc: &'static str,
    /// LOINC's name for the code as given by the source; English only.
    pub loinc_display: &'static str,
    pub group: TestGroup,
    pub infection: Option<InfectionTarget>,
    /// Usual unit; empty for a unitless ratio (INR) or a qualitative test.
    pub default_unit: &'static str,
    /// The result is a ratio with no unit (INR), so a missing unit is not an error.
    pub unitless: bool,
    /// Bounds outside which a value in the default unit cannot be real (typing errors such as
    /// INR 500). Not clinical reference ranges.
    pub plausible_min: Option<f64>,
    pub plausible_max: Option<f64>,
    /// Fluent id of the test's display name.
    pub message_id: &'static str,
    pub source: &'static str,
    /// Whether the code was confirmed against loinc.org.
    pub verified: bool,
}

/// The source of a code confirmed against LOINC's own page (the CBC panel page lists its members
/// with their long common names).
const LOINC_CBC_PANEL: &str = "https://loinc.org/58410-2/ (LOINC 2.73: the panel and its members)";

macro_rules! test {
    ($id:literal, $loinc:literal, $display:literal, $group:ident, $inf:expr, $unit:literal,
     $unitless:literal, $min:expr, $max:expr, $msg:literal) => {
        test!(@ $id, $loinc, $display, $group, $inf, $unit, $unitless, $min, $max, $msg, CATALOG_SOURCE, false)
    };
    ($id:literal, $loinc:literal, $display:literal, $group:ident, $inf:expr, $unit:literal,
     $unitless:literal, $min:expr, $max:expr, $msg:literal, verified: $source:expr) => {
        test!(@ $id, $loinc, $display, $group, $inf, $unit, $unitless, $min, $max, $msg, $source, true)
    };
    (@ $id:literal, $loinc:literal, $display:literal, $group:ident, $inf:expr, $unit:literal,
     $unitless:literal, $min:expr, $max:expr, $msg:literal, $source:expr, $verified:literal) => {
        CatalogTest {
            id: $id,
            loinc: $loinc,
            loinc_display: $display,
            group: TestGroup::$group,
            infection: $inf,
            default_unit: $unit,
            unitless: $unitless,
            plausible_min: $min,
            plausible_max: $max,
            message_id: $msg,
            source: $source,
            verified: $verified,
        }
    };
}

use InfectionTarget as I;
static CATALOG: &[CatalogTest] = &[
    test!(
        "hbsag",
        "5196-1",
        "Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay",
        Infection,
        Some(I::HepatitisB),
        "IU/mL",
        false,
        Some(0.0),
        None,
        "code-test-hbsag"
    ),
    test!(
        "hcv-ab",
        "13955-0",
        "Hepatitis C virus Ab [Presence] in Serum or Plasma by Immunoassay",
        Infection,
        Some(I::HepatitisC),
        "S/CO",
        false,
        Some(0.0),
        None,
        "code-test-hcv-ab"
    ),
    test!(
        "hcv-ab-serum",
        "16128-1",
        "Hepatitis C virus Ab [Presence] in Serum",
        Infection,
        Some(I::HepatitisC),
        "S/CO",
        false,
        Some(0.0),
        None,
        "code-test-hcv-ab-serum"
    ),
    test!(
        "hiv-ag-ab",
        "56888-1",
        "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay",
        Infection,
        Some(I::Hiv),
        "S/CO",
        false,
        Some(0.0),
        None,
        "code-test-hiv-ag-ab"
    ),
    test!(
        "tp-ab",
        "24110-9",
        "Treponema pallidum Ab [Presence] in Serum by Immunoassay",
        Infection,
        Some(I::Syphilis),
        "S/CO",
        false,
        Some(0.0),
        None,
        "code-test-tp-ab"
    ),
    test!(
        "rpr",
        "20507-0",
        "Reagin Ab [Presence] in Serum by RPR",
        Infection,
        Some(I::Syphilis),
        "",
        false,
        Some(0.0),
        None,
        "code-test-rpr"
    ),
    test!(
        "htlv-ab",
        "29901-6",
        "HTLV I+II Ab [Presence] in Serum",
        Infection,
        Some(I::Htlv1),
        "S/CO",
        false,
        Some(0.0),
        None,
        "code-test-htlv-ab"
    ),
    test!(
        "cea",
        "2039-6",
        "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma",
        TumourMarker,
        None,
        "ng/mL",
        false,
        Some(0.0),
        None,
        "code-test-cea"
    ),
    test!(
        "afp",
        "1834-1",
        "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma",
        TumourMarker,
        None,
        "ng/mL",
        false,
        Some(0.0),
        None,
        "code-test-afp"
    ),
    test!(
        "ca19-9",
        "24108-3",
        "Cancer Ag 19-9 [Units/volume] in Serum or Plasma",
        TumourMarker,
        None,
        "U/mL",
        false,
        Some(0.0),
        None,
        "code-test-ca19-9"
    ),
    test!(
        "psa",
        "2857-1",
        "Prostate specific Ag [Mass/volume] in Serum or Plasma",
        TumourMarker,
        None,
        "ng/mL",
        false,
        Some(0.0),
        None,
        "code-test-psa"
    ),
    test!(
        "ca-125",
        "10334-1",
        "Cancer Ag 125 [Units/volume] in Serum or Plasma",
        TumourMarker,
        None,
        "U/mL",
        false,
        Some(0.0),
        None,
        "code-test-ca-125"
    ),
    test!(
        "pt",
        "5902-2",
        "Prothrombin time (PT)",
        Coagulation,
        None,
        "s",
        false,
        Some(3.0),
        Some(300.0),
        "code-test-pt"
    ),
    test!(
        "pt-inr",
        "6301-6",
        "INR in Platelet poor plasma by Coagulation assay",
        Coagulation,
        None,
        "",
        true,
        Some(0.3),
        Some(20.0),
        "code-test-pt-inr"
    ),
    test!(
        "aptt",
        "14979-9",
        "aPTT in Platelet poor plasma by Coagulation assay",
        Coagulation,
        None,
        "s",
        false,
        Some(5.0),
        Some(300.0),
        "code-test-aptt"
    ),
    test!(
        "d-dimer",
        "48065-7",
        "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma",
        Coagulation,
        None,
        "µg/mL FEU",
        false,
        Some(0.0),
        Some(1000.0),
        "code-test-d-dimer"
    ),
    test!(
        "cbc",
        "58410-2",
        "CBC panel - Blood by Automated count",
        Cbc,
        None,
        "",
        false,
        None,
        None,
        "code-test-cbc",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "wbc",
        "6690-2",
        "Leukocytes [#/volume] in Blood by Automated count",
        Cbc,
        None,
        "10^3/µL",
        false,
        Some(0.0),
        Some(1000.0),
        "code-test-wbc",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "rbc",
        "789-8",
        "Erythrocytes [#/volume] in Blood by Automated count",
        Cbc,
        None,
        "10^6/µL",
        false,
        Some(0.0),
        Some(15.0),
        "code-test-rbc",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "hb",
        "718-7",
        "Hemoglobin [Mass/volume] in Blood",
        Cbc,
        None,
        "g/dL",
        false,
        Some(0.0),
        Some(30.0),
        "code-test-hb",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "hct",
        "4544-3",
        "Hematocrit [Volume Fraction] of Blood by Automated count",
        Cbc,
        None,
        "%",
        false,
        Some(0.0),
        Some(100.0),
        "code-test-hct",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "mcv",
        "787-2",
        "MCV [Entitic volume] by Automated count",
        Cbc,
        None,
        "fL",
        false,
        Some(20.0),
        Some(200.0),
        "code-test-mcv",
        verified: LOINC_CBC_PANEL
    ),
    test!(
        "plt",
        "777-3",
        "Platelets [#/volume] in Blood by Automated count",
        Cbc,
        None,
        "10^3/µL",
        false,
        Some(0.0),
        Some(5000.0),
        "code-test-plt",
        verified: "https://loinc.org/777-3/ (LOINC 2.73)"
    ),
];

/// Every test the app knows.
pub fn catalog() -> &'static [CatalogTest] {
    CATALOG
}

/// The catalog entry with this id.
pub fn find_test(id: &str) -> Option<&'static CatalogTest> {
    CATALOG.iter().find(|t| t.id == id)
}

/// Whether `code` has the LOINC shape `digits-checkdigit` with a correct mod-10 check digit.
pub fn is_valid_loinc(code: &str) -> bool {
    let Some((body, check)) = code.split_once('-') else {
        return false;
    };
    if body.is_empty() || body.len() > 7 || check.len() != 1 {
        return false;
    }
    if !body.bytes().all(|b| b.is_ascii_digit()) || !check.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // LOINC's mod-10: from the right, double every other digit starting with the rightmost, add
    // the digits of the products and the remaining digits; the check digit tops the sum up to a
    // multiple of ten (the Luhn scheme).
    let mut sum = 0u32;
    for (i, b) in body.bytes().rev().enumerate() {
        let d = u32::from(b - b'0');
        sum += if i % 2 == 0 {
            let p = d * 2;
            p / 10 + p % 10
        } else {
            d
        };
    }
    let expected = (10 - sum % 10) % 10;
    u32::from(check.as_bytes()[0] - b'0') == expected
}

/// Which test a result is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TestRef {
    /// A catalog test by id (see [`catalog`]).
    Catalog { id: String },
    /// A test outside the catalog, named as on the report.
    Custom { name: String, group: TestGroup },
}

coded! {
    pub enum Qualitative {
        Negative => "code-qualitative-negative",
        Positive => "code-qualitative-positive",
        Indeterminate => "code-qualitative-indeterminate",
    }
}

coded! {
    /// How a number was reported: "<0.05" is below the detection limit, not 0.05.
    #[derive(Default)]
    pub enum Comparator {
        #[default]
        Eq => "code-comparator-eq",
        Lt => "code-comparator-lt",
        Le => "code-comparator-le",
        Gt => "code-comparator-gt",
        Ge => "code-comparator-ge",
    }
}

/// A result value: a number with its unit, or a qualitative reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LabValue {
    Numeric {
        value: Decimal,
        unit: String,
        #[serde(default)]
        comparator: Comparator,
        /// The lab's own reading of the number, when printed (serology: "0.1 S/CO, negative").
        #[serde(default)]
        interpretation: Option<Qualitative>,
    },
    Qualitative {
        result: Qualitative,
        /// As printed, e.g. "(-)", "陰性", "non-reactive".
        #[serde(default)]
        text: String,
    },
}

/// The reference range printed with the result.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ReferenceRange {
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    /// As printed, when not a plain interval (e.g. "<5.0", "陰性").
    pub text: String,
}

coded! {
    /// A result judged against its range. Derived, never stored.
    pub enum Abnormality {
        Normal => "code-abnormality-normal",
        Low => "code-abnormality-low",
        High => "code-abnormality-high",
        /// A qualitative positive (or a number the lab read as positive).
        Abnormal => "code-abnormality-abnormal",
        Indeterminate => "code-abnormality-indeterminate",
        /// No range or reading to judge by, or the value is not a number.
        NotDetermined => "code-abnormality-not-determined",
    }
}

/// One laboratory result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScreeningResult {
    pub test: TestRef,
    /// LOINC code when known (for a catalog test, normally the catalog's).
    #[serde(default)]
    pub loinc: String,
    /// The lab's own code for the test.
    #[serde(default)]
    pub lab_code: String,
    pub value: LabValue,
    #[serde(default)]
    pub reference_range: ReferenceRange,
    #[serde(default)]
    pub collected: Option<Date>,
    /// Lab name (and country).
    #[serde(default)]
    pub lab: String,
    #[serde(default)]
    pub note: String,
}

impl ScreeningResult {
    pub fn catalog_test(&self) -> Option<&'static CatalogTest> {
        match &self.test {
            TestRef::Catalog { id } => find_test(id),
            TestRef::Custom { .. } => None,
        }
    }

    pub fn group(&self) -> TestGroup {
        match &self.test {
            TestRef::Catalog { id } => find_test(id).map(|t| t.group).unwrap_or(TestGroup::Other),
            TestRef::Custom { group, .. } => *group,
        }
    }

    pub fn infection_target(&self) -> Option<InfectionTarget> {
        self.catalog_test().and_then(|t| t.infection)
    }

    /// Judges the value against the range and the lab's reading. Never stored: it always follows
    /// the value as it stands.
    pub fn abnormal(&self) -> Abnormality {
        match &self.value {
            LabValue::Qualitative { result, .. } => qualitative(*result),
            LabValue::Numeric {
                value,
                comparator,
                interpretation,
                ..
            } => {
                if let Some(q) = interpretation {
                    return qualitative(*q);
                }
                let Some(v) = value.value() else {
                    return Abnormality::NotDetermined;
                };
                let low = self.reference_range.low.as_ref().and_then(Decimal::value);
                let high = self.reference_range.high.as_ref().and_then(Decimal::value);
                if low.is_none() && high.is_none() {
                    return Abnormality::NotDetermined;
                }
                // With "<v" the true value is below v: it can be called low (v at or under the
                // low limit) but never high; with ">v" the reverse.
                let (can_be_low, can_be_high, is_bound) = match comparator {
                    Comparator::Eq => (true, true, false),
                    Comparator::Lt | Comparator::Le => (true, false, true),
                    Comparator::Gt | Comparator::Ge => (false, true, true),
                };
                if let Some(h) = high {
                    if v > h && can_be_high {
                        return Abnormality::High;
                    }
                    if v > h && is_bound {
                        return Abnormality::Indeterminate;
                    }
                }
                if let Some(l) = low {
                    let below = if matches!(comparator, Comparator::Lt) {
                        v <= l
                    } else {
                        v < l
                    };
                    if below && can_be_low {
                        return Abnormality::Low;
                    }
                    if v < l && is_bound {
                        return Abnormality::Indeterminate;
                    }
                }
                Abnormality::Normal
            }
        }
    }
}

fn qualitative(q: Qualitative) -> Abnormality {
    match q {
        Qualitative::Negative => Abnormality::Normal,
        Qualitative::Positive => Abnormality::Abnormal,
        Qualitative::Indeterminate => Abnormality::Indeterminate,
    }
}

/// Whether a result collected on `collected` is older than `window_days` on `reference_date`.
/// A date that is not a real date cannot show freshness, so it counts as stale.
pub fn is_stale(collected: &Date, reference_date: &Date, window_days: u32) -> bool {
    match (collected.day_number(), reference_date.day_number()) {
        (Some(c), Some(r)) => r - c > i64::from(window_days),
        _ => true,
    }
}

coded! {
    pub enum ImagingModality {
        Mri => "code-imaging-mri",
        Ct => "code-imaging-ct",
        Xray => "code-imaging-xray",
        Ultrasound => "code-imaging-ultrasound",
        Pet => "code-imaging-pet",
        Other => "code-imaging-other",
    }
}

/// An imaging study (MRI, CT …) with its report summary, often written abroad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImagingStudy {
    pub modality: ImagingModality,
    #[serde(default)]
    pub date: Option<PartialDate>,
    #[serde(default)]
    pub region: String,
    /// The report's findings in the language written, with a translation.
    #[serde(default)]
    pub summary: PatientText,
    #[serde(default)]
    pub facility: String,
}
