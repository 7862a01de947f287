//! Writes `crates/micc-client/js/models_generated.d.ts`: the models as the JavaScript API hands them
//! out (the real servers' form: camelCase names, enum names as strings).

use super::model::{Field, Model, ModelKind, Ty};
use super::names::is_ts_ident;
use std::fmt::Write as _;

fn ts_type(ty: &Ty) -> String {
    match ty {
        Ty::String => "string".into(),
        Ty::Integer | Ty::Number => "number".into(),
        Ty::Boolean => "boolean".into(),
        Ty::TimeSpan => "TimeSpan".into(),
        Ty::DateTime => "DateTime".into(),
        Ty::Enum(n) | Ty::Model(n) => n.clone(),
        Ty::Vec(t) => format!("{}[]", ts_type(t)),
        Ty::JsonObject => "JsonObject".into(),
        Ty::JsonValue => "JsonValue".into(),
        Ty::Links => "Links".into(),
    }
}

/// A JSDoc comment (`*/` inside the text is broken up so it cannot end the comment).
pub(crate) fn jsdoc(out: &mut String, indent: &str, paragraphs: &[String]) {
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .map(|p| p.replace("*/", "*\\/").replace(['\n', '\r'], " "))
        .filter(|p| !p.trim().is_empty())
        .collect();
    match paragraphs.as_slice() {
        [] => {}
        [one] => {
            let _ = writeln!(out, "{indent}/** {} */", one.trim());
        }
        many => {
            let _ = writeln!(out, "{indent}/**");
            for (i, p) in many.iter().enumerate() {
                if i > 0 {
                    let _ = writeln!(out, "{indent} *");
                }
                let _ = writeln!(out, "{indent} * {}", p.trim());
            }
            let _ = writeln!(out, "{indent} */");
        }
    }
}

fn key(name: &str) -> String {
    if is_ts_ident(name) {
        name.to_string()
    } else {
        serde_json::Value::String(name.to_string()).to_string()
    }
}

fn field_docs(f: &Field) -> Vec<String> {
    let mut p = Vec::new();
    if let Some(d) = &f.description {
        p.push(d.clone());
    }
    if let Some(n) = &f.note {
        p.push(n.clone());
    }
    p.push(format!("Reference name `{}`.", f.wire));
    p
}

/// A property's type in a request body: nested models and enums in their request form.
fn ts_request_type(ty: &Ty, models: &[Model]) -> String {
    match ty {
        Ty::Enum(n) | Ty::Model(n) if models.iter().any(|m| &m.name == n) => format!("{n}Request"),
        Ty::Vec(t) => format!("{}[]", ts_request_type(t, models)),
        other => ts_type(other),
    }
}

/// The models request bodies reach, from the bodies' own models through their properties.
fn request_closure(models: &[Model], roots: &[String]) -> Vec<String> {
    fn named(ty: &Ty) -> Option<&str> {
        match ty {
            Ty::Enum(n) | Ty::Model(n) => Some(n),
            Ty::Vec(t) => named(t),
            _ => None,
        }
    }
    let mut seen: Vec<String> = Vec::new();
    let mut todo: Vec<String> = roots.to_vec();
    while let Some(n) = todo.pop() {
        if seen.contains(&n) {
            continue;
        }
        if let Some(m) = models.iter().find(|m| m.name == n) {
            todo.extend(
                m.fields()
                    .iter()
                    .filter_map(|f| named(&f.ty))
                    .map(str::to_owned),
            );
            seen.push(n);
        }
    }
    seen
}

/// Whether a request body must carry the property: the reference marks it required and it is
/// not a value type. The reference (Swashbuckle) marks every non-nullable .NET value type
/// required, but JSON.NET fills a missing one with its default, and public code leaves them
/// out (wire-facts.md: `{ conversationAction: 'Pick', id: '…' }` for a body whose enums,
/// date-time and flags the reference marks required).
fn required_in_requests(f: &Field) -> bool {
    let value_type = matches!(
        f.ty,
        Ty::Enum(_) | Ty::Boolean | Ty::Integer | Ty::Number | Ty::DateTime | Ty::TimeSpan
    );
    f.required && !value_type
}

