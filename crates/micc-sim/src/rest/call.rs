//! What every handler works with: the [`Call`] (one request resolved to its operation), its
//! [`Reply`] and [`ApiError`], the body decoder, and the helpers for links.

use std::collections::HashMap;
use std::sync::{MutexGuard, OnceLock};

use axum::body::Bytes;
use micc_api::Operation;
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::auth::Principal;
use crate::wire;
use crate::world::{World, WorldError};

use super::media_type::{BodyFormat, UnsupportedMediaType, body_format};

/// One request, resolved to its operation.
pub struct Call {
    pub op: &'static Operation,
    /// Path parameters, percent-decoded.
    pub params: Vec<(String, String)>,
    /// Query parameters, percent-decoded, in order.
    pub query: Vec<(String, String)>,
    pub body: Bytes,
    /// The request's `Content-Type` header, if any (it picks the body's formatter).
    pub content_type: Option<String>,
    pub principal: Principal,
}

impl Call {
    pub fn param(&self, name: &str) -> Result<&str, ApiError> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ApiError::BadRequest(format!("missing path parameter {name}")))
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn required_query(&self, name: &str) -> Result<&str, ApiError> {
        self.query(name).filter(|v| !v.is_empty()).ok_or_else(|| {
            ApiError::BadRequest(format!("The query parameter '{name}' is required."))
        })
    }

    pub fn bool_query(&self, name: &str) -> Result<bool, ApiError> {
        match self.query(name).map(str::to_ascii_lowercase).as_deref() {
            None | Some("") | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(other) => Err(ApiError::BadRequest(format!(
                "'{other}' is not a valid value for {name} (true or false)"
            ))),
        }
    }

    /// The request body in canonical form, read by the formatter its `Content-Type` picks
    /// (JSON.NET or the form formatter) and checked against the operation's request schema.
    /// An empty body is a 400 whatever its type; one with content of another type is a 415.
    pub fn body(&self) -> Result<Value, ApiError> {
        let schema = payload_schema(&self.op.request);
        let format = if self.body.is_empty() {
            BodyFormat::Json
        } else {
            body_format(self.content_type.as_deref())?
        };
        let opts = wire::DecodeOptions::default();
        match format {
            BodyFormat::Json => wire::decode_json(&self.body, &schema, opts),
            BodyFormat::Form => wire::decode_form(&self.body, &schema, opts),
        }
        .map_err(|e| ApiError::BadRequest(e.to_string()))
    }

    /// The body as an object (the common case).
    pub fn body_object(&self) -> Result<Map<String, Value>, ApiError> {
        match self.body()? {
            Value::Object(m) => Ok(m),
            _ => Err(ApiError::BadRequest("$: expected a JSON object".into())),
        }
    }
}

/// What a handler answers; the dispatcher encodes it in the wire form.
pub enum Reply {
    /// The operation's response model (or string, boolean, ...), canonical.
    Value(Value),
    /// Items of a HAL collection; the dispatcher applies OData and paging.
    Collection(Vec<Value>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    BadRequest(String),
    NotFound(String),
    Forbidden(String),
    Conflict(String),
    MethodNotAllowed(Vec<String>),
    /// 415: no formatter reads the body's `Content-Type`.
    UnsupportedMediaType(String),
    NotImplemented(String),
}

impl From<UnsupportedMediaType> for ApiError {
    fn from(UnsupportedMediaType(m): UnsupportedMediaType) -> Self {
        ApiError::UnsupportedMediaType(m)
    }
}

impl From<WorldError> for ApiError {
    fn from(e: WorldError) -> Self {
        match e {
            WorldError::NotFound(m) => ApiError::NotFound(m),
            WorldError::Conflict(m) => ApiError::Conflict(m),
            WorldError::Invalid(m) => ApiError::BadRequest(m),
        }
    }
}

pub fn lock(state: &AppState) -> Result<MutexGuard<'_, World>, ApiError> {
    state
        .world
        .lock()
        .map_err(|_| ApiError::Conflict("the simulation is unavailable".into()))
}

pub fn text(s: impl Into<String>) -> Reply {
    Reply::Value(Value::String(s.into()))
}

/// The schema of a request or response body as the API description gives it (a model, an
/// array of one, a HAL collection of one, or an inline schema); `{}` for no body.
pub fn payload_schema(p: &micc_api::Payload) -> Value {
    let model = |n: &str| json!({ "$ref": format!("#/components/schemas/{n}") });
    match p {
        micc_api::Payload::Model(n) => model(n),
        micc_api::Payload::ArrayOf(n) => json!({ "type": "array", "items": model(n) }),
        micc_api::Payload::Collection(n) => json!({
            "allOf": [
                { "$ref": "#/components/schemas/HalCollection" },
                { "properties": { "_embedded": { "properties": { "items": { "type": "array", "items": model(n) } } } } }
            ]
        }),
        micc_api::Payload::Inline(v) => v.clone(),
        micc_api::Payload::None => json!({}),
    }
}

/// The property names of a model of the API description (for `$filter` checks).
pub fn schema_properties(name: &str) -> Vec<String> {
    static CACHE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        let doc = micc_api::openapi_document().unwrap_or(Value::Null);
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        schemas
            .iter()
            .map(|(k, v)| {
                let props = v
                    .get("properties")
                    .and_then(Value::as_object)
                    .map(|p| p.keys().cloned().collect())
                    .unwrap_or_default();
                (k.clone(), props)
            })
            .collect()
    });
    cache.get(name).cloned().unwrap_or_default()
}

/// The request path with its parameters filled in (for HAL links).
pub fn concrete_path(call: &Call) -> String {
    let mut path = call.op.path.clone();
    for (k, v) in &call.params {
        path = path.replace(&format!("{{{k}}}"), &percent_encode(v));
    }
    path
}

/// Percent-encodes a path segment or query component for links: unreserved characters and
/// the sub-delimiters OData text uses (`$ ' ( ) ,`) stay readable.
pub(crate) fn percent_encode(s: &str) -> String {
    micc_wire::percent::encode_with(s, b"$'(),")
}

/// A required string property of a canonical body.
pub fn str_field<'a>(body: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    body.get(name)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}
