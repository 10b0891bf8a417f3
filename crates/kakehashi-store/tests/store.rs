#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;

use std::time::Duration;

use common::*;
use kakehashi_store::{
    AuditAction, KdfParams, NameKind, PlainExportAck, RecordId, Store, StoreError, TransferKind, Unlock,
};

#[test]
fn a_coordinator_saves_an_intake_and_reads_it_back_after_reopening() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let long_note = "既往歴：".to_string() + &"高血圧、".repeat(2500);
    let record = intake("阮文安", "Nguyễn Văn An", &long_note);
    let id = {
        let (mut store, _) = new_store(&dir);
        let receipt = store
            .save(
                &staff(),
                None,
                &record,
                &names(&[(NameKind::Native, "阮文安")]),
                &fields(&["notes"]),
            )
            .unwrap();
        assert_eq!(receipt.action, AuditAction::Create);
        assert_eq!(receipt.revision, 1);
        receipt.id
    };
    let mut store = Store::open(&dir).unwrap();
    assert!(store.is_locked());
    assert!(matches!(store.list_summaries(), Err(StoreError::Locked)));
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    let back: Intake = store.load(&staff(), id).unwrap();
    assert_eq!(back, record, "nothing entered is lost or cut");
    assert_eq!(back.allergies, None, "not asked stays not asked");
}

#[test]
fn saving_again_is_an_update_with_a_new_revision() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let mut record = intake("김민준", "Kim Minjun", "");
    let first = store
        .save(
            &staff(),
            None,
            &record,
            &names(&[(NameKind::Native, "김민준")]),
            &[],
        )
        .unwrap();
    record.allergies = Some(vec![]);
    let second = store
        .save(
            &staff(),
            Some(first.id),
            &record,
            &names(&[(NameKind::Native, "김민준")]),
            &fields(&["allergies"]),
        )
        .unwrap();
    assert_eq!(second.action, AuditAction::Update);
    assert_eq!(second.revision, 2);
    let back: Intake = store.load(&staff(), first.id).unwrap();
    assert_eq!(
        back.allergies,
        Some(vec![]),
        "confirmed none stays confirmed none"
    );
    assert_eq!(store.list_summaries().unwrap().len(), 1);
}

#[test]
fn a_wrong_passphrase_is_refused_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    drop(new_store(&dir));
    let mut store = Store::open(&dir).unwrap();
    let before: Vec<Vec<u8>> = all_files(&dir)
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let err = store
        .unlock(&staff(), Unlock::Passphrase("wrong passphrase"))
        .unwrap_err();
    assert!(matches!(err, StoreError::WrongPassphrase));
    assert_eq!(err.message().id, "store-error-wrong-passphrase");
    let after: Vec<Vec<u8>> = all_files(&dir)
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(
        before == after,
        "a failed unlock changed files in the data folder"
    );
    assert!(store.is_locked());
}

#[test]
fn the_recovery_key_opens_the_store_and_a_new_passphrase_can_be_set() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let shown = {
        let (mut store, recovery) = new_store(&dir);
        store
            .save(&staff(), None, &intake("王芳", "Wang Fang", ""), &names(&[]), &[])
            .unwrap();
        recovery.display_groups().to_string()
    };
    let typed = kakehashi_store::RecoveryKey::parse(&shown.to_lowercase().replace('-', " ")).unwrap();
    let mut store = Store::open(&dir).unwrap();
    store.unlock(&staff(), Unlock::RecoveryKey(&typed)).unwrap();
    store
        .change_passphrase(&staff(), "新しい合言葉", KdfParams::insecure_for_tests())
        .unwrap();
    store.lock();
    assert!(matches!(
        store.unlock(&staff(), Unlock::Passphrase(PASS)),
        Err(StoreError::WrongPassphrase)
    ));
    store
        .unlock(&staff(), Unlock::Passphrase("新しい合言葉"))
        .unwrap();
    let actions: Vec<AuditAction> = store.audit_entries().unwrap().iter().map(|e| e.action).collect();
    assert!(actions.contains(&AuditAction::RecoveryKeyUsed), "{actions:?}");
    assert!(actions.contains(&AuditAction::PassphraseChanged), "{actions:?}");
}

#[test]
fn a_second_window_gets_in_use_not_a_second_store() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let (_store, _) = new_store(&dir);
    let err = Store::open(&dir).err().unwrap();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    assert_eq!(err.message().id, "store-error-in-use");
}

#[test]
fn opening_a_folder_without_a_store_never_creates_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    assert!(matches!(Store::open(&dir), Err(StoreError::NoStore { .. })));
    assert!(!dir.exists(), "open created files");
}

