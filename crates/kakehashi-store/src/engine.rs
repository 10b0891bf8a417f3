//! The storage engine behind the store: a few named trees of byte keys and sealed byte values,
//! an atomic multi-tree commit that returns only once the data is on stable storage, and the
//! open-time recovery for sled's known failure modes.
//!
//! Everything sled-specific lives in this file; swapping the engine means implementing [`Engine`]
//! again (the SQLite peer in `benches/store.rs` does exactly that).

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::error::StoreError;

/// The trees of the store. Names carry a version so a future layout can live beside this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tree {
    /// Key ring (plaintext wrapping metadata only), sealed MAC key, sealed audit head.
    Meta,
    /// Sealed records, keyed by random record id.
    Records,
    /// Sealed per-patient summaries (name forms, date of birth, times), keyed by record id.
    Summaries,
    /// Sealed audit entries, keyed by big-endian sequence number.
    Audit,
}

impl Tree {
    pub const ALL: [Tree; 4] = [Tree::Meta, Tree::Records, Tree::Summaries, Tree::Audit];

    /// The on-disk tree name. Also part of every value's associated data.
    pub fn name(self) -> &'static str {
        match self {
            Tree::Meta => "meta.v1",
            Tree::Records => "records.v1",
            Tree::Summaries => "summaries.v1",
            Tree::Audit => "audit.v1",
        }
    }

    pub(crate) fn tag(self) -> u8 {
        match self {
            Tree::Meta => 0,
            Tree::Records => 1,
            Tree::Summaries => 2,
            Tree::Audit => 3,
        }
    }

    pub(crate) fn from_tag(tag: u8) -> Option<Tree> {
        Tree::ALL.into_iter().find(|t| t.tag() == tag)
    }
}

/// A stored key and its (sealed) value.
pub type Pair = (Vec<u8>, Vec<u8>);

/// One write of a commit.
#[derive(Debug, Clone)]
pub enum Op {
    Put {
        tree: Tree,
        key: Vec<u8>,
        value: Vec<u8>,
    },
    Delete {
        tree: Tree,
        key: Vec<u8>,
    },
}

/// Something that happened while opening the store that staff must be told about and that the
/// audit trail records once the store is unlocked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenEvent {
    /// sled refused to open because of an empty, half-written snapshot file; the file was moved
    /// (not deleted) to `moved_to` and the store then opened.
    EmptySnapshotMovedAside { file: String, moved_to: PathBuf },
}

/// A key-value engine with atomic, durable multi-tree commits.
pub trait Engine: Send {
    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError>;
    /// Every pair of `tree`, in key order.
    fn scan(&self, tree: Tree) -> Result<Vec<Pair>, StoreError>;
    /// Every pair of `tree` whose key starts with `prefix`, in key order.
    fn scan_prefix(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<Pair>, StoreError>;
    /// The pair with the greatest key.
    fn last(&self, tree: Tree) -> Result<Option<Pair>, StoreError>;
    /// Applies every op or none, and returns only after they are on stable storage.
    fn commit(&mut self, ops: &[Op]) -> Result<(), StoreError>;
    /// The folder the engine keeps its files in (named in errors).
    fn dir(&self) -> &Path;
}

/// sled 0.34.7 with fsync after flush.
pub struct SledEngine {
    dir: PathBuf,
    db: sled::Db,
    trees: [sled::Tree; 4],
    data_file: File,
    synced_blobs: BTreeSet<std::ffi::OsString>,
}

/// The file sled 0.34.7 keeps its log and lock in (`Config::db_path`).
const SLED_DATA_FILE: &str = "db";
/// sled's config file; its presence with [`SLED_DATA_FILE`] marks an existing store.
const SLED_CONF_FILE: &str = "conf";
/// Where sled writes values too large to inline; these files are written without fsync by sled.
const SLED_BLOB_DIR: &str = "blobs";
/// Folder for files moved out of sled's way during recovery. Nothing is ever deleted.
pub const ASIDE_DIR: &str = "recovered-aside";

/// Whether `dir` looks like an existing store (even a damaged one).
pub fn store_files_present(dir: &Path) -> bool {
    dir.join(SLED_DATA_FILE).exists() || dir.join(SLED_CONF_FILE).exists()
}

fn engine_err(op: &'static str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Engine {
        op,
        detail: e.to_string(),
    }
}

fn fsync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io("fsync-dir", dir, e))
}

enum Attempt {
    Opened(sled::Db),
    Corrupt(String),
}

