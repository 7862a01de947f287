//! The models as data, for the JavaScript API: one small table (generated from the API
//! description, [`shapes_generated`]) and two walkers over JSON values instead of typed
//! decoding of every model. It keeps the npm package small: typed serde code for 60
//! models costs far more than the table. The rules match the typed decoder: keys matched
//! ignoring case, enums as integers or names (unknown values kept), TimeSpans and
//! date-times checked, unknown keys dropped except in open models.

use serde_json::{Map, Value};

use crate::datetime::DateTime;
use crate::decode::DecodeError;
use crate::models::camel_case;
use crate::timespan::TimeSpan;

// Generated: rustfmt would make the drift test see a difference.
#[rustfmt::skip]
#[path = "shapes_generated.rs"]
mod shapes_generated;
pub use shapes_generated::{ENUMS, MODELS, REQUESTS, RESPONSES};

/// The type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    Str,
    Int,
    Num,
    Bool,
    TimeSpan,
    DateTime,
    /// An enum of [`ENUMS`], by index.
    Enum(u16),
    /// A model of [`MODELS`], by index.
    Model(u16),
    Vec(&'static T),
    /// A HAL collection page of these items.
    Page(&'static T),
    /// A free-form object, passed on as it is.
    Object,
    Any,
    /// HAL `_links`, passed on as they are.
    Links,
}

#[derive(Debug)]
pub struct Field {
    /// As the reference spells it (the request form); the JavaScript form is its
    /// JSON.NET camelCase, worked out when needed rather than stored twice.
    pub wire: &'static str,
    pub ty: T,
}

#[derive(Debug)]
pub struct ModelShape {
    pub name: &'static str,
    /// Keeps properties the reference does not name.
    pub open: bool,
    /// No known properties: the object is passed on as it is.
    pub map: bool,
    pub fields: &'static [Field],
}

#[derive(Debug)]
pub struct EnumShape {
    pub name: &'static str,
    pub entries: &'static [(&'static str, i64)],
}

/// Which form to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// camelCase names, enum names: what JavaScript gets.
    Js,
    /// The reference's names, integer enums: the reference's own form.
    Reference,
    /// The reference's names, enum names: what request bodies send (real servers accept
    /// names; the integers of enums the reference does not number are guesses).
    Request,
}

/// The root type of operation `op`'s answer (or `None` for an unknown id).
pub fn response_type(op: &str) -> Option<T> {
    RESPONSES.iter().find(|(id, _)| *id == op).map(|(_, t)| *t)
}

/// The root type of operation `op`'s request body (`None`: it takes none).
pub fn request_type(op: &str) -> Option<T> {
    REQUESTS.iter().find(|(id, _)| *id == op).map(|(_, t)| *t)
}

/// Parses `text` and converts it to `form` as type `ty`.
pub fn convert_text(text: &str, ty: T, form: Form) -> Result<Value, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DecodeError {
        path: "$".into(),
        message: e.to_string(),
    })?;
    convert(value, ty, form, &mut String::from("$"))
}

fn err(path: &str, message: String) -> DecodeError {
    DecodeError {
        path: path.to_owned(),
        message,
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Converts `value` of type `ty`; `path` is the JSON path for errors (restored on return).
pub fn convert(value: Value, ty: T, form: Form, path: &mut String) -> Result<Value, DecodeError> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    let mismatch = |want: &str, v: &Value, path: &str| {
        err(path, format!("expected {want}, got {}", kind_of(v)))
    };
    match ty {
        T::Any | T::Object | T::Links => Ok(value),
        T::Str => match value {
            Value::String(_) => Ok(value),
            other => Err(mismatch("a string", &other, path)),
        },
        T::Int => match &value {
            Value::Number(n) if n.is_i64() || n.is_u64() => Ok(value),
            other => Err(mismatch("an integer", other, path)),
        },
        T::Num => match value {
            Value::Number(_) => Ok(value),
            other => Err(mismatch("a number", &other, path)),
        },
        T::Bool => match value {
            Value::Bool(_) => Ok(value),
            other => Err(mismatch("a boolean", &other, path)),
        },
        T::TimeSpan => match &value {
            Value::String(s) if TimeSpan::parse(s).is_ok() => Ok(value),
            Value::String(s) => Err(err(path, format!("{s:?} is not a .NET TimeSpan"))),
            other => Err(mismatch("a TimeSpan string", other, path)),
        },
        T::DateTime => match &value {
            Value::String(s) if DateTime::parse(s).is_ok() => Ok(value),
            Value::String(s) => Err(err(path, format!("{s:?} is not an ISO 8601 date-time"))),
            other => Err(mismatch("a date-time string", other, path)),
        },
        T::Enum(i) => convert_enum(value, i, form, path),
        T::Vec(item) => match value {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (n, v) in items.into_iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{n}]"));
                    out.push(convert(v, *item, form, path)?);
                    path.truncate(len);
                }
                Ok(Value::Array(out))
            }
            other => Err(mismatch("an array", &other, path)),
        },
        T::Page(item) => convert_page(value, *item, form, path),
        T::Model(i) => convert_model(value, i, form, path),
    }
}

