//! The record workflow through the application layer, as staff live it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_app::session::{Session, StoreStatus};
use kakehashi_app::AppError;
use kakehashi_model::{Confirmation, PatientRecord, PatientText, Section};
use kakehashi_store::KdfParams;

const PASS: &str = "correct horse battery";

fn open(dir: &std::path::Path) -> Session {
    Session::open_with(dir, KdfParams::insecure_for_tests()).unwrap()
}

fn new_patient(s: &mut Session, native: &str, kana: &str, latin: (&str, &str)) -> PatientRecord {
    let mut r = s.new_patient().unwrap();
    r.profile.names.native = native.into();
    r.profile.names.native_lang = "zh-Hans".into();
    r.profile.names.katakana = kana.into();
    r.profile.names.latin_family = latin.0.into();
    r.profile.names.latin_given = latin.1.into();
    r
}

#[test]
fn first_run_setup_then_a_patient_survives_lock_and_is_found_by_kana() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    assert_eq!(s.status(), StoreStatus::NeedsSetup);

    let done = s.setup("Sato", PASS, PASS).unwrap();
    assert!(
        done.recovery_key.len() >= 40,
        "recovery key looks too short: {}",
        done.recovery_key
    );
    assert!(matches!(s.status(), StoreStatus::Unlocked { .. }));

    let rec = new_patient(&mut s, "王小明", "ワン・シャオミン", ("WANG", "Xiaoming"));
    let saved = s.save_patient(rec.clone()).unwrap();
    assert_eq!(saved.receipt.revision, 1);
    s.lock();
    assert!(matches!(s.status(), StoreStatus::Locked { .. }));
    assert!(matches!(s.list_patients(), Err(AppError::Locked { .. })));
    drop(s);

    // "Quit and relaunch": a new session on the same folder.
    let mut s = open(dir.path());
    assert!(matches!(s.status(), StoreStatus::Locked { .. }));
    s.unlock("Suzuki", PASS).unwrap();
    let hits = s.search_patients("わん").unwrap();
    assert_eq!(hits.len(), 1, "hiragana finds the katakana reading");
    let back = s.load_patient(&hits[0].id.to_string()).unwrap();
    assert_eq!(back, rec);
}

#[test]
fn a_wrong_passphrase_names_the_field_and_leaves_the_store_locked() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    s.lock();
    let Err(AppError::InvalidInput { fields, .. }) = s.unlock("Sato", "not the passphrase") else {
        panic!("a wrong passphrase was accepted")
    };
    assert_eq!(fields[0].field, "passphrase");
    assert!(matches!(s.status(), StoreStatus::Locked { .. }));
}

#[test]
fn setup_refuses_a_short_or_mismatched_passphrase_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let Err(AppError::InvalidInput { fields, .. }) = s.setup("Sato", "short", "shorter") else {
        panic!()
    };
    let named: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(named, ["passphrase", "confirm"]);
    assert_eq!(s.status(), StoreStatus::NeedsSetup);
    assert!(
        !dir.path().join("store").exists()
            || std::fs::read_dir(dir.path().join("store"))
                .unwrap()
                .next()
                .is_none()
    );
}

#[test]
fn a_rejected_save_changes_nothing_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let good = new_patient(&mut s, "김민준", "キム・ミンジュン", ("KIM", "Minjun"));
    s.save_patient(good.clone()).unwrap();

    let mut bad = good.clone();
    bad.profile.date_of_birth = Some(kakehashi_model::PartialDate::from_text("1980-02-30"));
    let Err(AppError::InvalidInput { fields, .. }) = s.save_patient(bad) else {
        panic!("saved an impossible date")
    };
    assert!(
        fields.iter().any(|f| f.field == "profile.dateOfBirth"),
        "{fields:?}"
    );
    assert_eq!(s.load_patient(good.id.as_str()).unwrap(), good);
}