fn try_open(dir: &Path) -> Result<Attempt, StoreError> {
    let config = sled::Config::new().path(dir);
    // sled may panic instead of returning an error on some damaged files; that must surface as
    // a damaged store, not as a crashed application.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| config.open()));
    match result {
        Ok(Ok(db)) => Ok(Attempt::Opened(db)),
        Ok(Err(sled::Error::Io(e))) => {
            let text = e.to_string();
            if text.contains("could not acquire lock") || e.kind() == std::io::ErrorKind::WouldBlock {
                Err(StoreError::InUse { dir: dir.to_owned() })
            } else {
                Err(StoreError::io("open", dir, e))
            }
        }
        Ok(Err(e @ sled::Error::Corruption { .. })) => Ok(Attempt::Corrupt(format!("{e:?}"))),
        Ok(Err(e)) => Ok(Attempt::Corrupt(e.to_string())),
        Err(_) => Ok(Attempt::Corrupt("engine panicked while reading its files".into())),
    }
}

/// sled releases its file lock only when its last background I/O thread lets go of the file,
/// slightly after the `Db` is dropped; reopening right after closing (restore, a restarted app, a
/// second process started as the first exits) must not be mistaken for a second window.
const LOCK_RELEASE_GRACE: std::time::Duration = std::time::Duration::from_secs(3);

