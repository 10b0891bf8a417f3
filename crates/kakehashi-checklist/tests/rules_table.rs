//! Every rule of the safety checklist, as a clinician would check it: a patient for whom the rule
//! must fire, and a near miss for whom it must not.
//!
//! Each row starts from the same well-documented patient (sample "well-documented": a Taiwanese
//! man with knee osteoarthritis, own adipose cells into the knee, everything recorded) and changes
//! one thing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_checklist::*;
use kakehashi_model::*;

fn today() -> Context {
    Context::new(Date::ymd(2026, 11, 21))
}

fn in_order() -> PatientRecord {
    samples()
        .into_iter()
        .find(|r| r.id.as_str() == "sample-well-documented")
        .unwrap()
}

fn fired(r: &PatientRecord) -> Vec<&'static str> {
    evaluate(r, &today()).into_iter().map(|i| i.rule_id).collect()
}

fn lab(id: &str, value: LabValue, high: Option<&str>, collected: Date) -> ScreeningResult {
    ScreeningResult {
        test: TestRef::Catalog { id: id.into() },
        loinc: String::new(),
        lab_code: String::new(),
        value,
        reference_range: ReferenceRange {
            low: None,
            high: high.map(Decimal::from),
            text: String::new(),
        },
        collected: Some(collected),
        lab: "架空検査センター".into(),
        note: String::new(),
    }
}

fn qualitative(result: Qualitative) -> LabValue {
    LabValue::Qualitative {
        result,
        text: String::new(),
    }
}

fn number(v: &str, unit: &str) -> LabValue {
    LabValue::Numeric {
        value: v.into(),
        unit: unit.into(),
        comparator: Comparator::Eq,
        interpretation: None,
    }
}

fn screening(r: &mut PatientRecord) -> &mut Vec<ScreeningResult> {
    match &mut r.screening {
        Section::Entries { entries } => entries,
        _ => panic!("the baseline has screening results"),
    }
}

fn drop_tests(r: &mut PatientRecord, ids: &[&str]) {
    screening(r).retain(|s| !s.catalog_test().is_some_and(|t| ids.contains(&t.id)));
}

fn replace_test(r: &mut PatientRecord, id: &str, with: ScreeningResult) {
    drop_tests(r, &[id]);
    screening(r).push(with);
}

fn medication(name: &str, anticoagulant: YesNo, antiplatelet: YesNo) -> Medication {
    Medication {
        name_as_given: PatientText::new(name, "en"),
        anticoagulant,
        antiplatelet,
        ..Medication::default()
    }
}

fn allergy(substance: &str, severity: AllergySeverity) -> Allergy {
    Allergy {
        substance: PatientText::new(substance, "vi"),
        category: AllergyCategory::Drug,
        groups: vec![],
        reaction: None,
        severity,
        when: None,
    }
}

fn woman_born(r: &mut PatientRecord, year: i32, pregnancy: PregnancyStatus) {
    r.profile.sex = Sex::Female;
    r.profile.date_of_birth = Some(PartialDate::year(year));
    r.history.pregnancy = pregnancy;
}

fn explanation_items(r: &mut PatientRecord) -> &mut Vec<ExplanationItem> {
    match &mut r.explanation.items {
        Section::Entries { entries } => entries,
        _ => panic!("the baseline has explanation items"),
    }
}

struct Case {
    rule: &'static str,
    fires_when: &'static str,
    fire: fn(&mut PatientRecord),
    but_not_when: &'static str,
    near_miss: fn(&mut PatientRecord),
}

