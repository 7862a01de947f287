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
//! - describes what the simulator sends as a standalone JSON Schema ([`wire_schema`],
//!   [`response_schema_for`]) so tests can validate responses of either form.
//!
//! Value and schema are walked together through `$ref`, `allOf`, `properties`, `items` and
//! `additionalProperties`. Nothing here panics on input: unknown shapes pass through.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::{LazyLock, OnceLock};

use micc_api::{Operation, Payload};
use serde_json::{Map, Value, json};

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
// Enum tables
// ---------------------------------------------------------------------------------------

// The reference documents these properties as integers but lists no values (the document
// marks them `x-enum-unlisted`, or `x-enum-names-unknown` where it lists values without
// names). Their tables (`micc_api::assumed`) are THE SIMULATOR'S ASSUMPTION, not documented
// values: real servers send names, and these are the names the simulator's world emits.
// Integer values only matter for the Pascal form; they follow .NET's habit of numbering
// in declaration order from 0 (with `Unknown` first where a type has one).

/// The name ↔ integer tables of enum properties whose values the reference does not list
/// (an assumption, not documented values; the one copy is `micc_api::assumed`), one row per
/// key. Keys are `"Schema.Property"` (tried first, so `DirectoryEntryModel.Type`,
/// `VariableModel.Type` and `ConversationModel.Type` stay distinct), a bare property name
/// (tried second), or a schema name (`DirectoryEntryType`, tried last), matched
/// case-insensitively. Properties typed by an enum of the document itself are in
/// [`DOCUMENT_ENUM_ALIASES`].
pub static ASSUMED_ENUMS: LazyLock<Vec<AssumedRow>> = LazyLock::new(|| {
    micc_api::assumed::ASSUMED_ENUMS
        .iter()
        .flat_map(|t| t.keys.iter().map(move |k| (*k, t.entries)))
        .collect()
});

/// One row of [`ASSUMED_ENUMS`]: a key and its names and integers.
pub type AssumedRow = (&'static str, &'static [(&'static str, i64)]);

pub use micc_api::assumed::DOCUMENT_ENUM_ALIASES;

/// Names ↔ integers of one enum, in value order.
#[derive(Debug, Clone)]
struct EnumTable<'a> {
    /// Shown in error messages, e.g. `PresenceAvailability`.
    label: &'a str,
    entries: Vec<(&'a str, i64)>,
}

impl<'a> EnumTable<'a> {
    fn from_static(label: &'a str, entries: &'a [(&'a str, i64)]) -> Self {
        EnumTable {
            label,
            entries: entries.to_vec(),
        }
    }

    /// The table of a document enum schema (`enum` + `x-enum-names`, same order).
    fn from_document(label: &'a str, schema: &'a Value) -> Option<Self> {
        let values = schema.get("enum")?.as_array()?;
        let names = schema.get("x-enum-names")?.as_array()?;
        let entries: Vec<(&str, i64)> = values
            .iter()
            .zip(names)
            .filter_map(|(v, n)| Some((n.as_str()?, v.as_i64()?)))
            .collect();
        (!entries.is_empty()).then_some(EnumTable { label, entries })
    }

    fn value_of(&self, name: &str) -> Option<i64> {
        self.canonical(name).map(|(_, v)| v)
    }

    /// The entry whose name matches `name` exactly, else ignoring case (servers accept
    /// names in any case).
    fn canonical(&self, name: &str) -> Option<(&'a str, i64)> {
        let name = name.trim();
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
            })
            .copied()
    }

    fn name_of(&self, value: i64) -> Option<&'a str> {
        self.entries
            .iter()
            .find(|(_, v)| *v == value)
            .map(|(n, _)| *n)
    }

    /// `PresenceAvailability (0-5 or Unknown, Available, ...)`.
    fn describe(&self) -> String {
        let mut values: Vec<i64> = self.entries.iter().map(|(_, v)| *v).collect();
        values.sort_unstable();
        values.dedup();
        let mut runs: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(&start) = values.get(i) {
            let mut end = start;
            while let Some(next) = end.checked_add(1)
                && values.get(i + 1) == Some(&next)
            {
                end = next;
                i += 1;
            }
            runs.push(if start == end {
                start.to_string()
            } else {
                format!("{start}-{end}")
            });
            i += 1;
        }
        let names: Vec<&str> = self.entries.iter().map(|(n, _)| *n).collect();
        format!(
            "{} {} ({} or {})",
            article(self.label),
            self.label,
            runs.join(", "),
            names.join(", ")
        )
    }
}

/// The table registered under `key` (case-insensitive) in [`DOCUMENT_ENUM_ALIASES`] or
/// [`ASSUMED_ENUMS`]. `label` overrides the key as the table's label.
fn table_for_key<'a>(key: &str, label: Option<&'a str>) -> Option<EnumTable<'a>> {
    if let Some((_, enum_name)) = DOCUMENT_ENUM_ALIASES
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
    {
        return EnumTable::from_document(enum_name, component(enum_name)?);
    }
    ASSUMED_ENUMS
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(k, entries)| EnumTable::from_static(label.unwrap_or(k), entries))
}

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
/// by [`wire_schema`]).
fn ref_name(schema: &Value) -> Option<&str> {
    let r = schema.get("$ref")?.as_str()?;
    r.strip_prefix("#/components/schemas/")
        .or_else(|| r.strip_prefix("#/$defs/"))
}

