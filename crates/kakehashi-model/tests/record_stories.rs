//! The intake record, told as the coordinator's day.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_i18n::{Localizer, MessageArg};
use kakehashi_model::*;

fn record() -> PatientRecord {
    PatientRecord::new(RecordId("r-0001".into()))
}

fn errors_of(r: &PatientRecord) -> Vec<ValidationError> {
    r.validate().err().unwrap_or_default()
}

fn error_at<'a>(errors: &'a [ValidationError], field: &str) -> &'a ValidationError {
    errors.iter().find(|e| e.field == field).unwrap_or_else(|| {
        panic!(
            "no error at {field}; got {:?}",
            errors.iter().map(|e| &e.field).collect::<Vec<_>>()
        )
    })
}

fn json_round_trip(r: &PatientRecord) -> PatientRecord {
    PatientRecord::from_json(&r.to_json_pretty().unwrap()).unwrap()
}

fn aspirin() -> Medication {
    Medication {
        name_as_given: PatientText::new("拜阿司匹灵", "zh-Hans"),
        dose: Some(Quantity::new("100", "mg")),
        ..Medication::default()
    }
}

#[test]
fn a_new_record_has_asked_nothing_and_says_so_in_every_section() {
    let r = record();
    assert_eq!(r.validate(), Ok(()));
    for c in r.completion() {
        assert_eq!(c.completion.kind, CompletionKind::NotAsked, "{:?}", c.section);
    }
    assert_eq!(r.completion().len(), SectionId::ALL.len());
    assert_eq!(r.history.pregnancy, PregnancyStatus::NotAsked);
    assert_eq!(r.planned_treatment.origin, Origin::NotAsked);
    assert_eq!(r.planned_treatment.provision_plan_number, Fact::NotAsked);
}

#[test]
fn coordinator_confirms_no_known_allergies_and_it_stays_confirmed_none_after_a_round_trip() {
    let mut r = record();
    r.allergies = Section::ConfirmedNone(Confirmation {
        confirmed_by: Some("佐藤".into()),
        confirmed_at: Some(Timestamp::from_text("2026-11-21T10:15:00+09:00")),
    });
    let back = json_round_trip(&r);
    assert!(back.allergies.is_confirmed_none());
    assert_eq!(back.allergies, r.allergies);
    assert_eq!(
        back.section_completion(SectionId::Allergies).kind,
        CompletionKind::ConfirmedNone
    );
}

#[test]
fn allergies_not_asked_stay_not_asked_and_are_never_read_as_none() {
    let back = json_round_trip(&record());
    assert!(back.allergies.is_not_asked());
    assert!(!back.allergies.is_confirmed_none());
    // A record written before the section existed in the file reads as not asked, too.
    let minimal = PatientRecord::from_json(r#"{"schemaVersion":1,"id":"r-1"}"#).unwrap();
    assert!(minimal.allergies.is_not_asked());
}

#[test]
fn an_empty_list_of_allergies_is_an_error_not_a_silent_none() {
    let mut r = record();
    r.allergies = Section::Entries { entries: vec![] };
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "allergies").message.id,
        "model-error-empty-section"
    );
}

#[test]
fn an_impossible_date_names_the_field() {
    let mut r = record();
    let mut m = aspirin();
    m.since = Some(PartialDate::from_text("2025-02-30"));
    r.medications = Section::from_entries(vec![aspirin(), m]);
    let errors = errors_of(&r);
    let e = error_at(&errors, "medications[1].since");
    assert_eq!(e.message.id, "model-error-date-impossible");
    assert_eq!(
        e.message.args.get("value"),
        Some(&MessageArg::Text("2025-02-30".into()))
    );
}

#[test]
fn a_consent_date_needs_a_day_and_a_given_consent_needs_a_date() {
    let mut r = record();
    r.consent.acquire_special_care = ConsentRecord {
        decision: ConsentDecision::Given,
        date: Some(Date::from_text("2026-11")),
        ..Default::default()
    };
    r.consent.share_special_care = ConsentRecord {
        decision: ConsentDecision::Given,
        ..Default::default()
    };
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "consent.acquireSpecialCare.date").message.id,
        "model-error-date-not-full"
    );
    assert_eq!(
        error_at(&errors, "consent.shareSpecialCare.date").message.id,
        "model-error-consent-date-missing"
    );
}

