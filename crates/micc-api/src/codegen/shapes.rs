//! Writes the models as data for the JavaScript API, twice from one index:
//! micc-client's `src/api/shapes_generated.rs` (the Rust table its converter walks) and
//! `js/shapes_generated.js` (the same table for a converter in JavaScript). Enums and
//! models have the same indices in both.

use std::fmt::Write as _;

use super::HEADER;
use super::model::{Model, ModelKind, Ty};
use crate::{Operation, Payload, SpecError, invalid};

/// A value's type, as both tables spell it.
#[derive(Debug, Clone, PartialEq)]
enum Code {
    Str,
    Int,
    Num,
    Bool,
    TimeSpan,
    DateTime,
    Object,
    Any,
    Links,
    Enum(usize),
    Model(usize),
    Vec(Box<Code>),
    Page(Box<Code>),
}

impl Code {
    fn rust(&self) -> String {
        match self {
            Code::Str => "T::Str".into(),
            Code::Int => "T::Int".into(),
            Code::Num => "T::Num".into(),
            Code::Bool => "T::Bool".into(),
            Code::TimeSpan => "T::TimeSpan".into(),
            Code::DateTime => "T::DateTime".into(),
            Code::Object => "T::Object".into(),
            Code::Any => "T::Any".into(),
            Code::Links => "T::Links".into(),
            Code::Enum(i) => format!("T::Enum({i})"),
            Code::Model(i) => format!("T::Model({i})"),
            Code::Vec(t) => format!("T::Vec(&{})", t.rust()),
            Code::Page(t) => format!("T::Page(&{})", t.rust()),
        }
    }

    fn js(&self) -> String {
        match self {
            Code::Str => "s".into(),
            Code::Int => "i".into(),
            Code::Num => "n".into(),
            Code::Bool => "b".into(),
            Code::TimeSpan => "t".into(),
            Code::DateTime => "d".into(),
            Code::Object => "o".into(),
            Code::Any => "a".into(),
            Code::Links => "l".into(),
            Code::Enum(i) => format!("e{i}"),
            Code::Model(i) => format!("m{i}"),
            Code::Vec(t) => format!("[{}", t.js()),
            Code::Page(t) => format!("p{}", t.js()),
        }
    }
}

struct Index<'m> {
    enums: Vec<&'m Model>,
    models: Vec<&'m Model>,
}

impl<'m> Index<'m> {
    fn new(models: &'m [Model]) -> Self {
        let is_enum = |m: &&Model| matches!(m.kind, ModelKind::Enum { .. });
        Index {
            enums: models.iter().filter(is_enum).collect(),
            models: models.iter().filter(|m| !is_enum(m)).collect(),
        }
    }

    fn named(&self, n: &str) -> Result<Code, SpecError> {
        if let Some(i) = self.enums.iter().position(|e| e.name == n) {
            Ok(Code::Enum(i))
        } else if let Some(i) = self.models.iter().position(|m| m.name == n) {
            Ok(Code::Model(i))
        } else {
            Err(invalid(n, "no generated type of this name"))
        }
    }

    fn ty(&self, ty: &Ty) -> Result<Code, SpecError> {
        Ok(match ty {
            Ty::String => Code::Str,
            Ty::Integer => Code::Int,
            Ty::Number => Code::Num,
            Ty::Boolean => Code::Bool,
            Ty::TimeSpan => Code::TimeSpan,
            Ty::DateTime => Code::DateTime,
            Ty::Enum(n) | Ty::Model(n) => self.named(n)?,
            Ty::Vec(t) => Code::Vec(Box::new(self.ty(t)?)),
            Ty::JsonObject => Code::Object,
            Ty::JsonValue => Code::Any,
            Ty::Links => Code::Links,
        })
    }

    fn payload(&self, p: &Payload) -> Result<Option<Code>, SpecError> {
        Ok(Some(match p {
            Payload::None => return Ok(None),
            Payload::Model(n) => self.named(n)?,
            Payload::ArrayOf(n) => Code::Vec(Box::new(self.named(n)?)),
            Payload::Collection(n) => Code::Page(Box::new(self.named(n)?)),
            Payload::Inline(v) => match v.get("type").and_then(|t| t.as_str()) {
                Some("string") => Code::Str,
                Some("boolean") => Code::Bool,
                Some("integer") => Code::Int,
                Some("number") => Code::Num,
                Some("array") => match v.pointer("/items/type").and_then(|t| t.as_str()) {
                    Some("string") => Code::Vec(Box::new(Code::Str)),
                    _ => Code::Vec(Box::new(Code::Any)),
                },
                Some("object") => Code::Object,
                _ => Code::Any,
            },
        }))
    }
}

/// A model's flags and fields: (open, map, [(wire, type)]).
type Row = (bool, bool, Vec<(String, Code)>);

struct Tables {
    enums: Vec<(String, Vec<(String, i64)>)>,
    models: Vec<(String, Row)>,
    responses: Vec<(String, Code)>,
    requests: Vec<(String, Code)>,
}

