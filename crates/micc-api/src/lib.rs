//! The Mitel CX SDK (MiCC SDK) as data.
//!
//! Two documents are embedded at compile time:
//!
//! - [`OPENAPI_JSON`]: an OpenAPI 3.1 description of every one of the 139 REST operations
//!   of the reference, with paths relative to [`BASE_PATH`] and the project's extensions
//!   (`x-path-source`, `x-method-source`, `x-odata`, `x-experimental`, `x-access-control`,
//!   `x-item-schema`, `x-enum-names`, ...; see the crate README);
//! - [`SIGNALR_JSON`]: the classic ASP.NET SignalR 2 hubs (`queueHub`, `employeeHub`,
//!   `agentHub`) and their transport.
//!
//! [`operations`] turns the OpenAPI document into a flat table that other crates iterate
//! in their coverage tests ("every operation has a client method", "every operation is
//! served by the simulator"); [`route`] finds the operation serving a concrete request.
//! [`hubs`] and [`transport`] describe the real-time channel.
//!
//! Nothing here panics: malformed documents give a [`SpecError`].

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

#[cfg(feature = "codegen")]
pub mod codegen;

pub mod assumed;
pub mod client;
mod names;

pub use client::{ArgKind, ClientArg, ClientGroup, ClientMethod};

pub use names::camel_case;

/// The OpenAPI 3.1 document (`spec/openapi.json`).
pub const OPENAPI_JSON: &str = include_str!("../spec/openapi.json");

/// The SignalR hubs document (`spec/signalr.json`).
pub const SIGNALR_JSON: &str = include_str!("../spec/signalr.json");

/// The REST base path every operation path is relative to.
pub const BASE_PATH: &str = "/miccsdk/api/v1";

/// Why a document could not be read as the crate expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecError {
    /// The text is not JSON.
    Json(String),
    /// The JSON does not have the expected shape at `at`.
    Invalid { at: String, reason: String },
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpecError::Json(e) => write!(f, "not JSON: {e}"),
            SpecError::Invalid { at, reason } => write!(f, "{at}: {reason}"),
        }
    }
}

impl std::error::Error for SpecError {}

pub(crate) fn invalid(at: impl Into<String>, reason: impl Into<String>) -> SpecError {
    SpecError::Invalid {
        at: at.into(),
        reason: reason.into(),
    }
}

/// An HTTP method used by the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl Method {
    /// All methods, in the order [`operations`] lists them within one path.
    pub const ALL: [Method; 5] = [
        Method::Get,
        Method::Post,
        Method::Put,
        Method::Delete,
        Method::Patch,
    ];

    /// Upper-case name, e.g. `"GET"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }

    /// The lower-case key OpenAPI uses under a path item, e.g. `"get"`.
    pub const fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Delete => "delete",
            Method::Patch => "patch",
        }
    }

    /// Parses a method name in any case.
    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a path or method comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// Listed in wire-facts.md (seen in public code against real servers).
    Known,
    /// Inferred from the reference's operation name and the crate's conventions.
    Inferred,
}

impl Source {
    fn parse(s: &str) -> Option<Source> {
        match s {
            "known" => Some(Source::Known),
            "inferred" => Some(Source::Inferred),
            _ => None,
        }
    }

    /// `"known"` or `"inferred"`, as written in the document.
    pub const fn as_str(self) -> &'static str {
        match self {
            Source::Known => "known",
            Source::Inferred => "inferred",
        }
    }
}

/// A query parameter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Name on the wire, e.g. `offset` or `$filter`.
    pub name: String,
    pub required: bool,
    /// JSON Schema `type` (`string`, `integer`, `boolean`, ...).
    pub schema_type: Option<String>,
    /// JSON Schema `format` (`int32`, `uuid`, ...).
    pub format: Option<String>,
    pub default: Option<Value>,
    /// One of the OData system query options (`$filter`, `$top`, ...).
    pub odata: bool,
    pub description: Option<String>,
}

/// The shape of a request or response body.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// No body.
    None,
    /// One instance of the named model of `components/schemas`.
    Model(String),
    /// A JSON array of the named model.
    ArrayOf(String),
    /// A HAL collection (`count`, `_links`, `_embedded.items`) of the named model.
    Collection(String),
    /// Any other schema (a JSON string, boolean, integer, map or array of unnamed
    /// objects), as written in the document.
    Inline(Value),
}

impl Payload {
    /// The named model (of the items, for arrays and collections), if any.
    pub fn schema_name(&self) -> Option<&str> {
        match self {
            Payload::Model(n) | Payload::ArrayOf(n) | Payload::Collection(n) => Some(n),
            Payload::None | Payload::Inline(_) => None,
        }
    }
}

