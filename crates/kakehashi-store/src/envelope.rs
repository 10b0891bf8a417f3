//! The versioned value envelope.
//!
//! Outside (on disk): `[seal version][24-byte nonce][XChaCha20-Poly1305 ciphertext + tag]`, with the
//! tree name and key as associated data (see [`crate::crypto`]).
//! Inside (plaintext, only ever in memory): `[payload format = 1][schema_version: u16 BE][JSON]`.
//! JSON keeps every string exactly, in any script and at any length; the schema version says which
//! shape the JSON has, and [`Migrations`] lift old shapes to the current one on read.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use zeroize::Zeroizing;

use crate::crypto::{aad, open_raw, seal_raw, SecretKey};
use crate::engine::Tree;
use crate::error::StoreError;

const PAYLOAD_FORMAT: u8 = 1;

/// One step of a migration chain: lifts a JSON value from schema `from` to `from + 1`.
#[derive(Clone, Copy)]
pub struct Migration {
    pub from: u16,
    pub apply: fn(Value) -> Result<Value, String>,
}

/// A chain of migrations ending at `current`, the version written by this program.
#[derive(Clone)]
pub struct Migrations {
    current: u16,
    steps: Vec<Migration>,
}

impl Migrations {
    /// A chain with only the first schema version and no steps.
    pub fn initial() -> Migrations {
        Migrations {
            current: 1,
            steps: Vec::new(),
        }
    }

    /// A chain ending at `current`; `steps` must lift every version below it.
    pub fn new(current: u16, steps: Vec<Migration>) -> Migrations {
        Migrations { current, steps }
    }

    pub fn current(&self) -> u16 {
        self.current
    }

    /// Lifts `value` from schema `from` to the current schema, one step at a time.
    pub fn migrate(&self, from: u16, mut value: Value) -> Result<Value, StoreError> {
        if from > self.current {
            return Err(StoreError::SchemaTooNew {
                found: from,
                supported: self.current,
            });
        }
        let mut version = from;
        while version < self.current {
            let step =
                self.steps
                    .iter()
                    .find(|s| s.from == version)
                    .ok_or_else(|| StoreError::Migration {
                        from: version,
                        reason: "no migration step".into(),
                    })?;
            value = (step.apply)(value).map_err(|reason| StoreError::Migration {
                from: version,
                reason,
            })?;
            version += 1;
        }
        Ok(value)
    }
}

/// The chain for the store's summary chunks. Schema 0 was the pre-release layout in which a
/// summary held one `name` string; schema 1 holds a list of name forms.
pub(crate) fn summary_migrations() -> Migrations {
    Migrations::new(
        1,
        vec![Migration {
            from: 0,
            apply: summary_v0_to_v1,
        }],
    )
}

fn summary_v0_to_v1(mut value: Value) -> Result<Value, String> {
    let list = value
        .get_mut("summaries")
        .and_then(Value::as_array_mut)
        .ok_or("summary chunk has no list")?;
    for summary in list {
        let obj = summary.as_object_mut().ok_or("summary is not an object")?;
        let names = match obj.remove("name") {
            // A name that was never entered stays absent: an empty list, not an empty string.
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(text)) => vec![serde_json::json!({ "kind": "other", "text": text })],
            Some(_) => return Err("name is not a string".into()),
        };
        obj.insert("names".into(), Value::Array(names));
    }
    Ok(value)
}

/// Encodes the inner payload.
pub(crate) fn encode<T: Serialize + ?Sized>(
    schema: u16,
    value: &T,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let mut out = Zeroizing::new(Vec::with_capacity(256));
    out.push(PAYLOAD_FORMAT);
    out.extend_from_slice(&schema.to_be_bytes());
    serde_json::to_writer(&mut *out, value).map_err(|e| StoreError::Encoding {
        what: "payload",
        detail: e.to_string(),
    })?;
    Ok(out)
}

/// Splits the inner payload into schema version and JSON bytes.
pub(crate) fn split(payload: &[u8]) -> Result<(u16, &[u8]), StoreError> {
    if payload.len() < 3 || payload[0] != PAYLOAD_FORMAT {
        return Err(StoreError::Encoding {
            what: "payload",
            detail: "unknown payload format".into(),
        });
    }
    Ok((u16::from_be_bytes([payload[1], payload[2]]), &payload[3..]))
}

/// Decodes the inner payload, migrating older schemas.
pub(crate) fn decode<T: DeserializeOwned>(payload: &[u8], migrations: &Migrations) -> Result<T, StoreError> {
    let (schema, json) = split(payload)?;
    let bad = |e: serde_json::Error| StoreError::Encoding {
        what: "payload",
        detail: e.to_string(),
    };
    if schema == migrations.current() {
        return serde_json::from_slice(json).map_err(bad);
    }
    let value: Value = serde_json::from_slice(json).map_err(bad)?;
    let value = migrations.migrate(schema, value)?;
    serde_json::from_value(value).map_err(bad)
}