#[test]
fn a_dose_without_a_unit_is_rejected_at_the_unit() {
    let mut r = record();
    let mut m = aspirin();
    m.dose = Some(Quantity::new("100", ""));
    r.medications = Section::from_entries(vec![aspirin(), m]);
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "medications[1].dose.unit").message.id,
        "model-error-unit-missing"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn a_negative_dose_is_out_of_range_and_the_bound_is_in_the_message() {
    let mut r = record();
    let mut m = aspirin();
    m.dose = Some(Quantity::new("-5", "mg"));
    r.medications = Section::from_entries(vec![m]);
    let errors = errors_of(&r);
    let e = error_at(&errors, "medications[0].dose.value");
    assert_eq!(e.message.id, "model-error-below-min");
    assert_eq!(e.message.args.get("min"), Some(&MessageArg::Number(0.0)));
}

fn inr(value: &str) -> ScreeningResult {
    ScreeningResult {
        test: TestRef::Catalog { id: "pt-inr".into() },
        loinc: "6301-6".into(),
        lab_code: String::new(),
        value: LabValue::Numeric {
            value: Decimal::from_text(value),
            unit: String::new(),
            comparator: Comparator::Eq,
            interpretation: None,
        },
        reference_range: ReferenceRange {
            low: Some("0.85".into()),
            high: Some("1.15".into()),
            text: String::new(),
        },
        collected: Some(Date::ymd(2026, 11, 1)),
        lab: "架空検査センター".into(),
        note: String::new(),
    }
}

#[test]
fn an_inr_of_500_is_a_typing_error_and_says_the_largest_possible_value() {
    let mut r = record();
    r.screening = Section::from_entries(vec![inr("1.1"), inr("500")]);
    let errors = errors_of(&r);
    let e = error_at(&errors, "screening[1].value.value");
    assert_eq!(e.message.id, "model-error-above-max");
    assert_eq!(e.message.args.get("max"), Some(&MessageArg::Number(20.0)));
    assert_eq!(
        errors.len(),
        1,
        "INR has no unit, so only the value is wrong: {errors:?}"
    );
}

#[test]
fn a_lab_value_without_a_unit_is_rejected_unless_the_test_has_none() {
    let mut r = record();
    let mut cea = inr("2.1");
    cea.test = TestRef::Catalog { id: "cea".into() };
    cea.loinc = "2039-6".into();
    r.screening = Section::from_entries(vec![inr("1.0"), cea]);
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "screening[1].value.unit").message.id,
        "model-error-unit-missing"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn a_mistyped_loinc_code_is_caught_by_its_check_digit() {
    let mut r = record();
    let mut bad = inr("1.0");
    bad.loinc = "6301-7".into();
    r.screening = Section::from_entries(vec![bad]);
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "screening[0].loinc").message.id,
        "model-error-loinc"
    );
}

#[test]
fn every_catalog_loinc_code_has_a_valid_check_digit_and_says_where_it_was_confirmed() {
    for t in catalog() {
        assert!(is_valid_loinc(t.loinc), "{} {}", t.id, t.loinc);
        if t.verified {
            // Confirmed only against LOINC's own pages, never a lab catalogue or a mirror.
            assert!(
                t.source.starts_with("https://loinc.org/"),
                "{}: {}",
                t.id,
                t.source
            );
        } else {
            assert!(
                t.source.contains("verify against loinc.org"),
                "{}: {}",
                t.id,
                t.source
            );
        }
    }
    let verified: Vec<&str> = catalog().iter().filter(|t| t.verified).map(|t| t.id).collect();
    assert_eq!(verified, ["cbc", "wbc", "rbc", "hb", "hct", "mcv", "plt"]);
    assert!(!is_valid_loinc("5196-2"));
    assert!(!is_valid_loinc("5196"));
    assert!(!is_valid_loinc("５１９６-１"));
}

#[test]
fn malformed_plan_committee_and_facility_numbers_are_named() {
    let mut r = record();
    r.planned_treatment.provision_plan_number = Fact::Known {
        value: "ＰＢ３１５".into(),
    };
    r.planned_treatment.committee = Fact::Known {
        value: Committee {
            name: "委員会".into(),
            number: "NB 1".into(),
        },
    };
    r.planned_treatment.processing_sites = Section::from_entries(vec![ProcessingSite {
        name: "加工所".into(),
        facility_number: "no number".into(),
        ..Default::default()
    }]);
    let errors = errors_of(&r);
    for field in [
        "plannedTreatment.provisionPlanNumber.value",
        "plannedTreatment.committee.value.number",
        "plannedTreatment.processingSites[0].facilityNumber",
    ] {
        assert_eq!(error_at(&errors, field).message.id, "model-error-register-number");
    }
}

