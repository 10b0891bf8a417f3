//! The store: setup, unlock and lock, durable audited saves, the patient list and name search.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use kakehashi_fold::fold;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::audit::{self, ChainTip, Head, HEAD_KEY};
use crate::crypto::{KdfParams, Keyring, RecoveryKey, SecretKey};
use crate::engine::{Engine, Op, OpenEvent, SledEngine, Tree};
use crate::envelope::{self, open_value, seal_value, summary_migrations, Migrations};
use crate::error::StoreError;
use crate::types::{
    now_rfc3339, Actor, AuditAction, AuditEntry, PatientSummary, RecordId, SaveReceipt, SummaryFields,
    Transfer, TransferKind,
};

pub(crate) const KEYRING_KEY: &[u8] = b"keyring";
pub(crate) const MAC_KEY_KEY: &[u8] = b"mac-key";
pub(crate) const INFO_KEY: &[u8] = b"store-info";
const SUMMARY_SCHEMA: u16 = 1;
const META_SCHEMA: u16 = 1;
/// Default idle time before the store locks itself.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// Plaintext facts about the store layout (no patient data).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct StoreInfo {
    pub layout: u16,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SealedMacKey {
    #[serde(with = "crate::crypto::hex_vec")]
    key: Vec<u8>,
}

impl Drop for SealedMacKey {
    fn drop(&mut self) {
        self.key.zeroize();
    }
}

struct IndexEntry {
    summary: PatientSummary,
    /// Folded name forms with spaces removed, made on the first search; in memory only.
    folded: Option<Vec<String>>,
}

impl IndexEntry {
    fn new(summary: PatientSummary) -> IndexEntry {
        IndexEntry {
            summary,
            folded: None,
        }
    }

    fn folded(&mut self) -> &[String] {
        let names = &self.summary.names;
        self.folded
            .get_or_insert_with(|| names.iter().map(|n| fold(&n.text).replace(' ', "")).collect())
    }
}

impl Drop for IndexEntry {
    fn drop(&mut self) {
        for n in &mut self.summary.names {
            n.text.zeroize();
        }
        if let Some(d) = &mut self.summary.date_of_birth {
            d.zeroize();
        }
        for f in self.folded.iter_mut().flatten() {
            f.zeroize();
        }
    }
}

/// Summaries are sealed in chunks, one per first byte of the record id, so unlocking opens at
/// most 256 sealed values instead of one per patient (see docs/store.md, "open + list").
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SummaryChunk {
    pub summaries: Vec<PatientSummary>,
}

fn chunk_of(id: &RecordId) -> u8 {
    id.as_bytes()[0]
}

fn chunk_range(chunk: u8) -> std::ops::RangeInclusive<RecordId> {
    let mut lo = [0u8; 16];
    let mut hi = [0xFFu8; 16];
    lo[0] = chunk;
    hi[0] = chunk;
    RecordId::from_array(lo)..=RecordId::from_array(hi)
}

/// Everything that exists only while unlocked. Dropped (and wiped) on lock.
struct Session {
    data_key: SecretKey,
    mac_key: SecretKey,
    tip: ChainTip,
    index: BTreeMap<RecordId, IndexEntry>,
    /// Summary chunks that failed to open; their patients are listed in `damaged`.
    damaged_chunks: std::collections::BTreeSet<u8>,
    damaged: Vec<RecordId>,
    last_activity: Instant,
}

type ChunkResult = (BTreeMap<RecordId, IndexEntry>, std::collections::BTreeSet<u8>);