/// One REST operation of the reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `Tag_Action`, e.g. `Queue_GetQueueState`.
    pub operation_id: String,
    /// The reference's group, e.g. `Queue`.
    pub tag: String,
    pub summary: String,
    pub method: Method,
    /// Path template relative to [`BASE_PATH`], e.g. `/queues/{id}/state`.
    pub path: String,
    pub path_source: Source,
    pub method_source: Source,
    /// The reference marks the operation "OData".
    pub odata: bool,
    /// The reference marks the operation or its group "Experimental".
    pub experimental: bool,
    /// Safe to send again after a failure that may have reached the server
    /// (`x-idempotent`): reads and whole-state replacements are; conversation actions,
    /// POSTs and DELETEs are not. A document without the marker gets `method == GET`.
    pub idempotent: bool,
    /// The sentence after "Access control:", if any.
    pub access_control: Option<String>,
    /// Path parameter names, in declaration order.
    pub path_params: Vec<String>,
    pub query_params: Vec<Param>,
    /// The success status, e.g. 200 or 201.
    pub success_status: u16,
    pub response: Payload,
    /// The response model name (the item model for arrays and collections).
    pub response_schema: Option<String>,
    /// The response is a HAL collection.
    pub is_collection: bool,
    pub request: Payload,
    /// The request body model name (the item model for arrays and collections).
    pub request_schema: Option<String>,
    /// Position of the operation in the reference (`x-reference-order`), if recorded.
    pub reference_order: Option<u32>,
    /// How micc-client exposes it (`x-client`), if the document says.
    pub client: Option<ClientMethod>,
}

impl Operation {
    /// The absolute path template, e.g. `/miccsdk/api/v1/queues/{id}/state`.
    pub fn full_path(&self) -> String {
        format!("{BASE_PATH}{}", self.path)
    }

    /// Matches a concrete path relative to [`BASE_PATH`] (no query string) against this
    /// operation's template. Literal segments compare case-insensitively. Returns the path
    /// parameters, or `None` when the path does not match.
    pub fn match_path(&self, path: &str) -> Option<Vec<(String, String)>> {
        let template: Vec<&str> = segments(&self.path).collect();
        let actual: Vec<&str> = segments(path).collect();
        if template.len() != actual.len() {
            return None;
        }
        let mut params = Vec::new();
        for (t, a) in template.iter().zip(actual.iter()) {
            match t.strip_prefix('{').and_then(|x| x.strip_suffix('}')) {
                Some(name) if !a.is_empty() => params.push((name.to_string(), a.to_string())),
                Some(_) => return None,
                None if t.eq_ignore_ascii_case(a) => {}
                None => return None,
            }
        }
        Some(params)
    }

    fn literal_segments(&self) -> usize {
        segments(&self.path).filter(|s| !s.starts_with('{')).count()
    }
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.trim_matches('/').split('/').filter(|s| !s.is_empty())
}

/// Finds the operation serving `method path` (path relative to [`BASE_PATH`], no query
/// string). When several templates match, the one with the most literal segments wins
/// (`/queues/state` before `/queues/{id}`), as on the real server.
pub fn route<'a>(ops: &'a [Operation], method: Method, path: &str) -> Option<&'a Operation> {
    ops.iter()
        .filter(|o| o.method == method && o.match_path(path).is_some())
        .max_by_key(|o| o.literal_segments())
}

/// The resource groups of the embedded document (`x-client-groups`), in its order.
pub fn client_groups() -> Result<Vec<ClientGroup>, SpecError> {
    client::parse_groups(&openapi_document()?)
}

/// Parses [`OPENAPI_JSON`].
pub fn openapi_document() -> Result<Value, SpecError> {
    serde_json::from_str(OPENAPI_JSON).map_err(|e| SpecError::Json(e.to_string()))
}

/// Parses [`SIGNALR_JSON`].
pub fn signalr_document() -> Result<Value, SpecError> {
    serde_json::from_str(SIGNALR_JSON).map_err(|e| SpecError::Json(e.to_string()))
}

/// The operation table of the embedded OpenAPI document, in reference order.
pub fn operations() -> Result<Vec<Operation>, SpecError> {
    parse_operations(&openapi_document()?)
}

