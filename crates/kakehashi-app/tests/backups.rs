//! Backups as a clinic lives them: the app backs up by itself when staff lock or quit after a day's
//! intake, keeps only the newest N, and the "Data & backups" screen can verify a backup, restore it
//! into a new folder and, only after the warning, export everything unencrypted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use kakehashi_app::backups::{self, AutoBackup, BackupKey, Moment};
use kakehashi_app::session::Session;
use kakehashi_app::settings::Settings;
use kakehashi_app::AppError;
use kakehashi_store::{AuditAction, KdfParams};

const PASS: &str = "correct horse battery";

fn set_up(data: &Path) -> Session {
    let mut s = Session::open_with(data, KdfParams::insecure_for_tests()).unwrap();
    s.setup("Sato", PASS, PASS).unwrap();
    s
}

fn passphrase(p: &str) -> BackupKey {
    BackupKey::Passphrase {
        passphrase: p.to_owned(),
    }
}

#[test]
fn nothing_is_due_until_a_record_changes_then_lock_and_quit_back_up_at_once() {
    let settings = Settings::default();
    let start = Instant::now();
    let mut auto = AutoBackup::new(start);
    for moment in [Moment::Lock, Moment::Quit, Moment::Working] {
        assert!(!auto.is_due(&settings, moment, start + Duration::from_secs(3600)));
    }
    auto.note_change();
    assert!(auto.is_due(&settings, Moment::Lock, start));
    assert!(auto.is_due(&settings, Moment::Quit, start));
}

#[test]
fn while_working_a_backup_is_due_at_most_once_per_interval() {
    let settings = Settings {
        backup_every_minutes: 30,
        ..Settings::default()
    };
    let start = Instant::now();
    let mut auto = AutoBackup::new(start);
    auto.note_change();
    assert!(!auto.is_due(&settings, Moment::Working, start + Duration::from_secs(29 * 60)));
    assert!(auto.is_due(&settings, Moment::Working, start + Duration::from_secs(30 * 60)));
}

#[test]
fn switched_off_nothing_is_ever_due() {
    let settings = Settings {
        auto_backup: false,
        ..Settings::default()
    };
    let start = Instant::now();
    let mut auto = AutoBackup::new(start);
    auto.note_change();
    assert!(!auto.is_due(&settings, Moment::Lock, start));
    assert!(!auto.is_due(&settings, Moment::Quit, start));
}

#[test]
fn locking_after_changes_writes_one_backup_and_rotation_keeps_the_newest_n() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let settings = Settings {
        backup_keep: 3,
        ..Settings::default()
    };
    let mut auto = AutoBackup::new(Instant::now());
    let dir = settings.backups_dir(data.path());

    let mut written = Vec::new();
    for _ in 0..5 {
        s.load_samples().unwrap();
        auto.note_change();
        let path = auto
            .run_if_due(&mut s, &settings, data.path(), Moment::Lock, Instant::now())
            .unwrap()
            .expect("a backup was due after a change");
        written.push(path);
        // Nothing changed since: a second lock writes nothing.
        assert_eq!(
            auto.run_if_due(&mut s, &settings, data.path(), Moment::Lock, Instant::now())
                .unwrap(),
            None
        );
    }
    let listed = backups::list_backups(&dir).unwrap();
    assert_eq!(listed.len(), 3, "only the newest three are kept");
    let mut kept: Vec<String> = listed.iter().map(|f| f.path.clone()).collect();
    kept.sort();
    let newest: Vec<String> = written[2..].iter().map(|p| p.display().to_string()).collect();
    assert_eq!(kept, newest);
    let status = auto.status(&settings, data.path());
    assert!(!status.pending_changes);
    assert!(status.last_failure.is_none());
    assert_eq!(status.last_backup_path.as_deref(), Some(newest[2].as_str()));
}

#[test]
fn a_failed_automatic_backup_is_reported_and_the_changes_stay_pending() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    // The backups "folder" is a file: nothing can be written there.
    let blocker = data.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let settings = Settings {
        backup_dir: Some(blocker.display().to_string()),
        ..Settings::default()
    };
    let mut auto = AutoBackup::new(Instant::now());
    auto.note_change();
    let err = auto
        .run_if_due(&mut s, &settings, data.path(), Moment::Lock, Instant::now())
        .unwrap_err();
    assert!(matches!(err, AppError::Storage { .. }), "{err:?}");
    let status = auto.status(&settings, data.path());
    assert!(status.pending_changes, "the next lock tries again");
    assert_eq!(status.last_failure.as_ref(), Some(err.message()));
}

#[test]
fn a_backup_made_by_hand_counts_and_the_next_lock_writes_none() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let settings = Settings::default();
    let mut auto = AutoBackup::new(Instant::now());
    s.load_samples().unwrap();
    auto.note_change();
    let made = backups::backup_now(&mut s, &settings, data.path()).unwrap();
    auto.record_manual(Path::new(&made.path), Instant::now());
    assert!(!auto.is_due(&settings, Moment::Lock, Instant::now()));
    assert_eq!(
        auto.status(&settings, data.path()).last_backup_path.as_deref(),
        Some(made.path.as_str())
    );
}

