#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Staff-made documents beside the records (the user glossary): sealed, audited with the ids they
//! touch, durable, in backups, and every change behind the store's back is an error.
mod common;

use std::path::Path;

use common::*;
use kakehashi_store::{AuditAction, DocumentChange, Store, StoreError, Unlock};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Term {
    ja: String,
    en: String,
}

fn term(ja: &str, en: &str) -> Term {
    Term {
        ja: ja.into(),
        en: en.into(),
    }
}

const GLOSSARY: &str = "user-glossary";

fn put(id: &str, t: Term) -> DocumentChange<Term> {
    DocumentChange::Put {
        id: id.into(),
        value: t,
    }
}

fn seeded(dir: &Path) {
    let (mut store, _) = new_store(dir);
    store
        .change_documents(
            &staff(),
            GLOSSARY,
            AuditAction::Create,
            &[
                put(
                    "stromal-vascular-fraction",
                    term("間質血管細胞群マーカー", "SVF marker"),
                ),
                put("clinic-local-term", term("院内用語マーカー", "in-house term")),
            ],
        )
        .unwrap();
}

fn reopen(dir: &Path) -> Store {
    let mut store = Store::open(dir).unwrap();
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    store
}

fn doc_keys(t: &sled::Tree) -> Vec<Vec<u8>> {
    t.scan_prefix(format!("doc.v1/{GLOSSARY}/"))
        .map(|r| r.unwrap().0.to_vec())
        .collect()
}

#[test]
fn staff_terms_survive_a_reopen_and_every_change_is_audited_with_the_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = reopen(&dir);
    let docs: Vec<(String, Term)> = store.documents(GLOSSARY).unwrap();
    assert_eq!(
        docs.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
        ["clinic-local-term", "stromal-vascular-fraction"]
    );
    assert_eq!(docs[1].1.ja, "間質血管細胞群マーカー");

    store
        .change_documents(
            &staff(),
            GLOSSARY,
            AuditAction::Update,
            &[put(
                "clinic-local-term",
                term("院内用語（改）", "in-house term v2"),
            )],
        )
        .unwrap();
    store
        .change_documents::<Term>(
            &staff(),
            GLOSSARY,
            AuditAction::Delete,
            &[DocumentChange::Delete {
                id: "stromal-vascular-fraction".into(),
            }],
        )
        .unwrap();
    drop(store);
    let mut store = reopen(&dir);
    let docs: Vec<(String, Term)> = store.documents(GLOSSARY).unwrap();
    assert_eq!(
        docs,
        vec![(
            "clinic-local-term".into(),
            term("院内用語（改）", "in-house term v2")
        )]
    );

    let trail = store.audit_entries().unwrap();
    let doc_entries: Vec<_> = trail
        .iter()
        .filter(|e| e.collection.as_deref() == Some(GLOSSARY))
        .collect();
    assert_eq!(
        doc_entries.iter().map(|e| e.action).collect::<Vec<_>>(),
        [AuditAction::Create, AuditAction::Update, AuditAction::Delete]
    );
    assert_eq!(
        doc_entries[0].items,
        ["stromal-vascular-fraction", "clinic-local-term"]
    );
    assert_eq!(doc_entries[2].items, ["stromal-vascular-fraction"]);
    assert!(doc_entries
        .iter()
        .all(|e| e.actor == staff().user && e.patient.is_none()));
    assert_eq!(store.verify_all().unwrap().documents, 1);
}

#[test]
fn deleting_a_missing_document_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = reopen(&dir);
    let before = store.verify_audit().unwrap();
    let err = store
        .change_documents(
            &staff(),
            GLOSSARY,
            AuditAction::Delete,
            &[
                DocumentChange::Delete {
                    id: "clinic-local-term".into(),
                },
                DocumentChange::<Term>::Delete { id: "nope".into() },
            ],
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert_eq!(
        store.documents::<Term>(GLOSSARY).unwrap().len(),
        2,
        "all or nothing"
    );
    assert_eq!(store.verify_audit().unwrap(), before);
}