#[test]
fn validation_reports_every_problem_at_once() {
    let mut r = record();
    r.schema_version = 99;
    r.profile.date_of_birth = Some(PartialDate::from_text("1985/03/02"));
    r.profile.nationality = vec!["China".into()];
    r.allergies = Section::Entries { entries: vec![] };
    let mut m = aspirin();
    m.dose = Some(Quantity::new("一百", ""));
    r.medications = Section::from_entries(vec![m]);
    let fields: Vec<String> = errors_of(&r).into_iter().map(|e| e.field).collect();
    for f in [
        "schemaVersion",
        "profile.dateOfBirth",
        "profile.nationality[0]",
        "allergies",
        "medications[0].dose.value",
        "medications[0].dose.unit",
    ] {
        assert!(fields.iter().any(|x| x == f), "{f} missing from {fields:?}");
    }
}

#[test]
fn a_rejected_record_is_not_half_accepted() {
    let mut r = record();
    r.history.conditions = Section::Entries { entries: vec![] };
    let json = serde_json::to_string(&r).unwrap();
    match PatientRecord::from_json(&json) {
        Err(ModelError::Invalid(errors)) => assert_eq!(errors[0].field, "history.conditions"),
        other => panic!("expected invalid, got {other:?}"),
    }
}

#[test]
fn a_misspelt_field_in_the_file_is_refused_rather_than_dropped() {
    let err =
        PatientRecord::from_json(r#"{"schemaVersion":1,"id":"r-1","allergys":{"kind":"confirmed-none"}}"#)
            .unwrap_err();
    assert!(matches!(err, ModelError::Unreadable { .. }), "{err:?}");
    assert_eq!(err.message().id, "model-error-unreadable");
}

#[test]
fn what_the_patient_said_is_kept_exactly_with_its_translation_and_translator() {
    let words = "  腰痛十几年了……\n  朋友说「干细胞」能根治。 ";
    let mut r = record();
    r.patient_statement =
        Some(PatientText::new(words, "zh-Hans").translated("十数年来の腰痛。", "ja", "张丽"));
    let back = json_round_trip(&r);
    let s = back.patient_statement.unwrap();
    assert_eq!(s.original, words);
    let t = s.translation.unwrap();
    assert_eq!((t.lang.as_str(), t.translator.as_str()), ("ja", "张丽"));
}

#[test]
fn a_translation_without_its_translator_is_rejected() {
    let mut r = record();
    let mut text = PatientText::new("Tôm", "vi").translated("エビ", "ja", "");
    if let Some(t) = text.translation.as_mut() {
        t.translator = " ".into();
    }
    r.allergies = Section::from_entries(vec![Allergy {
        substance: text,
        category: AllergyCategory::Food,
        groups: vec![],
        reaction: None,
        severity: AllergySeverity::Mild,
        when: None,
    }]);
    let errors = errors_of(&r);
    assert_eq!(
        error_at(&errors, "allergies[0].substance.translation.translator")
            .message
            .id,
        "model-error-translator-missing"
    );
}

fn result(value: LabValue, low: Option<&str>, high: Option<&str>) -> ScreeningResult {
    ScreeningResult {
        test: TestRef::Catalog { id: "d-dimer".into() },
        loinc: String::new(),
        lab_code: String::new(),
        value,
        reference_range: ReferenceRange {
            low: low.map(Decimal::from),
            high: high.map(Decimal::from),
            text: String::new(),
        },
        collected: None,
        lab: String::new(),
        note: String::new(),
    }
}

fn num(v: &str, comparator: Comparator) -> LabValue {
    LabValue::Numeric {
        value: v.into(),
        unit: "µg/mL FEU".into(),
        comparator,
        interpretation: None,
    }
}

#[test]
fn abnormal_is_judged_from_the_value_and_range_every_time() {
    assert_eq!(
        result(num("3.2", Comparator::Eq), None, Some("1.0")).abnormal(),
        Abnormality::High
    );
    assert_eq!(
        result(num("0.4", Comparator::Eq), None, Some("1.0")).abnormal(),
        Abnormality::Normal
    );
    assert_eq!(
        result(num("0.1", Comparator::Eq), Some("0.5"), Some("1.0")).abnormal(),
        Abnormality::Low
    );
    // "<0.5" under an upper limit of 1.0 is normal, never "high".
    assert_eq!(
        result(num("0.5", Comparator::Lt), None, Some("1.0")).abnormal(),
        Abnormality::Normal
    );
    // ">1.0" above an upper limit of 0.5 is high.
    assert_eq!(
        result(num("1.0", Comparator::Gt), None, Some("0.5")).abnormal(),
        Abnormality::High
    );
    // "<5" against an upper limit of 1.0 cannot be called either way.
    assert_eq!(
        result(num("5", Comparator::Lt), None, Some("1.0")).abnormal(),
        Abnormality::Indeterminate
    );
    assert_eq!(
        result(num("0.4", Comparator::Eq), None, None).abnormal(),
        Abnormality::NotDetermined
    );
    let positive = LabValue::Qualitative {
        result: Qualitative::Positive,
        text: "(+)".into(),
    };
    assert_eq!(result(positive, None, None).abnormal(), Abnormality::Abnormal);
    let unsure = LabValue::Qualitative {
        result: Qualitative::Indeterminate,
        text: "判定保留".into(),
    };
    assert_eq!(result(unsure, None, None).abnormal(), Abnormality::Indeterminate);
    let read_positive = LabValue::Numeric {
        value: "12.3".into(),
        unit: "S/CO".into(),
        comparator: Comparator::Eq,
        interpretation: Some(Qualitative::Positive),
    };
    assert_eq!(
        result(read_positive, None, Some("1.0")).abnormal(),
        Abnormality::Abnormal
    );
}

#[test]
fn abnormal_is_not_stored_in_the_file() {
    let r = result(num("3.2", Comparator::Eq), None, Some("1.0"));
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("abnormal"), "{json}");
}