#[test]
fn setup_refuses_to_create_over_existing_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    drop(new_store(&dir));
    let again = Store::create(&dir, &staff(), PASS, KdfParams::insecure_for_tests());
    assert!(matches!(again, Err(StoreError::AlreadyExists { .. })));
}

#[test]
fn an_idle_store_locks_itself_and_forgets_the_names() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    store
        .save(
            &staff(),
            None,
            &intake("李", "Li", ""),
            &names(&[(NameKind::Native, "李")]),
            &[],
        )
        .unwrap();
    store.set_idle_timeout(Some(Duration::ZERO));
    assert!(matches!(store.search("李"), Err(StoreError::Locked)));
    assert!(store.is_locked());
    store.set_idle_timeout(None);
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    assert_eq!(store.search("李").unwrap().len(), 1);
}

#[test]
fn search_finds_a_patient_by_any_name_form_however_it_is_typed() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let an = store
        .save(
            &staff(),
            None,
            &intake("Nguyễn Văn An", "NGUYEN VAN AN", ""),
            &names(&[
                (NameKind::Native, "Nguyễn Văn An"),
                (NameKind::Kana, "グエン・ヴァン・アン"),
            ]),
            &[],
        )
        .unwrap()
        .id;
    let yamada = store
        .save(
            &staff(),
            None,
            &intake("山田 太郎", "Yamada Taro", ""),
            &names(&[
                (NameKind::Native, "山田 太郎"),
                (NameKind::Latin, "YAMADA Taro"),
                (NameKind::Kana, "ヤマダ タロウ"),
            ]),
            &[],
        )
        .unwrap()
        .id;
    let ids = |store: &mut Store, q: &str| -> Vec<RecordId> {
        store.search(q).unwrap().iter().map(|s| s.id).collect()
    };
    assert_eq!(ids(&mut store, "nguyen"), vec![an], "diacritics and case");
    assert_eq!(ids(&mut store, "ｎｇｕｙｅｎ"), vec![an], "full-width letters");
    assert_eq!(ids(&mut store, "ぐえん"), vec![an], "hiragana for katakana");
    assert_eq!(ids(&mut store, "van an"), vec![an]);
    assert_eq!(ids(&mut store, "山田太郎"), vec![yamada], "without the space");
    assert_eq!(ids(&mut store, "taro yamada"), vec![yamada], "either word order");
    assert_eq!(ids(&mut store, "ﾔﾏﾀﾞ"), vec![yamada], "half-width kana");
    assert!(ids(&mut store, "Smith").is_empty());
    assert_eq!(ids(&mut store, "  ").len(), 2, "an empty query lists everyone");
}

#[test]
fn deleting_a_record_removes_it_from_the_list_and_is_audited() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let id = store
        .save(
            &staff(),
            None,
            &intake("A", "A", ""),
            &names(&[(NameKind::Latin, "Ana")]),
            &[],
        )
        .unwrap()
        .id;
    store.delete(&staff(), id).unwrap();
    assert!(store.search("ana").unwrap().is_empty());
    assert!(matches!(
        store.load::<Intake>(&staff(), id),
        Err(StoreError::NotFound { .. })
    ));
    let last = store.audit_entries().unwrap().pop().unwrap();
    assert_eq!((last.action, last.patient), (AuditAction::Delete, Some(id)));
}

#[test]
fn the_audit_trail_tells_who_saw_changed_and_printed_what() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let interpreter = kakehashi_store::Actor::new("interpreter-chen").unwrap();
    let id = store
        .save(
            &staff(),
            None,
            &intake("陈", "Chen", ""),
            &names(&[]),
            &fields(&["nameNative", "medications"]),
        )
        .unwrap()
        .id;
    let _: Intake = store.load(&interpreter, id).unwrap();
    store
        .record_transfer(
            &staff(),
            id,
            TransferKind::Print,
            "Dr. Suzuki, ABC Clinic",
            &fields(&["handoff-sheet"]),
        )
        .unwrap();
    let entries = store.audit_entries().unwrap();
    let seqs: Vec<u64> = entries.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=entries.len() as u64).collect::<Vec<_>>());
    let story: Vec<(AuditAction, &str)> = entries.iter().map(|e| (e.action, e.actor.as_str())).collect();
    assert_eq!(
        story,
        vec![
            (AuditAction::Setup, "coordinator-sato"),
            (AuditAction::Create, "coordinator-sato"),
            (AuditAction::View, "interpreter-chen"),
            (AuditAction::Print, "coordinator-sato"),
        ]
    );
    assert_eq!(entries[1].fields, fields(&["nameNative", "medications"]));
    let transfer = entries[3].transfer.clone().unwrap();
    assert_eq!(
        (transfer.kind, transfer.recipient.as_str()),
        (TransferKind::Print, "Dr. Suzuki, ABC Clinic")
    );
    assert_eq!(store.verify_audit().unwrap(), 4);
}

