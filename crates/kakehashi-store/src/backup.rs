//! Encrypted backups, their verification and restore; rotating backups; the plaintext export.
//!
//! File layout (`.kkbak`):
//! ```text
//! "KKHSBAK1"                      8 bytes magic
//! header length                   u32 BE
//! header                          JSON: format, created-at, the key ring (salts and wrapped keys only)
//! body length                     u64 BE
//! body                            sealed under the data key, AAD = "kakehashi-store/backup/v1" ‖ SHA-256(header)
//!                                 plaintext = every (tree tag, key, value) of the store, values still
//!                                 individually sealed as on disk
//! checksum                        SHA-256 of everything before it
//! ```
//! The checksum lets anyone see a file is intact without a key; opening the body needs the
//! passphrase or the recovery key, and proves every value and the audit chain.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit::{self, HEAD_KEY};
use crate::crypto::{open_raw, seal_raw, sha256, to_hex, Keyring, SecretKey};
use crate::engine::{Op, SledEngine, Tree};
use crate::envelope::{self, Migrations};
use crate::error::StoreError;
use crate::store::{entry, json_bytes, Store, Unlock, INFO_KEY, KEYRING_KEY, MAC_KEY_KEY};
use crate::types::{
    now_rfc3339, Actor, AuditAction, PatientSummary, PlainExportAck, RecordId, Transfer, TransferKind,
};

const MAGIC: &[u8; 8] = b"KKHSBAK1";
const BODY_AAD: &[u8] = b"kakehashi-store/backup/v1";
/// File name pattern of rotating backups: `kakehashi-<unix nanos, 20 digits>.kkbak` sorts by age.
const ROTATING_PREFIX: &str = "kakehashi-";
pub const BACKUP_EXTENSION: &str = "kkbak";

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: u16,
    created_at: String,
    keyring: Keyring,
}

/// What a verified backup holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReport {
    pub created_at: String,
    pub records: u64,
    pub summaries: u64,
    pub audit_entries: u64,
    /// Sealed documents kept beside the records (the staff's own glossary terms).
    pub documents: u64,
    /// SHA-256 of the file (hex), to compare copies.
    pub sha256: String,
}

fn invalid(path: &Path, reason: &'static str) -> StoreError {
    StoreError::BackupInvalid {
        path: path.to_owned(),
        reason,
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, fsyncing file and folder,
/// so `path` is either the old file or the complete new one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.partial"));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        File::open(dir)?.sync_all()
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        StoreError::io("write-file", path, e)
    })
}

struct Parsed {
    header: Header,
    header_hash: [u8; 32],
    body: Vec<u8>,
    sha: [u8; 32],
}

fn parse_file(path: &Path) -> Result<Parsed, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io("read-backup", path, e))?;
    if bytes.len() < 8 + 4 + 8 + 32 || &bytes[..8] != MAGIC {
        return Err(invalid(path, "not-a-backup"));
    }
    let (content, checksum) = bytes.split_at(bytes.len() - 32);
    let sha = sha256(content);
    if sha != checksum {
        return Err(invalid(path, "checksum"));
    }
    let mut pos = 8;
    let take = |pos: &mut usize, n: usize| -> Option<&[u8]> {
        let s = content.get(*pos..*pos + n)?;
        *pos += n;
        Some(s)
    };
    let header_len = take(&mut pos, 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let header_bytes = header_len
        .and_then(|n| take(&mut pos, n))
        .ok_or_else(|| invalid(path, "truncated"))?;
    let header: Header = serde_json::from_slice(header_bytes).map_err(|_| invalid(path, "header"))?;
    let header_hash = sha256(header_bytes);
    let body_len = take(&mut pos, 8).map(|b| {
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        u64::from_be_bytes(a) as usize
    });
    let body = body_len
        .and_then(|n| take(&mut pos, n))
        .ok_or_else(|| invalid(path, "truncated"))?
        .to_vec();
    if pos != content.len() {
        return Err(invalid(path, "trailing-bytes"));
    }
    Ok(Parsed {
        header,
        header_hash,
        body,
        sha,
    })
}

