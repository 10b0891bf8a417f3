//! Sealed named documents: small collections of application data that are not patient records
//! (the user glossary is the first), kept in the same encrypted store, audited, backed up and
//! restored with it.
//!
//! Layout, in the meta tree (the engine's tree list is fixed; the `doc.v1/` prefix versions this
//! layout the way tree names version the others):
//! ```text
//! doc.v1/<collection>/<slot>   one sealed document {id, value}; slot = HMAC(mac key, collection ‖ id)
//! doc.v1/<collection>          the sealed manifest: every slot of the collection
//! ```
//! Slots are keyed MACs of the ids, so the files show neither the ids nor how they relate; the
//! manifest, written in the same commit as every change, reveals a document removed or rolled back
//! behind the store's back; the associated data of each sealed value binds it to its slot, so a
//! document moved to another slot does not open.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::crypto::{hmac_sha256, to_hex};
use crate::engine::{Op, Tree};
use crate::envelope::{open_value, seal_value, Migrations};
use crate::error::StoreError;
use crate::store::{entry, Store};
use crate::types::{Actor, AuditAction, Transfer, TransferKind};

const PREFIX: &str = "doc.v1/";
const DOC_SCHEMA: u16 = 1;
/// Longest document id accepted (ids are names such as concept ids, not content).
pub const MAX_DOCUMENT_ID_BYTES: usize = 256;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    slots: BTreeSet<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocRef<'a, T> {
    id: &'a str,
    value: &'a T,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Doc<T> {
    id: String,
    value: T,
}

/// One change to a collection, for [`Store::change_documents`].
#[derive(Debug, Clone)]
pub enum DocumentChange<T> {
    Put { id: String, value: T },
    Delete { id: String },
}

impl<T> DocumentChange<T> {
    fn id(&self) -> &str {
        match self {
            DocumentChange::Put { id, .. } | DocumentChange::Delete { id } => id,
        }
    }
}

/// Whether a meta-tree key holds one document (not a collection's manifest or other metadata).
pub(crate) fn is_document_key(key: &[u8]) -> bool {
    key.strip_prefix(PREFIX.as_bytes())
        .is_some_and(|rest| rest.contains(&b'/'))
}

fn check_collection(collection: &str) -> Result<(), StoreError> {
    let ok = !collection.is_empty()
        && collection.len() <= 64
        && collection
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidInput {
            field: "collection",
            reason: "not-a-collection-name",
        })
    }
}

fn check_id(id: &str) -> Result<(), StoreError> {
    if id.trim().is_empty() {
        return Err(StoreError::InvalidInput {
            field: "document-id",
            reason: "empty",
        });
    }
    if id.len() > MAX_DOCUMENT_ID_BYTES {
        return Err(StoreError::InvalidInput {
            field: "document-id",
            reason: "too-long",
        });
    }
    Ok(())
}

fn manifest_key(collection: &str) -> Vec<u8> {
    format!("{PREFIX}{collection}").into_bytes()
}

fn item_prefix(collection: &str) -> Vec<u8> {
    format!("{PREFIX}{collection}/").into_bytes()
}

fn tampered(key: &[u8]) -> StoreError {
    StoreError::Tampered {
        tree: Tree::Meta.name(),
        key: String::from_utf8_lossy(key).into_owned(),
    }
}

impl Store {
    fn slot(&self, collection: &str, id: &str) -> Result<String, StoreError> {
        let mac = hmac_sha256(
            self.mac_key()?,
            &[
                b"kakehashi-store/document/v1\0",
                collection.as_bytes(),
                b"\0",
                id.as_bytes(),
            ],
        );
        Ok(to_hex(&mac[..16]))
    }

    fn read_manifest(&self, collection: &str) -> Result<BTreeSet<String>, StoreError> {
        let key = manifest_key(collection);
        match self.engine().get(Tree::Meta, &key)? {
            None => Ok(BTreeSet::new()),
            Some(sealed) => {
                let m: Manifest = open_value(
                    self.data_key()?,
                    Tree::Meta,
                    &key,
                    &sealed,
                    &Migrations::initial(),
                )?;
                Ok(m.slots)
            }
        }
    }