/// Opens summary chunks into index entries; chunks that do not open are reported by key.
fn open_chunks(data_key: &SecretKey, pairs: &[crate::engine::Pair]) -> ChunkResult {
    let migrations = summary_migrations();
    let mut index = BTreeMap::new();
    let mut damaged = std::collections::BTreeSet::new();
    for (key, value) in pairs {
        let [chunk] = key.as_slice() else {
            continue;
        };
        match open_value::<SummaryChunk>(data_key, Tree::Summaries, key, value, &migrations) {
            Ok(c) if c.summaries.iter().all(|s| chunk_of(&s.id) == *chunk) => {
                for summary in c.summaries {
                    index.insert(summary.id, IndexEntry::new(summary));
                }
            }
            _ => {
                damaged.insert(*chunk);
            }
        }
    }
    (index, damaged)
}

impl Session {
    /// A new random id whose summary chunk is readable (and not in `taken`).
    fn fresh_id(&self, taken: &[RecordId]) -> RecordId {
        loop {
            let id = RecordId::random();
            let free = !self.index.contains_key(&id) && !taken.contains(&id);
            if free && !self.damaged_chunks.contains(&chunk_of(&id)) {
                return id;
            }
        }
    }

    /// The op rewriting summary chunk `chunk` from the index, with `upserts` applied and
    /// `removed` left out; an emptied chunk is deleted.
    fn chunk_op(
        &self,
        chunk: u8,
        upserts: &[PatientSummary],
        removed: Option<RecordId>,
    ) -> Result<Op, StoreError> {
        let mut members: BTreeMap<RecordId, &PatientSummary> = self
            .index
            .range(chunk_range(chunk))
            .map(|(id, e)| (*id, &e.summary))
            .collect();
        for s in upserts {
            members.insert(s.id, s);
        }
        if let Some(id) = removed {
            members.remove(&id);
        }
        let key = vec![chunk];
        if members.is_empty() {
            return Ok(Op::Delete {
                tree: Tree::Summaries,
                key,
            });
        }
        #[derive(Serialize)]
        struct ChunkRef<'a> {
            summaries: Vec<&'a PatientSummary>,
        }
        let chunk_value = ChunkRef {
            summaries: members.into_values().collect(),
        };
        let value = seal_value(
            &self.data_key,
            Tree::Summaries,
            &key,
            SUMMARY_SCHEMA,
            &chunk_value,
        )?;
        Ok(Op::Put {
            tree: Tree::Summaries,
            key,
            value,
        })
    }
}

/// How a store is unlocked, and how a backup is read.
#[derive(Clone, Copy)]
pub enum Unlock<'a> {
    Passphrase(&'a str),
    RecoveryKey(&'a RecoveryKey),
}

/// An encrypted record store. Opened locked; [`Store::unlock`] makes it usable.
pub struct Store {
    engine: Box<dyn Engine>,
    session: Option<Session>,
    open_events: Vec<OpenEvent>,
    idle_timeout: Option<Duration>,
    record_migrations: Migrations,
}

/// The integrity check over every stored value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrityReport {
    pub records: u64,
    pub summaries: u64,
    pub audit_entries: u64,
    /// Sealed named documents (e.g. user glossary concepts), each opened.
    pub documents: u64,
}

impl Store {
    /// Sets up a new store in `dir` (which must not exist or be empty). Returns the store, unlocked,
    /// and the recovery key, which exists nowhere else and must be shown to staff once.
    pub fn create(
        dir: &Path,
        actor: &Actor,
        passphrase: &str,
        kdf: KdfParams,
    ) -> Result<(Store, RecoveryKey), StoreError> {
        if passphrase.is_empty() {
            return Err(StoreError::InvalidInput {
                field: "passphrase",
                reason: "empty",
            });
        }
        let engine = SledEngine::create(dir)?;
        Store::create_on(Box::new(engine), actor, passphrase, kdf)
    }

