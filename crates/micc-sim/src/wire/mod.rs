//! Wire forms of the simulator's JSON bodies.
//!
//! Handlers build bodies as [`serde_json::Value`]s in one *canonical* form: property names
//! spelled exactly as the OpenAPI document ([`micc_api::OPENAPI_JSON`]) spells them, enum
//! values as their names (`"Busy"`, `"Pick"`, `"InQueue"`). This module
//!
//! - [`encode`]s a canonical value into one of two [`WireForm`]s: `Camel` (what real servers
//!   send: JSON.NET with camelCase property names and enums as names) or `Pascal` (the
//!   reference's samples: names as documented, enums as integers);
//! - [`decode_request`]s a request body sent in either form back into the canonical form,
//!   type-checking it on the way (a [`WireError`] names the JSON path and reads well in a
//!   400 body);
//! - with the dev-only `wire-schema` feature (the tests turn it on), describes what the
//!   simulator sends as a standalone JSON Schema (`wire_schema`, `response_schema_for`) so
//!   tests can validate responses of either form.
//!
//! Value and schema are walked together through `$ref`, `allOf`, `properties`, `items` and
//! `additionalProperties`. Nothing here panics on input: unknown shapes pass through.

use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

mod decode;
mod encode;
mod form;
mod lenient;
pub mod scalars;
#[cfg(feature = "wire-schema")]
mod schema;
mod view;

pub use decode::{DecodeOptions, decode_form, decode_json, decode_request};
pub use encode::encode;
#[cfg(feature = "wire-schema")]
pub use schema::{response_schema_for, wire_schema};
use view::*;
pub use view::{ASSUMED_ENUMS, AssumedRow, DOCUMENT_ENUM_ALIASES};

/// Which spelling of keys and enums goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum WireForm {
    /// camelCase keys, enums as names: what real servers (JSON.NET with
    /// `CamelCasePropertyNamesContractResolver` and a string enum converter) send.
    #[default]
    Camel,
    /// Keys as the reference spells them, enums as integers: the reference's samples.
    Pascal,
}

/// Why a request body was rejected: `path` is a JSON path such as `$.State` or
/// `$[2].ConversationAction` (property names spelled as the document spells them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for WireError {}

fn wire_error(path: &str, message: impl Into<String>) -> WireError {
    WireError {
        path: path.to_string(),
        message: message.into(),
    }
}

/// The largest request body [`decode_request`] reads (1 MiB), so a client cannot make the
/// simulator parse arbitrarily much.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The deepest nesting of arrays and objects [`decode_request`] accepts: no model of the
/// document comes near it, and it keeps recursion shallow.
pub const MAX_DEPTH: usize = 64;

// ---------------------------------------------------------------------------------------
// The document and resolved schema views
// ---------------------------------------------------------------------------------------

/// The parsed OpenAPI document, parsed once. `None` if it does not parse: every function
/// then degrades to passing values through.
fn document() -> Option<&'static Value> {
    static DOC: OnceLock<Option<Value>> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(micc_api::OPENAPI_JSON).ok())
        .as_ref()
}

fn component(name: &str) -> Option<&'static Value> {
    document()?.get("components")?.get("schemas")?.get(name)
}

/// The schema name a `$ref` points to (`#/components/schemas/X`, or `#/$defs/X` as written
/// by the tests' schema generator).
fn ref_name(schema: &Value) -> Option<&str> {
    let r = schema.get("$ref")?.as_str()?;
    r.strip_prefix("#/components/schemas/")
        .or_else(|| r.strip_prefix("#/$defs/"))
}

// ---------------------------------------------------------------------------------------
// camelCase
// ---------------------------------------------------------------------------------------

/// JSON.NET's camelCase, shared with the generator and the client.
pub use micc_api::camel_case;

fn wire_key(name: &str, form: WireForm) -> String {
    match form {
        WireForm::Camel => camel_case(name),
        WireForm::Pascal => name.to_string(),
    }
}