fn tables(models: &[Model], ops: &[Operation]) -> Result<Tables, SpecError> {
    let index = Index::new(models);
    let enums = index
        .enums
        .iter()
        .filter_map(|m| match &m.kind {
            ModelKind::Enum { entries, .. } => Some((m.name.clone(), entries.clone())),
            _ => None,
        })
        .collect();
    let mut rows = Vec::new();
    for m in &index.models {
        let row = match &m.kind {
            ModelKind::Enum { .. } => continue,
            ModelKind::Map => (true, true, Vec::new()),
            ModelKind::Struct { fields, open } => (
                *open,
                false,
                fields
                    .iter()
                    .map(|f| Ok((f.wire.clone(), index.ty(&f.ty)?)))
                    .collect::<Result<_, SpecError>>()?,
            ),
        };
        rows.push((m.name.clone(), row));
    }
    let mut responses = Vec::new();
    for op in ops {
        let c = index.payload(&op.response)?.unwrap_or(Code::Any);
        responses.push((op.operation_id.clone(), c));
    }
    let mut requests = Vec::new();
    for op in ops {
        if let Some(c) = index.payload(&op.request)? {
            requests.push((op.operation_id.clone(), c));
        }
    }
    Ok(Tables {
        enums,
        models: rows,
        responses,
        requests,
    })
}

/// `src/api/shapes_generated.rs`.
pub fn render_rust(models: &[Model], ops: &[Operation]) -> Result<String, SpecError> {
    let t = tables(models, ops)?;
    let mut out = String::from(HEADER);
    out.push_str("\nuse super::{EnumShape, Field, ModelShape, T};\n\n");
    out.push_str("pub static ENUMS: &[EnumShape] = &[\n");
    for (name, entries) in &t.enums {
        let list: Vec<String> = entries
            .iter()
            .map(|(n, v)| format!("({n:?}, {v})"))
            .collect();
        let _ = writeln!(
            out,
            "    EnumShape {{ name: {name:?}, entries: &[{}] }},",
            list.join(", ")
        );
    }
    out.push_str("];\n\npub static MODELS: &[ModelShape] = &[\n");
    for (name, (open, map, fields)) in &t.models {
        let _ = writeln!(
            out,
            "    ModelShape {{\n        name: {name:?},\n        open: {open},\n        map: {map},\n        fields: &["
        );
        for (wire, ty) in fields {
            let _ = writeln!(
                out,
                "            Field {{ wire: {wire:?}, ty: {} }},",
                ty.rust()
            );
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n\npub static RESPONSES: &[(&str, T)] = &[\n");
    for (id, c) in &t.responses {
        let _ = writeln!(out, "    ({id:?}, {}),", c.rust());
    }
    out.push_str("];\n\npub static REQUESTS: &[(&str, T)] = &[\n");
    for (id, c) in &t.requests {
        let _ = writeln!(out, "    ({id:?}, {}),", c.rust());
    }
    out.push_str("];\n");
    Ok(out)
}

fn js_str(s: &str) -> String {
    // JSON string syntax is JavaScript string syntax.
    serde_json::Value::String(s.to_owned()).to_string()
}

/// `js/shapes_generated.js`: the same tables as a plain ES module.
pub fn render_js(models: &[Model], ops: &[Operation]) -> Result<String, SpecError> {
    let t = tables(models, ops)?;
    let mut out = String::from(HEADER);
    out.push_str(
        "// Type codes: \"s\" string, \"i\" integer, \"n\" number, \"b\" boolean, \"t\" .NET TimeSpan, \"d\" date-time,\n\
         // \"o\" free-form object, \"a\" any, \"l\" HAL _links, \"e<N>\" enum ENUMS[N], \"m<N>\" model MODELS[N],\n\
         // \"[<T>\" array of T, \"p<T>\" HAL page of T.\n",
    );
    let enums: Vec<String> = t
        .enums
        .iter()
        .map(|(name, entries)| {
            let list: Vec<String> = entries
                .iter()
                .map(|(n, v)| format!("{}, {v}", js_str(n)))
                .collect();
            format!("[{}, [{}]]", js_str(name), list.join(", "))
        })
        .collect();
    let _ = writeln!(out, "export const ENUMS = [\n{}\n];", enums.join(",\n"));
    out.push_str(
        "// [name, flags (1: open, keeps unknown keys; 2: map, passed on as it is), [wire, type, wire, type, ...]]\n",
    );
    let rows: Vec<String> = t
        .models
        .iter()
        .map(|(name, (open, map, fields))| {
            let flags = u8::from(*open) | (u8::from(*map) << 1);
            let list: Vec<String> = fields
                .iter()
                .map(|(w, c)| format!("{}, {}", js_str(w), js_str(&c.js())))
                .collect();
            format!("[{}, {flags}, [{}]]", js_str(name), list.join(", "))
        })
        .collect();
    let _ = writeln!(out, "export const MODELS = [\n{}\n];", rows.join(",\n"));
    let map = |list: &[(String, Code)]| -> String {
        list.iter()
            .map(|(id, c)| format!("{}: {}", js_str(id), js_str(&c.js())))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    let _ = writeln!(
        out,
        "export const RESPONSES = {{\n{}\n}};",
        map(&t.responses)
    );
    let _ = writeln!(out, "export const REQUESTS = {{\n{}\n}};", map(&t.requests));
    Ok(out)
}