#[test]
fn a_backup_verifies_and_restores_into_a_new_folder_with_every_record() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, recovery) = new_store(&store_dir(&tmp));
    let mut ids = Vec::new();
    for i in 0..5 {
        let r = intake(
            &format!("患者{i}"),
            &format!("Patient {i}"),
            &"x".repeat(i * 1000),
        );
        ids.push((store.save(&staff(), None, &r, &names(&[]), &[]).unwrap().id, r));
    }
    let path = tmp.path().join("manual.kkbak");
    let written = store.backup_to(&staff(), &path).unwrap();
    let report = kakehashi_store::verify_backup(&path, Unlock::Passphrase(PASS)).unwrap();
    assert_eq!((report.records, report.summaries), (5, 5));
    assert_eq!(report.sha256, written.sha256);
    assert_eq!(
        kakehashi_store::verify_backup(&path, Unlock::RecoveryKey(&recovery))
            .unwrap()
            .records,
        5
    );
    assert!(matches!(
        kakehashi_store::verify_backup(&path, Unlock::Passphrase("nope")),
        Err(StoreError::WrongPassphrase)
    ));
    drop(store);
    let restored_dir = tmp.path().join("restored");
    let mut restored =
        kakehashi_store::restore_backup(&path, &restored_dir, &staff(), Unlock::Passphrase(PASS)).unwrap();
    for (id, r) in &ids {
        let back: Intake = restored.load(&staff(), *id).unwrap();
        assert_eq!(&back, r);
    }
    let actions: Vec<AuditAction> = restored
        .audit_entries()
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.contains(&AuditAction::Backup) && actions.contains(&AuditAction::Restore),
        "{actions:?}"
    );
    let again = kakehashi_store::restore_backup(&path, &restored_dir, &staff(), Unlock::Passphrase(PASS));
    assert!(
        matches!(again, Err(StoreError::AlreadyExists { .. })),
        "restore never overwrites a store"
    );
}

#[test]
fn a_damaged_backup_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    store
        .save(&staff(), None, &intake("A", "A", ""), &names(&[]), &[])
        .unwrap();
    let path = tmp.path().join("b.kkbak");
    store.backup_to(&staff(), &path).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(&path, &bytes).unwrap();
    let err = kakehashi_store::verify_backup(&path, Unlock::Passphrase(PASS)).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::BackupInvalid {
                reason: "checksum",
                ..
            }
        ),
        "{err:?}"
    );
    bytes.truncate(mid);
    std::fs::write(&path, &bytes).unwrap();
    assert!(kakehashi_store::verify_backup(&path, Unlock::Passphrase(PASS)).is_err());
}

#[test]
fn rotating_backups_keep_the_newest_n() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let backups = tmp.path().join("backups");
    let mut written = Vec::new();
    for i in 0..5 {
        store
            .save(&staff(), None, &intake(&i.to_string(), "", ""), &names(&[]), &[])
            .unwrap();
        written.push(store.backup_rotating(&staff(), &backups, 3).unwrap());
    }
    let kept = kakehashi_store::backup_files(&backups);
    assert_eq!(kept, written[2..].to_vec());
    assert_eq!(
        kakehashi_store::newest_intact_backup(&backups),
        Some(written[4].clone())
    );
    let newest = kakehashi_store::verify_backup(&written[4], Unlock::Passphrase(PASS)).unwrap();
    assert_eq!(newest.records, 5);
}

#[test]
fn a_plaintext_export_is_explicit_and_audited_as_a_transfer() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let id = store
        .save(&staff(), None, &intake("Олег", "Oleg", ""), &names(&[]), &[])
        .unwrap()
        .id;
    let out = tmp.path().join("export.json");
    let n = store
        .export_plaintext(
            &staff(),
            &out,
            PlainExportAck::staff_confirmed_unencrypted_export(),
        )
        .unwrap();
    assert_eq!(n, 1);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Олег"));
    let last = store.audit_entries().unwrap().pop().unwrap();
    assert_eq!((last.action, last.patient), (AuditAction::Export, Some(id)));
    assert_eq!(last.transfer.unwrap().kind, TransferKind::Export);
}