fn convert_enum(value: Value, i: u16, form: Form, path: &str) -> Result<Value, DecodeError> {
    let Some(shape) = ENUMS.get(usize::from(i)) else {
        return Ok(value);
    };
    let entry = match &value {
        Value::Number(n) => n
            .as_i64()
            .and_then(|v| shape.entries.iter().find(|(_, x)| *x == v)),
        Value::String(s) => shape
            .entries
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(s))
            .or_else(|| {
                s.trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|v| shape.entries.iter().find(|(_, x)| *x == v))
            }),
        other => {
            return Err(err(
                path,
                format!(
                    "expected a {} (a name or an integer), got {}",
                    shape.name,
                    kind_of(other)
                ),
            ));
        }
    };
    // A value this version does not know is passed on as received.
    Ok(match (entry, form) {
        (Some((name, _)), Form::Js | Form::Request) => Value::String((*name).to_owned()),
        (Some((_, v)), Form::Reference) => Value::from(*v),
        (None, _) => value,
    })
}

fn convert_page(
    value: Value,
    item: T,
    form: Form,
    path: &mut String,
) -> Result<Value, DecodeError> {
    let Value::Object(map) = value else {
        return Err(err(
            path,
            format!("expected a HAL collection, got {}", kind_of(&value)),
        ));
    };
    let mut out = Map::new();
    for (k, v) in map {
        if k.eq_ignore_ascii_case("count") {
            out.insert("count".into(), convert(v, T::Int, form, path)?);
        } else if k.eq_ignore_ascii_case("_links") {
            out.insert("_links".into(), v);
        } else if k.eq_ignore_ascii_case("_embedded") {
            let len = path.len();
            path.push_str("._embedded");
            let mut embedded = Map::new();
            if let Value::Object(e) = v {
                for (ek, ev) in e {
                    if ek.eq_ignore_ascii_case("items") {
                        path.push_str(".items");
                        embedded
                            .insert("items".into(), convert(ev, T::Vec(leak(item)), form, path)?);
                    } else {
                        embedded.insert(ek, ev);
                    }
                }
            }
            path.truncate(len);
            out.insert("_embedded".into(), Value::Object(embedded));
        }
    }
    Ok(Value::Object(out))
}

/// Item types of pages are `Copy` values; arrays of them need a `&'static T`. The table
/// holds every item type a page can have, so this finds it rather than allocating.
fn leak(item: T) -> &'static T {
    shapes_generated::ITEM_TYPES
        .iter()
        .find(|t| **t == item)
        .unwrap_or(&T::Any)
}

fn convert_model(
    value: Value,
    i: u16,
    form: Form,
    path: &mut String,
) -> Result<Value, DecodeError> {
    let Some(shape) = MODELS.get(usize::from(i)) else {
        return Ok(value);
    };
    let Value::Object(map) = value else {
        return Err(err(
            path,
            format!("expected a {} object, got {}", shape.name, kind_of(&value)),
        ));
    };
    if shape.map {
        return Ok(Value::Object(map));
    }
    let mut out = Map::new();
    for (k, v) in map {
        // Exact spelling first, then ignoring case, as the typed decoder matches.
        let field = shape.fields.iter().find(|f| f.wire == k).or_else(|| {
            shape
                .fields
                .iter()
                .find(|f| f.wire.eq_ignore_ascii_case(&k))
        });
        match field {
            Some(f) => {
                let key = match form {
                    Form::Js => camel_case(f.wire),
                    Form::Reference | Form::Request => f.wire.to_owned(),
                };
                if out.contains_key(&key) {
                    continue; // the first of two spellings wins
                }
                let len = path.len();
                path.push('.');
                path.push_str(&k);
                let converted = convert(v, f.ty, form, path)?;
                path.truncate(len);
                out.insert(key, converted);
            }
            None if shape.open => {
                let key = match form {
                    Form::Js => camel_case(&k),
                    Form::Reference | Form::Request => k,
                };
                out.insert(key, v);
            }
            None => {}
        }
    }
    Ok(Value::Object(out))
}
