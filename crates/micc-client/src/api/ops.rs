//! Every operation of the API description, as data: the client builds requests from these
//! rows, generated from the description into `ops_generated.rs` (one `pub const` per
//! operation and [`ALL`]). `tests/operations.rs` checks the table against the description.

pub use micc_api::Method;

/// The type of a query parameter, for checking values before a request is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Integer,
    Boolean,
}

/// One query parameter an operation declares (besides the OData options).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryParam {
    pub name: &'static str,
    pub ty: ParamType,
    pub required: bool,
}

/// One REST operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Op {
    /// The operationId of the API description, e.g. `Queue_GetQueueState`.
    pub id: &'static str,
    pub method: Method,
    /// Path template under `/miccsdk/api/v1`, e.g. `/queues/{id}/state`.
    pub path: &'static str,
    /// Takes the OData system query options (`$filter`, `$top`, ...).
    pub odata: bool,
    /// Answers a HAL collection.
    pub collection: bool,
    pub query: &'static [QueryParam],
    /// Takes a JSON request body.
    pub body: bool,
    /// Safe to send again after a failure that may have reached the server (the
    /// description's `x-idempotent`): only these are retried after timeouts, network
    /// errors and 502/503/504 without being asked.
    pub idempotent: bool,
}

/// A query parameter row (the generated table is written with it).
pub(crate) const fn q(name: &'static str, ty: ParamType, required: bool) -> QueryParam {
    QueryParam { name, ty, required }
}

// Generated from the description (`cargo run -p micc-api --features codegen --example
// gen_client`); `cargo fmt` must not rewrite it, or the drift test would see a difference.
#[rustfmt::skip]
#[path = "ops_generated.rs"]
mod generated;
pub use generated::*;
