#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the physician reads, checked on the laid-out pages (no PDF tools needed).

use kakehashi_handoff::layout::{layout, Item, Page};
use kakehashi_handoff::*;
use kakehashi_model::{Confirmation, PatientRecord, Section, YesNo};

fn sample(id: &str) -> PatientRecord {
    kakehashi_model::samples()
        .into_iter()
        .find(|r| r.id.as_str() == id)
        .unwrap()
}

fn pages(record: &PatientRecord, options: &HandoffOptions) -> Vec<Page> {
    let sheet = compose(record, options).unwrap();
    layout(&sheet, &FontLibrary::resolve(None)).unwrap()
}

fn options() -> HandoffOptions {
    HandoffOptions::at("2026-11-21T20:00:00+09:00")
}

/// Text items of a page with their positions.
fn texts(page: &Page) -> Vec<(f32, f32, &str, &str)> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text {
                x, y, text, field, ..
            } => Some((*x, *y, text.as_str(), field.as_str())),
            _ => None,
        })
        .collect()
}

fn alert_box_text(page: &Page) -> String {
    // Everything drawn between the alert title and the patient heading, in order.
    let all: Vec<&str> = texts(page).into_iter().map(|(_, _, t, _)| t).collect();
    let joined = all.concat();
    let start = joined.find("要注意事項").unwrap();
    let end = joined.find("患者情報").unwrap();
    joined[start..end].to_owned()
}

#[test]
fn not_asked_and_confirmed_none_allergies_print_differently_in_the_alert_box() {
    let mut record = sample("sample-allergies-not-asked");
    let not_asked = alert_box_text(&pages(&record, &options())[0]);
    assert!(
        not_asked.contains("未確認（聞いていない）") && not_asked.contains("NOT ASKED"),
        "{not_asked}"
    );

    record.allergies = Section::ConfirmedNone(Confirmation {
        confirmed_by: Some("佐藤".into()),
        confirmed_at: None,
    });
    let none = alert_box_text(&pages(&record, &options())[0]);
    assert!(
        none.contains("なし（確認済み）") && none.contains("佐藤"),
        "{none}"
    );
    let allergy_row = &none[none.find("アレルギー").unwrap()..none.find("中止・注意項目").unwrap()];
    assert!(
        !allergy_row.contains("未確認（聞いていない）"),
        "confirmed none must not read as not asked: {allergy_row}"
    );
}

#[test]
fn anticoagulants_and_unassessed_medications_are_in_the_alert_box() {
    let mut record = sample("sample-allergies-not-asked");
    let mut meds = record.medications.entries().to_vec();
    meds[0].anticoagulant = YesNo::Yes;
    let mut unassessed = meds[0].clone();
    unassessed.anticoagulant = YesNo::NotAssessed;
    unassessed.generic_name = "unknown-tablet".into();
    meds.push(unassessed);
    record.medications = Section::from_entries(meds);
    let text = alert_box_text(&pages(&record, &options())[0]);
    assert!(text.contains("抗凝固薬："), "{text}");
    assert!(text.contains("未評価の薬剤：1"), "{text}");
}

#[test]
fn checklist_items_are_printed_and_a_missing_checklist_is_not_read_as_all_clear() {
    let record = sample("sample-iv-adipose-msc-gaps");
    let without = alert_box_text(&pages(&record, &options())[0]);
    assert!(
        without.contains("チェックリストの結果は添付されていません"),
        "{without}"
    );
    let mut o = options();
    o.alerts = vec![AlertItem::from_messages(
        AlertSeverity::Stop,
        &kakehashi_i18n::msg!("handoff-allergies"),
        &kakehashi_i18n::msg!("handoff-not-asked"),
    )];
    let with = alert_box_text(&pages(&record, &o)[0]);
    assert!(with.contains("【中止】アレルギー"), "{with}");
}

#[test]
fn a_checklist_that_found_nothing_says_so_instead_of_looking_absent() {
    let record = sample("sample-well-documented");
    let mut o = options();
    o.checklist_run = true;
    let text = alert_box_text(&pages(&record, &o)[0]);
    assert!(
        text.contains("チェックリストで中止・注意の項目は見つかりませんでした"),
        "{text}"
    );
    assert!(!text.contains("添付されていません"), "{text}");
}

#[test]
fn the_patients_statement_and_its_translation_sit_side_by_side() {
    let record = sample("sample-well-documented");
    let all = pages(&record, &options());
    let find = |field: &str| {
        all.iter()
            .enumerate()
            .flat_map(|(n, p)| texts(p).into_iter().map(move |t| (n, t)))
            .find(|(_, (_, _, _, f))| *f == field)
            .map(|(n, (x, y, _, _))| (n, x, y))
            .unwrap_or_else(|| panic!("{field} not drawn"))
    };
    let (page_o, x_o, y_o) = find("patientStatement.original");
    let (page_t, x_t, y_t) = find("patientStatement.translation.text");
    assert_eq!(page_o, page_t);
    assert!(
        (y_o - y_t).abs() < 0.5,
        "first lines share a baseline: {y_o} vs {y_t}"
    );
    assert!(x_t > x_o + 100.0, "the translation is in the right-hand column");
}

#[test]
fn a_very_long_name_is_printed_in_full_in_the_patient_block_and_referred_to_in_the_running_header() {
    let mut record = sample("sample-well-documented");
    let long: String = "林志明".repeat(40);
    record.profile.names.native = long.clone();
    let all = pages(&record, &options());
    let native: String = all
        .iter()
        .flat_map(|p| texts(p))
        .filter(|(_, _, _, f)| *f == "profile.names.native")
        .map(|(_, _, t, _)| t)
        .collect();
    assert_eq!(native, long);
    for page in &all {
        let header: String = texts(page)
            .into_iter()
            .filter(|(_, _, _, f)| *f == "header.name")
            .map(|(_, _, t, _)| t)
            .collect();
        assert!(header.contains("1ページ目"), "{header}");
    }
}

#[test]
fn a_bad_generation_time_is_a_typed_error() {
    let record = sample("sample-well-documented");
    let err = compose(&record, &HandoffOptions::at("21/11/2026")).unwrap_err();
    assert!(
        matches!(&err, HandoffError::InvalidTimestamp { field, .. } if field == "generatedAt"),
        "{err:?}"
    );
    assert_eq!(err.message().id, "handoff-error-invalid-timestamp");
}