/// The operation table of any OpenAPI document written with this crate's conventions
/// (used by the tests on deliberately broken documents).
///
/// Operations are sorted by `x-reference-order`, then path, then method.
pub fn parse_operations(doc: &Value) -> Result<Vec<Operation>, SpecError> {
    let paths = obj(doc.get("paths"), "paths")?;
    let groups = client::parse_groups(doc)?;
    let mut ops = Vec::new();
    for (path, item) in paths {
        let item = obj(Some(item), &format!("paths.{path}"))?;
        let shared = item.get("parameters");
        for method in Method::ALL {
            if let Some(op) = item.get(method.key()) {
                let at = format!("{} {path}", method.as_str());
                ops.push(parse_operation(
                    doc, path, method, op, shared, &groups, &at,
                )?);
            }
        }
    }
    let mut names = std::collections::BTreeSet::new();
    for op in &ops {
        if let Some(c) = &op.client
            && !names.insert((c.group.as_str(), c.name.as_str()))
        {
            return Err(invalid(
                &op.operation_id,
                format!(
                    "x-client: a second method `{}` in group `{}`",
                    c.name, c.group
                ),
            ));
        }
    }
    ops.sort_by(|a, b| {
        (a.reference_order.unwrap_or(u32::MAX), &a.path, a.method).cmp(&(
            b.reference_order.unwrap_or(u32::MAX),
            &b.path,
            b.method,
        ))
    });
    Ok(ops)
}

fn obj<'a>(v: Option<&'a Value>, at: &str) -> Result<&'a Map<String, Value>, SpecError> {
    v.and_then(Value::as_object)
        .ok_or_else(|| invalid(at, "expected an object"))
}

fn string_field(v: &Value, key: &str, at: &str) -> Result<String, SpecError> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| invalid(at, format!("missing string `{key}`")))
}

fn bool_field(v: &Value, key: &str, at: &str) -> Result<bool, SpecError> {
    v.get(key)
        .and_then(Value::as_bool)
        .ok_or_else(|| invalid(at, format!("missing boolean `{key}`")))
}

fn source_field(v: &Value, key: &str, at: &str) -> Result<Source, SpecError> {
    let s = string_field(v, key, at)?;
    Source::parse(&s).ok_or_else(|| invalid(at, format!("`{key}` is `{s}`, not known/inferred")))
}

/// Resolves a local `$ref` (`#/...`) once; other values are returned as they are.
fn deref<'a>(doc: &'a Value, v: &'a Value, at: &str) -> Result<&'a Value, SpecError> {
    match v.get("$ref").and_then(Value::as_str) {
        None => Ok(v),
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| doc.pointer(p))
            .ok_or_else(|| invalid(at, format!("dangling $ref `{r}`"))),
    }
}

fn schema_ref_name(schema: &Value) -> Option<String> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit_once("/components/schemas/"))
        .map(|(_, n)| n.to_string())
}

fn parse_operation(
    doc: &Value,
    path: &str,
    method: Method,
    op: &Value,
    shared: Option<&Value>,
    groups: &[ClientGroup],
    at: &str,
) -> Result<Operation, SpecError> {
    let operation_id = string_field(op, "operationId", at)?;
    let at = &format!("{at} ({operation_id})");
    let tag = op
        .get("tags")
        .and_then(Value::as_array)
        .and_then(|t| t.first())
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(at, "missing tags[0]"))?
        .to_string();
    let access_control = match op.get("x-access-control") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(invalid(at, "`x-access-control` is not a string")),
    };

    let mut path_params = Vec::new();
    let mut path_is_bool = Vec::new();
    let mut query_params = Vec::new();
    let declared = shared
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
    for p in declared {
        let p = deref(doc, p, at)?;
        let name = string_field(p, "name", at)?;
        match p.get("in").and_then(Value::as_str) {
            Some("path") => {
                path_is_bool
                    .push(p.pointer("/schema/type").and_then(Value::as_str) == Some("boolean"));
                path_params.push(name);
            }
            Some("query") => {
                let schema = p.get("schema");
                let text = |k: &str| {
                    schema
                        .and_then(|s| s.get(k))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                };
                query_params.push(Param {
                    required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                    schema_type: text("type"),
                    format: text("format"),
                    default: schema.and_then(|s| s.get("default")).cloned(),
                    odata: p
                        .get("x-odata-param")
                        .and_then(Value::as_bool)
                        .unwrap_or(false)
                        || name.starts_with('$'),
                    description: p
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    name,
                });
            }
            _ => {} // header and cookie parameters are not part of the table
        }
    }

    let responses = obj(op.get("responses"), &format!("{at} responses"))?;
    let (status, response) = responses
        .iter()
        .filter_map(|(k, v)| k.parse::<u16>().ok().map(|s| (s, v)))
        .filter(|(s, _)| (200..300).contains(s))
        .min_by_key(|(s, _)| *s)
        .ok_or_else(|| invalid(at, "no 2xx response"))?;
    let response = deref(doc, response, at)?;
    let response = payload(op, body_schema(response), at)?;
    let request = match op.get("requestBody") {
        None => Payload::None,
        Some(b) => payload(op, body_schema(deref(doc, b, at)?), at)?,
    };

    let client = match op.get("x-client") {
        None => None,
        Some(v) => {
            let path: Vec<(String, bool)> = path_params
                .iter()
                .cloned()
                .zip(path_is_bool.iter().copied())
                .collect();
            let offered = client::Offered {
                path: &path,
                required_query: query_params
                    .iter()
                    .filter(|q| q.required && !q.odata)
                    .map(|q| q.name.as_str())
                    .collect(),
                body: request != Payload::None,
            };
            Some(client::parse_method(v, &offered, groups, at)?)
        }
    };

    Ok(Operation {
        client,
        tag,
        summary: op
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        method,
        path: path.to_string(),
        path_source: source_field(op, "x-path-source", at)?,
        method_source: source_field(op, "x-method-source", at)?,
        odata: bool_field(op, "x-odata", at)?,
        experimental: bool_field(op, "x-experimental", at)?,
        idempotent: match op.get("x-idempotent") {
            None => method == Method::Get,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(invalid(at, "`x-idempotent` is not a boolean")),
        },
        access_control,
        path_params,
        query_params,
        success_status: status,
        response_schema: response.schema_name().map(str::to_string),
        is_collection: matches!(response, Payload::Collection(_)),
        request_schema: request.schema_name().map(str::to_string),
        response,
        request,
        reference_order: op
            .get("x-reference-order")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok()),
        operation_id,
    })
}

