//! The plain data types the store hands to and takes from the application (and, through it, the UI).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crypto::{from_hex, random_bytes, to_hex};
use crate::error::StoreError;

/// A random 128-bit record id. Ids carry no patient data; they are the only thing stored in clear
/// as keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
// Named apart from the model's record id (a plain string) so the two never share a TypeScript file.
#[ts(type = "string", rename = "StoreRecordId")]
pub struct RecordId([u8; 16]);

impl RecordId {
    pub fn random() -> RecordId {
        RecordId(random_bytes::<16>())
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub(crate) fn from_array(bytes: [u8; 16]) -> RecordId {
        RecordId(bytes)
    }

    pub(crate) fn from_key(key: &[u8]) -> Option<RecordId> {
        key.try_into().ok().map(RecordId)
    }

    /// Parses the 32-hex-digit form.
    pub fn parse(text: &str) -> Result<RecordId, StoreError> {
        from_hex(text.trim())
            .and_then(|b| RecordId::from_key(&b))
            .ok_or(StoreError::InvalidInput {
                field: "record-id",
                reason: "not-a-record-id",
            })
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&to_hex(&self.0))
    }
}

impl Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RecordId::parse(&s).map_err(|_| serde::de::Error::custom("not a record id"))
    }
}

/// The staff member acting: recorded in every audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Actor {
    pub user: String,
}

impl Actor {
    pub fn new(user: impl Into<String>) -> Result<Actor, StoreError> {
        let user = user.into();
        if user.trim().is_empty() {
            return Err(StoreError::InvalidInput {
                field: "actor",
                reason: "empty",
            });
        }
        Ok(Actor { user })
    }
}

/// Which written form a name is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NameKind {
    /// As written in the patient's own script (漢字, 한글, Cyrillic, Vietnamese with tones…).
    Native,
    /// Latin letters, e.g. as in the passport.
    Latin,
    /// Katakana or hiragana reading used at the clinic.
    Kana,
    Other,
}

/// One form of the patient's name, exactly as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NameForm {
    pub kind: NameKind,
    pub text: String,
}

/// What the caller tells the store about a record for the patient list and name search.
/// `date_of_birth: None` means "not recorded", never "none".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryFields {
    pub names: Vec<NameForm>,
    pub date_of_birth: Option<String>,
    /// Fictional sample data, never a real patient (so the list can say so).
    #[serde(default)]
    pub sample: bool,
}

/// One row of the patient list. Stored sealed; built into the in-memory index at unlock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PatientSummary {
    pub id: RecordId,
    pub names: Vec<NameForm>,
    pub date_of_birth: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
    /// 1 for the first save, incremented on every save.
    pub revision: u64,
    /// Fictional sample data. Summaries stored before this flag existed read as `false`; the
    /// next save of such a record writes it.
    #[serde(default)]
    pub sample: bool,
}

/// Proof that a save reached stable storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveReceipt {
    pub id: RecordId,
    pub revision: u64,
    pub action: AuditAction,
    pub audit_seq: u64,
    pub saved_at: String,
}

/// What an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    Create,
    View,
    Update,
    /// Printed for a third party (the physician's handoff sheet): see `transfer`.
    Print,
    /// Exported to a third party or a file: see `transfer`.
    Export,
    Import,
    Delete,
    /// The store was set up.
    Setup,
    /// Unlocked with the recovery key instead of the passphrase.
    RecoveryKeyUsed,
    PassphraseChanged,
    /// An encrypted backup was written.
    Backup,
    /// This store was restored from a backup.
    Restore,
    /// The store opened only after a damaged engine file was moved aside.
    StoreRecovered,
}

/// Print and export hand patient data to someone outside the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TransferKind {
    Print,
    Export,
}

/// Who received data that left the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Transfer {
    pub kind: TransferKind,
    pub recipient: String,
}

/// One audit entry. Stored sealed, chained by HMAC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    pub seq: u64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub patient: Option<RecordId>,
    pub action: AuditAction,
    /// Names of the fields touched (never their values).
    pub fields: Vec<String>,
    pub transfer: Option<Transfer>,
    /// Free detail for store events (e.g. which engine file was moved aside).
    pub detail: Option<String>,
    /// For changes to sealed documents (e.g. the user glossary): the collection changed.
    /// Left out of the stored form when absent, so entries written before it keep their MACs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub collection: Option<String>,
    /// For changes to sealed documents: the ids of the documents touched (ids, never content).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// Staff confirmation that a plaintext export is wanted. Only constructible by naming the risk,
/// so no code path writes patient data unencrypted by accident.
#[derive(Debug, Clone, Copy)]
pub struct PlainExportAck(());

impl PlainExportAck {
    /// The UI calls this only after showing `store-plain-export-warning` and getting a yes.
    pub fn staff_confirmed_unencrypted_export() -> PlainExportAck {
        PlainExportAck(())
    }
}

pub(crate) fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}

#[cfg(test)]
mod summary_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_summary_stored_before_the_sample_flag_existed_reads_as_not_a_sample() {
        let old = r#"{"id":"0123456789abcdef0123456789abcdef","names":[],"dateOfBirth":null,
            "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","revision":3}"#;
        let s: PatientSummary = serde_json::from_str(old).unwrap();
        assert!(!s.sample);
        assert_eq!(s.revision, 3);
        let f: SummaryFields = serde_json::from_str(r#"{"names":[],"dateOfBirth":"1970"}"#).unwrap();
        assert!(!f.sample);
    }
}