#[test]
fn a_result_older_than_the_window_is_stale() {
    let today = Date::ymd(2026, 11, 21);
    assert!(!is_stale(&Date::ymd(2026, 8, 23), &today, 90));
    assert!(is_stale(&Date::ymd(2026, 8, 22), &today, 90));
    assert!(is_stale(&Date::from_text("2026-02-30"), &today, 90));
}

#[test]
fn six_fictional_samples_load_validate_and_say_they_are_samples() {
    for (file, json) in sample_sources() {
        let r = PatientRecord::from_json(json).unwrap_or_else(|e| panic!("{file}: {e:?} {:?}", e.message()));
        assert!(r.sample, "{file} must be marked as a sample");
    }
    let all = samples();
    assert_eq!(all.len(), sample_sources().len());
    let langs: std::collections::BTreeSet<_> =
        all.iter().map(|r| r.profile.preferred_language.clone()).collect();
    for l in ["zh-Hans", "zh-Hant", "ko", "vi", "en", "ru"] {
        assert!(langs.contains(l), "no sample speaking {l}");
    }
}

#[test]
fn the_samples_cover_the_cases_staff_train_on() {
    let all = samples();
    let by_id = |id: &str| all.iter().find(|r| r.id.as_str() == id).unwrap();
    let iv = by_id("sample-iv-adipose-msc-gaps");
    assert_eq!(iv.planned_treatment.route, AdministrationRoute::IvDrip);
    assert_eq!(iv.planned_treatment.tissue_source, TissueSource::Adipose);
    let exo = by_id("sample-exosome-iv");
    assert_eq!(exo.planned_treatment.category, TreatmentCategory::Exosomes);
    let ana = by_id("sample-anaphylaxis-history");
    assert!(ana.allergies.entries().iter().any(Allergy::is_anaphylaxis));
    assert!(by_id("sample-allergies-not-asked").allergies.is_not_asked());
    assert!(by_id("sample-well-documented").allergies.is_confirmed_none());
}

