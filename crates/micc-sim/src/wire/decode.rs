//! Request bodies back into the canonical form, read as ASP.NET Web API reads them: JSON
//! through JSON.NET (lenient syntax, see [`super::lenient`], and lenient conversions), forms
//! through the form formatter's model binding. Checked against the operation's schema.

use serde_json::{Map, Value};

use super::scalars::{
    boolean_text, integer_text, normalise_date_time, normalise_guid, number_text,
};
use super::*;

/// What the server knows when it reads a body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DecodeOptions {
    /// The server's offset from UTC in minutes: JSON.NET reads a date-time without an
    /// offset as server-local time. The simulator's time zone is UTC (0) unless a
    /// configuration gives the site's offset.
    pub local_offset_minutes: i32,
}

/// Where a body came from: JSON.NET keeps JSON's types, a form has only strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Json,
    Form,
}

#[derive(Clone, Copy)]
struct Ctx {
    source: Source,
    opts: DecodeOptions,
}

/// Parses a JSON request body (either wire form) into the canonical form, the simulator
/// being on UTC; see [`decode_json`].
pub fn decode_request(body: &[u8], schema: &Value) -> Result<Value, WireError> {
    decode_json(body, schema, DecodeOptions::default())
}

/// Parses a JSON request body sent in either wire form into the canonical form, as JSON.NET
/// would bind it to the operation's model.
///
/// Syntax: what JSON.NET's reader accepts (`wire::lenient`): single quotes, unquoted
/// names, trailing commas, comments. Keys match the schema's property names
/// case-insensitively and come out spelled as the document spells them; unknown properties
/// are dropped (JSON.NET ignores them), except in models the reference renders collapsed,
/// whose other properties are kept as sent. Conversions JSON.NET makes: enums from names in
/// any case, integers, or integers written as strings (out as names); booleans from
/// `"true"`/`"false"` in any case or integers; numbers from numeric strings; strings from
/// numbers and booleans; `""` for a number or boolean is null; date-times (`format:
/// date-time`) from ISO 8601 with or without an offset (without: `opts`' local time) or
/// `/Date(ms)/`, out as RFC 3339 with an offset; GUIDs in any case (and `{…}`/`(…)`, and 32
/// bare digits where the schema says `uuid`), out lowercase. `null` is accepted for any
/// property (JSON.NET leaves the default); `required` is not enforced. Empty bodies, syntax
/// JSON.NET refuses, bodies over [`MAX_BODY_BYTES`], nesting deeper than [`MAX_DEPTH`] and
/// values that do not convert are errors naming the JSON path.
pub fn decode_json(body: &[u8], schema: &Value, opts: DecodeOptions) -> Result<Value, WireError> {
    let (text, view, kind) = prepare(body, schema)?;
    let value = lenient::parse(&text)?;
    if value.is_null() && !matches!(kind, Kind::Unknown) {
        return Err(wire_error(
            "$",
            format!("expected {}, got null", view.describe(&kind)),
        ));
    }
    let ctx = Ctx {
        source: Source::Json,
        opts,
    };
    decode_view(&value, &view, None, None, "$", ctx)
}

/// Parses an `application/x-www-form-urlencoded` body as Web API's form formatter
/// (`JQueryMvcFormUrlEncodedFormatter`) binds it to a model: `key=value` pairs matched to
/// properties case-insensitively, jQuery's nesting (`a[b]=1`, `a[]=1&a[]=2`, `a[0][b]=1`) and
/// MVC's (`a.b=1`) for nested models and arrays, every value a string converted as JSON.NET
/// converts strings (see [`decode_json`]); a repeated key makes an array. Unknown keys
/// are ignored.
pub fn decode_form(body: &[u8], schema: &Value, opts: DecodeOptions) -> Result<Value, WireError> {
    let (text, view, _) = prepare(body, schema)?;
    let value = form::parse(&text);
    let ctx = Ctx {
        source: Source::Form,
        opts,
    };
    decode_view(&value, &view, None, None, "$", ctx)
}

/// Size limit, byte order mark, UTF-8 (invalid bytes replaced, as .NET's decoder does) and
/// the empty body.
fn prepare<'s>(body: &[u8], schema: &'s Value) -> Result<(String, View<'s>, Kind<'s>), WireError> {
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
    Ok((String::from_utf8_lossy(body).into_owned(), view, kind))
}