#[test]
fn an_empty_half_written_snapshot_file_is_moved_aside_and_the_store_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let id = {
        let (mut store, _) = new_store(&dir);
        store
            .save(&staff(), None, &intake("A", "Ana", ""), &names(&[]), &[])
            .unwrap()
            .id
    };
    // The state sled leaves when killed between creating and writing a snapshot.
    let bad = dir.join("snap.FFFFFFFFFFFFFFFF.generating");
    std::fs::write(&bad, b"").unwrap();
    let mut store = Store::open(&dir).unwrap();
    assert!(!bad.exists());
    let events = store.open_events().to_vec();
    assert_eq!(events.len(), 1, "the user is told: {events:?}");
    assert_eq!(events[0].message().id, "store-event-recovered");
    let kakehashi_store::OpenEvent::EmptySnapshotMovedAside { moved_to, .. } = &events[0];
    assert!(moved_to.exists(), "moved aside, never deleted");
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    let back: Intake = store.load(&staff(), id).unwrap();
    assert_eq!(back.name_latin, "Ana");
    let recovered = store
        .audit_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == AuditAction::StoreRecovered);
    assert_eq!(recovered.count(), 1, "the event is in the audit trail");
}

#[test]
fn a_store_that_will_not_open_is_not_replaced_and_the_newest_backup_is_offered() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let backups = tmp.path().join("backups");
    {
        let (mut store, _) = new_store(&dir);
        store
            .save(&staff(), None, &intake("A", "Ana", ""), &names(&[]), &[])
            .unwrap();
        store.backup_rotating(&staff(), &backups, 2).unwrap();
    }
    let db = dir.join("db");
    let len = std::fs::metadata(&db).unwrap().len();
    std::fs::write(&db, vec![0xA5u8; len as usize]).unwrap();
    let err = Store::open_or_offer_backup(&dir, &backups).err().unwrap();
    match &err {
        StoreError::Corrupt { newest_backup, .. } => assert!(newest_backup.is_some()),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert_eq!(err.message().id, "store-error-corrupt-with-backup");
    assert!(
        std::fs::metadata(&db).unwrap().len() >= len,
        "the damaged store is left in place"
    );
    let over = Store::create(&dir, &staff(), PASS, KdfParams::insecure_for_tests());
    assert!(
        matches!(over, Err(StoreError::AlreadyExists { .. })),
        "no new store over the damaged one"
    );
}

#[test]
fn every_error_has_a_message_in_japanese_and_english() {
    let l = kakehashi_i18n::Localizer::embedded();
    let errors = vec![
        StoreError::WrongPassphrase,
        StoreError::Locked,
        StoreError::AuditBroken {
            seq: 3,
            fault: kakehashi_store::AuditFault::Edited,
        },
        StoreError::RecoveryKeyMalformed { reason: "typo" },
        StoreError::Tampered {
            tree: "records.v1",
            key: "00".into(),
        },
    ];
    for e in errors {
        let m = e.message();
        for locale in ["ja", "en"] {
            assert!(l.has(locale, &m.id), "{} missing in {locale}", m.id);
        }
    }
}

#[test]
fn an_import_stores_every_record_in_one_audited_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    let items: Vec<(Intake, kakehashi_store::SummaryFields)> = (0..50)
        .map(|i| {
            (
                intake(&format!("輸入{i}"), &format!("Import {i}"), ""),
                names(&[(NameKind::Latin, &format!("Import {i}"))]),
            )
        })
        .collect();
    let receipts = store.import(&staff(), &items).unwrap();
    assert_eq!(receipts.len(), 50);
    assert_eq!(store.search("import 49").unwrap().len(), 1);
    let back: Intake = store.load(&staff(), receipts[49].id).unwrap();
    assert_eq!(back, items[49].0);
    let imports = store
        .audit_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == AuditAction::Import)
        .count();
    assert_eq!(imports, 50);
}

#[test]
fn error_messages_read_as_sentences_in_both_languages() {
    let l = kakehashi_i18n::Localizer::embedded();
    let e = StoreError::BackupInvalid {
        path: "/b.kkbak".into(),
        reason: "checksum",
    };
    assert!(l.format("en", &e.message()).contains("checksum mismatch"));
    assert!(l.format("ja", &e.message()).contains("チェックサム"));
    let e = StoreError::InvalidInput {
        field: "passphrase",
        reason: "empty",
    };
    assert!(l.format("en", &e.message()).contains("it is empty"));
}
