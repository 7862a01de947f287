//! Tolerant decoding at the edge.
//!
//! [`from_str`] and [`from_slice`] decode a response body into any `Deserialize` type
//! through a [`serde::Deserializer`] adapter around serde_json's ([`Tolerant`]) that:
//!
//! - **matches property names ignoring ASCII case** against the field names a struct gives
//!   `deserialize_struct` (its serialized names, aliases included), and hands the struct the
//!   field's own spelling: `waitingConversations`, `WaitingConversations` and
//!   `WAITINGCONVERSATIONS` all fill `waiting_conversations`. Everything nested (structs,
//!   `Option`, `Vec`, maps, [`crate::HalPage`]) goes through the adapter too. Dictionary keys
//!   (`JsonObject`, `_links`) are kept as sent;
//! - **duplicate keys: the first one wins.** Two keys that name the same field (ignoring case,
//!   e.g. `{"name":"a","Name":"b"}`) keep the first value and skip the others, where plain
//!   serde would fail with "duplicate field". First rather than last because the adapter
//!   streams: keeping the last would mean buffering every value. Real servers never send
//!   duplicates; this only makes hostile or hand-written bodies decode predictably;
//! - **records the JSON path of a failure** (`$._embedded.items[3].presence.aggregate`),
//!   spelled as received, in [`DecodeError::path`];
//! - refuses a JSON array where a struct is expected (serde would fill fields by position);
//! - leaves serde_json's recursion limit (128 levels) on, so deep nesting is an error, not a
//!   stack overflow.
//!
//! Missing and `null` optional fields are `None` (serde's own behaviour for `Option` with
//! `#[serde(default)]`). Nothing here panics on any input. Decoding streams from the text
//! into the target types: no intermediate `serde_json::Value` is built for models.

pub(crate) mod de;
#[cfg(target_arch = "wasm32")]
mod engine;

pub use de::Tolerant;
#[cfg(target_arch = "wasm32")]
pub use engine::{MAX_DEPTH, from_js, from_str_js};

use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::cell::{Cell, OnceCell};
use std::fmt;

/// Longest message kept in a [`DecodeError`]: serde's messages quote the offending value,
/// which may be a 10 MB string.
pub const MESSAGE_LIMIT: usize = 300;

/// Why a body could not be decoded, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// JSON path of the failing value: `$` for the whole body, `.name` for a property as
    /// spelled in the body, `[3]` for an array index, `["odd key"]` for other keys.
    pub path: String,
    /// What went wrong (serde_json's message, with line and column; at most
    /// [`MESSAGE_LIMIT`] characters).
    pub message: String,
}

impl DecodeError {
    pub fn new(path: impl Into<String>, message: impl fmt::Display) -> Self {
        DecodeError {
            path: path.into(),
            message: bounded(&message.to_string()),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for DecodeError {}

/// `text` cut to [`MESSAGE_LIMIT`] characters (on a character boundary), marked with `…`.
fn bounded(text: &str) -> String {
    match text.char_indices().nth(MESSAGE_LIMIT) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_string(),
    }
}

/// A received string for an error message: quoted, at most 60 characters.
pub(crate) fn quoted_excerpt(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{:?}…", s.get(..cut).unwrap_or_default()),
        None => format!("{s:?}"),
    }
}

/// Decodes a JSON text (a leading UTF-8 byte order mark is skipped).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = deserialize(&mut de)?;
    // Trailing characters after the value (`{...} garbage`) are an error, as in serde_json.
    de.end().map_err(|e| DecodeError::new("$", e))?;
    Ok(value)
}

/// Decodes JSON bytes: checked as UTF-8 first, then decoded as [`from_str`] does (one
/// decoder instantiation for both keeps the wasm small).
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| DecodeError::new("$", format_args!("the body is not UTF-8: {e}")))?;
    from_str(text)
}

/// Decodes a `serde_json::Value` already parsed (e.g. an argument of a SignalR frame).
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, DecodeError> {
    deserialize(value)
}

/// Decodes `T` from any serde deserializer through the tolerant adapter.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, DecodeError>
where
    T: Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    let track = Track::default();
    T::deserialize(Tolerant::<_, false>::new(
        deserializer,
        &Chain::Root,
        &track,
    ))
    .map_err(|e| {
        let path = track.path.into_inner().unwrap_or_else(|| "$".to_string());
        DecodeError::new(path, e)
    })
}

/// Deepest nesting read from engine values: serde_json's recursion limit.
const ENGINE_MAX_DEPTH: u32 = 128;

/// Where the adapter is in the document: a linked list on the stack, turned into a string
/// only when something fails.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Chain<'a> {
    Root,
    Key { parent: &'a Chain<'a>, key: &'a str },
    Index { parent: &'a Chain<'a>, index: usize },
}

impl Chain<'_> {
    fn render(&self) -> String {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                Chain::Root => break,
                Chain::Key { parent, key } => {
                    segments.push(member(key));
                    at = parent;
                }
                Chain::Index { parent, index } => {
                    segments.push(format!("[{index}]"));
                    at = parent;
                }
            }
        }
        let mut out = String::from("$");
        for s in segments.iter().rev() {
            out.push_str(s);
        }
        out
    }
}

/// `.name` for identifier-like keys, `["…"]` (JSON-quoted, bounded) for the others.
fn member(key: &str) -> String {
    let plain = !key.is_empty()
        && key.len() <= 100
        && key
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$');
    if plain {
        format!(".{key}")
    } else {
        let cut: String = key.chars().take(100).collect();
        format!("[{}]", serde_json::Value::String(cut))
    }
}

/// The path of the innermost failure. Errors travel outwards through every wrapper; the
/// first (innermost) one to see an error records where it happened.
#[derive(Debug, Default)]
pub(crate) struct Track {
    path: OnceCell<String>,
    /// Arrays and objects being read from engine values (see `engine`).
    depth: Cell<u32>,
}

impl Track {
    /// Enters one level of nesting; `false` past the limit. Only counted for engine
    /// values (`engine` set): serde_json has its own limit.
    #[inline(always)] // `engine` is a constant: the serde_json path keeps no code of it.
    pub(crate) fn enter(&self, engine: bool) -> bool {
        if !engine {
            return true;
        }
        let depth = self.depth.get().saturating_add(1);
        self.depth.set(depth);
        depth <= ENGINE_MAX_DEPTH
    }

    #[inline(always)]
    pub(crate) fn leave(&self, engine: bool) {
        if engine {
            self.depth.set(self.depth.get().saturating_sub(1));
        }
    }

    pub(crate) fn trigger<E>(&self, chain: &Chain<'_>, error: E) -> E {
        if self.path.get().is_none() {
            let _ = self.path.set(chain.render());
        }
        error
    }
}
