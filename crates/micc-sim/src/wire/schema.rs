//! A standalone JSON Schema of what the simulator sends, in either wire form: for the tests
//! (compiled only with the `wire-schema` feature, which micc-sim's own dev-dependency turns on).

use std::sync::OnceLock;

use micc_api::{Operation, Payload};
use serde_json::{Map, Value, json};

use super::*;

pub(super) fn operations() -> Option<&'static [Operation]> {
    static OPS: OnceLock<Option<Vec<Operation>>> = OnceLock::new();
    OPS.get_or_init(|| micc_api::operations().ok()).as_deref()
}

impl<'a> View<'a> {
    pub(super) fn named(name: &'a str, schema: &'a Value) -> Self {
        let mut v = View {
            name: Some(name),
            ..View::default()
        };
        v.merge(schema, Some(name), 0);
        v
    }
}

// ---------------------------------------------------------------------------------------
// wire_schema and response_schema_for
// ---------------------------------------------------------------------------------------

pub(super) const JSON_SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

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

pub(super) fn build_wire_schema(form: WireForm) -> Value {
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
pub(super) fn is_trivial(schema: &Value) -> bool {
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
pub(super) fn convert(
    schemas: &[&Value],
    owner: Option<&str>,
    prop: Option<&str>,
    form: WireForm,
) -> Value {
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

pub(super) fn convert_view(
    view: &View<'_>,
    owner: Option<&str>,
    prop: Option<&str>,
    form: WireForm,
) -> Value {
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
pub(super) fn nullable(schema: Value) -> Value {
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