    /// Sets up a new store on any engine (used by the engine comparison benchmark).
    pub fn create_on(
        mut engine: Box<dyn Engine>,
        actor: &Actor,
        passphrase: &str,
        kdf: KdfParams,
    ) -> Result<(Store, RecoveryKey), StoreError> {
        if engine.get(Tree::Meta, KEYRING_KEY)?.is_some() {
            return Err(StoreError::AlreadyExists {
                dir: engine.dir().to_owned(),
            });
        }
        let data_key = SecretKey::random();
        let mac_key = SecretKey::random();
        let recovery = RecoveryKey::random();
        let keyring = Keyring::new(&data_key, passphrase, kdf, &recovery)?;
        let mut ops = vec![
            Op::Put {
                tree: Tree::Meta,
                key: INFO_KEY.to_vec(),
                value: json_bytes(&StoreInfo { layout: 1 })?,
            },
            Op::Put {
                tree: Tree::Meta,
                key: KEYRING_KEY.to_vec(),
                value: json_bytes(&keyring)?,
            },
            Op::Put {
                tree: Tree::Meta,
                key: MAC_KEY_KEY.to_vec(),
                value: seal_value(
                    &data_key,
                    Tree::Meta,
                    MAC_KEY_KEY,
                    META_SCHEMA,
                    &SealedMacKey {
                        key: mac_key.bytes().to_vec(),
                    },
                )?,
            },
        ];
        let mut tip = ChainTip::genesis();
        tip.append(
            &data_key,
            &mac_key,
            entry(actor, None, AuditAction::Setup),
            &mut ops,
        )?;
        engine.commit(&ops)?;
        let session = Session {
            data_key,
            mac_key,
            tip,
            index: BTreeMap::new(),
            damaged_chunks: Default::default(),
            damaged: Vec::new(),
            last_activity: Instant::now(),
        };
        let store = Store {
            engine,
            session: Some(session),
            open_events: Vec::new(),
            idle_timeout: Some(DEFAULT_IDLE_TIMEOUT),
            record_migrations: Migrations::initial(),
        };
        Ok((store, recovery))
    }