fn operations() -> Option<&'static [Operation]> {
    static OPS: OnceLock<Option<Vec<Operation>>> = OnceLock::new();
    OPS.get_or_init(|| micc_api::operations().ok()).as_deref()
}

/// Deepest chain of `$ref`/`allOf` followed while resolving one schema: the document has
/// no cycles there, this only guards against a malformed one.
const MAX_SCHEMA_DEPTH: u8 = 32;

/// One property of an object view.
struct Prop<'a> {
    name: &'a str,
    /// The component schema that declares it (for `Schema.Property` enum keys).
    owner: Option<&'a str>,
    /// Every schema given for it (several when `allOf` branches repeat it).
    schemas: Vec<&'a Value>,
    /// Its view, kind and camelCase name, worked out on first use: encoding an array of
    /// 300 queue states resolves each property once, not 300 times.
    resolved: OnceCell<Box<Resolved<'a>>>,
}

struct Resolved<'a> {
    view: View<'a>,
    kind: Kind<'a>,
    camel: String,
}

impl<'a> Prop<'a> {
    fn resolved(&self) -> &Resolved<'a> {
        self.resolved.get_or_init(|| {
            let view = View::of(&self.schemas, self.owner);
            let kind = view.kind(self.owner, Some(self.name));
            Box::new(Resolved {
                view,
                kind,
                camel: camel_case(self.name),
            })
        })
    }
}

/// A schema with `$ref` and `allOf` resolved and merged.
#[derive(Default)]
struct View<'a> {
    /// The component schema this is (the outermost `$ref`, or the `$defs` entry).
    name: Option<&'a str>,
    types: Vec<&'a str>,
    props: Vec<Prop<'a>>,
    /// Index of `props` by exact name.
    by_name: HashMap<&'a str, usize>,
    has_props: bool,
    additional: Vec<&'a Value>,
    items: Vec<&'a Value>,
    format: Option<&'a str>,
    doc_enum: Option<EnumTable<'a>>,
    /// An integer enum whose names the reference does not give.
    unlisted: bool,
    /// Properties beyond the known ones are expected (`x-collapsed`, wire-facts shapes).
    open: bool,
    description: Option<&'a str>,
}