#[test]
fn a_locked_store_shows_no_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = Store::open(&dir).unwrap();
    assert!(matches!(
        store.documents::<Term>(GLOSSARY),
        Err(StoreError::Locked)
    ));
}

#[test]
fn no_document_text_or_id_is_on_disk_in_the_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    std::thread::sleep(std::time::Duration::from_millis(100));
    for f in all_files(&dir) {
        let bytes = std::fs::read(&f).unwrap();
        for needle in [
            "院内用語マーカー",
            "間質血管細胞群マーカー",
            "clinic-local-term",
            "in-house term",
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} in {}",
                f.display()
            );
        }
    }
}

#[test]
fn a_flipped_byte_in_a_document_is_reported_not_returned() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    with_raw_tree(&dir, "meta.v1", |t| {
        let key = doc_keys(t).remove(0);
        let mut v = t.get(&key).unwrap().unwrap().to_vec();
        let mid = v.len() / 2;
        v[mid] ^= 0x01;
        t.insert(key, v).unwrap();
    });
    let mut store = reopen(&dir);
    let err = store.documents::<Term>(GLOSSARY).unwrap_err();
    assert!(
        matches!(err, StoreError::Tampered { tree: "meta.v1", .. }),
        "{err:?}"
    );
    assert_eq!(err.message().id, "store-error-tampered");
    assert!(matches!(store.verify_all(), Err(StoreError::Tampered { .. })));
}

#[test]
fn a_removed_or_swapped_document_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    with_raw_tree(&dir, "meta.v1", |t| {
        let keys = doc_keys(t);
        assert_eq!(keys.len(), 2);
        let a = t.get(&keys[0]).unwrap().unwrap();
        let b = t.get(&keys[1]).unwrap().unwrap();
        t.insert(&keys[0], b).unwrap();
        t.insert(&keys[1], a).unwrap();
    });
    let mut store = reopen(&dir);
    assert!(matches!(
        store.documents::<Term>(GLOSSARY),
        Err(StoreError::Tampered { .. })
    ));
    drop(store);

    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    with_raw_tree(&dir, "meta.v1", |t| {
        let key = doc_keys(t).remove(1);
        t.remove(key).unwrap();
    });
    let mut store = reopen(&dir);
    assert!(
        matches!(
            store.documents::<Term>(GLOSSARY),
            Err(StoreError::Tampered { .. })
        ),
        "a removed document is not quietly missing"
    );
}

#[test]
fn a_backup_restored_elsewhere_still_has_the_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = reopen(&dir);
    let path = tmp.path().join("b.kkbak");
    let made = store.backup_to(&staff(), &path).unwrap();
    assert_eq!(made.documents, 2, "the backup counts what it carries");
    let verified = kakehashi_store::verify_backup(&path, Unlock::Passphrase(PASS)).unwrap();
    assert_eq!(verified.documents, 2, "and verify counts the same");
    drop(store);
    let restored_dir = tmp.path().join("elsewhere");
    let mut restored =
        kakehashi_store::restore_backup(&path, &restored_dir, &staff(), Unlock::Passphrase(PASS)).unwrap();
    let docs: Vec<(String, Term)> = restored.documents(GLOSSARY).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].1.ja, "院内用語マーカー");
    assert_eq!(restored.verify_all().unwrap().documents, 2);
}

#[test]
fn documents_leaving_the_store_are_audited_as_an_export() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    seeded(&dir);
    let mut store = reopen(&dir);
    let ids = store.document_ids(GLOSSARY).unwrap();
    store
        .record_document_export(&staff(), GLOSSARY, &ids, "/tmp/glossary.tbx")
        .unwrap();
    let last = store.audit_entries().unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Export);
    assert_eq!(last.items, ids);
    assert_eq!(last.transfer.unwrap().recipient, "/tmp/glossary.tbx");
}