#[test]
fn a_locked_store_is_not_backed_up_and_nothing_fails() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let mut auto = AutoBackup::new(Instant::now());
    auto.note_change();
    s.lock();
    let settings = Settings::default();
    assert_eq!(
        auto.run_if_due(&mut s, &settings, data.path(), Moment::Quit, Instant::now())
            .unwrap(),
        None
    );
    assert!(backups::list_backups(&settings.backups_dir(data.path()))
        .unwrap()
        .is_empty());
}

#[test]
fn a_backup_made_now_verifies_with_the_passphrase_and_counts_the_patients() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let patients = s.load_samples().unwrap().len() as u64;
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    assert_eq!(made.patients, patients);
    let report = backups::verify(Path::new(&made.path), &passphrase(PASS)).unwrap();
    assert_eq!(report.summaries, patients);
    assert_eq!(report.records, patients);
    assert_eq!(
        report.sha256, made.sha256,
        "the screen's checksum matches the file's"
    );
}

#[test]
fn a_copy_saved_elsewhere_verifies_too() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    s.load_samples().unwrap();
    let target = elsewhere.path().join("usb-copy.kkbak");
    let made = backups::backup_copy(&mut s, &target).unwrap();
    let report = backups::verify(&target, &passphrase(PASS)).unwrap();
    assert_eq!(report.sha256, made.sha256);
    assert_eq!(made.size_bytes, std::fs::metadata(&target).unwrap().len());
}

#[test]
fn verify_with_a_wrong_passphrase_names_the_passphrase_field() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let err = backups::verify(Path::new(&made.path), &passphrase("not the passphrase")).unwrap_err();
    let AppError::InvalidInput { fields, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(fields[0].field, "passphrase");
    assert_eq!(fields[0].message.id, "store-error-wrong-passphrase");
}

#[test]
fn verify_of_a_damaged_file_says_so() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let mut bytes = std::fs::read(&made.path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&made.path, bytes).unwrap();
    let err = backups::verify(Path::new(&made.path), &passphrase(PASS)).unwrap_err();
    assert_eq!(err.message().id, "store-error-backup-invalid");
}

#[test]
fn a_backup_restores_into_a_new_folder_that_opens_with_the_same_patients() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let before = s.load_samples().unwrap();
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();

    let parent = tempfile::tempdir().unwrap();
    let target = parent.path().join("restored");
    let restored =
        backups::restore_into(Path::new(&made.path), &target, "Suzuki", &passphrase(PASS)).unwrap();
    assert_eq!(restored.records, before.len() as u64);

    let mut back = Session::open_with(&target, KdfParams::insecure_for_tests()).unwrap();
    back.unlock("Suzuki", PASS).unwrap();
    let mut names: Vec<_> = back.list_patients().unwrap().into_iter().map(|p| p.id).collect();
    let mut expected: Vec<_> = before.into_iter().map(|p| p.id).collect();
    names.sort();
    expected.sort();
    assert_eq!(names, expected);
    let audit = back.store_unlocked().unwrap().audit_entries().unwrap();
    assert_eq!(audit.last().unwrap().action, AuditAction::Restore);
    assert_eq!(audit.last().unwrap().actor, "Suzuki");
}

#[test]
fn restore_refuses_a_folder_that_is_not_empty_and_leaves_it_untouched() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let target = tempfile::tempdir().unwrap();
    std::fs::write(target.path().join("notes.txt"), b"keep me").unwrap();
    let err =
        backups::restore_into(Path::new(&made.path), target.path(), "Suzuki", &passphrase(PASS)).unwrap_err();
    let AppError::InvalidInput { fields, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(fields[0].field, "target");
    assert_eq!(fields[0].message.id, "data-error-restore-target-not-empty");
    let left: Vec<_> = std::fs::read_dir(target.path()).unwrap().flatten().collect();
    assert_eq!(left.len(), 1);

    let err = backups::restore_into(
        Path::new(&made.path),
        Path::new("restored"),
        "Suzuki",
        &passphrase(PASS),
    )
    .unwrap_err();
    assert!(
        matches!(&err, AppError::InvalidInput { fields, .. } if fields[0].message.id == "data-error-restore-target-absolute")
    );

    // Above all, never over the store in use.
    let err =
        backups::restore_into(Path::new(&made.path), data.path(), "Suzuki", &passphrase(PASS)).unwrap_err();
    assert!(matches!(err, AppError::InvalidInput { .. }));
}

#[test]
fn restore_with_a_wrong_passphrase_creates_no_store() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let parent = tempfile::tempdir().unwrap();
    let target = parent.path().join("restored");
    let err = backups::restore_into(
        Path::new(&made.path),
        &target,
        "Suzuki",
        &passphrase("wrong one!"),
    )
    .unwrap_err();
    assert!(matches!(err, AppError::InvalidInput { .. }));
    assert!(!target.join("store").exists());
}

