//! Canonical values into a wire form (camelCase names or the reference's, enum names or integers).

use serde_json::{Map, Value};

use super::*;

/// Values nested deeper than this are copied as they are: handlers never build such
/// values, and it bounds recursion.
pub(super) const MAX_ENCODE_DEPTH: usize = 256;

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
pub(super) fn encode_view(
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
pub(super) fn encode_prop(
    p: &Prop<'_>,
    v: &Value,
    form: WireForm,
    depth: usize,
) -> (String, Value) {
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
pub(super) fn encode_unknown_member(
    key: &str,
    value: &Value,
    form: WireForm,
    depth: usize,
) -> Value {
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

pub(super) fn encode_unknown(value: &Value, form: WireForm, depth: usize) -> Value {
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
