//! Keys and sealing.
//!
//! - Every stored value is sealed with XChaCha20-Poly1305 under one random 256-bit data key, with
//!   a fresh random 192-bit nonce, and bound to its tree and key through the associated data, so a
//!   value copied to another key or tree does not open.
//! - The data key is wrapped twice: by an Argon2id key derived from the staff passphrase, and by a
//!   256-bit random recovery key shown once at setup.
//! - Secret material lives in `Zeroizing` buffers and is wiped when dropped (on lock).

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::engine::Tree;
use crate::error::StoreError;

/// Format byte at the start of every sealed value.
pub const SEAL_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;

/// A 256-bit secret key, wiped on drop.
#[derive(Clone)]
pub struct SecretKey(Zeroizing<[u8; 32]>);

impl SecretKey {
    pub fn random() -> SecretKey {
        let mut k = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(k.as_mut());
        SecretKey(k)
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<SecretKey> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(SecretKey(Zeroizing::new(arr)))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// Argon2id cost parameters for deriving the passphrase key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// RFC 9106 §4, second recommended option: Argon2id, 64 MiB, t = 3, p = 4. On this class of
    /// laptop it costs about a second per unlock (measured in docs/store.md) — paid once per unlock,
    /// while an attacker with a stolen disk pays it per guess.
    pub fn recommended() -> KdfParams {
        KdfParams {
            memory_kib: 64 * 1024,
            iterations: 3,
            parallelism: 4,
        }
    }

    /// Cheap parameters for tests and benchmarks only; never for a real store.
    pub fn insecure_for_tests() -> KdfParams {
        KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        }
    }

    fn argon2(&self) -> Result<Argon2<'static>, StoreError> {
        let params =
            Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32)).map_err(|_| {
                StoreError::InvalidInput {
                    field: "kdf-params",
                    reason: "out-of-range",
                }
            })?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::recommended()
    }
}

/// Derives the key-encryption key from a passphrase.
pub(crate) fn derive_passphrase_key(
    passphrase: &str,
    salt: &[u8],
    params: &KdfParams,
) -> Result<SecretKey, StoreError> {
    let mut out = Zeroizing::new([0u8; 32]);
    params
        .argon2()?
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|_| StoreError::InvalidInput {
            field: "kdf-params",
            reason: "out-of-range",
        })?;
    Ok(SecretKey(out))
}

/// Associated data binding a sealed value to where it is stored.
pub(crate) fn aad(tree: Tree, key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + key.len());
    out.extend_from_slice(b"kakehashi-store/");
    out.extend_from_slice(tree.name().as_bytes());
    out.push(0);
    out.extend_from_slice(key);
    out
}

