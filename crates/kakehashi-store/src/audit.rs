//! The audit chain: each entry is sealed like any value and carries
//! `mac = HMAC-SHA256(mac_key, previous mac ‖ JSON of the entry)`. The MAC key is random, made at
//! setup and stored sealed, so only someone who can unlock the store can extend the chain, and any
//! edit, removal or reordering breaks it. A sealed head (last sequence number and MAC) in the meta
//! tree, written in the same commit as each entry, reveals removal of the newest entries.

use serde::{Deserialize, Serialize};

use crate::crypto::{from_hex, hmac_sha256, to_hex, SecretKey};
use crate::engine::{Op, Tree};
use crate::envelope::{open_value, seal_value, Migrations};
use crate::error::{AuditFault, StoreError};
use crate::types::AuditEntry;

pub(crate) const AUDIT_SCHEMA: u16 = 1;
pub(crate) const HEAD_KEY: &[u8] = b"audit-head";

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct StoredEntry {
    pub entry: AuditEntry,
    pub mac: String,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Head {
    pub seq: u64,
    pub mac: String,
}

pub(crate) fn seq_key(seq: u64) -> [u8; 8] {
    seq.to_be_bytes()
}

pub(crate) fn mac_of(
    mac_key: &SecretKey,
    prev: &[u8; 32],
    entry: &AuditEntry,
) -> Result<[u8; 32], StoreError> {
    let json = serde_json::to_vec(entry).map_err(|e| StoreError::Encoding {
        what: "audit-entry",
        detail: e.to_string(),
    })?;
    Ok(hmac_sha256(mac_key, &[prev, &json]))
}

/// The chain position the next entry continues from.
#[derive(Clone)]
pub(crate) struct ChainTip {
    pub next_seq: u64,
    pub prev_mac: [u8; 32],
}

impl ChainTip {
    pub fn genesis() -> ChainTip {
        ChainTip {
            next_seq: 1,
            prev_mac: [0u8; 32],
        }
    }

    pub fn from_head(head: &Head) -> Option<ChainTip> {
        let mac: [u8; 32] = from_hex(&head.mac)?.try_into().ok()?;
        Some(ChainTip {
            next_seq: head.seq + 1,
            prev_mac: mac,
        })
    }

    /// Appends the ops writing `entry` (whose `seq` is set here) and the new head; advances self.
    pub fn append(
        &mut self,
        data_key: &SecretKey,
        mac_key: &SecretKey,
        mut entry: AuditEntry,
        ops: &mut Vec<Op>,
    ) -> Result<u64, StoreError> {
        entry.seq = self.next_seq;
        let mac = mac_of(mac_key, &self.prev_mac, &entry)?;
        let key = seq_key(entry.seq);
        let stored = StoredEntry {
            entry,
            mac: to_hex(&mac),
        };
        ops.push(Op::Put {
            tree: Tree::Audit,
            key: key.to_vec(),
            value: seal_value(data_key, Tree::Audit, &key, AUDIT_SCHEMA, &stored)?,
        });
        let head = Head {
            seq: self.next_seq,
            mac: to_hex(&mac),
        };
        ops.push(Op::Put {
            tree: Tree::Meta,
            key: HEAD_KEY.to_vec(),
            value: seal_value(data_key, Tree::Meta, HEAD_KEY, AUDIT_SCHEMA, &head)?,
        });
        let seq = self.next_seq;
        self.next_seq += 1;
        self.prev_mac = mac;
        Ok(seq)
    }
}

pub(crate) fn read_head(data_key: &SecretKey, sealed: Option<&[u8]>) -> Result<Option<Head>, StoreError> {
    match sealed {
        None => Ok(None),
        Some(v) => open_value(data_key, Tree::Meta, HEAD_KEY, v, &Migrations::initial()).map(Some),
    }
}

/// Verifies a whole chain given as (key, sealed value) pairs in key order and the sealed head.
/// Returns the entries, or the first bad sequence number and what is wrong with it.
pub(crate) fn verify_chain(
    data_key: &SecretKey,
    mac_key: &SecretKey,
    pairs: &[crate::engine::Pair],
    head: Option<&Head>,
) -> Result<Vec<AuditEntry>, StoreError> {
    let mut tip = ChainTip::genesis();
    let mut out = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        let expected = tip.next_seq;
        let key_seq = key.as_slice().try_into().map(u64::from_be_bytes).unwrap_or(0);
        if key_seq != expected {
            let fault = if key_seq > expected {
                AuditFault::Missing
            } else {
                AuditFault::Reordered
            };
            return Err(StoreError::AuditBroken { seq: expected, fault });
        }
        let stored: StoredEntry = open_value(data_key, Tree::Audit, key, value, &Migrations::initial())
            .map_err(|_| StoreError::AuditBroken {
                seq: expected,
                fault: AuditFault::Unreadable,
            })?;
        if stored.entry.seq != expected {
            return Err(StoreError::AuditBroken {
                seq: expected,
                fault: AuditFault::Reordered,
            });
        }
        let mac = mac_of(mac_key, &tip.prev_mac, &stored.entry)?;
        if to_hex(&mac) != stored.mac {
            return Err(StoreError::AuditBroken {
                seq: expected,
                fault: AuditFault::Edited,
            });
        }
        tip.next_seq += 1;
        tip.prev_mac = mac;
        out.push(stored.entry);
    }
    let last = tip.next_seq - 1;
    match head {
        Some(h) if h.seq > last => Err(StoreError::AuditBroken {
            seq: last + 1,
            fault: AuditFault::Truncated,
        }),
        Some(h) if h.seq < last || h.mac != to_hex(&tip.prev_mac) => Err(StoreError::AuditBroken {
            seq: h.seq,
            fault: AuditFault::Edited,
        }),
        None if last > 0 => Err(StoreError::AuditBroken {
            seq: 1,
            fault: AuditFault::Truncated,
        }),
        _ => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::AuditAction;

    fn entry(actor: &str) -> AuditEntry {
        AuditEntry {
            seq: 0,
            at: "2026-11-21T10:00:00Z".into(),
            actor: actor.into(),
            patient: None,
            action: AuditAction::View,
            fields: Vec::new(),
            transfer: None,
            detail: None,
            collection: None,
            items: Vec::new(),
        }
    }

    fn chain(data: &SecretKey, mac: &SecretKey) -> (Vec<crate::engine::Pair>, Head) {
        let mut tip = ChainTip::genesis();
        let mut ops = Vec::new();
        for who in ["sato", "chen", "sato"] {
            tip.append(data, mac, entry(who), &mut ops).unwrap();
        }
        let mut pairs = Vec::new();
        let mut head = None;
        for op in ops {
            if let Op::Put { tree, key, value } = op {
                match tree {
                    Tree::Audit => pairs.push((key, value)),
                    _ => head = read_head(data, Some(&value)).unwrap(),
                }
            }
        }
        (pairs, head.unwrap())
    }

    #[test]
    fn an_entry_rewritten_by_someone_with_the_data_key_but_the_old_mac_is_caught() {
        let (data, mac) = (SecretKey::random(), SecretKey::random());
        let (mut pairs, head) = chain(&data, &mac);
        assert_eq!(verify_chain(&data, &mac, &pairs, Some(&head)).unwrap().len(), 3);
        let key = seq_key(2);
        let mut stored: StoredEntry =
            open_value(&data, Tree::Audit, &key, &pairs[1].1, &Migrations::initial()).unwrap();
        stored.entry.actor = "someone-else".into();
        pairs[1].1 = seal_value(&data, Tree::Audit, &key, AUDIT_SCHEMA, &stored).unwrap();
        let err = verify_chain(&data, &mac, &pairs, Some(&head)).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::AuditBroken {
                    seq: 2,
                    fault: AuditFault::Edited
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn a_chain_verified_with_another_mac_key_fails_at_the_first_entry() {
        let (data, mac) = (SecretKey::random(), SecretKey::random());
        let (pairs, head) = chain(&data, &mac);
        let err = verify_chain(&data, &SecretKey::random(), &pairs, Some(&head)).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::AuditBroken {
                    seq: 1,
                    fault: AuditFault::Edited
                }
            ),
            "{err:?}"
        );
    }
}
