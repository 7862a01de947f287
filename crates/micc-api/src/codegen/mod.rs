//! Code generation from the OpenAPI document (feature `codegen`).
//!
//! `cargo run -p micc-api --features codegen --example gen_client` writes
//! `crates/micc-client/src/models/generated.rs` ([`rust_models`]) and
//! `crates/micc-client/js/models.d.ts` ([`typescript_models`]); a test in micc-client fails
//! when the checked-in files differ from what these functions return.
//!
//! Every component schema becomes a type of the same name: objects become structs whose
//! fields are all `Option`s (named in snake_case, serialized under the reference's
//! spelling), integer enums become `api_enum!` enums, models the reference renders
//! collapsed become open maps. Properties whose enum values the reference does not list get
//! the tables in [`ASSUMED_ENUMS`] (the simulator's assumptions).

mod enums;
mod json;
mod model;
mod names;
mod rust;
mod sample;
mod typescript;

pub use enums::{ASSUMED_ENUMS, AssumedEnum, DOCUMENT_ENUM_ALIASES};
pub use json::Node;
pub use model::{Field, Model, ModelKind, Ty};
pub use names::{camel_case, snake_case};
pub use sample::{SAMPLE_DATETIME, SAMPLE_TIMESPAN, SampleForm};

use crate::SpecError;

/// The models of an OpenAPI document written with this crate's conventions.
pub fn models_of(openapi_json: &str) -> Result<Vec<Model>, SpecError> {
    model::models(&json::parse(openapi_json)?)
}

/// The models of the embedded document ([`crate::OPENAPI_JSON`]).
pub fn models() -> Result<Vec<Model>, SpecError> {
    models_of(crate::OPENAPI_JSON)
}

/// The Rust source of `micc-client/src/models/generated.rs` for a document.
pub fn rust_models_of(openapi_json: &str) -> Result<String, SpecError> {
    Ok(rust::render(&models_of(openapi_json)?))
}

/// The Rust source of `micc-client/src/models/generated.rs`.
pub fn rust_models() -> Result<String, SpecError> {
    rust_models_of(crate::OPENAPI_JSON)
}

/// The TypeScript declarations of `micc-client/js/models.d.ts` for a document.
pub fn typescript_models_of(openapi_json: &str) -> Result<String, SpecError> {
    Ok(typescript::render(&models_of(openapi_json)?))
}

/// The TypeScript declarations of `micc-client/js/models.d.ts`.
pub fn typescript_models() -> Result<String, SpecError> {
    typescript_models_of(crate::OPENAPI_JSON)
}

/// A fully populated sample of the embedded document's model `name` in `form`.
pub fn sample(name: &str, form: SampleForm) -> Result<serde_json::Value, SpecError> {
    sample::sample(&models()?, name, form)
}

/// Samples of several models from one parse of the document.
pub fn sample_in(
    models: &[Model],
    name: &str,
    form: SampleForm,
) -> Result<serde_json::Value, SpecError> {
    sample::sample(models, name, form)
}
