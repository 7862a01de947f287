//! Decoding on wasm from the value the engine's `JSON.parse` built, through
//! serde-wasm-bindgen's `Deserializer` wrapped in the same [`Tolerant`] adapter.
//!
//! **Not the client's path.** Measured in Chromium (crates/micc-client/BENCHMARKS.md,
//! decode section) it is about four times slower than serde_json reading the text
//! (every property, string and number crosses the JS boundary one by one), for about
//! 2.5 KB gzipped less widget (no JSON text parser linked). Answers are therefore decoded
//! with [`super::from_str`] on wasm too; these functions stay for the bench, the browser
//! tests (tests/browser_decode.rs) and embedders that already hold a parsed value.
//!
//! What the adapter guarantees holds here too, with two adjustments to
//! serde-wasm-bindgen's reader that the adapter's `ENGINE` parameter (`Tolerant<_, true>`)
//! switches on at compile time, so the serde_json path keeps no trace of them:
//!
//! - structs and maps are read through `deserialize_any`: serde-wasm-bindgen's
//!   `deserialize_struct` looks each declared field up by its exact name (so `Id` would
//!   never fill `id`) and its `deserialize_map` reads an array as key/value pairs; through
//!   `deserialize_any` an object is iterated as received and an array is refused;
//! - nesting is limited to [`MAX_DEPTH`] levels, as serde_json's recursion limit does
//!   natively: wasm's stack has no guard page, so deep input must fail before it.
//!
//! What cannot be the same, because `JSON.parse` has decided it before Rust sees the value:
//! - a property spelled exactly the same twice keeps the **last** value (ECMAScript's
//!   rule); duplicates in different case (`"Name"` and `"name"`) still keep the first;
//! - numbers are doubles: an integer beyond 2^53 cannot be read into an integer field
//!   (a typed error, never a rounded value), and an enum integer beyond that is an error
//!   instead of being kept as its digits;
//! - a lone UTF-16 surrogate in a string becomes U+FFFD instead of an error;
//! - messages name no line and column.

use super::{Chain, DecodeError, MESSAGE_LIMIT, Tolerant, Track};
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// Deepest nesting of arrays and objects read into values (serde_json's limit).
pub const MAX_DEPTH: u32 = super::ENGINE_MAX_DEPTH;

/// Decodes a value parsed by the engine (`JSON.parse`, `Response.json()`).
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, DecodeError> {
    let track = Track::default();
    let de = serde_wasm_bindgen::Deserializer::from(value);
    T::deserialize(Tolerant::<_, true>::new(de, &Chain::Root, &track)).map_err(|e| {
        let path = track.path.into_inner().unwrap_or_else(|| "$".to_string());
        DecodeError::new(path, js_message(&e.to_string()))
    })
}

/// Decodes a JSON text parsed by the engine's `JSON.parse` (a leading byte order mark is
/// skipped, as [`super::from_str`] does).
pub fn from_str_js<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "the body is not JSON".to_owned());
        DecodeError::new("$", message)
    })?;
    from_js(value)
}

/// serde-wasm-bindgen's errors are JS `Error`s whose text reads `Error: <message>`.
fn js_message(text: &str) -> &str {
    let text = text.strip_prefix("Error: ").unwrap_or(text);
    // DecodeError::new bounds it; this only avoids copying a 10 MB text first.
    match text.char_indices().nth(MESSAGE_LIMIT + 1) {
        Some((cut, _)) => text.get(..cut).unwrap_or(text),
        None => text,
    }
}