    /// Every document of `collection`, in id order. Fails as a whole if any document was altered,
    /// moved, removed or added behind the store's back.
    pub fn documents<T: DeserializeOwned>(
        &mut self,
        collection: &str,
    ) -> Result<Vec<(String, T)>, StoreError> {
        self.active()?;
        check_collection(collection)?;
        let manifest = self.read_manifest(collection)?;
        let prefix = item_prefix(collection);
        let pairs = self.engine().scan_prefix(Tree::Meta, &prefix)?;
        let mut seen = BTreeSet::new();
        let mut out = Vec::with_capacity(pairs.len());
        for (key, sealed) in &pairs {
            let slot = String::from_utf8_lossy(&key[prefix.len()..]).into_owned();
            if !manifest.contains(&slot) {
                return Err(tampered(key));
            }
            let doc: Doc<T> = open_value(self.data_key()?, Tree::Meta, key, sealed, &Migrations::initial())?;
            if self.slot(collection, &doc.id)? != slot {
                return Err(tampered(key));
            }
            seen.insert(slot);
            out.push((doc.id, doc.value));
        }
        if let Some(missing) = manifest.difference(&seen).next() {
            let mut key = prefix;
            key.extend_from_slice(missing.as_bytes());
            return Err(tampered(&key));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// The ids of `collection`'s documents (opens them all, so tampering is still reported).
    pub fn document_ids(&mut self, collection: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .documents::<serde::de::IgnoredAny>(collection)?
            .into_iter()
            .map(|(id, _)| id)
            .collect())
    }

    /// Applies `changes` to `collection` in one atomic, durable commit with one audit entry
    /// (`action`, the collection and every id touched). Deleting an id that is not there is
    /// [`StoreError::NotFound`] and nothing changes. Returns the audit sequence number.
    pub fn change_documents<T: Serialize>(
        &mut self,
        actor: &Actor,
        collection: &str,
        action: AuditAction,
        changes: &[DocumentChange<T>],
    ) -> Result<u64, StoreError> {
        self.active()?;
        check_collection(collection)?;
        if changes.is_empty() {
            return Err(StoreError::InvalidInput {
                field: "changes",
                reason: "empty",
            });
        }
        let mut slots = self.read_manifest(collection)?;
        let prefix = item_prefix(collection);
        let mut ops = Vec::with_capacity(changes.len() + 1);
        let mut ids = Vec::with_capacity(changes.len());
        for change in changes {
            let id = change.id();
            check_id(id)?;
            let slot = self.slot(collection, id)?;
            let mut key = prefix.clone();
            key.extend_from_slice(slot.as_bytes());
            match change {
                DocumentChange::Put { id, value } => {
                    let sealed = seal_value(
                        self.data_key()?,
                        Tree::Meta,
                        &key,
                        DOC_SCHEMA,
                        &DocRef { id, value },
                    )?;
                    slots.insert(slot);
                    ops.push(Op::Put {
                        tree: Tree::Meta,
                        key,
                        value: sealed,
                    });
                }
                DocumentChange::Delete { id } => {
                    if !slots.remove(&slot) {
                        return Err(StoreError::NotFound { id: id.clone() });
                    }
                    ops.push(Op::Delete {
                        tree: Tree::Meta,
                        key,
                    });
                }
            }
            ids.push(id.to_owned());
        }
        let mkey = manifest_key(collection);
        ops.push(Op::Put {
            value: seal_value(
                self.data_key()?,
                Tree::Meta,
                &mkey,
                DOC_SCHEMA,
                &Manifest { slots },
            )?,
            tree: Tree::Meta,
            key: mkey,
        });
        let mut e = entry(actor, None, action);
        e.collection = Some(collection.to_owned());
        e.items = ids;
        self.append_audit(vec![e], ops)
    }

    /// Records that documents of `collection` (`ids`) left the store, e.g. written to an export
    /// file for `recipient`; call it before handing anything over.
    pub fn record_document_export(
        &mut self,
        actor: &Actor,
        collection: &str,
        ids: &[String],
        recipient: &str,
    ) -> Result<u64, StoreError> {
        self.active()?;
        check_collection(collection)?;
        if recipient.trim().is_empty() {
            return Err(StoreError::InvalidInput {
                field: "recipient",
                reason: "empty",
            });
        }
        let mut e = entry(actor, None, AuditAction::Export);
        e.collection = Some(collection.to_owned());
        e.items = ids.to_vec();
        e.transfer = Some(Transfer {
            kind: TransferKind::Export,
            recipient: recipient.to_owned(),
        });
        self.append_audit(vec![e], Vec::new())
    }

    /// Number of documents in every collection, opened and checked (for verification reports).
    pub(crate) fn document_count(&mut self) -> Result<u64, StoreError> {
        let pairs = self.engine().scan_prefix(Tree::Meta, PREFIX.as_bytes())?;
        let mut count = 0u64;
        for (key, sealed) in &pairs {
            crate::envelope::open_payload(self.data_key()?, Tree::Meta, key, sealed)?;
            if key[PREFIX.len()..].contains(&b'/') {
                count += 1;
            }
        }
        Ok(count)
    }
}