impl<'a> View<'a> {
    fn of(schemas: &[&'a Value], owner: Option<&'a str>) -> Self {
        let mut v = View::default();
        for s in schemas {
            v.merge(s, owner, 0);
        }
        v
    }

    /// The view of a component schema itself (a `$defs` entry).
    fn named(name: &'a str, schema: &'a Value) -> Self {
        let mut v = View {
            name: Some(name),
            ..View::default()
        };
        v.merge(schema, Some(name), 0);
        v
    }

    fn merge(&mut self, s: &'a Value, owner: Option<&'a str>, depth: u8) {
        if depth > MAX_SCHEMA_DEPTH {
            return;
        }
        let Some(obj) = s.as_object() else { return };
        if let Some(name) = ref_name(s) {
            if self.name.is_none() {
                self.name = Some(name);
            }
            if let Some(target) = component(name) {
                self.merge(target, Some(name), depth + 1);
            }
        }
        if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
            for branch in all {
                self.merge(branch, owner, depth + 1);
            }
        }
        match obj.get("type") {
            Some(Value::String(t)) => self.add_type(t),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .for_each(|t| self.add_type(t)),
            _ => {}
        }
        if let Some(props) = obj.get("properties").and_then(Value::as_object) {
            self.has_props = true;
            for (name, schema) in props {
                match self
                    .by_name
                    .get(name.as_str())
                    .and_then(|&i| self.props.get_mut(i))
                {
                    Some(p) => p.schemas.push(schema),
                    None => {
                        self.by_name.insert(name, self.props.len());
                        self.props.push(Prop {
                            name,
                            owner,
                            schemas: vec![schema],
                            resolved: OnceCell::new(),
                        });
                    }
                }
            }
        }
        if let Some(a @ (Value::Object(_) | Value::Bool(true))) = obj.get("additionalProperties") {
            self.additional.push(a);
        }
        if let Some(items) = obj.get("items") {
            self.items.push(items);
        }
        if let Some(f) = obj.get("format").and_then(Value::as_str) {
            self.format = Some(f);
        }
        if obj.contains_key("enum")
            && let Some(t) = EnumTable::from_document(owner.or(self.name).unwrap_or("enum"), s)
        {
            self.doc_enum = Some(t);
        }
        let flag = |k: &str| obj.get(k).and_then(Value::as_bool) == Some(true);
        if flag("x-enum-unlisted")
            || flag("x-enum-names-unknown")
            || obj.contains_key("x-enum-values")
        {
            self.unlisted = true;
        }
        if flag("x-collapsed") || obj.get("x-source").and_then(Value::as_str) == Some("wire-facts")
        {
            self.open = true;
        }
        if self.description.is_none() {
            self.description = obj.get("description").and_then(Value::as_str);
        }
    }

    fn add_type(&mut self, t: &'a str) {
        if !self.types.contains(&t) {
            self.types.push(t);
        }
    }

    fn has_type(&self, t: &str) -> bool {
        self.types.contains(&t)
    }

    /// The property named `key`: exact spelling first, then ignoring case (JSON.NET
    /// matches request properties case-insensitively).
    fn prop(&self, key: &str) -> Option<&Prop<'a>> {
        self.by_name
            .get(key)
            .and_then(|&i| self.props.get(i))
            .or_else(|| self.props.iter().find(|p| p.name.eq_ignore_ascii_case(key)))
    }

    /// The enum table of a value of this view found at `owner.prop`, if it is an enum.
    fn enum_table(&self, owner: Option<&str>, prop: Option<&str>) -> Option<EnumTable<'a>> {
        if let Some(t) = &self.doc_enum {
            return Some(t.clone());
        }
        // An untyped property is an enum only when registered under its exact
        // `Schema.Property` (MediaPresence.AcdState): other untyped values stay opaque.
        let untyped = self.types.is_empty() && !self.unlisted;
        if !self.unlisted && !untyped {
            return None;
        }
        if let (Some(o), Some(p)) = (owner, prop)
            && let Some(t) = table_for_key(&format!("{o}.{p}"), self.name)
        {
            return Some(t);
        }
        if untyped {
            return None;
        }
        prop.and_then(|p| table_for_key(p, self.name))
            .or_else(|| self.name.and_then(|n| table_for_key(n, Some(n))))
    }

    fn kind(&self, owner: Option<&str>, prop: Option<&str>) -> Kind<'a> {
        if let Some(t) = self.enum_table(owner, prop) {
            Kind::Enum(t)
        } else if self.has_props || (self.name.is_some() && self.has_type("object")) {
            // A named model is a class even when the reference does not show its
            // properties: JSON.NET camelCases a class's property names.
            Kind::Object
        } else if self.has_type("object") || !self.additional.is_empty() {
            // An inline object without properties is a dictionary: JSON.NET leaves
            // dictionary keys alone by default.
            Kind::Dict
        } else if self.has_type("array") || !self.items.is_empty() {
            Kind::Array
        } else if !self.types.is_empty() {
            Kind::Primitive
        } else {
            Kind::Unknown
        }
    }

    /// How an expected value is named in error messages.
    fn describe(&self, kind: &Kind<'_>) -> String {
        match kind {
            Kind::Enum(t) => t.describe(),
            Kind::Object => match self.name {
                Some(n) => format!("{} {n} object", article(n)),
                None => "an object".into(),
            },
            Kind::Dict => "an object".into(),
            Kind::Array => {
                let items = View::of(&self.items, None);
                match items.name {
                    Some(n) => format!("an array of {n}"),
                    None => "an array".into(),
                }
            }
            Kind::Primitive => {
                let names: Vec<&str> = self.types.iter().map(|t| type_phrase(t)).collect();
                names.join(" or ")
            }
            Kind::Unknown => "a JSON value".into(),
        }
    }
}