/// The request form of one model: the reference's required properties are required, enums
/// are closed unions of the names servers accept.
fn render_request(out: &mut String, m: &Model, models: &[Model]) {
    let name = format!("{}Request", m.name);
    match &m.kind {
        ModelKind::Enum { entries, .. } => {
            let _ = writeln!(out, "/** `{}` as a request body may carry it. */", m.name);
            let _ = writeln!(out, "export type {name} =");
            let last = entries.len().saturating_sub(1);
            for (i, (n, _)) in entries.iter().enumerate() {
                let _ = writeln!(out, "  | \"{n}\"{}", if i == last { ";" } else { "" });
            }
            if entries.is_empty() {
                out.push_str("  never;\n");
            }
        }
        ModelKind::Map => {
            let _ = writeln!(
                out,
                "/** `{}` in a request body. */\nexport type {name} = JsonObject;",
                m.name
            );
        }
        ModelKind::Struct { fields, open } => {
            let _ = writeln!(
                out,
                "/** `{}` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */\nexport interface {name} {{",
                m.name
            );
            for f in fields {
                let ty = ts_request_type(&f.ty, models);
                if required_in_requests(f) {
                    let _ = writeln!(out, "  {}: {ty};", key(&f.camel));
                } else {
                    let _ = writeln!(out, "  {}?: {ty} | null;", key(&f.camel));
                }
            }
            if *open {
                out.push_str("  [key: string]: unknown;\n");
            }
            out.push_str("}\n");
        }
    }
}

/// The whole declaration file. `request_roots`: the models request bodies are made of; they
/// (and what they contain) also get a `...Request` form.
pub fn render(models: &[Model], request_roots: &[String]) -> String {
    let mut out = String::from(
        "// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.\n\
         // Do not edit: cargo run -p micc-api --features codegen --example gen_client\n\
         //\n\
         // The models as the JavaScript API of micc-client hands them out: the real servers'\n\
         // form (JSON.NET camelCase property names, enum names as strings, TimeSpans and\n\
         // date-times as strings). Any property may be missing or null. An enum value this\n\
         // version does not know is passed on as received (a number or a string). Request\n\
         // bodies take the `...Request` forms at the end: required properties required, enums\n\
         // closed unions of the names servers accept.\n\
         \n\
         /** Any JSON value. */\n\
         export type JsonValue =\n  \
         | null\n  | boolean\n  | number\n  | string\n  | JsonValue[]\n  | { [key: string]: JsonValue };\n\
         \n\
         /** A JSON object whose members the reference does not describe. */\n\
         export type JsonObject = { [key: string]: JsonValue };\n\
         \n\
         /** An enum value this version does not know, as received: a number or a string. */\n\
         export type UnknownEnumValue = number | (string & {});\n\
         \n\
         /** A .NET TimeSpan in the \"c\" format `[-][d.]hh:mm:ss[.fffffff]`, e.g. `\"00:03:12\"`. */\n\
         export type TimeSpan = string;\n\
         \n\
         /** An RFC 3339 date-time, e.g. `\"2024-05-01T12:30:00.123Z\"`. */\n\
         export type DateTime = string;\n\
         \n\
         /** A HAL link. */\n\
         export interface Link {\n  \
         href?: string | null;\n  templated?: boolean | null;\n  title?: string | null;\n  \
         name?: string | null;\n}\n\
         \n\
         /** HAL `_links`: relation name to one link or several. */\n\
         export type Links = { [rel: string]: Link | Link[] };\n\
         \n\
         /** A HAL collection page as servers send it: `count`, `_links`, `_embedded.items`. */\n\
         export interface HalPage<T> {\n  \
         count?: number | null;\n  _links?: Links | null;\n  \
         _embedded?: { items?: T[] | null } | null;\n}\n",
    );
    for m in models {
        out.push('\n');
        let mut docs = Vec::new();
        if let Some(d) = &m.description {
            docs.push(d.clone());
        }
        match &m.kind {
            ModelKind::Enum { entries, assumed } => {
                if assumed.is_some() {
                    docs.push(
                        "Names assumed (the reference does not list them); other values arrive \
                         as received."
                            .into(),
                    );
                }
                jsdoc(&mut out, "", &docs);
                let _ = writeln!(out, "export type {} =", m.name);
                for (name, _) in entries {
                    let _ = writeln!(out, "  | \"{name}\"");
                }
                out.push_str("  | UnknownEnumValue;\n");
            }
            ModelKind::Map => {
                docs.push("Its properties are not known: passed on as received.".into());
                jsdoc(&mut out, "", &docs);
                let _ = writeln!(out, "export type {} = JsonObject;", m.name);
            }
            ModelKind::Struct { fields, open } => {
                jsdoc(&mut out, "", &docs);
                let _ = writeln!(out, "export interface {} {{", m.name);
                for f in fields {
                    jsdoc(&mut out, "  ", &field_docs(f));
                    let _ = writeln!(out, "  {}?: {} | null;", key(&f.camel), ts_type(&f.ty));
                }
                if *open {
                    out.push_str(
                        "  /** Properties the reference does not name, as received. */\n  \
                         [key: string]: unknown;\n",
                    );
                }
                out.push_str("}\n");
            }
        }
    }
    let requests = request_closure(models, request_roots);
    for m in models.iter().filter(|m| requests.contains(&m.name)) {
        out.push('\n');
        render_request(&mut out, m, models);
    }
    out
}