    /// Opens the store in `dir`, locked. Never creates one: a missing store is
    /// [`StoreError::NoStore`], a damaged one [`StoreError::Corrupt`].
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let (engine, events) = SledEngine::open(dir)?;
        Ok(Store::open_on(Box::new(engine), events))
    }

    /// Like [`Store::open`], and when the store is damaged beyond the automatic repair, names the
    /// newest intact backup in `backup_dir` so the UI can offer to restore it.
    pub fn open_or_offer_backup(dir: &Path, backup_dir: &Path) -> Result<Store, StoreError> {
        match Store::open(dir) {
            Err(StoreError::Corrupt { dir, tried, .. }) => Err(StoreError::Corrupt {
                dir,
                tried,
                newest_backup: crate::backup::newest_intact_backup(backup_dir),
            }),
            other => other,
        }
    }

    /// Wraps an already open engine.
    pub fn open_on(engine: Box<dyn Engine>, events: Vec<OpenEvent>) -> Store {
        Store {
            engine,
            session: None,
            open_events: events,
            idle_timeout: Some(DEFAULT_IDLE_TIMEOUT),
            record_migrations: Migrations::initial(),
        }
    }

    /// What happened while opening (e.g. a damaged engine file moved aside) — to tell staff.
    pub fn open_events(&self) -> &[OpenEvent] {
        &self.open_events
    }

    /// The migration chain for the caller's record type; records are written at its current
    /// version and older ones lifted on read.
    pub fn set_record_migrations(&mut self, migrations: Migrations) {
        self.record_migrations = migrations;
    }

    /// Idle time after which the store locks itself; `None` never locks by itself.
    pub fn set_idle_timeout(&mut self, timeout: Option<Duration>) {
        self.idle_timeout = timeout;
    }

    pub fn is_locked(&self) -> bool {
        self.session.is_none()
    }

    /// Locks now: keys and the in-memory name index are wiped.
    pub fn lock(&mut self) {
        self.session = None;
    }

    /// For the application's timer: locks if idle for longer than the timeout. Returns whether
    /// the store is locked afterwards.
    pub fn lock_if_idle(&mut self) -> bool {
        if let (Some(s), Some(limit)) = (&self.session, self.idle_timeout) {
            if s.last_activity.elapsed() >= limit {
                self.lock();
            }
        }
        self.is_locked()
    }

    /// Unlocks with the staff passphrase, or the recovery key. A wrong one writes nothing.
    pub fn unlock(&mut self, actor: &Actor, how: Unlock<'_>) -> Result<(), StoreError> {
        let keyring = self.keyring()?;
        let (data_key, used_recovery) = match how {
            Unlock::Passphrase(p) => (keyring.unwrap_with_passphrase(p)?, false),
            Unlock::RecoveryKey(k) => (keyring.unwrap_with_recovery(k)?, true),
        };
        let mac_key = self.read_mac_key(&data_key)?;
        let head_bytes = self.engine.get(Tree::Meta, HEAD_KEY)?;
        let head = audit::read_head(&data_key, head_bytes.as_deref())?;
        let tip = match head {
            None => ChainTip::genesis(),
            Some(h) => ChainTip::from_head(&h).ok_or(StoreError::Tampered {
                tree: Tree::Meta.name(),
                key: "audit-head".into(),
            })?,
        };
        let scanned = self.engine.scan(Tree::Summaries)?;
        // Opening and parsing 10,000 summaries is most of an unlock; the chunks are independent,
        // so two threads share them.
        let (first, second) = scanned.split_at(scanned.len() / 2);
        let (index, damaged_chunks) = std::thread::scope(|scope| {
            let other = scope.spawn(|| open_chunks(&data_key, second));
            let (mut index, mut damaged) = open_chunks(&data_key, first);
            match other.join() {
                Ok((i, d)) => {
                    index.extend(i);
                    damaged.extend(d);
                }
                // A worker only parses; should it panic, its chunks are treated as unreadable.
                Err(_) => damaged.extend(second.iter().filter_map(|(k, _)| k.first().copied())),
            }
            (index, damaged)
        });
        // Only the (rare) damaged chunks cost a look at the records' keys.
        let mut damaged = Vec::new();
        for chunk in &damaged_chunks {
            for (key, _) in self.engine.scan_prefix(Tree::Records, &[*chunk])? {
                damaged.extend(RecordId::from_key(&key));
            }
        }
        self.session = Some(Session {
            data_key,
            mac_key,
            tip,
            index,
            damaged_chunks,
            damaged,
            last_activity: Instant::now(),
        });
        let mut pending: Vec<AuditEntry> = Vec::new();
        for event in std::mem::take(&mut self.open_events) {
            let OpenEvent::EmptySnapshotMovedAside { file, moved_to } = event;
            let mut e = entry(actor, None, AuditAction::StoreRecovered);
            e.detail = Some(format!(
                "moved empty engine file {file} to {}",
                moved_to.display()
            ));
            pending.push(e);
        }
        if used_recovery {
            pending.push(entry(actor, None, AuditAction::RecoveryKeyUsed));
        }
        if !pending.is_empty() {
            self.append_audit(pending, Vec::new())?;
        }
        Ok(())
    }

    /// Replaces the passphrase (staff must already have unlocked). The recovery key stays valid.
    pub fn change_passphrase(&mut self, actor: &Actor, new: &str, kdf: KdfParams) -> Result<(), StoreError> {
        self.active()?;
        let keyring = self.keyring()?;
        let s = self.session()?;
        let updated = keyring.with_passphrase(&s.data_key, new, kdf)?;
        let ops = vec![Op::Put {
            tree: Tree::Meta,
            key: KEYRING_KEY.to_vec(),
            value: json_bytes(&updated)?,
        }];
        self.append_audit(vec![entry(actor, None, AuditAction::PassphraseChanged)], ops)?;
        Ok(())
    }

    /// Saves a record durably: the sealed record, its sealed summary and the audit entry go in one
    /// atomic commit, and this returns only after that commit is flushed and fsynced.
    ///
    /// `id: None` creates a new record; `fields_touched` names (never values) go to the audit trail.
    pub fn save<T: Serialize + ?Sized>(
        &mut self,
        actor: &Actor,
        id: Option<RecordId>,
        record: &T,
        summary: &SummaryFields,
        fields_touched: &[String],
    ) -> Result<SaveReceipt, StoreError> {
        self.active()?;
        let schema = self.record_migrations.current();
        let s = self.session()?;
        let id = match id {
            Some(id) => id,
            None => s.fresh_id(&[]),
        };
        if s.damaged_chunks.contains(&chunk_of(&id)) {
            // Rewriting an unreadable chunk would drop its other patients from the list unseen.
            return Err(StoreError::Tampered {
                tree: Tree::Summaries.name(),
                key: format!("{:02x}", chunk_of(&id)),
            });
        }
        let now = now_rfc3339();
        let previous = s
            .index
            .get(&id)
            .map(|e| (e.summary.created_at.clone(), e.summary.revision));
        let exists = previous.is_some() || self.engine.get(Tree::Records, id.as_bytes())?.is_some();
        let (created_at, revision) = match previous {
            Some((c, r)) => (c, r + 1),
            None => (now.clone(), 1),
        };
        let action = if exists {
            AuditAction::Update
        } else {
            AuditAction::Create
        };
        let full = PatientSummary {
            id,
            names: summary.names.clone(),
            date_of_birth: summary.date_of_birth.clone(),
            created_at,
            updated_at: now.clone(),
            revision,
            sample: summary.sample,
        };
        let s = self.session()?;
        let ops = vec![
            Op::Put {
                tree: Tree::Records,
                key: id.as_bytes().to_vec(),
                value: seal_value(&s.data_key, Tree::Records, id.as_bytes(), schema, record)?,
            },
            s.chunk_op(chunk_of(&id), std::slice::from_ref(&full), None)?,
        ];
        let mut e = entry(actor, Some(id), action);
        e.at = now.clone();
        e.fields = fields_touched.to_vec();
        let seq = self.append_audit(vec![e], ops)?;
        let s = self.session_mut()?;
        s.damaged.retain(|d| *d != id);
        s.index.insert(id, IndexEntry::new(full));
        Ok(SaveReceipt {
            id,
            revision,
            action,
            audit_seq: seq,
            saved_at: now,
        })
    }

    /// Imports many new records in one atomic, durable commit (e.g. from another installation),
    /// each audited as an import. Either all are stored or none.
    pub fn import<T: Serialize>(
        &mut self,
        actor: &Actor,
        items: &[(T, SummaryFields)],
    ) -> Result<Vec<SaveReceipt>, StoreError> {
        self.active()?;
        let schema = self.record_migrations.current();
        let s = self.session()?;
        let now = now_rfc3339();
        let mut ops = Vec::with_capacity(items.len() * 2);
        let mut entries = Vec::with_capacity(items.len());
        let mut summaries = Vec::with_capacity(items.len());
        let mut new_ids: Vec<RecordId> = Vec::with_capacity(items.len());
        for (record, fields) in items {
            let id = s.fresh_id(&new_ids);
            new_ids.push(id);
            let full = PatientSummary {
                id,
                names: fields.names.clone(),
                date_of_birth: fields.date_of_birth.clone(),
                created_at: now.clone(),
                updated_at: now.clone(),
                revision: 1,
                sample: fields.sample,
            };
            ops.push(Op::Put {
                tree: Tree::Records,
                key: id.as_bytes().to_vec(),
                value: seal_value(&s.data_key, Tree::Records, id.as_bytes(), schema, record)?,
            });
            let mut e = entry(actor, Some(id), AuditAction::Import);
            e.at = now.clone();
            entries.push(e);
            summaries.push(full);
        }
        let mut by_chunk: BTreeMap<u8, Vec<PatientSummary>> = BTreeMap::new();
        for full in &summaries {
            by_chunk.entry(chunk_of(&full.id)).or_default().push(full.clone());
        }
        for (chunk, added) in &by_chunk {
            ops.push(s.chunk_op(*chunk, added, None)?);
        }
        let first_seq = s.tip.next_seq;
        self.append_audit(entries, ops)?;
        let s = self.session_mut()?;
        let mut receipts = Vec::with_capacity(summaries.len());
        for (i, full) in summaries.into_iter().enumerate() {
            receipts.push(SaveReceipt {
                id: full.id,
                revision: 1,
                action: AuditAction::Import,
                audit_seq: first_seq + i as u64,
                saved_at: now.clone(),
            });
            s.index.insert(full.id, IndexEntry::new(full));
        }
        Ok(receipts)
    }

    /// Reads a record; the view is recorded in the audit trail before the record is returned.
    pub fn load<T: DeserializeOwned>(&mut self, actor: &Actor, id: RecordId) -> Result<T, StoreError> {
        let value = self.read_record::<T>(id)?;
        self.append_audit(vec![entry(actor, Some(id), AuditAction::View)], Vec::new())?;
        Ok(value)
    }

    /// Reads several records (e.g. for a batch print); all views are audited in one durable
    /// commit before any record is returned. Fails as a whole if any record is missing or altered.
    pub fn load_many<T: DeserializeOwned>(
        &mut self,
        actor: &Actor,
        ids: &[RecordId],
    ) -> Result<Vec<T>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.read_record::<T>(*id)?);
        }
        let entries = ids
            .iter()
            .map(|id| entry(actor, Some(*id), AuditAction::View))
            .collect::<Vec<_>>();
        if !entries.is_empty() {
            self.append_audit(entries, Vec::new())?;
        }
        Ok(out)
    }

    pub(crate) fn read_record<T: DeserializeOwned>(&mut self, id: RecordId) -> Result<T, StoreError> {
        self.active()?;
        let sealed = self
            .engine
            .get(Tree::Records, id.as_bytes())?
            .ok_or_else(|| StoreError::NotFound { id: id.to_string() })?;
        let s = self.session()?;
        open_value(
            &s.data_key,
            Tree::Records,
            id.as_bytes(),
            &sealed,
            &self.record_migrations,
        )
    }

    /// Deletes a record and its summary (audited). The audit trail keeps the fact, not the data.
    pub fn delete(&mut self, actor: &Actor, id: RecordId) -> Result<u64, StoreError> {
        self.active()?;
        if self.engine.get(Tree::Records, id.as_bytes())?.is_none() {
            return Err(StoreError::NotFound { id: id.to_string() });
        }
        if self.session()?.damaged_chunks.contains(&chunk_of(&id)) {
            // As for saves: rewriting the unreadable chunk would drop its other patients.
            return Err(StoreError::Tampered {
                tree: Tree::Summaries.name(),
                key: format!("{:02x}", chunk_of(&id)),
            });
        }
        let ops = vec![
            Op::Delete {
                tree: Tree::Records,
                key: id.as_bytes().to_vec(),
            },
            self.session()?.chunk_op(chunk_of(&id), &[], Some(id))?,
        ];
        let seq = self.append_audit(vec![entry(actor, Some(id), AuditAction::Delete)], ops)?;
        let s = self.session_mut()?;
        s.index.remove(&id);
        s.damaged.retain(|d| *d != id);
        Ok(seq)
    }

    /// Records that a patient's data left the store: printed for or exported to `recipient`.
    pub fn record_transfer(
        &mut self,
        actor: &Actor,
        id: RecordId,
        kind: TransferKind,
        recipient: &str,
        fields: &[String],
    ) -> Result<u64, StoreError> {
        self.active()?;
        if recipient.trim().is_empty() {
            return Err(StoreError::InvalidInput {
                field: "recipient",
                reason: "empty",
            });
        }
        if self.engine.get(Tree::Records, id.as_bytes())?.is_none() {
            return Err(StoreError::NotFound { id: id.to_string() });
        }
        let action = match kind {
            TransferKind::Print => AuditAction::Print,
            TransferKind::Export => AuditAction::Export,
        };
        let mut e = entry(actor, Some(id), action);
        e.fields = fields.to_vec();
        e.transfer = Some(Transfer {
            kind,
            recipient: recipient.to_owned(),
        });
        self.append_audit(vec![e], Vec::new())
    }

    /// Every patient, most recently updated first.
    pub fn list_summaries(&mut self) -> Result<Vec<PatientSummary>, StoreError> {
        self.active()?;
        let s = self.session()?;
        let mut out: Vec<PatientSummary> = s.index.values().map(|e| e.summary.clone()).collect();
        out.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Patients with a name form matching `query` in any script, ignoring width, kana kind, case,
    /// diacritics, spacing and word order. Exact matches first, then prefixes, then the rest.
    pub fn search(&mut self, query: &str) -> Result<Vec<PatientSummary>, StoreError> {
        self.active()?;
        let folded = fold(query);
        let tokens: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
        if tokens.is_empty() {
            return self.list_summaries();
        }
        let joined: String = tokens.concat();
        let mut hits: Vec<(u8, &PatientSummary)> = Vec::new();
        let s = self.session_mut()?;
        for e in s.index.values_mut() {
            let mut best: Option<u8> = None;
            for name in e.folded() {
                let rank = if *name == joined {
                    0
                } else if name.starts_with(&joined) {
                    1
                } else if tokens.iter().all(|t| name.contains(t)) {
                    2
                } else {
                    continue;
                };
                best = Some(best.map_or(rank, |b: u8| b.min(rank)));
            }
            if let Some(rank) = best {
                hits.push((rank, &e.summary));
            }
        }
        hits.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.updated_at.cmp(&a.1.updated_at))
                .then(a.1.id.cmp(&b.1.id))
        });
        Ok(hits.into_iter().map(|(_, s)| s.clone()).collect())
    }

    /// Records whose summary failed to open at unlock (altered or moved bytes).
    pub fn damaged_records(&mut self) -> Result<Vec<RecordId>, StoreError> {
        self.active()?;
        Ok(self.session()?.damaged.clone())
    }

    /// All audit entries, verified.
    pub fn audit_entries(&mut self) -> Result<Vec<AuditEntry>, StoreError> {
        self.active()?;
        let pairs = self.engine.scan(Tree::Audit)?;
        let head_bytes = self.engine.get(Tree::Meta, HEAD_KEY)?;
        let s = self.session()?;
        let head: Option<Head> =
            audit::read_head(&s.data_key, head_bytes.as_deref()).map_err(|_| StoreError::Tampered {
                tree: Tree::Meta.name(),
                key: "audit-head".into(),
            })?;
        audit::verify_chain(&s.data_key, &s.mac_key, &pairs, head.as_ref())
    }

    /// Verifies the audit chain: `Ok(number of entries)` or the first bad sequence number.
    pub fn verify_audit(&mut self) -> Result<u64, StoreError> {
        Ok(self.audit_entries()?.len() as u64)
    }

    /// Opens every stored value and verifies the audit chain; the first problem is the error.
    pub fn verify_all(&mut self) -> Result<IntegrityReport, StoreError> {
        self.active()?;
        let audit_entries = self.verify_audit()?;
        let records = self.engine.scan(Tree::Records)?;
        let summaries = self.engine.scan(Tree::Summaries)?;
        let s = self.session()?;
        for (k, v) in &records {
            envelope::open_payload(&s.data_key, Tree::Records, k, v)?;
        }
        let mut summary_count = 0u64;
        for (k, v) in &summaries {
            let chunk: SummaryChunk = open_value(&s.data_key, Tree::Summaries, k, v, &summary_migrations())?;
            summary_count += chunk.summaries.len() as u64;
        }
        let documents = self.document_count()?;
        Ok(IntegrityReport {
            records: records.len() as u64,
            summaries: summary_count,
            audit_entries,
            documents,
        })
    }

    // --- internals -------------------------------------------------------------------------

    pub(crate) fn engine(&self) -> &dyn Engine {
        self.engine.as_ref()
    }

    pub(crate) fn keyring(&self) -> Result<Keyring, StoreError> {
        let bytes = self
            .engine
            .get(Tree::Meta, KEYRING_KEY)?
            .ok_or_else(|| StoreError::Corrupt {
                dir: self.engine.dir().to_owned(),
                tried: "key ring missing".into(),
                newest_backup: None,
            })?;
        serde_json::from_slice(&bytes).map_err(|_| StoreError::Corrupt {
            dir: self.engine.dir().to_owned(),
            tried: "key ring unreadable".into(),
            newest_backup: None,
        })
    }

    fn read_mac_key(&self, data_key: &SecretKey) -> Result<SecretKey, StoreError> {
        let sealed = self
            .engine
            .get(Tree::Meta, MAC_KEY_KEY)?
            .ok_or(StoreError::Tampered {
                tree: Tree::Meta.name(),
                key: "mac-key".into(),
            })?;
        let stored: SealedMacKey =
            open_value(data_key, Tree::Meta, MAC_KEY_KEY, &sealed, &Migrations::initial())?;
        SecretKey::from_bytes(&stored.key).ok_or(StoreError::Tampered {
            tree: Tree::Meta.name(),
            key: "mac-key".into(),
        })
    }

    /// Checks the session is unlocked and not idle past the timeout; refreshes the idle clock.
    pub(crate) fn active(&mut self) -> Result<(), StoreError> {
        if self.lock_if_idle() {
            return Err(StoreError::Locked);
        }
        if let Some(s) = &mut self.session {
            s.last_activity = Instant::now();
        }
        Ok(())
    }

    pub(crate) fn summary_count(&self) -> Result<u64, StoreError> {
        Ok(self.session()?.index.len() as u64)
    }

    pub(crate) fn data_key(&self) -> Result<&SecretKey, StoreError> {
        Ok(&self.session()?.data_key)
    }

    pub(crate) fn mac_key(&self) -> Result<&SecretKey, StoreError> {
        Ok(&self.session()?.mac_key)
    }

    fn session(&self) -> Result<&Session, StoreError> {
        self.session.as_ref().ok_or(StoreError::Locked)
    }

    fn session_mut(&mut self) -> Result<&mut Session, StoreError> {
        self.session.as_mut().ok_or(StoreError::Locked)
    }

    /// Commits `ops` together with `entries` appended to the audit chain; returns the last
    /// sequence number. The in-memory chain tip moves only once the commit is durable.
    pub(crate) fn append_audit(
        &mut self,
        entries: Vec<AuditEntry>,
        mut ops: Vec<Op>,
    ) -> Result<u64, StoreError> {
        let s = self.session.as_ref().ok_or(StoreError::Locked)?;
        let mut tip = s.tip.clone();
        let mut last = 0;
        for e in entries {
            last = tip.append(&s.data_key, &s.mac_key, e, &mut ops)?;
        }
        self.engine.commit(&ops)?;
        self.session_mut()?.tip = tip;
        Ok(last)
    }
}

pub(crate) fn entry(actor: &Actor, patient: Option<RecordId>, action: AuditAction) -> AuditEntry {
    AuditEntry {
        seq: 0,
        at: now_rfc3339(),
        actor: actor.user.clone(),
        patient,
        action,
        fields: Vec::new(),
        transfer: None,
        detail: None,
        collection: None,
        items: Vec::new(),
    }
}

pub(crate) fn json_bytes<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value).map_err(|e| StoreError::Encoding {
        what: "meta",
        detail: e.to_string(),
    })
}