#[rustfmt::skip]
fn cases() -> Vec<Case> {
    use AdministrationRoute as Route;
    use TreatmentCategory as Cat;
    vec![
        Case { rule: "R01-iv-living-cells",
            fires_when: "her own adipose stem cells are to be given by IV drip",
            fire: |r| r.planned_treatment.route = Route::IvDrip,
            but_not_when: "PRP (no living cells cultured) is given by IV drip",
            near_miss: |r| { r.planned_treatment.category = Cat::Prp; r.planned_treatment.route = Route::IvDrip } },
        Case { rule: "R01-coagulation-tests-missing",
            fires_when: "cells go IV and there is no D-dimer",
            fire: |r| { r.planned_treatment.route = Route::IvDrip; drop_tests(r, &["d-dimer"]) },
            but_not_when: "cells go IV and D-dimer, PT-INR and APTT are all recent",
            near_miss: |r| r.planned_treatment.route = Route::IvDrip },
        Case { rule: "R02-thaw-not-documented",
            fires_when: "frozen cells are thawed at the clinic and nobody documents the handling",
            fire: |r| { let t = &mut r.planned_treatment; t.cryopreserved = YesNo::Yes; t.thawed_on_site = YesNo::Yes; t.thaw_handling_documented_by.clear() },
            but_not_when: "a named nurse documents the thaw",
            near_miss: |r| { let t = &mut r.planned_treatment; t.cryopreserved = YesNo::Yes; t.thawed_on_site = YesNo::Yes; t.thaw_handling_documented_by = "看護師 田中".into() } },
        Case { rule: "R02-cryopreservation-not-asked",
            fires_when: "nobody asked whether the cells are frozen",
            fire: |r| r.planned_treatment.cryopreserved = YesNo::NotAssessed,
            but_not_when: "the clinic confirmed the cells are fresh",
            near_miss: |r| r.planned_treatment.cryopreserved = YesNo::No },
        Case { rule: "R03-origin-unknown-or-non-human",
            fires_when: "the product is of non-human origin",
            fire: |r| r.planned_treatment.origin = Origin::NonHuman,
            but_not_when: "the product is from a human donor",
            near_miss: |r| r.planned_treatment.origin = Origin::Allogeneic },
        Case { rule: "R03-origin-not-asked",
            fires_when: "a stem-cell product is planned and nobody asked whose cells",
            fire: |r| r.planned_treatment.origin = Origin::NotAsked,
            but_not_when: "the origin is not asked because no treatment has been chosen yet",
            near_miss: |r| { r.planned_treatment.origin = Origin::NotAsked; r.planned_treatment.category = Cat::NotAsked } },
        Case { rule: "R04-no-provision-plan",
            fires_when: "stem cells are planned and the plan number is unknown",
            fire: |r| r.planned_treatment.provision_plan_number = Fact::Unknown,
            but_not_when: "conditioned medium (outside the Act) has no plan",
            near_miss: |r| { r.planned_treatment.category = Cat::ConditionedMedium; r.planned_treatment.route = Route::Topical; r.planned_treatment.provision_plan_number = Fact::ConfirmedNone(Confirmation::default()) } },
        Case { rule: "R04-risk-class-missing",
            fires_when: "the risk class is unknown",
            fire: |r| r.planned_treatment.risk_class = RiskClass::Unknown,
            but_not_when: "the plan is class III",
            near_miss: |r| r.planned_treatment.risk_class = RiskClass::ClassIii },
        Case { rule: "R04-committee-missing",
            fires_when: "nobody asked which committee reviewed the plan",
            fire: |r| r.planned_treatment.committee = Fact::NotAsked,
            but_not_when: "the committee is known by name only",
            near_miss: |r| r.planned_treatment.committee = Fact::Known { value: Committee { name: "架空委員会".into(), number: String::new() } } },
        Case { rule: "R05-cell-free-product-iv",
            fires_when: "exosomes are to be given by IV drip",
            fire: |r| { r.planned_treatment.category = Cat::Exosomes; r.planned_treatment.route = Route::IvDrip },
            but_not_when: "exosomes are applied to the skin",
            near_miss: |r| { r.planned_treatment.category = Cat::Exosomes; r.planned_treatment.route = Route::Topical } },
        Case { rule: "R05-outside-asrm",
            fires_when: "conditioned medium is applied to the skin",
            fire: |r| { r.planned_treatment.category = Cat::ConditionedMedium; r.planned_treatment.route = Route::Topical },
            but_not_when: "PRP is injected (it is not a cell-free culture product)",
            near_miss: |r| r.planned_treatment.category = Cat::Prp },
        Case { rule: "R06-processing-not-asked",
            fires_when: "nobody asked where the cells are processed",
            fire: |r| r.planned_treatment.processing_sites = Section::NotAsked,
            but_not_when: "the physician confirmed there is no processing facility (prepared at the bedside)",
            near_miss: |r| r.planned_treatment.processing_sites = Section::confirmed_none() },
        Case { rule: "R06-facility-unidentified",
            fires_when: "the culture facility has no facility number",
            fire: |r| { if let Section::Entries { entries } = &mut r.planned_treatment.processing_sites { entries[0].facility_number.clear() } },
            but_not_when: "an exosome maker in Japan has no number (outside the Act)",
            near_miss: |r| { r.planned_treatment.category = Cat::Exosomes; r.planned_treatment.route = Route::Topical; if let Section::Entries { entries } = &mut r.planned_treatment.processing_sites { entries[0].facility_number.clear() } } },
        Case { rule: "R06-overseas-or-several-sites",
            fires_when: "a second, overseas site stores the cells",
            fire: |r| { if let Section::Entries { entries } = &mut r.planned_treatment.processing_sites { entries.push(ProcessingSite { name: "Fictional Storage Ltd.".into(), facility_number: "SAMPLE-FB-9".into(), location: SiteLocation::Overseas, country: "CN".into(), role: "storage".into() }) } },
            but_not_when: "one domestic site does everything",
            near_miss: |_| {} },
        Case { rule: "R07-allergies-not-asked",
            fires_when: "nobody asked about allergies",
            fire: |r| r.allergies = Section::NotAsked,
            but_not_when: "the physician confirmed no known allergies",
            near_miss: |r| r.allergies = Section::confirmed_none() },
        Case { rule: "R07-allergen-of-concern",
            fires_when: "she reacted to DMSO (written in Chinese, not tagged)",
            fire: |r| r.allergies = Section::from_entries(vec![allergy("二甲基亚砜 (DMSO)", AllergySeverity::Moderate)]),
            but_not_when: "she reacted to shrimp",
            near_miss: |r| r.allergies = Section::from_entries(vec![allergy("Tôm", AllergySeverity::Moderate)]) },
        Case { rule: "R07-anaphylaxis-history",
            fires_when: "shrimp once caused anaphylaxis",
            fire: |r| r.allergies = Section::from_entries(vec![allergy("Tôm", AllergySeverity::Anaphylaxis)]),
            but_not_when: "shrimp caused a severe rash",
            near_miss: |r| r.allergies = Section::from_entries(vec![allergy("Tôm", AllergySeverity::Severe)]) },
        Case { rule: "R08-infection-screening-missing",
            fires_when: "there is no HTLV-1 result",
            fire: |r| drop_tests(r, &["htlv-ab"]),
            but_not_when: "the HTLV-1 result is exactly 90 days old",
            near_miss: |r| replace_test(r, "htlv-ab", lab("htlv-ab", qualitative(Qualitative::Negative), None, Date::ymd(2026, 8, 23))) },
        Case { rule: "R08-infection-screening-stale",
            fires_when: "the only HTLV-1 result is 91 days old",
            fire: |r| replace_test(r, "htlv-ab", lab("htlv-ab", qualitative(Qualitative::Negative), None, Date::ymd(2026, 8, 22))),
            but_not_when: "it is 90 days old",
            near_miss: |r| replace_test(r, "htlv-ab", lab("htlv-ab", qualitative(Qualitative::Negative), None, Date::ymd(2026, 8, 23))) },
        Case { rule: "R08-infection-positive",
            fires_when: "the syphilis antibody is positive",
            fire: |r| replace_test(r, "tp-ab", lab("tp-ab", qualitative(Qualitative::Positive), None, Date::ymd(2026, 10, 28))),
            but_not_when: "the HCV antibody is 0.9 S/CO under a cut-off of 1.0",
            near_miss: |r| replace_test(r, "hcv-ab", lab("hcv-ab", number("0.9", "S/CO"), Some("1.0"), Date::ymd(2026, 10, 28))) },
        Case { rule: "R09-tumour-markers-missing",
            fires_when: "no tumour marker was measured",
            fire: |r| drop_tests(r, &["cea", "psa"]),
            but_not_when: "only PSA was measured",
            near_miss: |r| drop_tests(r, &["cea"]) },
        Case { rule: "R09-tumour-marker-abnormal",
            fires_when: "CEA is 7.2 with an upper limit of 5.0",
            fire: |r| replace_test(r, "cea", lab("cea", number("7.2", "ng/mL"), Some("5.0"), Date::ymd(2026, 10, 28))),
            but_not_when: "CEA is exactly at the upper limit",
            near_miss: |r| replace_test(r, "cea", lab("cea", number("5.0", "ng/mL"), Some("5.0"), Date::ymd(2026, 10, 28))) },
        Case { rule: "R10-antithrombotic-with-procedure",
            fires_when: "he takes apixaban and will have liposuction",
            fire: |r| r.medications = Section::from_entries(vec![medication("Eliquis", YesNo::Yes, YesNo::No)]),
            but_not_when: "he takes apixaban and the treatment is topical with no harvest",
            near_miss: |r| { r.medications = Section::from_entries(vec![medication("Eliquis", YesNo::Yes, YesNo::No)]); r.planned_treatment.harvest = HarvestProcedure::NoHarvest; r.planned_treatment.route = Route::Topical } },
        Case { rule: "R10-antithrombotic-not-assessed",
            fires_when: "he takes an unnamed herbal medicine nobody has assessed, before liposuction",
            fire: |r| r.medications = Section::from_entries(vec![medication("中药", YesNo::NotAssessed, YesNo::NotAssessed)]),
            but_not_when: "the herbal medicine was assessed as neither",
            near_miss: |r| r.medications = Section::from_entries(vec![medication("中药", YesNo::No, YesNo::No)]) },
        Case { rule: "R11-medications-not-asked",
            fires_when: "nobody asked about medicines",
            fire: |r| r.medications = Section::NotAsked,
            but_not_when: "he confirmed he takes none",
            near_miss: |r| r.medications = Section::confirmed_none() },
        Case { rule: "R12-language-not-asked",
            fires_when: "neither language nor Japanese ability is recorded",
            fire: |r| { r.profile.preferred_language.clear(); r.profile.japanese_ability = JapaneseAbility::NotAsked },
            but_not_when: "the patient's language is Japanese",
            near_miss: |r| { r.profile.preferred_language = "ja".into(); r.profile.japanese_ability = JapaneseAbility::NotAsked } },
        Case { rule: "R12-no-interpreter",
            fires_when: "he speaks little Japanese and no interpreter is assigned",
            fire: |r| r.profile.interpreter = InterpreterArrangement::NotAssigned,
            but_not_when: "he follows medical Japanese",
            near_miss: |r| { r.profile.interpreter = InterpreterArrangement::NotAssigned; r.profile.japanese_ability = JapaneseAbility::Medical } },
        Case { rule: "R12-interpreter-qualification",
            fires_when: "the interpreter's qualification is not recorded",
            fire: |r| { if let InterpreterArrangement::Assigned(a) = &mut r.profile.interpreter { a.qualification = InterpreterQualification::NotRecorded } },
            but_not_when: "a qualification without a number is recorded",
            near_miss: |r| { if let InterpreterArrangement::Assigned(a) = &mut r.profile.interpreter { a.qualification = InterpreterQualification::Held { name: "医療通訳士".into(), number: String::new() } } } },
        Case { rule: "R12-interpreter-language-mismatch",
            fires_when: "the Taiwanese patient is given a Korean interpreter",
            fire: |r| { if let InterpreterArrangement::Assigned(a) = &mut r.profile.interpreter { a.languages = vec!["ko".into(), "ja".into()] } },
            but_not_when: "the interpreter is listed for Simplified Chinese (same language, other script)",
            near_miss: |r| { if let InterpreterArrangement::Assigned(a) = &mut r.profile.interpreter { a.languages = vec!["zh-Hans".into(), "ja".into()] } } },
        Case { rule: "R13-explanation-not-recorded",
            fires_when: "no explanation is recorded",
            fire: |r| r.explanation.items = Section::NotAsked,
            but_not_when: "the explanation is recorded",
            near_miss: |_| {} },
        Case { rule: "R13-teach-back-missing",
            fires_when: "the risks were explained but he was not asked to say them back",
            fire: |r| explanation_items(r)[1].teach_back = TeachBack::NotDone,
            but_not_when: "every point was said back",
            near_miss: |_| {} },
        Case { rule: "R13-topic-not-explained",
            fires_when: "nobody told him he may be advised not to proceed",
            fire: |r| explanation_items(r).retain(|i| i.topic != ExplanationTopic::MayBeAdvisedNotToProceed),
            but_not_when: "only the costs were left out",
            near_miss: |r| explanation_items(r).retain(|i| i.topic != ExplanationTopic::Costs) },
        Case { rule: "R13-no-consent-to-share",
            fires_when: "nobody asked for consent to share his medical information",
            fire: |r| r.consent.share_special_care = ConsentRecord::default(),
            but_not_when: "he consented on the day",
            near_miss: |_| {} },
        Case { rule: "R13-no-consent-to-acquire",
            fires_when: "he refused consent to record his medical information",
            fire: |r| r.consent.acquire_special_care.decision = ConsentDecision::Refused,
            but_not_when: "he consented",
            near_miss: |_| {} },
        Case { rule: "R14-emergency-care-missing",
            fires_when: "nobody knows the transfer hospital",
            fire: |r| r.planned_treatment.emergency_care = Fact::Unknown,
            but_not_when: "the transfer hospital is recorded",
            near_miss: |_| {} },
        Case { rule: "R14-no-emergency-arrangement",
            fires_when: "the clinic confirms it has no transfer arrangement",
            fire: |r| r.planned_treatment.emergency_care = Fact::ConfirmedNone(Confirmation::default()),
            but_not_when: "the clinic has one",
            near_miss: |_| {} },
        Case { rule: "R15-pregnancy-unknown",
            fires_when: "a woman of 41 was not asked about pregnancy",
            fire: |r| woman_born(r, 1985, PregnancyStatus::NotAsked),
            but_not_when: "the woman is 76",
            near_miss: |r| woman_born(r, 1950, PregnancyStatus::NotAsked) },
        Case { rule: "R15-pregnant-or-possibly",
            fires_when: "a woman of 41 may be pregnant",
            fire: |r| woman_born(r, 1985, PregnancyStatus::PossiblyPregnant),
            but_not_when: "she is not pregnant",
            near_miss: |r| woman_born(r, 1985, PregnancyStatus::NotPregnant) },
        Case { rule: "R16-unverification-type",
            fires_when: "the care is unverification-type",
            fire: |r| r.planned_treatment.registry = RegistryStatus::UnverificationType,
            but_not_when: "the registry status is merely unknown",
            near_miss: |r| r.planned_treatment.registry = RegistryStatus::Unknown },
        Case { rule: "R17-product-not-asked",
            fires_when: "nobody asked what the treatment is",
            fire: |r| r.planned_treatment.category = Cat::NotAsked,
            but_not_when: "it is stem cells",
            near_miss: |_| {} },
        Case { rule: "R17-product-unknown",
            fires_when: "the clinic cannot say what the product is",
            fire: |r| r.planned_treatment.category = Cat::Unknown,
            but_not_when: "it is named as 'other'",
            near_miss: |r| r.planned_treatment.category = Cat::Other },
        Case { rule: "R17-route-not-stated",
            fires_when: "nobody asked how it will be given",
            fire: |r| r.planned_treatment.route = Route::NotAsked,
            but_not_when: "the route is 'other' with a description",
            near_miss: |r| { r.planned_treatment.route = Route::Other; r.planned_treatment.route_detail = "腱周囲".into() } },
        Case { rule: "R18-referral-not-asked",
            fires_when: "nobody asked who introduced him",
            fire: |r| r.profile.referral.source = ReferralSource::NotAsked,
            but_not_when: "he was asked and does not know",
            near_miss: |r| r.profile.referral.source = ReferralSource::Unknown },
    ]
}

