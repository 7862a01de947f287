//! Every model of the API, generated from the OpenAPI document (`models_generated.rs`), and the
//! hand-written pieces they are made of.
//!
//! - Struct models: every property an `Option` (missing and `null` are `None`), named in
//!   snake_case, serialized under the reference's spelling. Decode them with
//!   [`crate::decode`] (case-insensitive names, both wire forms).
//! - Enums: a variant per documented name plus `Other(RawEnum)` for values this version
//!   does not know (see [`ApiEnum`]).
//! - Open models (`Presentity`, `MediaPresence`, `HalResource`): known fields plus `other`,
//!   the properties the reference does not name.
//! - Struct models implement serde through [`Model`] (a names table and two small
//!   functions per model, see `model.rs`), not serde's derive, which is several times
//!   larger in wasm.
//! - Collapsed models (`KeyValuePairOfStringAndString`, ...): a `properties` map.
//!
//! Three serializations: [`to_request_string`] for request bodies (the reference's names,
//! enum names), [`to_reference_json`] for the reference's own form (its names and
//! integers) and [`to_camel_json`] / [`serialize_camel`] for the JavaScript API (the real
//! servers' camelCase names and enum names).
//!
//! Regenerate `models_generated.rs` with `cargo run -p micc-api --features codegen --example
//! gen_client`; `tests/decode_generated.rs` fails when it is out of date.

#[macro_use]
pub(crate) mod enums;
#[macro_use]
pub(crate) mod model;
mod links;
mod wire;

// Written by the generator in its own layout; `cargo fmt` must not rewrite it, or the
// drift test would see a difference.
#[rustfmt::skip]
mod models_generated;

pub use enums::{ApiEnum, RawEnum};
pub use links::{Link, LinkEntry, Links};
pub use model::{FieldWriter, Model};
pub use models_generated::*;
pub use wire::{
    CamelOptions, CamelSerializer, Compound, camel_case, serialize_camel, to_camel_json,
    to_camel_string, to_reference_json, to_reference_string, to_request_string,
};

/// A JSON object whose members the reference does not describe (`_embedded`, free-form
/// dictionaries, collapsed models), kept as received. Sorted by key.
pub type JsonObject = std::collections::BTreeMap<String, serde_json::Value>;

/// The property names of a .NET `KeyValuePair<string, string>` as JSON.NET writes it. The
/// reference renders the model collapsed; this is .NET's shape, not the reference's.
impl KeyValuePairOfStringAndString {
    /// `{"Key": key, "Value": value}` (servers read names case-insensitively).
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        let mut properties = JsonObject::new();
        properties.insert("Key".into(), serde_json::Value::String(key.into()));
        properties.insert("Value".into(), serde_json::Value::String(value.into()));
        KeyValuePairOfStringAndString { properties }
    }

    /// The `Key` member (any case).
    pub fn key(&self) -> Option<&str> {
        self.member("Key")
    }

    /// The `Value` member (any case).
    pub fn value(&self) -> Option<&str> {
        self.member("Value")
    }

    fn member(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.as_str())
    }
}
