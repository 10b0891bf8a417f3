//! Record validation: every problem, each naming its field.
//!
//! Format of register numbers (provision plan, committee certification, processing facility):
//! public listings of the MHLW register show a letter prefix followed by digits (for example
//! plan numbers like `PB3150001`), but no published specification of the format was found. The
//! check is therefore conservative: 1–20 half-width letters, digits or hyphens, with at least one
//! digit. Needs review against the register before it is tightened.

use kakehashi_i18n::msg;

use crate::allergy::Allergy;
use crate::date::{Date, DateParts, DateProblem, PartialDate, Timestamp};
use crate::error::ValidationError;
use crate::explanation::{ConsentDecision, ConsentRecord};
use crate::history::{Condition, FamilyHistoryEntry, Surgery};
use crate::medication::Medication;
use crate::profile::{InterpreterArrangement, InterpreterQualification};
use crate::quantity::{Decimal, Quantity};
use crate::record::{PatientRecord, SCHEMA_VERSION};
use crate::screening::{find_test, is_valid_loinc, ImagingStudy, LabValue, ScreeningResult, TestRef};
use crate::section::{Confirmation, Fact, Section};
use crate::text::PatientText;

/// Earliest year accepted for a date of birth or a past event.
pub const EARLIEST_YEAR: i32 = 1900;
/// Latest year accepted for any date (a typing error such as 20255 or 2205 is caught).
pub const LATEST_YEAR: i32 = 2100;

struct V {
    errors: Vec<ValidationError>,
}

impl V {
    fn push(&mut self, field: impl Into<String>, message: kakehashi_i18n::Message) {
        self.errors.push(ValidationError {
            field: field.into(),
            message,
        });
    }