#[test]
fn each_rule_fires_for_its_patient_and_not_for_the_near_miss() {
    let mut failures = Vec::new();
    for case in cases() {
        let mut r = in_order();
        (case.fire)(&mut r);
        if !fired(&r).contains(&case.rule) {
            failures.push(format!(
                "{} did not fire when {}: {:?}",
                case.rule,
                case.fires_when,
                fired(&r)
            ));
        }
        let mut r = in_order();
        (case.near_miss)(&mut r);
        if fired(&r).contains(&case.rule) {
            failures.push(format!("{} fired although {}", case.rule, case.but_not_when));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_rule_has_a_row_in_the_table() {
    let table: Vec<&str> = cases().iter().map(|c| c.rule).collect();
    for rule in rules() {
        assert!(table.contains(&rule.id), "no row for {}", rule.id);
    }
    assert_eq!(table.len(), rules().len());
}

#[test]
fn a_record_with_everything_in_order_has_nothing_to_stop_or_find_missing() {
    let items = evaluate(&in_order(), &today());
    let serious: Vec<_> = items
        .iter()
        .filter(|i| matches!(i.severity, Severity::Stop | Severity::Missing))
        .map(|i| i.rule_id)
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
    assert!(!blocks_handoff(&items));
    assert!(!blocks_print_or_export(&items));
}

#[test]
fn every_record_still_validates_after_its_change() {
    // The table's patients must be records a coordinator could save.
    for case in cases() {
        for change in [case.fire, case.near_miss] {
            let mut r = in_order();
            change(&mut r);
            assert_eq!(r.validate(), Ok(()), "{}", case.rule);
        }
    }
}
