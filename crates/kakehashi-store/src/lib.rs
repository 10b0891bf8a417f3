//! The encrypted, durable, audited record store under every patient intake.
//!
//! - **Generic:** stores any `T: Serialize + DeserializeOwned` record plus the name forms the
//!   caller hands it for the patient list and search; it knows nothing of the patient model.
//! - **Durable:** [`Store::save`] returns a [`SaveReceipt`] only after one atomic commit (record,
//!   summary, audit entry) is flushed and fsynced.
//! - **Private:** every value is sealed (XChaCha20-Poly1305) under a random data key wrapped by an
//!   Argon2id passphrase key and by a recovery key; keys hold only random ids and sequence numbers;
//!   the name index exists only in memory while unlocked.
//! - **Accountable:** an HMAC-chained audit trail of every create, view, update, print, export,
//!   import and delete, verifiable with [`Store::verify_audit`].
//! - **Documents:** small sealed collections beside the records (the user glossary), changed
//!   atomically and audited with the ids touched ([`Store::change_documents`]).
//!
//! The design and measured figures are in `docs/store.md`.

mod audit;
pub mod backup;
mod crypto;
mod documents;
pub mod engine;
pub mod envelope;
mod error;
mod store;
mod types;

pub use backup::{backup_files, newest_intact_backup, restore_backup, verify_backup, BackupReport};
pub use crypto::{KdfParams, RecoveryKey};
pub use documents::{DocumentChange, MAX_DOCUMENT_ID_BYTES};
pub use engine::{Engine, Op, OpenEvent, Pair, SledEngine, Tree};
pub use envelope::{round_trip, Migration, Migrations};
pub use error::{AuditFault, StoreError};
pub use store::{IntegrityReport, Store, Unlock, DEFAULT_IDLE_TIMEOUT};
pub use types::{
    Actor, AuditAction, AuditEntry, NameForm, NameKind, PatientSummary, PlainExportAck, RecordId,
    SaveReceipt, SummaryFields, Transfer, TransferKind,
};
