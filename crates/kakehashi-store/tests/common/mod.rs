#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]
use std::path::{Path, PathBuf};

use kakehashi_store::{Actor, KdfParams, NameForm, NameKind, RecoveryKey, Store, SummaryFields};
use serde::{Deserialize, Serialize};

pub const PASS: &str = "いつもの合言葉 correct horse";

pub fn staff() -> Actor {
    Actor::new("coordinator-sato").unwrap()
}

pub fn new_store(dir: &Path) -> (Store, RecoveryKey) {
    Store::create(dir, &staff(), PASS, KdfParams::insecure_for_tests()).unwrap()
}

pub fn store_dir(tmp: &tempfile::TempDir) -> PathBuf {
    tmp.path().join("data")
}

/// A stand-in for the intake record: the store is generic, so any serde type will do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Intake {
    pub name_native: String,
    pub name_latin: String,
    pub allergies: Option<Vec<String>>,
    pub notes: String,
}

pub fn intake(native: &str, latin: &str, notes: &str) -> Intake {
    Intake {
        name_native: native.into(),
        name_latin: latin.into(),
        allergies: None,
        notes: notes.into(),
    }
}

pub fn names(forms: &[(NameKind, &str)]) -> SummaryFields {
    SummaryFields {
        names: forms
            .iter()
            .map(|(k, t)| NameForm {
                kind: *k,
                text: (*t).into(),
            })
            .collect(),
        date_of_birth: None,
        sample: false,
    }
}

pub fn fields(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Every file under `dir`, recursively.
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Edits the engine's trees directly, as an attacker with the files would.
pub fn with_raw_tree(dir: &Path, tree: &str, f: impl FnOnce(&sled::Tree)) {
    // sled releases its file lock a moment after the store that held it is dropped (its flusher
    // thread finishes first), so a direct open right after may find the lock still taken.
    let mut tries = 0;
    let db = loop {
        match sled::open(dir) {
            Ok(db) => break db,
            Err(_) if tries < 100 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => panic!("could not open the store files: {e}"),
        }
    };
    let t = db.open_tree(tree).unwrap();
    f(&t);
    db.flush().unwrap();
}