type Pairs = Vec<(Tree, Vec<u8>, Vec<u8>)>;

fn encode_pairs(pairs: &Pairs) -> Vec<u8> {
    let mut out = Vec::new();
    for (tree, k, v) in pairs {
        out.push(tree.tag());
        out.extend_from_slice(&(k.len() as u32).to_be_bytes());
        out.extend_from_slice(k);
        out.extend_from_slice(&(v.len() as u64).to_be_bytes());
        out.extend_from_slice(v);
    }
    out
}

fn decode_pairs(mut body: &[u8]) -> Option<Pairs> {
    let mut out = Vec::new();
    while !body.is_empty() {
        let tree = Tree::from_tag(*body.first()?)?;
        let klen = u32::from_be_bytes(body.get(1..5)?.try_into().ok()?) as usize;
        let k = body.get(5..5 + klen)?.to_vec();
        let at = 5 + klen;
        let vlen = u64::from_be_bytes(body.get(at..at + 8)?.try_into().ok()?) as usize;
        let v = body.get(at + 8..at + 8 + vlen)?.to_vec();
        body = &body[at + 8 + vlen..];
        out.push((tree, k, v));
    }
    Some(out)
}

/// Opens and checks a backup completely; returns its pairs, its data key and a report.
fn open_backup(path: &Path, how: Unlock<'_>) -> Result<(Pairs, SecretKey, BackupReport), StoreError> {
    let parsed = parse_file(path)?;
    let data_key = match how {
        Unlock::Passphrase(p) => parsed.header.keyring.unwrap_with_passphrase(p)?,
        Unlock::RecoveryKey(k) => parsed.header.keyring.unwrap_with_recovery(k)?,
    };
    let mut aad = BODY_AAD.to_vec();
    aad.extend_from_slice(&parsed.header_hash);
    let body = open_raw(&data_key, &aad, &parsed.body).ok_or_else(|| invalid(path, "body"))?;
    let pairs = decode_pairs(&body).ok_or_else(|| invalid(path, "body"))?;
    let (mut records, mut summaries, mut documents) = (0u64, 0u64, 0u64);
    let mut audit_pairs = Vec::new();
    let mut head = None;
    let mut mac_key = None;
    for (tree, k, v) in &pairs {
        // The key ring and layout facts are the only values kept in clear; they hold no patient data.
        if *tree == Tree::Meta && (k.as_slice() == KEYRING_KEY || k.as_slice() == INFO_KEY) {
            continue;
        }
        let payload = envelope::open_payload(&data_key, *tree, k, v).map_err(|_| invalid(path, "value"))?;
        match tree {
            Tree::Records => records += 1,
            Tree::Summaries => {
                let chunk: crate::store::SummaryChunk =
                    envelope::decode(&payload, &crate::envelope::summary_migrations())?;
                summaries += chunk.summaries.len() as u64;
            }
            Tree::Audit => audit_pairs.push((k.clone(), v.clone())),
            Tree::Meta if k.as_slice() == HEAD_KEY => {
                head = Some(envelope::decode::<audit::Head>(&payload, &Migrations::initial())?)
            }
            Tree::Meta if k.as_slice() == MAC_KEY_KEY => {
                #[derive(Deserialize)]
                struct K {
                    #[serde(with = "crate::crypto::hex_vec")]
                    key: Vec<u8>,
                }
                let mut k: K = envelope::decode(&payload, &Migrations::initial())?;
                mac_key = SecretKey::from_bytes(&k.key);
                zeroize::Zeroize::zeroize(&mut k.key);
            }
            Tree::Meta if crate::documents::is_document_key(k) => documents += 1,
            Tree::Meta => {}
        }
    }
    let mac_key = mac_key.ok_or_else(|| invalid(path, "no-audit-key"))?;
    let entries = audit::verify_chain(&data_key, &mac_key, &audit_pairs, head.as_ref())?;
    let report = BackupReport {
        created_at: parsed.header.created_at.clone(),
        records,
        summaries,
        audit_entries: entries.len() as u64,
        documents,
        sha256: to_hex(&parsed.sha),
    };
    Ok((pairs, data_key, report))
}