/// What a resolved schema describes.
enum Kind<'a> {
    Enum(EnumTable<'a>),
    /// A model: known property names (matched case-insensitively, renamed in Camel form).
    Object,
    /// A free-form dictionary: keys kept as they are.
    Dict,
    Array,
    Primitive,
    /// No schema: values pass through.
    Unknown,
}

fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('A' | 'E' | 'I' | 'O' | 'U' | 'a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

fn type_phrase(t: &str) -> &str {
    match t {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        other => other,
    }
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

// ---------------------------------------------------------------------------------------
// encode
// ---------------------------------------------------------------------------------------

/// Values nested deeper than this are copied as they are: handlers never build such
/// values, and it bounds recursion.
const MAX_ENCODE_DEPTH: usize = 256;

/// Turns a canonical value (document spelling, enum names) into `form`.
///
/// `schema` is an OpenAPI schema object of the document (`{"$ref": ...}`, an array of
/// one, a HAL collection `allOf`, an inline schema) or `{}`/`null` for "unknown": then, in
/// Camel form, keys are camelCased all the way down (except link relations under `_links`
/// and resource names under `_embedded`). Camel keeps enum names; Pascal turns them into
/// integers (an unknown name stays a string). Integers already present pass through.
pub fn encode(value: &Value, schema: &Value, form: WireForm) -> Value {
    if document().is_none() {
        return encode_unknown(value, form, 0);
    }
    let view = View::of(&[schema], None);
    let kind = view.kind(None, None);
    encode_view(value, &view, &kind, (None, None), form, 0)
}

/// Encodes `value` seen through `view` (of kind `kind`, found at `at` = owner.prop).
fn encode_view(
    value: &Value,
    view: &View<'_>,
    kind: &Kind<'_>,
    at: (Option<&str>, Option<&str>),
    form: WireForm,
    depth: usize,
) -> Value {
    if depth > MAX_ENCODE_DEPTH {
        return value.clone();
    }
    match (kind, value) {
        (Kind::Enum(t), Value::String(name)) if form == WireForm::Pascal => {
            t.value_of(name).map_or_else(|| value.clone(), Value::from)
        }
        (Kind::Object, Value::Object(map)) => {
            // Properties come out in the order the reference declares them (as the server's
            // serializer writes them), then anything the schema does not know.
            let mut out = Map::with_capacity(map.len());
            for p in &view.props {
                if let Some(v) = map.get(p.name) {
                    let (key, encoded) = encode_prop(p, v, form, depth);
                    out.insert(key, encoded);
                }
            }
            for (key, v) in map {
                if view.by_name.contains_key(key.as_str()) {
                    continue;
                }
                let (out_key, encoded) = match view.prop(key) {
                    Some(p) => encode_prop(p, v, form, depth),
                    None => (
                        wire_key(key, form),
                        encode_unknown_member(key, v, form, depth + 1),
                    ),
                };
                out.insert(out_key, encoded);
            }
            Value::Object(out)
        }
        (Kind::Dict, Value::Object(map)) => {
            // Values of unknown type in a dictionary are copied as they are: nothing says
            // whether they are classes (camelCased) or dictionaries (not).
            let av = View::of(&view.additional, None);
            let ak = av.kind(None, None);
            if matches!(ak, Kind::Unknown) {
                return value.clone();
            }
            let out = map
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        encode_view(v, &av, &ak, (None, None), form, depth + 1),
                    )
                })
                .collect();
            Value::Object(out)
        }
        (Kind::Array, Value::Array(items)) => {
            // One view and kind for every item: arrays of hundreds of models are common.
            let iv = View::of(&view.items, None);
            let ik = iv.kind(at.0, at.1);
            let out = items
                .iter()
                .map(|v| encode_view(v, &iv, &ik, at, form, depth + 1))
                .collect();
            Value::Array(out)
        }
        (Kind::Unknown, _) => encode_unknown(value, form, depth),
        _ => value.clone(),
    }
}