    fn required(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(field, msg!("model-error-required"));
        }
    }

    fn date_problem(&mut self, field: &str, text: &str, problem: DateProblem) {
        let m = match problem {
            DateProblem::Malformed => msg!("model-error-date-malformed", "value" => text),
            DateProblem::Impossible => msg!("model-error-date-impossible", "value" => text),
            DateProblem::NotFull => msg!("model-error-date-not-full", "value" => text),
        };
        self.push(field, m);
    }

    fn year_bounds(&mut self, field: &str, text: &str, year: i32) {
        if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
            self.push(
                field,
                msg!("model-error-date-out-of-range", "value" => text, "min" => EARLIEST_YEAR, "max" => LATEST_YEAR),
            );
        }
    }

    fn partial_date(&mut self, field: &str, d: &Option<PartialDate>) {
        let Some(d) = d else { return };
        match d.parts() {
            Ok(DateParts::Year(y) | DateParts::YearMonth(y, _) | DateParts::Full(y, _, _)) => {
                self.year_bounds(field, d.as_str(), y)
            }
            Err(p) => self.date_problem(field, d.as_str(), p),
        }
    }

    fn date(&mut self, field: &str, d: &Option<Date>) {
        let Some(d) = d else { return };
        match d.parts() {
            Ok((y, _, _)) => self.year_bounds(field, d.as_str(), y),
            Err(p) => self.date_problem(field, d.as_str(), p),
        }
    }

    fn timestamp(&mut self, field: &str, t: &Option<Timestamp>) {
        if let Some(t) = t {
            if !t.is_valid() {
                self.push(field, msg!("model-error-timestamp", "value" => t.as_str()));
            }
        }
    }

    fn lang(&mut self, field: &str, tag: &str, required: bool) {
        if tag.is_empty() {
            if required {
                self.push(field, msg!("model-error-language-missing"));
            }
            return;
        }
        if !is_language_tag(tag) {
            self.push(field, msg!("model-error-language-tag", "value" => tag));
        }
    }

    fn text(&mut self, field: &str, t: &PatientText, required: bool) {
        if required && t.original.trim().is_empty() {
            self.push(format!("{field}.original"), msg!("model-error-required"));
        }
        self.lang(
            &format!("{field}.originalLang"),
            &t.original_lang,
            !t.original.is_empty(),
        );
        if let Some(tr) = &t.translation {
            self.lang(
                &format!("{field}.translation.lang"),
                &tr.lang,
                !tr.text.is_empty(),
            );
            if !tr.text.is_empty() && tr.translator.trim().is_empty() {
                self.push(
                    format!("{field}.translation.translator"),
                    msg!("model-error-translator-missing"),
                );
            }
        }
    }

    fn opt_text(&mut self, field: &str, t: &Option<PatientText>) {
        if let Some(t) = t {
            self.text(field, t, false);
        }
    }

    /// A number; returns its value when it is one.
    fn decimal(&mut self, field: &str, d: &Decimal) -> Option<f64> {
        let v = d.value();
        if v.is_none() {
            self.push(field, msg!("model-error-number", "value" => d.as_str()));
        }
        v
    }

    fn min(&mut self, field: &str, text: &str, v: f64, min: f64, inclusive: bool) {
        let bad = if inclusive { v < min } else { v <= min };
        if bad {
            self.push(
                field,
                msg!("model-error-below-min", "value" => text, "min" => min),
            );
        }
    }

    fn max(&mut self, field: &str, text: &str, v: f64, max: f64) {
        if v > max {
            self.push(
                field,
                msg!("model-error-above-max", "value" => text, "max" => max),
            );
        }
    }

    /// A quantity that must be positive (a dose), with its unit.
    fn dose(&mut self, field: &str, q: &Option<Quantity>) {
        let Some(q) = q else { return };
        if let Some(v) = self.decimal(&format!("{field}.value"), &q.value) {
            self.min(&format!("{field}.value"), q.value.as_str(), v, 0.0, false);
        }
        if q.unit.trim().is_empty() {
            self.push(
                format!("{field}.unit"),
                msg!("model-error-unit-missing", "value" => q.value.as_str()),
            );
        }
    }

    fn register_number(&mut self, field: &str, number: &str) {
        if !is_register_number(number) {
            self.push(field, msg!("model-error-register-number", "value" => number));
        }
    }

    fn confirmation(&mut self, field: &str, c: &Confirmation) {
        self.timestamp(&format!("{field}.confirmedAt"), &c.confirmed_at);
    }

    fn section<T>(&mut self, field: &str, s: &Section<T>, mut each: impl FnMut(&mut V, &str, &T)) {
        match s {
            Section::NotAsked => {}
            Section::ConfirmedNone(c) => self.confirmation(field, c),
            Section::Entries { entries } if entries.is_empty() => {
                self.push(field, msg!("model-error-empty-section"))
            }
            Section::Entries { entries } => {
                for (i, e) in entries.iter().enumerate() {
                    each(self, &format!("{field}[{i}]"), e);
                }
            }
        }
    }

    fn fact<T>(&mut self, field: &str, f: &Fact<T>, each: impl FnOnce(&mut V, &str, &T)) {
        match f {
            Fact::ConfirmedNone(c) => self.confirmation(field, c),
            Fact::Known { value } => each(self, field, value),
            Fact::NotAsked | Fact::Unknown => {}
        }
    }

    fn consent(&mut self, field: &str, c: &ConsentRecord) {
        self.date(&format!("{field}.date"), &c.date);
        if c.decision != ConsentDecision::NotAsked && c.date.is_none() {
            self.push(format!("{field}.date"), msg!("model-error-consent-date-missing"));
        }
    }
}

/// A BCP 47 language tag in its common shape: a 2–3 letter language, then subtags of 1–8
/// letters or digits separated by hyphens (`zh-Hans`, `pt-BR`, `sr-Latn-RS`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(lang) = parts.next() else { return false };
    if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether `number` could be an MHLW register number (see the module notes on its uncertainty).
pub fn is_register_number(number: &str) -> bool {
    (1..=20).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && number.bytes().any(|b| b.is_ascii_digit())
}

fn condition(v: &mut V, f: &str, c: &Condition) {
    v.text(&format!("{f}.name"), &c.name, true);
    v.partial_date(&format!("{f}.onset"), &c.onset);
}