#[test]
fn the_plaintext_export_needs_the_acknowledgement_and_is_audited_per_patient() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let patients = s.load_samples().unwrap().len();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("export.json");

    let err = backups::export_plaintext(&mut s, &file, false).unwrap_err();
    assert!(matches!(&err, AppError::Refused { message } if message.id == "store-plain-export-warning"));
    assert!(!file.exists(), "nothing is written without the acknowledgement");
    let exports = |s: &mut Session| {
        s.store_unlocked()
            .unwrap()
            .audit_entries()
            .unwrap()
            .into_iter()
            .filter(|e| e.action == AuditAction::Export)
            .count()
    };
    assert_eq!(exports(&mut s), 0);

    let n = backups::export_plaintext(&mut s, &file, true).unwrap();
    assert_eq!(n as usize, patients);
    assert!(file.exists());
    assert_eq!(exports(&mut s), patients);
}

#[test]
fn the_backups_folder_lists_newest_first_and_a_missing_folder_is_empty() {
    let data = tempfile::tempdir().unwrap();
    assert!(backups::list_backups(&data.path().join("backups"))
        .unwrap()
        .is_empty());
    let mut s = set_up(data.path());
    let settings = Settings::default();
    let first = backups::backup_now(&mut s, &settings, data.path()).unwrap();
    let second = backups::backup_now(&mut s, &settings, data.path()).unwrap();
    let listed = backups::list_backups(&settings.backups_dir(data.path())).unwrap();
    assert_eq!(
        listed.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        [second.path.as_str(), first.path.as_str()]
    );
    assert!(listed.iter().all(|f| f.size_bytes > 0 && f.modified_at.is_some()));
}

#[test]
fn a_store_that_will_not_open_is_described_with_the_newest_intact_backup() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let err = AppError::Storage {
        message: kakehashi_i18n::msg!("store-error-corrupt", "dir" => "x", "tried" => "open"),
    };
    let problem = backups::open_problem(&err, &data.path().join("backups"));
    assert_eq!(problem.message.id, "store-error-corrupt");
    assert_eq!(problem.newest_backup.as_deref(), Some(made.path.as_str()));
}

#[test]
fn a_damaged_store_offers_the_newest_backup_from_the_folder_staff_chose() {
    let data = tempfile::tempdir().unwrap();
    let chosen = tempfile::tempdir().unwrap();
    let settings = Settings {
        backup_dir: Some(chosen.path().display().to_string()),
        ..Settings::default()
    };
    settings.save(data.path()).unwrap();
    let made = {
        let mut s = set_up(data.path());
        s.load_samples().unwrap();
        backups::backup_now(&mut s, &settings, data.path()).unwrap()
    };
    assert!(made.path.starts_with(&chosen.path().display().to_string()));

    let db = data.path().join("store").join("db");
    let size = usize::try_from(std::fs::metadata(&db).unwrap().len()).unwrap();
    std::fs::write(&db, vec![0xa5; size]).unwrap();

    let err = Session::open_with(data.path(), KdfParams::insecure_for_tests())
        .err()
        .expect("a damaged store does not open");
    let text = format!("{err:?}");
    assert!(text.contains(&made.path), "the error names {}: {text}", made.path);
    let problem = backups::open_problem(&err, &settings.backups_dir(data.path()));
    assert_eq!(problem.newest_backup.as_deref(), Some(made.path.as_str()));
}

/// Figures for `docs/store.md` (debug build, cheap key derivation so only the backup is timed):
/// `cargo test -p kakehashi-app --test backups -- --ignored --nocapture`
#[test]
#[ignore]
fn figures_backup_and_verify_of_a_busy_clinic() {
    let data = tempfile::tempdir().unwrap();
    let mut s = set_up(data.path());
    for i in 0..300 {
        let mut r = s.new_patient().unwrap();
        r.profile.names.native = format!("山田花子{i}");
        r.profile.names.native_lang = "ja".into();
        r.profile.names.latin_family = format!("YAMADA{i}");
        r.profile.names.katakana = "ヤマダ ハナコ".into();
        s.save_patient(r).unwrap();
    }
    let t = Instant::now();
    let made = backups::backup_now(&mut s, &Settings::default(), data.path()).unwrap();
    let backup = t.elapsed();
    let t = Instant::now();
    let report = backups::verify(Path::new(&made.path), &passphrase(PASS)).unwrap();
    let verify = t.elapsed();
    let parent = tempfile::tempdir().unwrap();
    let t = Instant::now();
    backups::restore_into(
        Path::new(&made.path),
        &parent.path().join("r"),
        "Sato",
        &passphrase(PASS),
    )
    .unwrap();
    let restore = t.elapsed();
    println!(
        "patients {} · file {} KiB · backup {:?} · verify {:?} · restore {:?}",
        report.summaries,
        made.size_bytes / 1024,
        backup,
        verify,
        restore
    );
}