fn decode_view(
    value: &Value,
    view: &View<'_>,
    owner: Option<&str>,
    prop: Option<&str>,
    path: &str,
    ctx: Ctx,
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
                    integer_text(s).and_then(|i| t.name_of(i))
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
                        out.insert(open_key(view, key), v.clone());
                    }
                    continue;
                };
                let pv = View::of(&p.schemas, p.owner);
                let child = format!("{path}{}", member_path(p.name));
                out.insert(
                    p.name.to_string(),
                    decode_view(v, &pv, p.owner, Some(p.name), &child, ctx)?,
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
                out.insert(key.clone(), decode_view(v, &av, None, None, &child, ctx)?);
            }
            Ok(Value::Object(out))
        }
        Kind::Array => {
            let iv = View::of(&view.items, None);
            let items = match value {
                Value::Array(items) => items.as_slice(),
                // Model binding makes a one-item collection of a single form value.
                _ if ctx.source == Source::Form => std::slice::from_ref(value),
                _ => return Err(mismatch(&kind)),
            };
            items
                .iter()
                .enumerate()
                .map(|(i, v)| decode_view(v, &iv, owner, prop, &format!("{path}[{i}]"), ctx))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Kind::Primitive => view
            .types
            .iter()
            .find_map(|t| convert(t, view.format, value, ctx))
            .ok_or_else(|| match (view.format, value) {
                (Some("date-time"), Value::String(_)) => wire_error(
                    path,
                    format!(
                        "expected an ISO 8601 date-time such as \"2024-05-01T12:30:00Z\", got {}",
                        got(value)
                    ),
                ),
                (Some("uuid"), Value::String(_)) => wire_error(
                    path,
                    format!(
                        "expected a UUID (8-4-4-4-12 hex digits), got {}",
                        got(value)
                    ),
                ),
                _ => mismatch(&kind),
            }),
        Kind::Unknown => Ok(value.clone()),
    }
}

/// The name a property of a collapsed model keeps. A .NET `KeyValuePair` (the reference
/// names it, collapsed) is read by JSON.NET's converter, which takes `Key` and `Value` in any
/// case; other collapsed models keep the names as sent.
fn open_key(view: &View<'_>, key: &str) -> String {
    if view.name.is_some_and(|n| n.starts_with("KeyValuePairOf")) {
        for canonical in ["Key", "Value"] {
            if key.eq_ignore_ascii_case(canonical) {
                return canonical.to_owned();
            }
        }
    }
    key.to_owned()
}

/// `value` as a JSON value of schema type `t` (and `format`), converting as JSON.NET does
/// (see [`decode_json`]), or `None` where JSON.NET refuses.
fn convert(t: &str, format: Option<&str>, value: &Value, ctx: Ctx) -> Option<Value> {
    match (t, value) {
        ("string", Value::String(s)) => match format {
            Some("date-time") => {
                normalise_date_time(s, ctx.opts.local_offset_minutes).map(Value::String)
            }
            Some("uuid") => normalise_guid(s, true).map(Value::String),
            // A GUID-shaped id in any case reaches the world in the form it stores.
            _ => Some(Value::String(
                normalise_guid(s, false).unwrap_or_else(|| s.clone()),
            )),
        },
        // JSON.NET reads a number or boolean token into a string property as its text.
        ("string", Value::Number(n)) if format.is_none() => Some(Value::String(n.to_string())),
        ("string", Value::Bool(b)) if format.is_none() => {
            Some(Value::String(if *b { "True" } else { "False" }.to_owned()))
        }
        // JSON.NET refuses a fraction for an integer; a whole number must not carry one.
        ("integer", Value::Number(n)) if n.is_i64() || n.is_u64() => Some(value.clone()),
        ("integer", Value::String(s)) if s.trim().is_empty() => Some(Value::Null),
        ("integer", Value::String(s)) => integer_text(s).map(Value::from),
        ("number", Value::Number(_)) => Some(value.clone()),
        ("number", Value::String(s)) if s.trim().is_empty() => Some(Value::Null),
        ("number", Value::String(s)) => integer_text(s).map(Value::from).or_else(|| {
            number_text(s)
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
        }),
        ("boolean", Value::Bool(_)) => Some(value.clone()),
        ("boolean", Value::String(s)) if s.trim().is_empty() => Some(Value::Null),
        ("boolean", Value::String(s)) => boolean_text(s).map(Value::Bool),
        // Convert.ToBoolean of an integer token.
        ("boolean", Value::Number(n)) if ctx.source == Source::Json => {
            n.as_i64().map(|i| Value::Bool(i != 0))
        }
        ("object", Value::Object(_)) | ("array", Value::Array(_)) => Some(value.clone()),
        ("null", Value::Null) => Some(Value::Null),
        (other, _)
            if !matches!(
                other,
                "string" | "integer" | "number" | "boolean" | "object" | "array" | "null"
            ) =>
        {
            Some(value.clone())
        }
        _ => None,
    }
}

/// `.Name`, or `["odd key"]` for keys that are not identifiers.
pub(super) fn member_path(key: &str) -> String {
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
pub(super) fn got(value: &Value) -> String {
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