fn try_open_waiting_for_release(dir: &Path) -> Result<Attempt, StoreError> {
    let started = std::time::Instant::now();
    loop {
        match try_open(dir) {
            Err(StoreError::InUse { .. }) if started.elapsed() < LOCK_RELEASE_GRACE => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Empty `snap.*.generating` files: sled sorts them as the newest snapshot and then refuses to
/// open (sled issues #1527, #1533; seen here once in ~1,250 kill -9 cycles).
fn empty_generating_snapshots(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("snap.")
                && name.ends_with(".generating")
                && e.metadata().map(|m| m.is_file() && m.len() == 0).unwrap_or(false)
        })
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

impl SledEngine {
    /// Creates a new, empty engine in `dir`, which must not exist or be empty.
    pub fn create(dir: &Path) -> Result<SledEngine, StoreError> {
        if dir.exists() {
            let mut entries = fs::read_dir(dir).map_err(|e| StoreError::io("read-dir", dir, e))?;
            if entries.next().is_some() {
                return Err(StoreError::AlreadyExists { dir: dir.to_owned() });
            }
        }
        fs::create_dir_all(dir).map_err(|e| StoreError::io("create-dir", dir, e))?;
        let db = match try_open(dir)? {
            Attempt::Opened(db) => db,
            Attempt::Corrupt(detail) => return Err(engine_err("create", detail)),
        };
        let engine = SledEngine::from_db(dir, db, true)?;
        fsync_dir(dir)?;
        if let Some(parent) = dir.parent() {
            if !parent.as_os_str().is_empty() {
                fsync_dir(parent)?;
            }
        }
        Ok(engine)
    }

    /// Opens the existing engine in `dir`, recovering from an empty snapshot file if needed.
    pub fn open(dir: &Path) -> Result<(SledEngine, Vec<OpenEvent>), StoreError> {
        if !store_files_present(dir) {
            return Err(StoreError::NoStore { dir: dir.to_owned() });
        }
        let mut events = Vec::new();
        let mut tried = Vec::new();
        let first_failure = match try_open_waiting_for_release(dir)? {
            Attempt::Opened(db) => return Ok((SledEngine::from_existing_db(dir, db)?, events)),
            Attempt::Corrupt(detail) => detail,
        };
        tried.push(format!("open: {first_failure}"));
        let empties = empty_generating_snapshots(dir);
        if empties.is_empty() {
            tried.push("no empty snapshot file to move aside".into());
        }
        for path in empties {
            let aside = dir.join(ASIDE_DIR);
            fs::create_dir_all(&aside).map_err(|e| StoreError::io("create-dir", &aside, e))?;
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stamp = time::OffsetDateTime::now_utc().unix_timestamp_nanos();
            let target = aside.join(format!("{file}.{stamp}"));
            fs::rename(&path, &target).map_err(|e| StoreError::io("move-aside", &path, e))?;
            fsync_dir(dir)?;
            fsync_dir(&aside)?;
            tried.push(format!("moved {file} aside"));
            events.push(OpenEvent::EmptySnapshotMovedAside {
                file,
                moved_to: target,
            });
            match try_open(dir)? {
                Attempt::Opened(db) => return Ok((SledEngine::from_existing_db(dir, db)?, events)),
                Attempt::Corrupt(detail) => tried.push(format!("reopen: {detail}")),
            }
        }
        Err(StoreError::Corrupt {
            dir: dir.to_owned(),
            tried: tried.join("; "),
            newest_backup: None,
        })
    }

    /// sled opens a data file it cannot parse as an empty database; a store whose trees are gone
    /// is damaged, and must not be turned into a new empty store by creating them again.
    fn from_existing_db(dir: &Path, db: sled::Db) -> Result<SledEngine, StoreError> {
        let names = db.tree_names();
        let missing: Vec<&str> = Tree::ALL
            .iter()
            .map(|t| t.name())
            .filter(|n| !names.iter().any(|x| x.as_ref() == n.as_bytes()))
            .collect();
        if !missing.is_empty() {
            return Err(StoreError::Corrupt {
                dir: dir.to_owned(),
                tried: format!(
                    "open: the engine opened but the store's trees are missing ({})",
                    missing.join(", ")
                ),
                newest_backup: None,
            });
        }
        SledEngine::from_db(dir, db, false)
    }

    fn from_db(dir: &Path, db: sled::Db, created: bool) -> Result<SledEngine, StoreError> {
        let open = |t: Tree| db.open_tree(t.name()).map_err(|e| engine_err("open-tree", e));
        let trees = [
            open(Tree::Meta)?,
            open(Tree::Records)?,
            open(Tree::Summaries)?,
            open(Tree::Audit)?,
        ];
        let data_path = dir.join(SLED_DATA_FILE);
        let data_file =
            File::open(&data_path).map_err(|e| StoreError::io("open-data-file", &data_path, e))?;
        let mut engine = SledEngine {
            dir: dir.to_owned(),
            db,
            trees,
            data_file,
            synced_blobs: BTreeSet::new(),
        };
        if created {
            // Creating trees is itself a write; make it durable before anyone relies on it.
            engine.make_durable()?;
        }
        Ok(engine)
    }

    fn tree(&self, t: Tree) -> &sled::Tree {
        match t {
            Tree::Meta => &self.trees[0],
            Tree::Records => &self.trees[1],
            Tree::Summaries => &self.trees[2],
            Tree::Audit => &self.trees[3],
        }
    }

    /// `flush()` only issues `sync_file_range` on Linux, and sled writes large values to blob
    /// files without syncing them, so both get a real fdatasync here.
    fn make_durable(&mut self) -> Result<(), StoreError> {
        self.db.flush().map_err(|e| engine_err("flush", e))?;
        // fdatasync: the data and the file length reach the disk; only timestamps are left to the
        // journal (the same call SQLite makes on Linux), which spares a journal commit per save.
        self.data_file
            .sync_data()
            .map_err(|e| StoreError::io("fsync", self.dir.join(SLED_DATA_FILE), e))?;
        let blob_dir = self.dir.join(SLED_BLOB_DIR);
        if let Ok(entries) = fs::read_dir(&blob_dir) {
            let mut present = BTreeSet::new();
            let mut new_files = false;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if !self.synced_blobs.contains(&name) {
                    let path = entry.path();
                    File::open(&path)
                        .and_then(|f| f.sync_data())
                        .map_err(|e| StoreError::io("fsync", &path, e))?;
                    new_files = true;
                }
                present.insert(name);
            }
            if new_files {
                fsync_dir(&blob_dir)?;
            }
            self.synced_blobs = present;
        }
        Ok(())
    }
}

impl Engine for SledEngine {
    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let v = self.tree(tree).get(key).map_err(|e| engine_err("get", e))?;
        Ok(v.map(|v| v.to_vec()))
    }

    fn scan(&self, tree: Tree) -> Result<Vec<Pair>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree(tree).iter() {
            let (k, v) = item.map_err(|e| engine_err("scan", e))?;
            out.push((k.to_vec(), v.to_vec()));
        }
        Ok(out)
    }

    fn scan_prefix(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<Pair>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree(tree).scan_prefix(prefix) {
            let (k, v) = item.map_err(|e| engine_err("scan", e))?;
            out.push((k.to_vec(), v.to_vec()));
        }
        Ok(out)
    }

    fn last(&self, tree: Tree) -> Result<Option<Pair>, StoreError> {
        let v = self.tree(tree).last().map_err(|e| engine_err("last", e))?;
        Ok(v.map(|(k, v)| (k.to_vec(), v.to_vec())))
    }

    fn commit(&mut self, ops: &[Op]) -> Result<(), StoreError> {
        use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
        let [m, r, s, a] = &self.trees;
        // The closure may run more than once on conflict; it only replays `ops`.
        let result = (m, r, s, a).transaction(|(m, r, s, a)| {
            for op in ops {
                let (tree, key) = match op {
                    Op::Put { tree, key, .. } | Op::Delete { tree, key } => (*tree, key),
                };
                let t = match tree {
                    Tree::Meta => m,
                    Tree::Records => r,
                    Tree::Summaries => s,
                    Tree::Audit => a,
                };
                match op {
                    Op::Put { value, .. } => {
                        t.insert(key.as_slice(), value.as_slice())?;
                    }
                    Op::Delete { .. } => {
                        t.remove(key.as_slice())?;
                    }
                }
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(engine_err("commit", e)),
            Err(TransactionError::Abort(())) => return Err(engine_err("commit", "aborted")),
        }
        self.make_durable()
    }

    fn dir(&self) -> &Path {
        &self.dir
    }
}

impl OpenEvent {
    /// What to tell staff.
    pub fn message(&self) -> kakehashi_i18n::Message {
        match self {
            OpenEvent::EmptySnapshotMovedAside { file, .. } => {
                kakehashi_i18n::msg!("store-event-recovered", "file" => file)
            }
        }
    }
}