fn surgery(v: &mut V, f: &str, s: &Surgery) {
    v.text(&format!("{f}.procedure"), &s.procedure, true);
    v.partial_date(&format!("{f}.date"), &s.date);
}

fn family(v: &mut V, f: &str, e: &FamilyHistoryEntry) {
    v.text(&format!("{f}.condition"), &e.condition, true);
    if let Some(age) = e.age_at_onset {
        v.max(
            &format!("{f}.ageAtOnset"),
            &age.to_string(),
            f64::from(age),
            130.0,
        );
    }
}

fn medication(v: &mut V, f: &str, m: &Medication) {
    v.text(&format!("{f}.nameAsGiven"), &m.name_as_given, true);
    v.dose(&format!("{f}.dose"), &m.dose);
    v.partial_date(&format!("{f}.since"), &m.since);
    v.opt_text(&format!("{f}.reason"), &m.reason);
}

fn allergy(v: &mut V, f: &str, a: &Allergy) {
    v.text(&format!("{f}.substance"), &a.substance, true);
    v.opt_text(&format!("{f}.reaction"), &a.reaction);
    v.partial_date(&format!("{f}.when"), &a.when);
}

fn screening(v: &mut V, f: &str, r: &ScreeningResult) {
    let catalog = match &r.test {
        TestRef::Catalog { id } => {
            let t = find_test(id);
            if t.is_none() {
                v.push(
                    format!("{f}.test.id"),
                    msg!("model-error-unknown-test", "value" => id.as_str()),
                );
            }
            t
        }
        TestRef::Custom { name, .. } => {
            v.required(&format!("{f}.test.name"), name);
            None
        }
    };
    if !r.loinc.is_empty() && !is_valid_loinc(&r.loinc) {
        v.push(
            format!("{f}.loinc"),
            msg!("model-error-loinc", "value" => r.loinc.as_str()),
        );
    }
    if let LabValue::Numeric { value, unit, .. } = &r.value {
        let n = v.decimal(&format!("{f}.value.value"), value);
        let unitless = catalog.is_some_and(|t| t.unitless);
        if unit.trim().is_empty() && !unitless {
            v.push(
                format!("{f}.value.unit"),
                msg!("model-error-unit-missing", "value" => value.as_str()),
            );
        }
        if let (Some(n), Some(t)) = (n, catalog) {
            // The bounds are in the catalog's unit; a value in another unit is not compared.
            if unit.trim() == t.default_unit || (unitless && unit.trim().is_empty()) {
                if let Some(min) = t.plausible_min {
                    v.min(&format!("{f}.value.value"), value.as_str(), n, min, true);
                }
                if let Some(max) = t.plausible_max {
                    v.max(&format!("{f}.value.value"), value.as_str(), n, max);
                }
            }
        }
    }
    let low = r
        .reference_range
        .low
        .as_ref()
        .and_then(|d| v.decimal(&format!("{f}.referenceRange.low"), d));
    let high = r
        .reference_range
        .high
        .as_ref()
        .and_then(|d| v.decimal(&format!("{f}.referenceRange.high"), d));
    if let (Some(l), Some(h)) = (low, high) {
        if l > h {
            v.push(
                format!("{f}.referenceRange"),
                msg!("model-error-range-inverted", "low" => l, "high" => h),
            );
        }
    }
    v.date(&format!("{f}.collected"), &r.collected);
}

fn imaging(v: &mut V, f: &str, s: &ImagingStudy) {
    v.partial_date(&format!("{f}.date"), &s.date);
    v.text(&format!("{f}.summary"), &s.summary, false);
}

