//! Connection ids, connection tokens and groups tokens.
//!
//! SignalR 2 keeps no table of negotiated connections: its `ConnectionToken` is
//! `connectionId:userName` protected with the machine key, and any token the server can
//! unprotect is valid, even for a connection it has since forgotten. We do the same with a
//! keyed MAC (SipHash with process-random keys: unforgeable enough for a simulator, no
//! dependency) over the plain text, in standard base64, so that a client which forgets to
//! URL-encode the token (`+`, `/`, `=`) breaks here as it would against a real server.
//!
//! The groups token (`G` of a frame, `groupsToken` of a reconnect) is protected the same
//! way for another purpose: `connectionId:["hub.group",...]`. SignalR rejoins groups from
//! it only when it unprotects and names the reconnecting connection; anything else rejoins
//! nothing.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// What a valid connection token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenClaims {
    pub connection_id: String,
    /// The user the connection was negotiated for (empty for anonymous, as in SignalR).
    pub user: String,
}

pub struct TokenKeys {
    mac: [RandomState; 2],
    ids: RandomState,
    counter: AtomicU64,
}

impl Default for TokenKeys {
    fn default() -> Self {
        Self::new()
    }
}

const MAC_LEN: usize = 16;

impl TokenKeys {
    pub fn new() -> Self {
        Self {
            mac: [RandomState::new(), RandomState::new()],
            ids: RandomState::new(),
            counter: AtomicU64::new(0),
        }
    }

    fn mac(&self, purpose: Purpose, data: &[u8]) -> [u8; MAC_LEN] {
        let mut out = [0u8; MAC_LEN];
        for (half, key) in out.chunks_mut(8).zip(&self.mac) {
            let mut h = key.build_hasher();
            // The purpose keeps a token of one kind from passing as the other.
            h.write_u8(purpose as u8);
            h.write(data);
            half.copy_from_slice(&h.finish().to_le_bytes());
        }
        out
    }

    /// A fresh connection id, formatted like .NET's `Guid.ToString("d")` (a version-4 GUID).
    pub fn new_connection_id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let mut bytes = [0u8; 16];
        for (i, half) in bytes.chunks_mut(8).enumerate() {
            let mut h = self.ids.build_hasher();
            h.write_u64(n);
            h.write_usize(i);
            half.copy_from_slice(&h.finish().to_le_bytes());
        }
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }

    fn protect(&self, purpose: Purpose, text: &str) -> String {
        let mut data = text.as_bytes().to_vec();
        let mac = self.mac(purpose, &data);
        data.extend_from_slice(&mac);
        base64_encode(&data)
    }

    fn unprotect(&self, purpose: Purpose, token: &str) -> Option<String> {
        let raw = base64_decode(token)?;
        let split = raw.len().checked_sub(MAC_LEN)?;
        let (data, mac) = raw.split_at(split);
        if self.mac(purpose, data) != mac {
            return None;
        }
        String::from_utf8(data.to_vec()).ok()
    }

    pub fn issue(&self, connection_id: &str, user: &str) -> String {
        self.protect(Purpose::Connection, &format!("{connection_id}:{user}"))
    }

    /// The claims of a token this process issued; `None` for anything else (SignalR's "The
    /// ConnectionId is in the incorrect format.").
    pub fn verify(&self, token: &str) -> Option<TokenClaims> {
        let text = self.unprotect(Purpose::Connection, token)?;
        let (id, user) = text.split_once(':').unwrap_or((text.as_str(), ""));
        if id.is_empty() {
            return None;
        }
        Some(TokenClaims {
            connection_id: id.to_owned(),
            user: user.to_owned(),
        })
    }

    /// The groups token of a connection that belongs to `groups` (names as the token
    /// carries them, `hub.group`).
    pub fn issue_groups(&self, connection_id: &str, groups: &[String]) -> String {
        let list = serde_json::to_string(groups).unwrap_or_else(|_| "[]".into());
        self.protect(Purpose::Groups, &format!("{connection_id}:{list}"))
    }

    /// The group names of a groups token, if this process issued it for `connection_id`
    /// (compared case-insensitively, as SignalR does); empty otherwise.
    pub fn verify_groups(&self, token: &str, connection_id: &str) -> Vec<String> {
        let Some(text) = self.unprotect(Purpose::Groups, token) else {
            return Vec::new();
        };
        let Some((id, list)) = text.split_once(':') else {
            return Vec::new();
        };
        if !id.eq_ignore_ascii_case(connection_id) {
            return Vec::new();
        }
        serde_json::from_str(list).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy)]
enum Purpose {
    Connection = 1,
    Groups = 2,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let idx = ((n >> (18 - 6 * i)) & 63) as usize;
                out.push(char::from(ALPHABET.get(idx).copied().unwrap_or(b'A')));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    if bytes.is_empty() || !bytes.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let chunks = bytes.len() / 4;
    for (ci, chunk) in bytes.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && ci + 1 != chunks) {
            return None;
        }
        let mut n = 0u32;
        for &c in chunk.get(..4 - pad)? {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(decoded.get(..3 - pad)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for data in [
            &b""[..],
            b"f",
            b"fo",
            b"foo",
            b"foob",
            b"fooba",
            b"foobar",
            &[255, 254, 0],
        ] {
            let enc = base64_encode(data);
            if !data.is_empty() {
                assert_eq!(base64_decode(&enc).as_deref(), Some(data), "{enc}");
            }
        }
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
        assert_eq!(base64_decode("Zm8"), None);
        assert_eq!(base64_decode("Z=m8"), None);
        assert_eq!(base64_decode("Zm8=Zm8="), None);
    }

    #[test]
    fn tokens_verify_only_when_untouched() {
        let keys = TokenKeys::new();
        let id = keys.new_connection_id();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        assert_ne!(id, keys.new_connection_id());
        let token = keys.issue(&id, "supervisor");
        assert_eq!(
            keys.verify(&token),
            Some(TokenClaims {
                connection_id: id.clone(),
                user: "supervisor".into()
            })
        );
        assert_eq!(keys.verify(&token[1..]), None);
        assert_eq!(keys.verify("garbage"), None);
        assert_eq!(keys.verify(""), None);
        // Another server (process) never accepts our tokens.
        assert_eq!(TokenKeys::new().verify(&token), None);
        // A user name with a colon survives: only the first one separates.
        let t = keys.issue("abc", "dom:ain");
        assert_eq!(keys.verify(&t).map(|c| c.user), Some("dom:ain".into()));
    }

    #[test]
    fn groups_tokens_name_their_connection_and_purpose() {
        let keys = TokenKeys::new();
        let groups = vec![
            "queueHub.QueueState-q1".to_owned(),
            "agentHub.x:y".to_owned(),
        ];
        let token = keys.issue_groups("conn-1", &groups);
        assert_eq!(keys.verify_groups(&token, "conn-1"), groups);
        assert_eq!(keys.verify_groups(&token, "CONN-1"), groups);
        // Another connection's token, a tampered one or a connection token rejoin nothing.
        assert!(keys.verify_groups(&token, "conn-2").is_empty());
        assert!(keys.verify_groups(&token[2..], "conn-1").is_empty());
        assert!(
            keys.verify_groups(&keys.issue("conn-1", "[]"), "conn-1")
                .is_empty()
        );
        assert_eq!(keys.verify(&token), None);
        assert!(TokenKeys::new().verify_groups(&token, "conn-1").is_empty());
    }
}
