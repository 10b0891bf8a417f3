//! The checklist over the fictional sample patients, and what it lets staff do next.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_checklist::*;
use kakehashi_i18n::Localizer;
use kakehashi_model::*;
use proptest::prelude::*;

fn today() -> Context {
    Context::new(Date::ymd(2026, 11, 21))
}

fn sample(id: &str) -> PatientRecord {
    samples().into_iter().find(|r| r.id.as_str() == id).unwrap()
}

fn ids(items: &[Item]) -> Vec<&'static str> {
    items.iter().map(|i| i.rule_id).collect()
}

#[test]
fn the_iv_adipose_case_with_gaps_shows_what_the_fatal_cases_lacked() {
    let items = evaluate(&sample("sample-iv-adipose-msc-gaps"), &today());
    let fired = ids(&items);
    for rule in [
        "R01-iv-living-cells",
        "R01-coagulation-tests-missing",
        "R02-thaw-not-documented",
        "R06-overseas-or-several-sites",
        "R06-facility-unidentified",
        "R08-infection-screening-missing",
        "R08-infection-screening-stale",
        "R09-tumour-markers-missing",
        "R10-antithrombotic-with-procedure",
        "R12-interpreter-qualification",
        "R13-teach-back-missing",
        "R14-emergency-care-missing",
        "R13-no-consent-to-share",
    ] {
        assert!(fired.contains(&rule), "{rule} missing from {fired:?}");
    }
    // Allergies were confirmed none by the agency: that is recorded, so no allergy item.
    assert!(!fired.iter().any(|id| id.starts_with("R07")), "{fired:?}");
}

#[test]
fn the_exosome_drip_of_unknown_origin_is_stopped_and_noted_as_outside_the_act() {
    let items = evaluate(&sample("sample-exosome-iv"), &today());
    let stops: Vec<_> = items
        .iter()
        .filter(|i| i.severity == Severity::Stop)
        .map(|i| i.rule_id)
        .collect();
    assert!(stops.contains(&"R05-cell-free-product-iv"), "{stops:?}");
    assert!(stops.contains(&"R03-origin-unknown-or-non-human"), "{stops:?}");
    assert!(ids(&items).contains(&"R05-outside-asrm"));
    // Exosomes are outside the Act: no provision plan is asked for.
    assert!(!ids(&items).contains(&"R04-no-provision-plan"));
}

#[test]
fn items_come_stop_first_then_missing_then_attention_then_notes() {
    let items = evaluate(&sample("sample-exosome-iv"), &today());
    let order: Vec<Severity> = items.iter().map(|i| i.severity).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert_eq!(order.first(), Some(&Severity::Stop));
    assert_eq!(order.last(), Some(&Severity::Note));
}

#[test]
fn allergies_not_asked_block_the_handoff_until_someone_overrides_it() {
    let items = evaluate(&sample("sample-allergies-not-asked"), &today());
    let item = items
        .iter()
        .find(|i| i.rule_id == "R07-allergies-not-asked")
        .unwrap();
    assert_eq!(item.blocks, Blocks::Handoff);
    assert!(item.overridable);
    assert_eq!(item.fields, ["allergies"]);

    // With consent to share, only the allergy item stands in the way.
    let mut r = sample("sample-allergies-not-asked");
    r.consent.share_special_care = ConsentRecord {
        decision: ConsentDecision::Given,
        date: Some(Date::ymd(2026, 11, 21)),
        ..Default::default()
    };
    let items = evaluate(&r, &today());
    assert!(blocks_handoff(&items));
    assert!(!blocks_handoff_except(&items, &["R07-allergies-not-asked"]));
    assert!(!blocks_print_or_export(&items));
}

#[test]
fn without_consent_to_share_nothing_is_printed_unless_staff_override_it_explicitly() {
    let items = evaluate(&sample("sample-iv-adipose-msc-gaps"), &today());
    assert!(blocks_print_or_export(&items));
    assert!(blocks_handoff(&items));
    // Overriding only the allergy block is not enough: consent to share still blocks.
    assert!(blocks_handoff_except(&items, &["R07-allergies-not-asked"]));
    let blocking: Vec<&str> = items
        .iter()
        .filter(|i| i.blocks != Blocks::Nothing)
        .map(|i| i.rule_id)
        .collect();
    assert!(blocking.contains(&"R13-no-consent-to-share"));
    assert!(!blocks_handoff_except(&items, &blocking));
}

#[test]
fn consent_to_acquire_cannot_be_overridden() {
    let rule = kakehashi_checklist::rule("R13-no-consent-to-acquire").unwrap();
    assert!(!rule.overridable);
}

#[test]
fn a_stop_item_does_not_hide_the_record_from_the_physician() {
    // A stop is for the physician to see, so it never blocks the handoff by itself.
    let mut r = sample("sample-well-documented");
    r.planned_treatment.origin = Origin::NonHuman;
    let items = evaluate(&r, &today());
    assert!(items.iter().any(|i| i.severity == Severity::Stop));
    assert!(!blocks_handoff(&items));
}

#[test]
fn the_cli_gets_a_json_report_from_a_record_file() {
    let json = sample("sample-allergies-not-asked").to_json_pretty().unwrap();
    let out = evaluate_json(&json, &today()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["recordId"], "sample-allergies-not-asked");
    assert_eq!(v["blocksHandoff"], true);
    assert_eq!(v["referenceDate"], "2026-11-21");
    let first = &v["items"][0];
    assert_eq!(first["severity"], "stop");
    assert!(first["title"]["id"].as_str().unwrap().starts_with("checklist-"));
    assert!(first["source"]["reference"].as_str().is_some());
    assert!(v["stopCount"].as_u64().unwrap() >= 1);
}