impl PatientRecord {
    /// Checks the whole record and returns every problem found, each naming its field.
    /// Callers save only a record that validates; a rejected save stores nothing.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut v = V { errors: Vec::new() };
        if self.schema_version != SCHEMA_VERSION {
            v.push(
                "schemaVersion",
                msg!("model-error-schema-version", "found" => self.schema_version, "expected" => SCHEMA_VERSION),
            );
        }
        let id = self.id.as_str();
        if id.is_empty()
            || id.len() > 64
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            v.push("id", msg!("model-error-record-id", "value" => id));
        }

        let p = &self.profile;
        v.lang(
            "profile.names.nativeLang",
            &p.names.native_lang,
            !p.names.native.is_empty(),
        );
        v.partial_date("profile.dateOfBirth", &p.date_of_birth);
        for (i, c) in p.nationality.iter().enumerate() {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                v.push(
                    format!("profile.nationality[{i}]"),
                    msg!("model-error-country-code", "value" => c.as_str()),
                );
            }
        }
        v.lang("profile.preferredLanguage", &p.preferred_language, false);
        for (i, l) in p.other_languages.iter().enumerate() {
            v.lang(&format!("profile.otherLanguages[{i}]"), l, true);
        }
        if let InterpreterArrangement::Assigned(a) = &p.interpreter {
            v.required("profile.interpreter.name", &a.name);
            for (i, l) in a.languages.iter().enumerate() {
                v.lang(&format!("profile.interpreter.languages[{i}]"), l, true);
            }
            if let InterpreterQualification::Held { name, .. } = &a.qualification {
                v.required("profile.interpreter.qualification.name", name);
            }
        }
        if let Some(s) = &self.patient_statement {
            v.text("patientStatement", s, false);
        }

        let h = &self.history;
        v.section("history.conditions", &h.conditions, condition);
        v.section("history.surgeries", &h.surgeries, surgery);
        v.section("history.familyHistory", &h.family_history, family);
        v.section("medications", &self.medications, medication);
        v.section("allergies", &self.allergies, allergy);
        v.section("screening", &self.screening, screening);
        v.section("imaging", &self.imaging, imaging);

        let t = &self.planned_treatment;
        v.dose("plannedTreatment.dose", &t.dose);
        if let Some(c) = &t.cell_count {
            if let Some(n) = v.decimal("plannedTreatment.cellCount", c) {
                v.min("plannedTreatment.cellCount", c.as_str(), n, 0.0, false);
            }
        }
        if let Some(s) = t.sessions {
            v.min(
                "plannedTreatment.sessions",
                &s.to_string(),
                f64::from(s),
                1.0,
                true,
            );
        }
        v.section(
            "plannedTreatment.processingSites",
            &t.processing_sites,
            |v, f, s| {
                v.required(&format!("{f}.name"), &s.name);
                if !s.facility_number.is_empty() {
                    v.register_number(&format!("{f}.facilityNumber"), &s.facility_number);
                }
            },
        );
        v.fact(
            "plannedTreatment.provisionPlanNumber",
            &t.provision_plan_number,
            |v, f, n| v.register_number(&format!("{f}.value"), n),
        );
        v.fact("plannedTreatment.committee", &t.committee, |v, f, c| {
            if c.name.trim().is_empty() && c.number.trim().is_empty() {
                v.push(format!("{f}.value.name"), msg!("model-error-required"));
            }
            if !c.number.is_empty() {
                v.register_number(&format!("{f}.value.number"), &c.number);
            }
        });
        v.fact("plannedTreatment.emergencyCare", &t.emergency_care, |v, f, e| {
            v.required(&format!("{f}.value.hospital"), &e.hospital)
        });
        v.date("plannedTreatment.plannedDate", &t.planned_date);

        v.section("explanation.items", &self.explanation.items, |v, f, item| {
            v.lang(&format!("{f}.language"), &item.language, false);
            v.date(&format!("{f}.explainedOn"), &item.explained_on);
            v.opt_text(&format!("{f}.teachBackWords"), &item.teach_back_words);
        });
        v.section("explanation.questions", &self.explanation.questions, |v, f, q| {
            v.text(&format!("{f}.question"), &q.question, true);
        });
        v.consent("consent.acquireSpecialCare", &self.consent.acquire_special_care);
        v.consent("consent.shareSpecialCare", &self.consent.share_special_care);

        if v.errors.is_empty() {
            Ok(())
        } else {
            Err(v.errors)
        }
    }
}
