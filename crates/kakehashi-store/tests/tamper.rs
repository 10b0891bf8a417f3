#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Someone with the laptop but not the passphrase edits the data files. Every change must surface
//! as an error, never as quietly different data.
mod common;

use std::path::Path;

use common::*;
use kakehashi_store::{AuditFault, NameKind, RecordId, Store, StoreError, Unlock};

fn seeded(dir: &Path) -> Vec<RecordId> {
    let (mut store, _) = new_store(dir);
    let mut ids = Vec::new();
    for (native, latin) in [
        ("佐藤花子", "Sato Hanako"),
        ("Trần Thị Mai", "Tran Thi Mai"),
        ("Иван", "Ivan"),
    ] {
        let r = intake(native, latin, "既往歴なし");
        ids.push(
            store
                .save(&staff(), None, &r, &names(&[(NameKind::Native, native)]), &[])
                .unwrap()
                .id,
        );
    }
    ids
}

fn reopen(dir: &Path) -> Store {
    let mut store = Store::open(dir).unwrap();
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    store
}

#[test]
fn a_flipped_byte_in_a_record_is_reported_not_returned() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let ids = seeded(&dir);
    with_raw_tree(&dir, "records.v1", |t| {
        let mut v = t.get(ids[1].as_bytes()).unwrap().unwrap().to_vec();
        let mid = v.len() / 2;
        v[mid] ^= 0x01;
        t.insert(ids[1].as_bytes(), v).unwrap();
    });
    let mut store = reopen(&dir);
    let err = store.load::<Intake>(&staff(), ids[1]).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Tampered {
                tree: "records.v1",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.message().id, "store-error-tampered");
    assert!(
        store.load::<Intake>(&staff(), ids[0]).is_ok(),
        "other records still open"
    );
    assert!(matches!(store.verify_all(), Err(StoreError::Tampered { .. })));
}

#[test]
fn records_swapped_between_patients_do_not_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let ids = seeded(&dir);
    with_raw_tree(&dir, "records.v1", |t| {
        let a = t.get(ids[0].as_bytes()).unwrap().unwrap();
        let b = t.get(ids[2].as_bytes()).unwrap().unwrap();
        t.insert(ids[0].as_bytes(), b).unwrap();
        t.insert(ids[2].as_bytes(), a).unwrap();
    });
    let mut store = reopen(&dir);
    assert!(matches!(
        store.load::<Intake>(&staff(), ids[0]),
        Err(StoreError::Tampered { .. })
    ));
    assert!(matches!(
        store.load::<Intake>(&staff(), ids[2]),
        Err(StoreError::Tampered { .. })
    ));
}

#[test]
fn a_summary_chunk_moved_over_another_marks_those_patients_damaged_and_blocks_overwriting() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let ids = seeded(&dir);
    // Summaries are sealed in chunks keyed by the first byte of the record id.
    let (from, to) = (ids[0].as_bytes()[0], ids[1].as_bytes()[0]);
    if from == to {
        return; // one chance in 256: nothing to move between
    }
    with_raw_tree(&dir, "summaries.v1", |t| {
        let a = t.get([from]).unwrap().unwrap();
        t.insert([to], a).unwrap();
    });
    let mut store = reopen(&dir);
    let damaged = store.damaged_records().unwrap();
    assert!(damaged.contains(&ids[1]), "{damaged:?}");
    assert!(!damaged.contains(&ids[0]));
    assert!(
        store.search("tran").unwrap().is_empty(),
        "no other patient's name shown for it"
    );
    assert!(matches!(
        store.verify_all(),
        Err(StoreError::Tampered {
            tree: "summaries.v1",
            ..
        })
    ));
    let overwrite = store.save(&staff(), Some(ids[1]), &intake("x", "x", ""), &names(&[]), &[]);
    assert!(
        matches!(overwrite, Err(StoreError::Tampered { .. })),
        "the damaged chunk is left for restore"
    );
    assert!(matches!(
        store.delete(&staff(), ids[1]),
        Err(StoreError::Tampered { .. })
    ));
    let fresh = store
        .save(
            &staff(),
            None,
            &intake("新規", "New", ""),
            &names(&[(NameKind::Latin, "New")]),
            &[],
        )
        .unwrap();
    assert_ne!(
        fresh.id.as_bytes()[0],
        to,
        "new patients never land in the damaged chunk"
    );
}

fn audit_fault_after(edit: impl FnOnce(&sled::Tree)) -> (u64, AuditFault) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    with_raw_tree(&dir, "audit.v1", edit);
    let mut store = reopen(&dir);
    match store.verify_audit() {
        Err(StoreError::AuditBroken { seq, fault }) => (seq, fault),
        other => panic!("tampering not detected: {other:?}"),
    }
}

#[test]
fn an_edited_audit_entry_is_detected_with_its_sequence_number() {
    let got = audit_fault_after(|t| {
        let key = 2u64.to_be_bytes();
        let mut v = t.get(key).unwrap().unwrap().to_vec();
        let last = v.len() - 1;
        v[last] ^= 0x80;
        t.insert(key, v).unwrap();
    });
    assert_eq!(got, (2, AuditFault::Unreadable));
}

#[test]
fn a_removed_audit_entry_is_detected() {
    let got = audit_fault_after(|t| {
        t.remove(2u64.to_be_bytes()).unwrap();
    });
    assert_eq!(got, (2, AuditFault::Missing));
}

#[test]
fn removing_the_newest_audit_entries_is_detected() {
    let got = audit_fault_after(|t| {
        t.remove(4u64.to_be_bytes()).unwrap();
        t.remove(3u64.to_be_bytes()).unwrap();
    });
    assert_eq!(got, (3, AuditFault::Truncated));
}

#[test]
fn reordered_audit_entries_are_detected() {
    let got = audit_fault_after(|t| {
        let a = t.get(2u64.to_be_bytes()).unwrap().unwrap();
        let b = t.get(3u64.to_be_bytes()).unwrap().unwrap();
        t.insert(2u64.to_be_bytes(), b).unwrap();
        t.insert(3u64.to_be_bytes(), a).unwrap();
    });
    assert_eq!(got, (2, AuditFault::Unreadable));
}

#[test]
fn an_untouched_store_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = reopen(&dir);
    let report = store.verify_all().unwrap();
    assert_eq!(
        (report.records, report.summaries, report.audit_entries),
        (3, 3, 4)
    );
}