#[test]
fn staff_find_a_patient_by_any_form_of_the_name() {
    let all = samples();
    let find = |q: &str| {
        all.iter()
            .filter(|r| r.matches_name(q))
            .map(|r| r.id.0.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(find("王秀英"), ["sample-iv-adipose-msc-gaps"]);
    assert_eq!(find("wang xiuying"), ["sample-iv-adipose-msc-gaps"]);
    assert_eq!(find("xiuying wang"), ["sample-iv-adipose-msc-gaps"]);
    assert_eq!(find("tran van hung"), ["sample-exosome-iv"]);
    assert_eq!(find("ぱく じうん"), ["sample-anaphylaxis-history"]);
    assert_eq!(find("bob"), ["sample-allergies-not-asked"]);
    assert!(find("").is_empty());
}

#[test]
fn the_display_name_falls_back_from_native_to_passport_to_katakana_to_id() {
    let mut r = record();
    assert_eq!(r.display_name(), "r-0001");
    r.profile.names.katakana = "ワン".into();
    assert_eq!(r.display_name(), "ワン");
    r.profile.names.latin_family = "WANG".into();
    r.profile.names.latin_given = "Xiuying".into();
    assert_eq!(r.display_name(), "WANG Xiuying");
    r.profile.names.native = "王秀英".into();
    assert_eq!(r.display_name(), "王秀英");
    assert_eq!(
        r.name_forms(),
        [
            "王秀英",
            "ワン",
            "WANG Xiuying",
            "Xiuying WANG",
            "WANG",
            "Xiuying"
        ]
    );
}

#[test]
fn the_file_format_spells_states_the_way_the_ui_reads_them() {
    let mut r = record();
    r.allergies = Section::confirmed_none();
    r.medications = Section::from_entries(vec![aspirin()]);
    r.planned_treatment.provision_plan_number = Fact::Known {
        value: "PB0000001".into(),
    };
    r.planned_treatment.risk_class = RiskClass::ClassIi;
    let v: serde_json::Value = serde_json::to_value(&r).unwrap();
    assert_eq!(
        v["allergies"],
        serde_json::json!({"kind": "confirmed-none", "confirmedBy": null, "confirmedAt": null})
    );
    assert_eq!(v["imaging"], serde_json::json!({"kind": "not-asked"}));
    assert_eq!(v["medications"]["kind"], "entries");
    assert_eq!(
        v["medications"]["entries"][0]["dose"],
        serde_json::json!({"value": "100", "unit": "mg"})
    );
    assert_eq!(
        v["plannedTreatment"]["provisionPlanNumber"],
        serde_json::json!({"kind": "known", "value": "PB0000001"})
    );
    assert_eq!(v["plannedTreatment"]["riskClass"], "class-ii");
    assert_eq!(v["schemaVersion"], SCHEMA_VERSION);
}

#[test]
fn every_coded_choice_has_wording_in_japanese_and_english() {
    let l = Localizer::embedded();
    let ids = coded_message_ids();
    assert!(ids.len() > 150, "{}", ids.len());
    for id in ids {
        assert!(l.has("ja", id), "ja lacks {id}");
        assert!(l.has("en", id), "en lacks {id}");
    }
}

#[test]
fn every_message_id_in_the_source_is_defined_in_both_locales() {
    let l = Localizer::embedded();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text.split("msg!(\"").skip(1) {
            let id = &part[..part.find('"').unwrap()];
            seen += 1;
            assert!(l.has("ja", id) && l.has("en", id), "{id} missing in a locale");
        }
    }
    assert!(seen > 20, "{seen}");
}

#[test]
fn model_ftl_files_define_the_same_ids_in_both_locales() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let ids = |locale: &str| -> std::collections::BTreeSet<String> {
        std::fs::read_to_string(root.join(locale).join("model.ftl"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids("ja"), ids("en"));
}

#[test]
fn a_file_with_a_wrong_value_names_the_field_where_reading_stopped() {
    let json = r#"{"schemaVersion":1,"id":"r-1","medications":{"kind":"entries","entries":[
        {"nameAsGiven":{"original":"A","originalLang":"en"}},
        {"nameAsGiven":{"original":"B","originalLang":"en"},"route":"by-mouth"}]}}"#;
    match PatientRecord::from_json(json).unwrap_err() {
        ModelError::Unreadable { field, line, .. } => {
            assert_eq!(field, "medications[1].route");
            assert_eq!(line, 3);
        }
        other => panic!("{other:?}"),
    }
    let err =
        PatientRecord::from_json(r#"{"schemaVersion":1,"id":"r-1","profile":{"sex":"femal"}}"#).unwrap_err();
    assert_eq!(
        err.message().args.get("field"),
        Some(&MessageArg::Text("profile.sex".into()))
    );
    let err = PatientRecord::from_json(r#"{"schemaVersion":1,"id":"r-1"} trailing"#).unwrap_err();
    assert!(matches!(err, ModelError::Unreadable { .. }), "{err:?}");
}

#[test]
fn a_section_that_says_two_things_at_once_is_refused() {
    for allergies in [
        r#"{"kind":"not-asked","entries":[]}"#,
        r#"{"kind":"confirmed-none","entries":[{"substance":{"original":"x","originalLang":"en"},"category":"drug"}]}"#,
        r#"{"kind":"entries"}"#,
        r#"{"kind":"entries","entries":[],"confirmedBy":"佐藤"}"#,
        r#"{"kind":"none"}"#,
    ] {
        let json = format!(r#"{{"schemaVersion":1,"id":"r-1","allergies":{allergies}}}"#);
        match PatientRecord::from_json(&json) {
            Err(ModelError::Unreadable { field, .. }) => {
                assert!(field.starts_with("allergies"), "{allergies}: {field}")
            }
            other => panic!("{allergies} was accepted: {other:?}"),
        }
    }
    let plan = r#"{"schemaVersion":1,"id":"r-1","plannedTreatment":{"provisionPlanNumber":{"kind":"unknown","value":"PB1"}}}"#;
    assert!(matches!(
        PatientRecord::from_json(plan),
        Err(ModelError::Unreadable { .. })
    ));
}