/// One known property of a model: its wire name and its encoded value.
fn encode_prop(p: &Prop<'_>, v: &Value, form: WireForm, depth: usize) -> (String, Value) {
    let r = p.resolved();
    let encoded = if matches!(r.kind, Kind::Unknown) {
        encode_unknown_member(p.name, v, form, depth + 1)
    } else {
        encode_view(
            v,
            &r.view,
            &r.kind,
            (p.owner, Some(p.name)),
            form,
            depth + 1,
        )
    };
    let key = match form {
        WireForm::Camel => r.camel.clone(),
        WireForm::Pascal => p.name.to_string(),
    };
    (key, encoded)
}

/// A member without schema: `_links` is a dictionary of link relations and `_embedded` one
/// of resource names, so their keys stay; anything else is walked as unknown.
fn encode_unknown_member(key: &str, value: &Value, form: WireForm, depth: usize) -> Value {
    match (key, value) {
        ("_links", _) => value.clone(),
        ("_embedded", Value::Object(map)) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), encode_unknown(v, form, depth + 1)))
                .collect(),
        ),
        _ => encode_unknown(value, form, depth),
    }
}

fn encode_unknown(value: &Value, form: WireForm, depth: usize) -> Value {
    if form == WireForm::Pascal || depth > MAX_ENCODE_DEPTH {
        return value.clone();
    }
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (camel_case(k), encode_unknown_member(k, v, form, depth + 1)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| encode_unknown(v, form, depth + 1))
                .collect(),
        ),
        _ => value.clone(),
    }
}

// ---------------------------------------------------------------------------------------
// decode_request
// ---------------------------------------------------------------------------------------

/// Parses a request body sent in either wire form into the canonical form.
///
/// Keys match the schema's property names case-insensitively and come out spelled as the
/// document spells them; unknown properties are dropped (JSON.NET ignores them), except in
/// models the reference renders collapsed, whose other properties are kept as sent. Enums are
/// accepted as integers of their table or as names in any case and come out as names.
/// `null` is accepted for any property (JSON.NET leaves the default); `required` is not
/// enforced. Strings with `format: date-time` must be RFC 3339, with `format: uuid`
/// 8-4-4-4-12 hex digits. Empty bodies, invalid JSON, bodies over [`MAX_BODY_BYTES`],
/// nesting deeper than [`MAX_DEPTH`] and values of the wrong type are errors.
pub fn decode_request(body: &[u8], schema: &Value) -> Result<Value, WireError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(wire_error(
            "$",
            format!(
                "the request body is {} bytes; at most {MAX_BODY_BYTES} bytes (1 MiB) are accepted",
                body.len()
            ),
        ));
    }
    // .NET clients may prefix a UTF-8 byte order mark, which JSON.NET skips.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let view = View::of(&[schema], None);
    let kind = view.kind(None, None);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(wire_error(
            "$",
            format!(
                "the request body is empty; expected {}",
                view.describe(&kind)
            ),
        ));
    }
    check_depth(body)?;
    let value: Value =
        serde_json::from_slice(body).map_err(|e| wire_error("$", format!("invalid JSON: {e}")))?;
    if value.is_null() && !matches!(kind, Kind::Unknown) {
        return Err(wire_error(
            "$",
            format!("expected {}, got null", view.describe(&kind)),
        ));
    }
    decode_view(&value, &view, None, None, "$")
}