#[test]
fn not_asked_and_confirmed_none_stay_different_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let asked = {
        let mut r = new_patient(
            &mut s,
            "Nguyễn Thị Lan",
            "グエン・ティ・ラン",
            ("NGUYEN", "Thi Lan"),
        );
        r.allergies = Section::ConfirmedNone(Confirmation {
            confirmed_by: Some("Sato".into()),
            confirmed_at: None,
        });
        r
    };
    let not_asked = new_patient(&mut s, "Иван Петров", "イワン・ペトロフ", ("PETROV", "Ivan"));
    s.save_patient(asked.clone()).unwrap();
    s.save_patient(not_asked.clone()).unwrap();
    s.lock();
    s.unlock("Sato", PASS).unwrap();
    assert!(matches!(
        s.load_patient(asked.id.as_str()).unwrap().allergies,
        Section::ConfirmedNone(_)
    ));
    assert!(matches!(
        s.load_patient(not_asked.id.as_str()).unwrap().allergies,
        Section::NotAsked
    ));
}

#[test]
fn the_audit_trail_names_the_fields_a_save_touched_but_not_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let mut r = new_patient(&mut s, "陳美玲", "チン・メイリン", ("CHEN", "Meiling"));
    s.save_patient(r.clone()).unwrap();
    r.patient_statement = Some(PatientText {
        original: "膝が痛い".into(),
        original_lang: "ja".into(),
        translation: None,
    });
    s.save_patient(r).unwrap();
    let entries = s.store_unlocked().unwrap().audit_entries().unwrap();
    let last = entries.last().unwrap();
    assert!(
        last.fields.iter().any(|f| f.starts_with("patientStatement")),
        "{:?}",
        last.fields
    );
    assert!(
        !format!("{entries:?}").contains("膝が痛い"),
        "a value leaked into the audit trail"
    );
    assert_eq!(
        s.store_unlocked().unwrap().verify_audit().unwrap(),
        entries.len() as u64
    );
}

#[test]
fn sample_patients_load_once_however_often_they_are_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let first = s.load_samples().unwrap();
    let second = s.load_samples().unwrap();
    assert_eq!(first.len(), kakehashi_model::samples().len());
    assert_eq!(second.len(), first.len());
}

#[test]
fn the_checklist_runs_on_an_unsaved_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let r = s.new_patient().unwrap();
    let report = kakehashi_app::session::checklist(&r);
    // A blank record: allergies and medications were never asked.
    assert!(report.missing_count >= 2, "{report:?}");
    assert!(report.blocks_handoff);
}

#[test]
fn an_idle_session_locks_and_forgets_who_was_working() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    s.set_idle_minutes(0);
    assert!(s.lock_if_idle(), "an idle timeout of zero locks at once");
    assert!(matches!(s.status(), StoreStatus::Locked { .. }));
    assert!(s.actor().is_err());
    assert!(!s.lock_if_idle(), "locking twice reports nothing new");
}

#[test]
fn activity_keeps_the_session_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    s.set_idle_minutes(10);
    s.touch();
    assert!(!s.lock_if_idle());
    assert!(matches!(s.status(), StoreStatus::Unlocked { .. }));
}

fn sample_in_store(s: &mut Session, name: &str) -> String {
    let summaries = s.load_samples().unwrap();
    let sample = kakehashi_model::samples()
        .into_iter()
        .find(|r| r.id.as_str().contains(name))
        .unwrap();
    let display = sample.profile.names.native.clone();
    summaries
        .iter()
        .find(|x| x.names.iter().any(|n| n.text == display))
        .unwrap()
        .id
        .to_string()
}

#[test]
fn the_handoff_sheet_is_refused_while_allergies_were_never_asked_and_an_override_is_audited() {
    use kakehashi_app::transfer::{handoff_pdf, HandoffRequest};
    use kakehashi_store::{AuditAction, TransferKind};
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let id = sample_in_store(&mut s, "allergies-not-asked");
    let mut req = HandoffRequest {
        id: id.clone(),
        patient_locale: None,
        recipient: "Dr. Tanaka".into(),
        clinic: String::new(),
        interpreter: String::new(),
        overrides: Vec::new(),
    };
    let Err(AppError::Refused { message }) = handoff_pdf(&mut s, &req) else {
        panic!("printed without allergies")
    };
    assert!(message.args["rules"].clone() != kakehashi_i18n::MessageArg::Text(String::new()));
    let before = s.store_unlocked().unwrap().audit_entries().unwrap().len();

    let blocking: Vec<String> = kakehashi_app::session::checklist(&s.load_patient(&id).unwrap())
        .items
        .iter()
        .filter(|i| i.blocks != kakehashi_checklist::Blocks::Nothing)
        .map(|i| i.rule_id.to_owned())
        .collect();
    req.overrides = blocking.clone();
    let pdf = handoff_pdf(&mut s, &req).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let entries = s.store_unlocked().unwrap().audit_entries().unwrap();
    let print = entries
        .iter()
        .rev()
        .find(|e| e.action == AuditAction::Print)
        .expect("the print was audited");
    assert!(entries.len() > before);
    assert_eq!(print.transfer.as_ref().unwrap().kind, TransferKind::Print);
    assert_eq!(print.transfer.as_ref().unwrap().recipient, "Dr. Tanaka");
    for rule in &blocking {
        assert!(
            print.fields.contains(&format!("override:{rule}")),
            "override of {rule} not audited: {:?}",
            print.fields
        );
    }
    assert!(print.fields.iter().any(|f| f.starts_with("content:")));
}