fn key_label(tree: Tree, key: &[u8]) -> String {
    match tree {
        Tree::Audit if key.len() == 8 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(key);
            u64::from_be_bytes(b).to_string()
        }
        Tree::Meta => String::from_utf8_lossy(key).into_owned(),
        _ => crate::crypto::to_hex(key),
    }
}

/// Seals `value` for `tree`/`key` under `data_key`, at schema `schema`.
pub(crate) fn seal_value<T: Serialize + ?Sized>(
    data_key: &SecretKey,
    tree: Tree,
    key: &[u8],
    schema: u16,
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    let payload = encode(schema, value)?;
    seal_raw(data_key, &aad(tree, key), &payload)
}

/// Opens a sealed value's payload; any alteration or move is [`StoreError::Tampered`].
pub(crate) fn open_payload(
    data_key: &SecretKey,
    tree: Tree,
    key: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    open_raw(data_key, &aad(tree, key), sealed).ok_or_else(|| StoreError::Tampered {
        tree: tree.name(),
        key: key_label(tree, key),
    })
}

/// Opens and decodes a sealed value.
pub(crate) fn open_value<T: DeserializeOwned>(
    data_key: &SecretKey,
    tree: Tree,
    key: &[u8],
    sealed: &[u8],
    migrations: &Migrations,
) -> Result<T, StoreError> {
    let payload = open_payload(data_key, tree, key, sealed)?;
    decode(&payload, migrations)
}

/// Seals `value` under a fresh key and opens it again, exactly as the store does for a record.
///
/// This is the whole envelope path in one call, so a round-trip property test of any record type
/// is one line: `prop_assert_eq!(kakehashi_store::round_trip(&record)?, record)`.
pub fn round_trip<T: Serialize + DeserializeOwned>(value: &T) -> Result<T, StoreError> {
    let key = SecretKey::random();
    let id = crate::types::RecordId::random();
    let sealed = seal_value(&key, Tree::Records, id.as_bytes(), 1, value)?;
    open_value(
        &key,
        Tree::Records,
        id.as_bytes(),
        &sealed,
        &Migrations::initial(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_v0_summary_with_one_name_becomes_a_list_of_name_forms() {
        let v0 =
            json!({ "summaries": [{ "id": "00", "name": "グエン・ヴァン・アン", "dateOfBirth": null }] });
        let v1 = summary_migrations().migrate(0, v0).unwrap();
        let first = &v1["summaries"][0];
        assert_eq!(
            first["names"],
            json!([{ "kind": "other", "text": "グエン・ヴァン・アン" }])
        );
        assert!(first.get("name").is_none());
    }

    #[test]
    fn a_v0_summary_without_a_name_gets_no_invented_name() {
        let v1 = summary_migrations()
            .migrate(0, json!({ "summaries": [{ "id": "00" }] }))
            .unwrap();
        assert_eq!(v1["summaries"][0]["names"], json!([]));
        assert!(summary_migrations()
            .migrate(0, json!({ "summaries": [{ "name": 5 }] }))
            .is_err());
        assert!(summary_migrations().migrate(0, json!({ "name": "x" })).is_err());
    }

    #[test]
    fn a_chain_applies_every_step_in_order() {
        fn add_b(mut v: Value) -> Result<Value, String> {
            v["b"] = json!(v["a"].as_i64().ok_or("a")? + 1);
            Ok(v)
        }
        fn add_c(mut v: Value) -> Result<Value, String> {
            v["c"] = json!(v["b"].as_i64().ok_or("b")? * 10);
            Ok(v)
        }
        let chain = Migrations::new(
            3,
            vec![
                Migration {
                    from: 2,
                    apply: add_c,
                },
                Migration {
                    from: 1,
                    apply: add_b,
                },
            ],
        );
        assert_eq!(
            chain.migrate(1, json!({ "a": 1 })).unwrap(),
            json!({ "a": 1, "b": 2, "c": 20 })
        );
        assert_eq!(chain.migrate(3, json!({ "a": 1 })).unwrap(), json!({ "a": 1 }));
        assert!(matches!(
            chain.migrate(4, json!({})),
            Err(StoreError::SchemaTooNew {
                found: 4,
                supported: 3
            })
        ));
        assert!(matches!(
            chain.migrate(0, json!({})),
            Err(StoreError::Migration { from: 0, .. })
        ));
    }

    #[test]
    fn a_stored_old_payload_is_migrated_on_read() {
        let key = SecretKey::random();
        let v0 = json!({ "summaries": [{ "name": "Ana" }] });
        let sealed = seal_value(&key, Tree::Summaries, b"k", 0, &v0).unwrap();
        let v: Value = open_value(&key, Tree::Summaries, b"k", &sealed, &summary_migrations()).unwrap();
        assert_eq!(v["summaries"][0]["names"][0]["text"], "Ana");
    }
}