fn body_schema(body: &Value) -> Option<&Value> {
    body.get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.get("application/json").or_else(|| c.values().next()))
        .and_then(|m| m.get("schema"))
}

fn payload(op: &Value, schema: Option<&Value>, at: &str) -> Result<Payload, SpecError> {
    let Some(schema) = schema else {
        return Ok(Payload::None);
    };
    if let Some(name) = schema_ref_name(schema) {
        return Ok(Payload::Model(name));
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        let is_hal = all
            .iter()
            .any(|s| schema_ref_name(s).as_deref() == Some("HalCollection"));
        if is_hal {
            let item = all
                .iter()
                .find_map(|s| s.pointer("/properties/_embedded/properties/items/items"))
                .and_then(schema_ref_name)
                .or_else(|| {
                    op.get("x-item-schema")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .ok_or_else(|| invalid(at, "HAL collection without an item model"))?;
            return Ok(Payload::Collection(item));
        }
    }
    if schema.get("type").and_then(Value::as_str) == Some("array")
        && let Some(name) = schema.get("items").and_then(schema_ref_name)
    {
        return Ok(Payload::ArrayOf(name));
    }
    Ok(Payload::Inline(schema.clone()))
}

/// A SignalR hub.
#[derive(Debug, Clone, PartialEq)]
pub struct Hub {
    /// Hub name as public code spells it, e.g. `queueHub`.
    pub name: String,
    /// Server methods the client invokes.
    pub methods: Vec<HubMethod>,
    /// Client events the server pushes.
    pub events: Vec<HubEvent>,
}

/// A server method of a hub.
#[derive(Debug, Clone, PartialEq)]
pub struct HubMethod {
    pub name: String,
    pub args: Vec<HubArg>,
    /// Schema of the invocation result (`{}` when undocumented).
    pub result: Value,
}

/// A client event of a hub.
#[derive(Debug, Clone, PartialEq)]
pub struct HubEvent {
    pub name: String,
    pub args: Vec<HubArg>,
}

impl HubEvent {
    /// The model name of the first argument, e.g. `QueueState`.
    pub fn payload_schema(&self) -> Option<&str> {
        self.args.first().and_then(|a| a.schema_name.as_deref())
    }
}

/// An argument of a hub method or event.
#[derive(Debug, Clone, PartialEq)]
pub struct HubArg {
    pub name: String,
    pub schema: Value,
    /// The `components/schemas` name the schema refers to, if it is a `$ref`.
    pub schema_name: Option<String>,
}

/// How to reach the hubs.
#[derive(Debug, Clone, PartialEq)]
pub struct Transport {
    /// `/miccsdk/signalr`.
    pub path: String,
    /// The hub connection URL path, `/miccsdk`.
    pub hub_connection_url: String,
    /// The SignalR protocol version, `1.5`.
    pub protocol: String,
    /// Query parameter that carries the token, `sessionid`.
    pub auth_query_name: String,
    /// Its value template, `Bearer <access_token>`.
    pub auth_value: String,
    /// `webSockets`, `serverSentEvents`, `longPolling`.
    pub transports: Vec<String>,
}

/// The hubs of the embedded SignalR document, sorted by name.
pub fn hubs() -> Result<Vec<Hub>, SpecError> {
    parse_hubs(&signalr_document()?)
}

/// The hubs of any SignalR document written with this crate's conventions.
pub fn parse_hubs(doc: &Value) -> Result<Vec<Hub>, SpecError> {
    let mut out = Vec::new();
    for (name, hub) in obj(doc.get("hubs"), "hubs")? {
        let at = format!("hubs.{name}");
        let mut methods = Vec::new();
        for (m, def) in obj(hub.get("methods"), &format!("{at}.methods"))? {
            let at = format!("{at}.methods.{m}");
            methods.push(HubMethod {
                name: m.clone(),
                args: parse_args(def, &at)?,
                result: def
                    .get("result")
                    .and_then(|r| r.get("schema"))
                    .cloned()
                    .unwrap_or_else(|| Value::Object(Map::new())),
            });
        }
        let mut events = Vec::new();
        for (e, def) in obj(hub.get("events"), &format!("{at}.events"))? {
            events.push(HubEvent {
                name: e.clone(),
                args: parse_args(def, &format!("{at}.events.{e}"))?,
            });
        }
        out.push(Hub {
            name: name.clone(),
            methods,
            events,
        });
    }
    Ok(out)
}

fn parse_args(def: &Value, at: &str) -> Result<Vec<HubArg>, SpecError> {
    let args = def
        .get("args")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid(at, "missing `args` array"))?;
    args.iter()
        .map(|a| {
            let schema = a
                .get("schema")
                .cloned()
                .ok_or_else(|| invalid(at, "argument without `schema`"))?;
            Ok(HubArg {
                name: string_field(a, "name", at)?,
                schema_name: schema_ref_name(&schema),
                schema,
            })
        })
        .collect()
}

/// The transport facts of the embedded SignalR document.
pub fn transport() -> Result<Transport, SpecError> {
    let doc = signalr_document()?;
    let t = doc
        .get("transport")
        .ok_or_else(|| invalid("transport", "missing"))?;
    let auth = t
        .get("auth")
        .ok_or_else(|| invalid("transport.auth", "missing"))?;
    Ok(Transport {
        path: string_field(t, "path", "transport")?,
        hub_connection_url: string_field(t, "hubConnectionUrl", "transport")?,
        protocol: string_field(t, "protocol", "transport")?,
        auth_query_name: string_field(auth, "name", "transport.auth")?,
        auth_value: string_field(auth, "value", "transport.auth")?,
        transports: t
            .get("transports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
    })
}

/// The README section "Inferred paths, grouped by tag": every operation whose path or
/// method is inferred, grouped by the document's tags in order. Printed by
/// `cargo run -p micc-api --example inferred_paths`; a test keeps the README in sync.
pub fn inferred_paths_markdown() -> Result<String, SpecError> {
    let doc = openapi_document()?;
    let ops = parse_operations(&doc)?;
    let tags: Vec<&str> = doc
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("name").and_then(Value::as_str))
        .collect();
    let mut by_tag: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &ops {
        if op.path_source == Source::Inferred || op.method_source == Source::Inferred {
            by_tag.entry(op.tag.as_str()).or_default().push(op);
        }
    }
    let total: usize = by_tag.values().map(Vec::len).sum();
    let mut out = format!(
        "{total} of {} operations have an inferred path or method. Paths are relative to \
         `{BASE_PATH}`; \"method\" means the path is known (wire-facts.md) but not with this \
         method.\n",
        ops.len()
    );
    for tag in tags {
        let Some(list) = by_tag.remove(tag) else {
            continue;
        };
        out.push_str(&format!(
            "\n### {tag}\n\n| method | path | operationId | inferred |\n|---|---|---|---|\n"
        ));
        for op in list {
            let what = match (op.path_source, op.method_source) {
                (Source::Inferred, _) => "path, method",
                _ => "method",
            };
            out.push_str(&format!(
                "| {} | `{}` | `{}` | {what} |\n",
                op.method, op.path, op.operation_id
            ));
        }
    }
    if let Some(tag) = by_tag.keys().next() {
        return Err(invalid(
            "tags",
            format!("operation tag `{tag}` is not in the tag list"),
        ));
    }
    Ok(out)
}