#[test]
fn an_override_of_a_rule_that_allows_none_is_ignored() {
    use kakehashi_app::transfer::{handoff_pdf, HandoffRequest};
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let id = sample_in_store(&mut s, "allergies-not-asked");
    let mut record = s.load_patient(&id).unwrap();
    record.consent = Default::default();
    s.save_patient(record.clone()).unwrap();
    let every_rule: Vec<String> = kakehashi_checklist::rules()
        .iter()
        .map(|r| r.id.to_owned())
        .collect();
    let req = HandoffRequest {
        id,
        patient_locale: None,
        recipient: "Dr. Tanaka".into(),
        clinic: String::new(),
        interpreter: String::new(),
        overrides: every_rule,
    };
    let report = kakehashi_app::session::checklist(&record);
    assert!(
        report
            .items
            .iter()
            .any(|i| i.rule_id == "R13-no-consent-to-acquire"),
        "{:?}",
        report.items
    );
    let Err(AppError::Refused { message }) = handoff_pdf(&mut s, &req) else {
        panic!("printed without consent to acquire")
    };
    assert!(format!("{:?}", message.args).contains("R13-no-consent-to-acquire"));
}

#[test]
fn loaded_samples_are_marked_as_samples_in_the_list_and_a_real_patient_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let rec = new_patient(&mut s, "李娜", "リ・ナ", ("LI", "Na"));
    let own = s.save_patient(rec).unwrap().receipt.id;
    s.load_samples().unwrap();
    s.lock();
    drop(s);

    // The flag survives quit and unlock: it is stored with the summary.
    let mut s = open(dir.path());
    s.unlock("Sato", PASS).unwrap();
    let list = s.list_patients().unwrap();
    assert_eq!(list.len(), kakehashi_model::samples().len() + 1);
    for row in &list {
        assert_eq!(row.sample, row.id != own, "{row:?}");
    }
}

#[test]
fn the_stale_window_chosen_in_settings_decides_whether_the_checklist_calls_a_result_stale() {
    use kakehashi_app::session::checklist_within;
    use kakehashi_app::settings::Settings;
    use kakehashi_model::{Date, LabValue, Qualitative, ReferenceRange, ScreeningResult, TestRef};

    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.setup("Sato", PASS, PASS).unwrap();
    let mut r = s.new_patient().unwrap();
    r.planned_treatment.planned_date = Some(Date::ymd(2027, 3, 1));
    // 100 days before the planned treatment.
    r.screening = Section::from_entries(vec![ScreeningResult {
        test: TestRef::Catalog { id: "hbsag".into() },
        loinc: "5196-1".into(),
        lab_code: String::new(),
        value: LabValue::Qualitative {
            result: Qualitative::Negative,
            text: String::new(),
        },
        reference_range: ReferenceRange::default(),
        collected: Some(Date::ymd(2026, 11, 21)),
        lab: String::new(),
        note: String::new(),
    }]);
    let stale = |report: &kakehashi_checklist::Report| {
        report
            .items
            .iter()
            .any(|i| i.rule_id == "R08-infection-screening-stale")
    };

    assert_eq!(
        s.stale_window_days(),
        90,
        "a fresh data folder has the default window"
    );
    assert!(stale(&checklist_within(&r, s.stale_window_days())));

    Settings {
        stale_window_days: 120,
        ..Settings::default()
    }
    .save(dir.path())
    .unwrap();
    assert_eq!(s.stale_window_days(), 120);
    assert!(!stale(&checklist_within(&r, s.stale_window_days())));
}
