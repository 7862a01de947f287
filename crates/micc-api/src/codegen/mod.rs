//! Code generation from the OpenAPI document (feature `codegen`): every generated file of
//! micc-client, from one document by one command,
//! `cargo run -p micc-api --features codegen --example gen_client` ([`GENERATE`]); with
//! `--check` it only compares. [`outputs`] lists the files and their text;
//! `micc-client/tests/generated_files.rs` fails, naming the file and the command, when a
//! checked-in file differs.
//!
//! Every component schema becomes a type of the same name: objects become structs whose
//! fields are all `Option`s (named in snake_case, serialized under the reference's
//! spelling), integer enums become `api_enum!` enums, models the reference renders
//! collapsed become open maps. Properties whose enum values the reference does not list get
//! the tables in [`ASSUMED_ENUMS`] (the simulator's assumptions). Operations become the
//! client's operation table, method table and methods, named by their `x-client`.

mod client_rust;
mod enums;
mod facade;
mod json;
mod model;
mod names;
mod rust;
mod sample;
mod shapes;
mod typescript;

pub use client_rust::const_name;
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

/// The one command that regenerates every generated file.
pub const GENERATE: &str = "cargo run -p micc-api --features codegen --example gen_client";

/// The first lines of every generated file but the models (`//` comments are valid in Rust,
/// JavaScript and TypeScript alike).
pub(crate) const HEADER: &str = "// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.\n\
// Do not edit: cargo run -p micc-api --features codegen --example gen_client\n";

/// Every generated file of micc-client: its path relative to `crates/micc-client` and its
/// text, for an OpenAPI document written with this crate's conventions.
pub fn outputs_of(openapi_json: &str) -> Result<Vec<(&'static str, String)>, SpecError> {
    let doc = json::parse(openapi_json)?;
    let models = model::models(&doc)?;
    let value: serde_json::Value =
        serde_json::from_str(openapi_json).map_err(|e| SpecError::Json(e.to_string()))?;
    let ops = crate::parse_operations(&value)?;
    let groups = crate::client::parse_groups(&value)?;
    let request_roots: Vec<String> = ops
        .iter()
        .filter_map(|o| o.request_schema.clone())
        .collect();
    let model_names: Vec<String> = models.iter().map(|m| m.name.clone()).collect();
    let (facade_js, api_dts) = facade::render(&ops, &groups, &model_names)?;
    Ok(vec![
        ("src/models/models_generated.rs", rust::render(&models)),
        ("src/api/ops_generated.rs", client_rust::render_ops(&ops)),
        (
            "src/api/methods_generated.rs",
            client_rust::render_methods(&ops)?,
        ),
        (
            "src/api/groups_generated.rs",
            client_rust::render_groups(&ops, &groups)?,
        ),
        (
            "src/api/shapes_generated.rs",
            shapes::render_rust(&models, &ops)?,
        ),
        ("js/shapes_generated.js", shapes::render_js(&models, &ops)?),
        ("js/facade_generated.js", facade_js),
        ("js/api_generated.d.ts", api_dts),
        (
            "js/models_generated.d.ts",
            typescript::render(&models, &request_roots),
        ),
    ])
}

/// Every generated file of micc-client for the embedded document.
pub fn outputs() -> Result<Vec<(&'static str, String)>, SpecError> {
    outputs_of(crate::OPENAPI_JSON)
}

/// The Rust source of `micc-client/src/models/models_generated.rs` for a document.
pub fn rust_models_of(openapi_json: &str) -> Result<String, SpecError> {
    Ok(rust::render(&models_of(openapi_json)?))
}

/// The Rust source of `micc-client/src/models/models_generated.rs`.
pub fn rust_models() -> Result<String, SpecError> {
    rust_models_of(crate::OPENAPI_JSON)
}

/// The TypeScript declarations of `micc-client/js/models_generated.d.ts` for a document.
pub fn typescript_models_of(openapi_json: &str) -> Result<String, SpecError> {
    let value: serde_json::Value =
        serde_json::from_str(openapi_json).map_err(|e| SpecError::Json(e.to_string()))?;
    let roots: Vec<String> = crate::parse_operations(&value)?
        .into_iter()
        .filter_map(|o| o.request_schema)
        .collect();
    Ok(typescript::render(&models_of(openapi_json)?, &roots))
}

/// The TypeScript declarations of `micc-client/js/models_generated.d.ts`.
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
