//! The one error type of the store. Every variant names what went wrong in terms a coordinator or
//! the integrator can act on, and maps to a Fluent message in `locales/*/store.ftl`.

use std::path::PathBuf;

use kakehashi_i18n::{msg, Message};

/// Which part of the audit chain failed verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFault {
    /// The entry's MAC does not match its content and its predecessor: it was edited or replaced.
    Edited,
    /// A sequence number is missing: an entry was removed.
    Missing,
    /// An entry sits under another entry's sequence number: entries were moved or reordered.
    Reordered,
    /// Entries at the end were removed (the sealed chain head points past the last entry).
    Truncated,
    /// The sealed entry does not decrypt under its own position: bytes were changed or swapped.
    Unreadable,
}

impl AuditFault {
    /// Stable kebab-case name, used as a Fluent selector.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditFault::Edited => "edited",
            AuditFault::Missing => "missing",
            AuditFault::Reordered => "reordered",
            AuditFault::Truncated => "truncated",
            AuditFault::Unreadable => "unreadable",
        }
    }
}

/// Errors of the record store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the passphrase does not open this store")]
    WrongPassphrase,
    #[error("the recovery key does not open this store")]
    WrongRecoveryKey,
    #[error("the recovery key is not well formed: {reason}")]
    RecoveryKeyMalformed { reason: &'static str },
    #[error("{field} is not acceptable: {reason}")]
    InvalidInput {
        field: &'static str,
        reason: &'static str,
    },
    #[error("the store at {dir:?} is open in another window or program")]
    InUse { dir: PathBuf },
    #[error("no store at {dir:?}")]
    NoStore { dir: PathBuf },
    #[error("{dir:?} already holds files; a new store is never created over them")]
    AlreadyExists { dir: PathBuf },
    #[error("the store at {dir:?} is damaged and could not be opened (tried: {tried})")]
    Corrupt {
        dir: PathBuf,
        tried: String,
        newest_backup: Option<PathBuf>,
    },
    #[error("the store is locked")]
    Locked,
    #[error("no record {id}")]
    NotFound { id: String },
    #[error("stored value in {tree} at {key} was altered or moved")]
    Tampered { tree: &'static str, key: String },
    #[error("audit entry {seq} failed verification: {}", fault.as_str())]
    AuditBroken { seq: u64, fault: AuditFault },
    #[error("backup {path:?} is not valid: {reason}")]
    BackupInvalid { path: PathBuf, reason: &'static str },
    #[error("stored data uses schema {found}, newer than this program's {supported}")]
    SchemaTooNew { found: u16, supported: u16 },
    #[error("migrating stored data from schema {from} failed: {reason}")]
    Migration { from: u16, reason: String },
    #[error("could not encode or decode {what}: {detail}")]
    Encoding { what: &'static str, detail: String },
    #[error("file operation {op} failed on {path:?}: {detail}")]
    Io {
        op: &'static str,
        path: PathBuf,
        detail: String,
    },
    #[error("storage engine error during {op}: {detail}")]
    Engine { op: &'static str, detail: String },
}

impl StoreError {
    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, e: std::io::Error) -> StoreError {
        StoreError::Io {
            op,
            path: path.into(),
            detail: e.to_string(),
        }
    }

    /// The localizable message for this error.
    pub fn message(&self) -> Message {
        match self {
            StoreError::WrongPassphrase => msg!("store-error-wrong-passphrase"),
            StoreError::WrongRecoveryKey => msg!("store-error-wrong-recovery-key"),
            StoreError::RecoveryKeyMalformed { reason } => {
                msg!("store-error-recovery-key-malformed", "reason" => *reason)
            }
            StoreError::InvalidInput { field, reason } => {
                msg!("store-error-invalid-input", "field" => *field, "reason" => *reason)
            }
            StoreError::InUse { dir } => msg!("store-error-in-use", "dir" => dir.display().to_string()),
            StoreError::NoStore { dir } => msg!("store-error-no-store", "dir" => dir.display().to_string()),
            StoreError::AlreadyExists { dir } => {
                msg!("store-error-already-exists", "dir" => dir.display().to_string())
            }
            StoreError::Corrupt {
                dir,
                tried,
                newest_backup,
            } => match newest_backup {
                Some(b) => msg!("store-error-corrupt-with-backup",
                    "dir" => dir.display().to_string(),
                    "tried" => tried,
                    "backup" => b.display().to_string()),
                None => msg!("store-error-corrupt", "dir" => dir.display().to_string(), "tried" => tried),
            },
            StoreError::Locked => msg!("store-error-locked"),
            StoreError::NotFound { id } => msg!("store-error-not-found", "id" => id),
            StoreError::Tampered { tree, key } => msg!("store-error-tampered", "tree" => *tree, "key" => key),
            StoreError::AuditBroken { seq, fault } => {
                msg!("store-error-audit-broken", "seq" => *seq, "fault" => fault.as_str())
            }
            StoreError::BackupInvalid { path, reason } => {
                msg!("store-error-backup-invalid", "path" => path.display().to_string(), "reason" => *reason)
            }
            StoreError::SchemaTooNew { found, supported } => {
                msg!("store-error-schema-too-new", "found" => *found, "supported" => *supported)
            }
            StoreError::Migration { from, reason } => {
                msg!("store-error-migration", "from" => *from, "reason" => reason)
            }
            StoreError::Encoding { what, detail } => {
                msg!("store-error-encoding", "what" => *what, "detail" => detail)
            }
            StoreError::Io { op, path, detail } => msg!("store-error-io",
                "op" => *op,
                "path" => path.display().to_string(),
                "detail" => detail),
            StoreError::Engine { op, detail } => msg!("store-error-engine", "op" => *op, "detail" => detail),
        }
    }
}