/// Rejects nesting deeper than [`MAX_DEPTH`] before parsing, with a clearer message than
/// the parser's own recursion limit.
fn check_depth(body: &[u8]) -> Result<(), WireError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(wire_error(
                        "$",
                        format!("the JSON nests arrays and objects deeper than {MAX_DEPTH} levels"),
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn decode_view(
    value: &Value,
    view: &View<'_>,
    owner: Option<&str>,
    prop: Option<&str>,
    path: &str,
) -> Result<Value, WireError> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    let kind = view.kind(owner, prop);
    let mismatch = |kind: &Kind<'_>| {
        wire_error(
            path,
            format!("expected {}, got {}", view.describe(kind), got(value)),
        )
    };
    match &kind {
        Kind::Enum(t) => {
            let found = match value {
                Value::Number(n) => n.as_i64().and_then(|i| t.name_of(i)),
                Value::String(s) => t.canonical(s).map(|(n, _)| n).or_else(|| {
                    // Enum.Parse also takes a number written as a string.
                    s.trim().parse::<i64>().ok().and_then(|i| t.name_of(i))
                }),
                _ => None,
            };
            found
                .map(|name| Value::String(name.to_string()))
                .ok_or_else(|| mismatch(&kind))
        }
        Kind::Object => {
            let Value::Object(map) = value else {
                return Err(mismatch(&kind));
            };
            let mut out = Map::new();
            for (key, v) in map {
                let Some(p) = view.prop(key) else {
                    // JSON.NET ignores properties a class does not have. Where the reference
                    // does not show all of them (collapsed models), keep what was sent.
                    if view.open {
                        out.insert(key.clone(), v.clone());
                    }
                    continue;
                };
                let pv = View::of(&p.schemas, p.owner);
                let child = format!("{path}{}", member_path(p.name));
                out.insert(
                    p.name.to_string(),
                    decode_view(v, &pv, p.owner, Some(p.name), &child)?,
                );
            }
            Ok(Value::Object(out))
        }
        Kind::Dict => {
            let Value::Object(map) = value else {
                return Err(mismatch(&kind));
            };
            if view.additional.is_empty() {
                return Ok(value.clone());
            }
            let av = View::of(&view.additional, None);
            let mut out = Map::new();
            for (key, v) in map {
                let child = format!("{path}{}", member_path(key));
                out.insert(key.clone(), decode_view(v, &av, None, None, &child)?);
            }
            Ok(Value::Object(out))
        }
        Kind::Array => {
            let Value::Array(items) = value else {
                return Err(mismatch(&kind));
            };
            let iv = View::of(&view.items, None);
            items
                .iter()
                .enumerate()
                .map(|(i, v)| decode_view(v, &iv, owner, prop, &format!("{path}[{i}]")))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Kind::Primitive => {
            if !view.types.iter().any(|t| matches_type(t, value)) {
                return Err(mismatch(&kind));
            }
            if let Value::String(s) = value {
                match view.format {
                    Some("date-time") if !is_rfc3339(s) => {
                        return Err(wire_error(
                            path,
                            format!(
                                "expected an RFC 3339 date-time such as \"2024-05-01T12:30:00Z\", got {}",
                                got(value)
                            ),
                        ));
                    }
                    Some("uuid") if !is_uuid(s) => {
                        return Err(wire_error(
                            path,
                            format!(
                                "expected a UUID (8-4-4-4-12 hex digits), got {}",
                                got(value)
                            ),
                        ));
                    }
                    _ => {}
                }
            }
            Ok(value.clone())
        }
        Kind::Unknown => Ok(value.clone()),
    }
}

fn matches_type(t: &str, value: &Value) -> bool {
    match t {
        "string" => value.is_string(),
        // JSON.NET refuses a fraction for an integer; a whole number must not carry one.
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// `.Name`, or `["odd key"]` for keys that are not identifiers.
fn member_path(key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", Value::String(key.to_string()))
    }
}

/// How a received value is shown in an error message: short, and quoted for strings.
fn got(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            const MAX: usize = 60;
            if s.chars().count() > MAX {
                let cut: String = s.chars().take(MAX).collect();
                format!("{}…", Value::String(cut))
            } else {
                Value::String(s.clone()).to_string()
            }
        }
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with real calendar
/// ranges (leap years, leap second 60).
fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
    let (Some(year), Some(month), Some(day)) = (num(0, 4), num(5, 2), num(8, 2)) else {
        return false;
    };
    let (Some(hour), Some(minute), Some(second)) = (num(11, 2), num(14, 2), num(17, 2)) else {
        return false;
    };
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt") && at(13, b":") && at(16, b":")) {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days || hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut i = 19;
    if at(i, b".") {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if at(i, b"Zz") {
        return i + 1 == b.len();
    }
    if !at(i, b"+-") || !at(i + 3, b":") || i + 6 != b.len() {
        return false;
    }
    matches!((num(i + 1, 2), num(i + 4, 2)), (Some(h), Some(m)) if h <= 23 && m <= 59)
}

/// `8-4-4-4-12` hex digits.
fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

// ---------------------------------------------------------------------------------------
// wire_schema and response_schema_for
// ---------------------------------------------------------------------------------------

const JSON_SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// A standalone JSON Schema (2020-12) describing exactly what the simulator sends in
/// `form`: `{"$schema": ..., "$defs": {X: ...}}` with one entry per component schema of the
/// document and refs rewritten to `#/$defs/X`.
///
/// Camel form: property names camelCased, enums `{"type":"string","enum":[names]}`; Pascal
/// form: names as documented, enums as integers. Strict: models with known properties get
/// `additionalProperties: false` (a misspelled key fails) but always allow `_links` and
/// `_embedded`; models the reference renders collapsed (`x-collapsed`), `HalResource`, and
/// the presence shapes taken from wire-facts.md (`x-source: wire-facts`, partial by
/// nature: the simulator sends a `Reason` beside `AcdState`) stay open. Every property may
/// be null. No `required`: responses omit what the world does not know. OpenAPI-only and
/// `x-` keywords are dropped.
pub fn wire_schema(form: WireForm) -> Value {
    static CAMEL: OnceLock<Value> = OnceLock::new();
    static PASCAL: OnceLock<Value> = OnceLock::new();
    let cell = match form {
        WireForm::Camel => &CAMEL,
        WireForm::Pascal => &PASCAL,
    };
    cell.get_or_init(|| build_wire_schema(form)).clone()
}

fn build_wire_schema(form: WireForm) -> Value {
    let mut defs = Map::new();
    let schemas = document()
        .and_then(|d| d.get("components"))
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        let view = View::named(name, schema);
        defs.insert(name.clone(), convert_view(&view, None, None, form));
    }
    let title = match form {
        WireForm::Camel => "micc-sim responses, camel wire form",
        WireForm::Pascal => "micc-sim responses, Pascal wire form",
    };
    json!({ "$schema": JSON_SCHEMA_DIALECT, "title": title, "$defs": defs })
}

/// The schema of `operation_id`'s success response, to be used with [`wire_schema`]'s
/// `$defs` (`{"$ref": "#/$defs/X"}`, an array of those, a HAL collection object schema, or
/// an inline schema converted). `None` for an unknown operation.
///
/// Inline response schemas of the document (strings, booleans, integers, arrays of free
/// objects, a dictionary of date-times) have no property names to rename and no enums, so
/// they are the same in both forms.
pub fn response_schema_for(operation_id: &str) -> Option<Value> {
    let op = operations()?
        .iter()
        .find(|o| o.operation_id == operation_id)?;
    let item_ref = |n: &str| json!({ "$ref": format!("#/$defs/{n}") });
    Some(match &op.response {
        Payload::Model(n) => item_ref(n),
        Payload::ArrayOf(n) => json!({ "type": "array", "items": item_ref(n) }),
        Payload::Collection(n) => json!({
            "type": "object",
            "properties": {
                "count": { "type": "integer" },
                "_links": { "type": "object" },
                "_embedded": {
                    "type": "object",
                    "properties": { "items": { "type": "array", "items": item_ref(n) } },
                    "additionalProperties": false
                }
            },
            "additionalProperties": false
        }),
        Payload::Inline(schema) => convert(&[schema], None, None, WireForm::Pascal),
        // No body is described: anything goes.
        Payload::None => json!({}),
    })
}

/// Keywords that say nothing about the JSON value (documentation and `x-` extensions).
fn is_trivial(schema: &Value) -> bool {
    match schema {
        Value::Object(map) => map
            .keys()
            .all(|k| k == "description" || k.starts_with("x-")),
        Value::Bool(b) => *b,
        _ => false,
    }
}

/// Converts the merge of `schemas` (the schemas of one property) to JSON Schema. A lone
/// `$ref` stays a reference into `$defs` (so recursive models stay finite).
fn convert(schemas: &[&Value], owner: Option<&str>, prop: Option<&str>, form: WireForm) -> Value {
    let significant: Vec<&Value> = schemas.iter().copied().filter(|s| !is_trivial(s)).collect();
    if let [single] = significant.as_slice()
        && let Some(name) = ref_name(single)
        && component(name).is_some()
        && single.get("allOf").is_none()
    {
        return json!({ "$ref": format!("#/$defs/{name}") });
    }
    let view = View::of(schemas, owner);
    convert_view(&view, owner, prop, form)
}

fn convert_view(view: &View<'_>, owner: Option<&str>, prop: Option<&str>, form: WireForm) -> Value {
    let mut out = match view.kind(owner, prop) {
        Kind::Enum(t) => match form {
            WireForm::Camel => {
                let names: Vec<&str> = t.entries.iter().map(|(n, _)| *n).collect();
                json!({ "type": "string", "enum": names })
            }
            WireForm::Pascal => {
                let values: Vec<i64> = t.entries.iter().map(|(_, v)| *v).collect();
                json!({ "type": "integer", "enum": values })
            }
        },
        Kind::Object => {
            let mut props = Map::new();
            for p in &view.props {
                let pv = View::of(&p.schemas, p.owner);
                let is_hal_member = p.name == "_links" || p.name == "_embedded";
                let schema =
                    if is_hal_member && matches!(pv.kind(p.owner, Some(p.name)), Kind::Unknown) {
                        json!({ "type": "object" })
                    } else {
                        convert(&p.schemas, p.owner, Some(p.name), form)
                    };
                props.insert(wire_key(p.name, form), nullable(schema));
            }
            let open = view.open || view.name == Some("HalResource");
            let mut o = Map::new();
            o.insert("type".into(), json!("object"));
            // Any resource may carry HAL members, whether or not the reference shows them
            // (nested plain objects such as a collection's `_embedded` do not).
            if !open && view.name.is_some() {
                for hal in ["_links", "_embedded"] {
                    props
                        .entry(hal)
                        .or_insert_with(|| json!({ "type": ["object", "null"] }));
                }
            }
            o.insert("properties".into(), Value::Object(props));
            if !view.additional.is_empty() {
                o.insert(
                    "additionalProperties".into(),
                    convert(&view.additional, None, None, form),
                );
            } else if !open {
                o.insert("additionalProperties".into(), json!(false));
            }
            Value::Object(o)
        }
        Kind::Dict => {
            let mut o = Map::new();
            o.insert("type".into(), json!("object"));
            if !view.additional.is_empty() {
                o.insert(
                    "additionalProperties".into(),
                    convert(&view.additional, None, None, form),
                );
            }
            Value::Object(o)
        }
        Kind::Array => json!({
            "type": "array",
            "items": convert(&view.items, owner, prop, form),
        }),
        Kind::Primitive => {
            let mut o = Map::new();
            o.insert(
                "type".into(),
                match view.types.as_slice() {
                    [one] => json!(one),
                    many => json!(many),
                },
            );
            // Only formats JSON Schema defines: `int32`/`int64` are OpenAPI's.
            if let Some(f @ ("date-time" | "uuid" | "uri" | "date" | "email")) = view.format {
                o.insert("format".into(), json!(f));
            }
            Value::Object(o)
        }
        Kind::Unknown => json!({}),
    };
    if let (Some(d), Value::Object(o)) = (view.description, &mut out) {
        o.insert("description".into(), json!(d));
    }
    out
}

/// The schema, or null: JSON.NET writes null for unset reference-type properties.
fn nullable(schema: Value) -> Value {
    let Value::Object(mut o) = schema else {
        return schema;
    };
    if o.contains_key("$ref") {
        return json!({ "anyOf": [Value::Object(o), { "type": "null" }] });
    }
    match o.get_mut("type") {
        Some(Value::String(t)) if t != "null" => {
            let t = std::mem::take(t);
            o.insert("type".into(), json!([t, "null"]));
        }
        Some(Value::Array(ts)) if !ts.iter().any(|t| t == "null") => ts.push(json!("null")),
        _ => {}
    }
    if let Some(Value::Array(values)) = o.get_mut("enum")
        && !values.iter().any(Value::is_null)
    {
        values.push(Value::Null);
    }
    if let Some(Value::Array(any)) = o.get_mut("anyOf") {
        any.push(json!({ "type": "null" }));
    }
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_checker() {
        for ok in [
            "2024-05-01T12:30:00Z",
            "2024-02-29T00:00:00.1234567+01:00",
            "2016-12-31t23:59:60z",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2023-02-29T00:00:00Z",
            "2024-05-01 12:30:00Z",
            "2024-05-01T12:30:00",
            "2024-13-01T12:30:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:30:00.Z",
            "2024-05-01T12:30:00+0100",
            "2024-05-01T12:30:00Zjunk",
            "yesterday",
            "",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }

    #[test]
    fn uuid_checker() {
        assert!(is_uuid("0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21"));
        assert!(!is_uuid("0b5a8c9e1f2d4c3b9a8e7d6c5b4a3f21"));
        assert!(!is_uuid("0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f2g"));
    }
}