/// Decrypts and checks a backup: checksum, every sealed value, the audit chain; counts records.
pub fn verify_backup(path: &Path, how: Unlock<'_>) -> Result<BackupReport, StoreError> {
    open_backup(path, how).map(|(_, _, report)| report)
}

/// Restores a backup into `new_dir` (which must not exist or be empty) and returns the restored
/// store, unlocked. The restore itself is the first new entry of the restored audit trail.
pub fn restore_backup(
    path: &Path,
    new_dir: &Path,
    actor: &Actor,
    how: Unlock<'_>,
) -> Result<Store, StoreError> {
    let (pairs, _, _) = open_backup(path, how)?;
    let mut engine = SledEngine::create(new_dir)?;
    let ops: Vec<Op> = pairs
        .into_iter()
        .map(|(tree, key, value)| Op::Put { tree, key, value })
        .collect();
    crate::engine::Engine::commit(&mut engine, &ops)?;
    let mut store = Store::open_on(Box::new(engine), Vec::new());
    store.unlock(actor, how)?;
    let mut e = entry(actor, None, AuditAction::Restore);
    e.detail = Some(format!("restored from {}", path.display()));
    store.append_audit(vec![e], Vec::new())?;
    Ok(store)
}

/// The newest backup in `dir` whose checksum is intact (no key needed), to offer when the store
/// will not open. The UI then asks for the passphrase and runs [`verify_backup`].
pub fn newest_intact_backup(dir: &Path) -> Option<PathBuf> {
    let mut files = backup_files(dir);
    files.reverse();
    files.into_iter().find(|p| parse_file(p).is_ok())
}

/// Backup files in `dir`, oldest first.
pub fn backup_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            name.starts_with(ROTATING_PREFIX) && name.ends_with(&format!(".{BACKUP_EXTENSION}"))
        })
        .collect();
    files.sort();
    files
}

/// The plaintext export's file content.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainExport {
    warning: &'static str,
    exported_at: String,
    exported_by: String,
    patients: Vec<PlainPatient>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainPatient {
    summary: PatientSummary,
    record: serde_json::Value,
}

impl Store {
    /// Writes an encrypted backup of the whole store to `path`. The backup is audited, and the
    /// audit entry is inside the backup.
    pub fn backup_to(&mut self, actor: &Actor, path: &Path) -> Result<BackupReport, StoreError> {
        self.active()?;
        let mut e = entry(actor, None, AuditAction::Backup);
        e.detail = Some(format!("backup to {}", path.display()));
        self.append_audit(vec![e], Vec::new())?;
        let mut pairs: Pairs = Vec::new();
        for tree in Tree::ALL {
            for (k, v) in self.engine().scan(tree)? {
                pairs.push((tree, k, v));
            }
        }
        let keyring = self.keyring()?;
        let header = json_bytes(&Header {
            format: 1,
            created_at: now_rfc3339(),
            keyring,
        })?;
        let mut aad = BODY_AAD.to_vec();
        aad.extend_from_slice(&sha256(&header));
        let body = seal_raw(self.data_key()?, &aad, &encode_pairs(&pairs))?;
        let mut out = Vec::with_capacity(body.len() + header.len() + 64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(header.len() as u32).to_be_bytes());
        out.extend_from_slice(&header);
        out.extend_from_slice(&(body.len() as u64).to_be_bytes());
        out.extend_from_slice(&body);
        let sha = sha256(&out);
        out.extend_from_slice(&sha);
        write_atomically(path, &out)?;
        let records = pairs.iter().filter(|p| p.0 == Tree::Records).count() as u64;
        let summaries = self.summary_count()?;
        let audit_entries = pairs.iter().filter(|p| p.0 == Tree::Audit).count() as u64;
        let documents = pairs
            .iter()
            .filter(|p| p.0 == Tree::Meta && crate::documents::is_document_key(&p.1))
            .count() as u64;
        let created_at = serde_json::from_slice::<Header>(&header)
            .map(|h| h.created_at)
            .unwrap_or_default();
        Ok(BackupReport {
            created_at,
            records,
            summaries,
            audit_entries,
            documents,
            sha256: to_hex(&sha),
        })
    }