/// Seals `plaintext` under `key`: `[SEAL_VERSION][nonce 24][ciphertext + tag 16]`.
pub(crate) fn seal_raw(key: &SecretKey, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
    let cipher = XChaCha20Poly1305::new(Key::from_slice(key.bytes()));
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
        .map_err(|_| StoreError::Encoding {
            what: "sealed-value",
            detail: "encryption failed".into(),
        })?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
    out.push(SEAL_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens a value sealed by [`seal_raw`]; `None` when it was altered, moved or sealed under
/// another key.
pub(crate) fn open_raw(key: &SecretKey, aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != SEAL_VERSION {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(Key::from_slice(key.bytes()));
    let nonce = XNonce::from_slice(&sealed[1..1 + NONCE_LEN]);
    cipher
        .decrypt(
            nonce,
            Payload {
                msg: &sealed[1 + NONCE_LEN..],
                aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

pub(crate) fn hmac_sha256(key: &SecretKey, parts: &[&[u8]]) -> [u8; 32] {
    // HMAC accepts keys of any length, so construction cannot fail for a 32-byte key.
    let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(key.bytes()) {
        Ok(m) => m,
        Err(_) => return [0u8; 32],
    };
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    OsRng.fill_bytes(&mut out);
    out
}

// ---------------------------------------------------------------------------------------------
// Recovery key

/// Crockford base32: no I, L, O, U, so what is read aloud or copied by hand is unambiguous.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RECOVERY_CHECK_LEN: usize = 3;

/// The 256-bit recovery key, shown to staff once at setup as 14 groups of 4 characters
/// (32 key bytes + 3 check bytes in Crockford base32).
pub struct RecoveryKey(SecretKey);

impl RecoveryKey {
    pub(crate) fn random() -> RecoveryKey {
        RecoveryKey(SecretKey::random())
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &SecretKey {
        &self.0
    }

    /// The grouped form to show once and have staff write down, e.g. `7KQ2-…`.
    pub fn display_groups(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new(Vec::with_capacity(32 + RECOVERY_CHECK_LEN));
        bytes.extend_from_slice(self.0.bytes());
        let check = sha256(self.0.bytes());
        bytes.extend_from_slice(&check[..RECOVERY_CHECK_LEN]);
        let chars = base32_encode(&bytes);
        let mut out = Zeroizing::new(String::with_capacity(chars.len() + chars.len() / 4));
        for (i, c) in chars.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// Reads a recovery key back, tolerating case, spaces, hyphens, and the look-alikes
    /// I/L (read as 1) and O (read as 0).
    pub fn parse(text: &str) -> Result<RecoveryKey, StoreError> {
        let mut values: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::with_capacity(56));
        for c in text.chars() {
            if c.is_whitespace() || c == '-' || c == '\u{2010}' || c == '\u{2212}' || c == '\u{30FC}' {
                continue;
            }
            // Full-width letters and digits typed through a Japanese input method.
            let c = match c as u32 {
                0xFF10..=0xFF5A => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            match CROCKFORD.iter().position(|&a| a as char == c) {
                Some(v) => values.push(v as u8),
                None => {
                    return Err(StoreError::RecoveryKeyMalformed {
                        reason: "unexpected-character",
                    })
                }
            }
        }
        let bytes = base32_decode(&values)
            .filter(|b| b.len() == 32 + RECOVERY_CHECK_LEN)
            .ok_or(StoreError::RecoveryKeyMalformed {
                reason: "wrong-length",
            })?;
        let (key, check) = bytes.split_at(32);
        if sha256(key)[..RECOVERY_CHECK_LEN] != *check {
            return Err(StoreError::RecoveryKeyMalformed { reason: "typo" });
        }
        let secret = SecretKey::from_bytes(key).ok_or(StoreError::RecoveryKeyMalformed {
            reason: "wrong-length",
        })?;
        Ok(RecoveryKey(secret))
    }

    pub(crate) fn wrapping_key(&self) -> SecretKey {
        SecretKey(Zeroizing::new(hmac_sha256(
            &self.0,
            &[b"kakehashi-store/recovery-wrap/v1"],
        )))
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(..)")
    }
}

fn base32_encode(bytes: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len() * 8 / 5 + 1));
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in bytes {
        buffer = (buffer << 8) | b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(CROCKFORD[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(CROCKFORD[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn base32_decode(values: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(Vec::with_capacity(values.len() * 5 / 8));
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &v in values {
        buffer = (buffer << 5) | v as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xFF) as u8);
        }
    }
    // Leftover bits must be zero padding; otherwise characters were added or dropped.
    if bits >= 5 || (buffer & ((1 << bits) - 1)) != 0 {
        return None;
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Key ring

/// What the meta tree holds about keys: nothing secret in the clear.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Keyring {
    pub format: u16,
    pub kdf: KdfParams,
    #[serde(with = "hex_vec")]
    pub salt: Vec<u8>,
    /// The data key sealed under the passphrase key.
    #[serde(with = "hex_vec")]
    pub by_passphrase: Vec<u8>,
    /// The data key sealed under the recovery key.
    #[serde(with = "hex_vec")]
    pub by_recovery: Vec<u8>,
    /// A constant sealed under the data key: proves an unwrapped key belongs to this store.
    #[serde(with = "hex_vec")]
    pub verifier: Vec<u8>,
}

const WRAP_PASSPHRASE_AAD: &[u8] = b"kakehashi-store/wrap/passphrase/v1";
const WRAP_RECOVERY_AAD: &[u8] = b"kakehashi-store/wrap/recovery/v1";
const VERIFIER_AAD: &[u8] = b"kakehashi-store/verifier/v1";
const VERIFIER_TEXT: &[u8] = b"kakehashi-store data key v1";

impl Keyring {
    pub fn new(
        data_key: &SecretKey,
        passphrase: &str,
        kdf: KdfParams,
        recovery: &RecoveryKey,
    ) -> Result<Keyring, StoreError> {
        check_passphrase(passphrase)?;
        let salt = random_bytes::<16>().to_vec();
        let kek = derive_passphrase_key(passphrase, &salt, &kdf)?;
        Ok(Keyring {
            format: 1,
            kdf,
            by_passphrase: seal_raw(&kek, WRAP_PASSPHRASE_AAD, data_key.bytes())?,
            by_recovery: seal_raw(&recovery.wrapping_key(), WRAP_RECOVERY_AAD, data_key.bytes())?,
            verifier: seal_raw(data_key, VERIFIER_AAD, VERIFIER_TEXT)?,
            salt,
        })
    }

    pub fn unwrap_with_passphrase(&self, passphrase: &str) -> Result<SecretKey, StoreError> {
        let kek = derive_passphrase_key(passphrase, &self.salt, &self.kdf)?;
        let key = open_raw(&kek, WRAP_PASSPHRASE_AAD, &self.by_passphrase)
            .and_then(|b| SecretKey::from_bytes(&b))
            .ok_or(StoreError::WrongPassphrase)?;
        self.check(&key, StoreError::WrongPassphrase)
    }

    pub fn unwrap_with_recovery(&self, recovery: &RecoveryKey) -> Result<SecretKey, StoreError> {
        let key = open_raw(&recovery.wrapping_key(), WRAP_RECOVERY_AAD, &self.by_recovery)
            .and_then(|b| SecretKey::from_bytes(&b))
            .ok_or(StoreError::WrongRecoveryKey)?;
        self.check(&key, StoreError::WrongRecoveryKey)
    }

    fn check(&self, key: &SecretKey, err: StoreError) -> Result<SecretKey, StoreError> {
        match open_raw(key, VERIFIER_AAD, &self.verifier) {
            Some(text) if text.as_slice() == VERIFIER_TEXT => Ok(key.clone()),
            _ => Err(err),
        }
    }

    /// A copy re-wrapped under a new passphrase (fresh salt); the recovery wrap is kept.
    pub fn with_passphrase(
        &self,
        data_key: &SecretKey,
        passphrase: &str,
        kdf: KdfParams,
    ) -> Result<Keyring, StoreError> {
        check_passphrase(passphrase)?;
        let salt = random_bytes::<16>().to_vec();
        let kek = derive_passphrase_key(passphrase, &salt, &kdf)?;
        Ok(Keyring {
            by_passphrase: seal_raw(&kek, WRAP_PASSPHRASE_AAD, data_key.bytes())?,
            salt,
            kdf,
            ..self.clone()
        })
    }
}

/// The only rule is that there is something to derive from; length policy belongs to the UI,
/// which can explain it.
fn check_passphrase(passphrase: &str) -> Result<(), StoreError> {
    if passphrase.is_empty() {
        return Err(StoreError::InvalidInput {
            field: "passphrase",
            reason: "empty",
        });
    }
    Ok(())
}

pub(crate) mod hex_vec {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::to_hex(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        super::from_hex(&s).ok_or_else(|| serde::de::Error::custom("invalid hex"))
    }
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

pub(crate) fn from_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() & 1 == 1 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    s.as_bytes()
        .chunks(2)
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_written_down_by_hand_reads_back() {
        let key = RecoveryKey::random();
        let shown = key.display_groups();
        assert_eq!(shown.split('-').count(), 14, "{}", shown.as_str());
        let typed = shown
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        let back = RecoveryKey::parse(&typed).unwrap();
        assert_eq!(back.secret().bytes(), key.secret().bytes());
    }

    #[test]
    fn a_mistyped_recovery_key_is_caught_as_a_typo() {
        let shown = RecoveryKey::random().display_groups();
        let mut chars: Vec<char> = shown.chars().collect();
        chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
        let typed: String = chars.into_iter().collect();
        assert!(matches!(
            RecoveryKey::parse(&typed),
            Err(StoreError::RecoveryKeyMalformed { reason: "typo" })
        ));
        let short: String = shown.chars().skip(5).collect();
        assert!(matches!(
            RecoveryKey::parse(&short),
            Err(StoreError::RecoveryKeyMalformed { .. })
        ));
        assert!(matches!(
            RecoveryKey::parse("!!!"),
            Err(StoreError::RecoveryKeyMalformed { .. })
        ));
    }

    #[test]
    fn a_sealed_value_opens_only_at_its_own_place() {
        let key = SecretKey::random();
        let sealed = seal_raw(&key, &aad(Tree::Records, b"a"), b"hello").unwrap();
        assert_eq!(
            open_raw(&key, &aad(Tree::Records, b"a"), &sealed)
                .unwrap()
                .as_slice(),
            b"hello"
        );
        assert!(open_raw(&key, &aad(Tree::Records, b"b"), &sealed).is_none());
        assert!(open_raw(&key, &aad(Tree::Summaries, b"a"), &sealed).is_none());
        assert!(open_raw(&SecretKey::random(), &aad(Tree::Records, b"a"), &sealed).is_none());
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(open_raw(&key, &aad(Tree::Records, b"a"), &flipped).is_none());
    }

    #[test]
    fn the_keyring_opens_with_the_passphrase_or_the_recovery_key_only() {
        let data = SecretKey::random();
        let recovery = RecoveryKey::random();
        let ring = Keyring::new(
            &data,
            "正しい馬バッテリー",
            KdfParams::insecure_for_tests(),
            &recovery,
        )
        .unwrap();
        assert_eq!(
            ring.unwrap_with_passphrase("正しい馬バッテリー").unwrap().bytes(),
            data.bytes()
        );
        assert!(matches!(
            ring.unwrap_with_passphrase("wrong"),
            Err(StoreError::WrongPassphrase)
        ));
        assert_eq!(
            ring.unwrap_with_recovery(&recovery).unwrap().bytes(),
            data.bytes()
        );
        assert!(matches!(
            ring.unwrap_with_recovery(&RecoveryKey::random()),
            Err(StoreError::WrongRecoveryKey)
        ));
    }

    #[test]
    fn hex_round_trips() {
        let bytes = random_bytes::<20>();
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes.to_vec());
        assert!(from_hex("zz").is_none());
    }
}