#[test]
fn the_cli_refuses_a_broken_record_with_a_message_not_a_guess() {
    let err = evaluate_json(
        "{\"schemaVersion\":1,\"id\":\"x\",\"allergies\":{\"kind\":\"entries\",\"entries\":[]}}",
        &today(),
    )
    .unwrap_err();
    assert_eq!(err.message().id, "model-error-invalid");
    let err = evaluate_json("not json", &today()).unwrap_err();
    assert_eq!(err.message().id, "model-error-unreadable");
    let err = evaluate_json("{}", &Context::new(Date::from_text("2026-02-30"))).unwrap_err();
    assert_eq!(err.message().id, "checklist-error-reference-date");
}

#[test]
fn every_rule_is_listed_once_with_a_source_and_a_title_in_both_locales() {
    let l = Localizer::embedded();
    let mut seen = std::collections::BTreeSet::new();
    for rule in rules() {
        assert!(seen.insert(rule.id), "{} listed twice", rule.id);
        assert!(!rule.source.reference.is_empty());
        for locale in ["ja", "en"] {
            assert!(l.has(locale, rule.title_id), "{locale} lacks {}", rule.title_id);
            let base = rule.title_id.trim_end_matches("-title");
            for suffix in ["-rationale", "-resolves"] {
                assert!(
                    l.has(locale, &format!("{base}{suffix}")),
                    "{locale} lacks {base}{suffix}"
                );
            }
        }
        if let Some(n) = rule.id.get(1..3) {
            assert!(n.parse::<u8>().is_ok(), "{}", rule.id);
        }
    }
    assert!(rules().len() >= 16);
}

#[test]
fn seeds_cited_by_rules_are_the_project_seed_files() {
    let seeds = std::path::Path::new("/work/shared/seeds");
    if !seeds.exists() {
        return;
    }
    for rule in rules().iter().filter(|r| r.source.kind == SourceKind::Seed) {
        let name = rule
            .source
            .reference
            .trim_start_matches("seed ")
            .split(' ')
            .next()
            .unwrap();
        assert!(seeds.join(format!("{name}.txt")).exists(), "{}: {name}", rule.id);
    }
}

/// Every message exists in both locales; with `strict`, no placeable is left unresolved (only
/// for records whose own text has no braces).
fn assert_formats_everywhere(items: &[Item], strict: bool) {
    let l = Localizer::embedded();
    for item in items {
        for m in [&item.title, &item.rationale, &item.resolves] {
            for locale in ["ja", "en"] {
                let text = l
                    .try_format(locale, m)
                    .unwrap_or_else(|| panic!("{locale} lacks {}", m.id));
                if strict {
                    assert!(
                        !text.contains("{$") && !text.contains("{ $"),
                        "{locale} {}: {text}",
                        m.id
                    );
                }
                assert!(!text.is_empty());
            }
        }
    }
}

#[test]
fn every_item_of_every_sample_reads_in_japanese_and_english() {
    for r in samples() {
        assert_formats_everywhere(&evaluate(&r, &today()), true);
    }
}

#[test]
fn every_message_id_in_the_source_is_defined_in_both_locales() {
    let l = Localizer::embedded();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text.split("msg!(").skip(1) {
            let part = part.trim_start();
            let Some(rest) = part.strip_prefix('"') else {
                continue;
            };
            let id = &rest[..rest.find('"').unwrap()];
            seen += 1;
            assert!(l.has("ja", id) && l.has("en", id), "{id} missing in a locale");
        }
    }
    assert!(seen > 120, "{seen}");
}

#[test]
fn checklist_ftl_files_define_the_same_ids_in_both_locales() {
    let l = Localizer::embedded();
    let of = |locale: &str| -> std::collections::BTreeSet<String> {
        l.message_ids(locale)
            .into_iter()
            .filter(|id| id.starts_with("checklist-"))
            .collect()
    };
    assert_eq!(of("ja"), of("en"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn any_record_can_be_checked_and_every_item_points_at_a_field(record in kakehashi_model::arbitrary::arb_patient_record()) {
        let items = evaluate(&record, &today());
        for item in &items {
            prop_assert!(!item.fields.is_empty(), "{}", item.rule_id);
            prop_assert!(rules().iter().any(|r| r.id == item.rule_id));
        }
        assert_formats_everywhere(&items, false);
    }
}

#[test]
fn the_cli_can_print_the_report_in_the_staff_language() {
    let report = report(
        &sample("sample-exosome-iv"),
        &Context::from_date_text("2026-11-21", 90).unwrap(),
    );
    let ja = format_report(&report, "ja");
    assert!(
        ja.contains("[中止] エクソソームまたは培養上清を点滴で静脈に入れる計画です"),
        "{ja}"
    );
    assert!(ja.contains("印刷・書き出しはできません"), "{ja}");
    let en = format_report(&report, "en");
    assert!(
        en.contains("[STOP] Exosomes or conditioned medium are to be given by IV drip"),
        "{en}"
    );
    assert!(
        en.contains("Fields: plannedTreatment.category, plannedTreatment.route"),
        "{en}"
    );
    assert!(!en.contains("{"), "{en}");
    assert!(Context::from_date_text("21/11/2026", 90).is_err());
    assert_eq!(
        rule("R07-allergies-not-asked").map(|r| r.blocks),
        Some(Blocks::Handoff)
    );
}