    /// Writes a new backup into `dir` and keeps only the newest `keep` backups there (at least one).
    pub fn backup_rotating(&mut self, actor: &Actor, dir: &Path, keep: usize) -> Result<PathBuf, StoreError> {
        if keep == 0 {
            return Err(StoreError::InvalidInput {
                field: "keep",
                reason: "zero",
            });
        }
        fs::create_dir_all(dir).map_err(|e| StoreError::io("create-dir", dir, e))?;
        let nanos = time::OffsetDateTime::now_utc().unix_timestamp_nanos().max(0);
        let mut path = dir.join(format!("{ROTATING_PREFIX}{nanos:020}.{BACKUP_EXTENSION}"));
        let mut bump = nanos;
        while path.exists() {
            bump += 1;
            path = dir.join(format!("{ROTATING_PREFIX}{bump:020}.{BACKUP_EXTENSION}"));
        }
        self.backup_to(actor, &path)?;
        let files = backup_files(dir);
        if files.len() > keep {
            for old in &files[..files.len() - keep] {
                fs::remove_file(old).map_err(|e| StoreError::io("remove-old-backup", old, e))?;
            }
        }
        Ok(path)
    }

    /// Writes every record as readable JSON to `path` — only on explicit staff request, shown the
    /// warning first (`ack`). Each patient's export is audited as a transfer before the file is
    /// written.
    pub fn export_plaintext(
        &mut self,
        actor: &Actor,
        path: &Path,
        _ack: PlainExportAck,
    ) -> Result<u64, StoreError> {
        self.active()?;
        let summaries = self.list_summaries()?;
        let mut patients = Vec::with_capacity(summaries.len());
        for summary in summaries {
            let record: serde_json::Value = self.read_record(summary.id)?;
            patients.push(PlainPatient { summary, record });
        }
        let recipient = format!("plaintext file {}", path.display());
        let entries = patients
            .iter()
            .map(|p| {
                let mut e = entry(actor, Some(p.summary.id), AuditAction::Export);
                e.transfer = Some(Transfer {
                    kind: TransferKind::Export,
                    recipient: recipient.clone(),
                });
                e
            })
            .collect::<Vec<_>>();
        if !entries.is_empty() {
            self.append_audit(entries, Vec::new())?;
        }
        let doc = PlainExport {
            warning: "UNENCRYPTED PATIENT DATA / 暗号化されていない患者情報",
            exported_at: now_rfc3339(),
            exported_by: actor.user.clone(),
            patients,
        };
        let bytes = serde_json::to_vec_pretty(&doc).map_err(|e| StoreError::Encoding {
            what: "export",
            detail: e.to_string(),
        })?;
        write_atomically(path, &bytes)?;
        Ok(doc.patients.len() as u64)
    }
}

/// Ids present in a backup (for tests and the CLI's listing).
pub fn backup_record_ids(path: &Path, how: Unlock<'_>) -> Result<Vec<RecordId>, StoreError> {
    let (pairs, _, _) = open_backup(path, how)?;
    Ok(pairs
        .iter()
        .filter(|p| p.0 == Tree::Records)
        .filter_map(|p| RecordId::from_key(&p.1))
        .collect())
}
