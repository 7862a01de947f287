//! Writes micc-client's operation tables and methods from the operations and their
//! `x-client`: `src/api/ops_generated.rs` (one `Op` per operation), `methods_generated.rs`
//! (the method table the JavaScript facade is written from) and `groups_generated.rs` (the
//! Rust methods, `client.queues().state(id)`).

use std::fmt::Write as _;

use super::HEADER;
use super::names::snake_case;
use super::rust::{doc, doc_text};
use crate::{ArgKind, ClientGroup, ClientMethod, Operation, Payload, Source, SpecError, invalid};

/// `Queue_GetQueueState` -> `QUEUE_GET_QUEUE_STATE`. "SignalR" is one word in these names.
pub fn const_name(operation_id: &str) -> String {
    operation_id
        .replace("SignalR", "Signalr")
        .split('_')
        .map(|part| snake_case(part).trim_start_matches("r#").to_uppercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// `queue_groups` -> `QueueGroups`.
pub fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The documentation paragraphs of an operation: summary, the method's note, access
/// control, and which of its path and method are inferred.
pub fn op_paragraphs(op: &Operation, note: Option<&str>) -> Vec<String> {
    let mut p = Vec::new();
    if has_summary(op) {
        p.push(doc_text(&op.summary));
    }
    if let Some(n) = note {
        p.push(n.to_owned());
    }
    if let Some(a) = &op.access_control {
        p.push(format!("Access control: {}", doc_text(a)));
    }
    p.push(format!(
        "`{} {}` (`{}`){}",
        op.method,
        op.path,
        op.operation_id,
        inferred_note(op)
    ));
    p
}

/// The reference gives a sentence (some operations' summary is only their id).
pub fn has_summary(op: &Operation) -> bool {
    !op.summary.is_empty() && op.summary != op.operation_id
}

/// `""`, or a sentence saying the path or method is inferred.
pub fn inferred_note(op: &Operation) -> &'static str {
    match (op.path_source, op.method_source) {
        (Source::Inferred, _) => {
            ": the path and method are inferred from the reference, not seen on a real server."
        }
        (_, Source::Inferred) => {
            ": the method is inferred from the reference, not seen on a real server."
        }
        _ => ".",
    }
}

fn client_of(op: &Operation) -> Result<&ClientMethod, SpecError> {
    op.client
        .as_ref()
        .ok_or_else(|| invalid(&op.operation_id, "missing x-client"))
}

/// `src/api/ops_generated.rs`.
pub fn render_ops(ops: &[Operation]) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "\n//! Every operation of the API description, as data (see [`super`]).\n\n\
         use super::{Op, ParamType, q};\nuse micc_api::Method;\n",
    );
    for op in ops {
        out.push('\n');
        doc(&mut out, "", &op_paragraphs(op, None));
        let query: Vec<String> = op
            .query_params
            .iter()
            .filter(|p| !p.odata)
            .map(|p| {
                let ty = match p.schema_type.as_deref() {
                    Some("integer") => "Integer",
                    Some("boolean") => "Boolean",
                    _ => "String",
                };
                format!("q({:?}, ParamType::{ty}, {})", p.name, p.required)
            })
            .collect();
        let _ = writeln!(
            out,
            "pub const {}: Op = Op {{\n    id: {:?},\n    method: Method::{:?},\n    path: {:?},\n    \
             odata: {},\n    collection: {},\n    query: &[{}],\n    body: {},\n    idempotent: {},\n}};",
            const_name(&op.operation_id),
            op.operation_id,
            op.method,
            op.path,
            op.odata,
            op.is_collection,
            query.join(", "),
            op.request != Payload::None,
            op.idempotent,
        );
    }
    out.push_str("\n/// Every operation, in the reference's order.\npub const ALL: &[Op] = &[\n");
    for op in ops {
        let _ = writeln!(out, "    {},", const_name(&op.operation_id));
    }
    out.push_str("];\n");
    out
}

/// `src/api/methods_generated.rs`.
pub fn render_methods(ops: &[Operation]) -> Result<String, SpecError> {
    let mut out = String::from(HEADER);
    out.push_str(
        "\n//! The method table (see [`super`]).\n\nuse super::{Arg, MethodSpec};\n\n\
         /// Every public method, one per operation.\npub const METHODS: &[MethodSpec] = &[\n",
    );
    for op in ops {
        let c = client_of(op)?;
        let args: Vec<String> = c
            .args
            .iter()
            .map(|a| match &a.kind {
                ArgKind::Path(_) => format!("Arg::Path({:?})", a.name),
                ArgKind::PathBool(_) => format!("Arg::PathBool({:?})", a.name),
                ArgKind::Query(w) => format!("Arg::Query({:?}, {w:?})", a.name),
                ArgKind::Body => format!("Arg::Body({:?})", a.name),
            })
            .collect();
        let _ = writeln!(
            out,
            "    MethodSpec {{ group: {:?}, name: {:?}, operation: {:?}, args: &[{}] }},",
            c.group,
            c.name,
            op.operation_id,
            args.join(", ")
        );
    }
    out.push_str("];\n");
    Ok(out)
}

/// The Rust type an operation answers.
fn response_type(p: &Payload) -> String {
    match p {
        Payload::None => "String".into(),
        Payload::Model(n) => n.clone(),
        Payload::ArrayOf(n) => format!("Vec<{n}>"),
        Payload::Collection(n) => format!("HalPage<{n}>"),
        Payload::Inline(v) => match v.get("type").and_then(|t| t.as_str()) {
            Some("boolean") => "bool".into(),
            Some("integer") => "i64".into(),
            Some("number") => "f64".into(),
            Some("array") => "Vec<Value>".into(),
            Some("object") => "Map".into(),
            Some("string") => "String".into(),
            _ => "Value".into(),
        },
    }
}

/// The Rust parameter type of a request body, and how `with_body` takes it.
fn body_type(p: &Payload, name: &str) -> (String, String) {
    match p {
        Payload::ArrayOf(n) => (format!("&[{n}]"), format!("&{name}")),
        Payload::Model(n) => (format!("&{n}"), name.to_owned()),
        Payload::Collection(n) => (format!("&HalPage<{n}>"), name.to_owned()),
        Payload::None | Payload::Inline(_) => ("&Value".into(), name.to_owned()),
    }
}

fn render_method(out: &mut String, op: &Operation, c: &ClientMethod, bound: Option<&str>) {
    let lifetime = if c.group.is_empty() { "'_" } else { "'c" };
    let client = if c.group.is_empty() {
        "self"
    } else {
        "self.client"
    };
    let mut params = vec!["&self".to_owned()];
    let mut path: Vec<String> = bound
        .map(|b| format!("self.{b}.as_str()"))
        .into_iter()
        .collect();
    let mut tail = String::new();
    for a in &c.args {
        match &a.kind {
            ArgKind::Path(_) => {
                params.push(format!("{}: &str", a.name));
                path.push(a.name.clone());
            }
            ArgKind::PathBool(_) => {
                params.push(format!("{}: bool", a.name));
                path.push(format!("bool_str({})", a.name));
            }
            ArgKind::Query(wire) => {
                params.push(format!("{}: &str", a.name));
                let _ = write!(tail, "\n            .param({wire:?}, {})", a.name);
            }
            ArgKind::Body => {
                let (ty, arg) = body_type(&op.request, &a.name);
                params.push(format!("{}: {ty}", a.name));
                let _ = write!(tail, "\n            .with_body({arg})");
            }
        }
    }
    doc(out, "    ", &op_paragraphs(op, c.doc.as_deref()));
    let _ = writeln!(
        out,
        "    pub fn {}({}) -> Call<{lifetime}, P, {}> {{\n        call({client}, &ops::{}, &[{}]){tail}\n    }}",
        c.name,
        params.join(", "),
        response_type(&op.response),
        const_name(&op.operation_id),
        path.join(", "),
    );
}

/// `src/api/groups_generated.rs`.
pub fn render_groups(ops: &[Operation], groups: &[ClientGroup]) -> Result<String, SpecError> {
    let mut out = String::from(HEADER);
    out.push_str(
        "\n//! The resource groups (see [`super`]).\n\n\
         use serde_json::Value;\n\n\
         use super::{Call, Map, bool_str, call};\nuse crate::api::ops;\n\
         use crate::client::MiccClient;\nuse crate::hal::HalPage;\nuse crate::http::Platform;\n\
         use crate::models::*;\n",
    );
    for op in ops {
        let c = client_of(op)?;
        if !c.group.is_empty() && !groups.iter().any(|g| g.name == c.group) {
            return Err(invalid(&op.operation_id, "x-client group is not declared"));
        }
    }
    fn in_group<'a>(
        ops: &'a [Operation],
        name: &'a str,
    ) -> impl Iterator<Item = (&'a Operation, &'a ClientMethod)> + 'a {
        ops.iter()
            .filter_map(|o| o.client.as_ref().map(|c| (o, c)))
            .filter(move |(_, c)| c.group == name)
    }
    for g in groups {
        let ty = pascal(&g.name);
        out.push('\n');
        match &g.bound {
            None => {
                let _ = writeln!(
                    out,
                    "group!(\n    /// {}\n    {ty}, {}\n);\n",
                    g.doc, g.name
                );
            }
            Some(b) => {
                let _ = writeln!(
                    out,
                    "/// {}\npub struct {ty}<'c, P> {{\n    client: &'c MiccClient<P>,\n    {b}: String,\n}}\n",
                    g.doc
                );
            }
        }
        let _ = writeln!(out, "impl<'c, P: Platform + 'static> {ty}<'c, P> {{");
        for (op, c) in in_group(ops, &g.name) {
            render_method(&mut out, op, c, g.bound.as_deref());
        }
        for child in groups.iter().filter(|x| x.of.as_deref() == Some(&g.name)) {
            let cty = pascal(&child.name);
            let b = child.bound.as_deref().unwrap_or("id");
            for a in &child.accessors {
                let (param, value) = match &a.value {
                    Some(v) => (String::new(), format!("{v:?}.to_owned()")),
                    None => (format!(", {b}: &str"), format!("{b}.to_owned()")),
                };
                let _ = writeln!(
                    out,
                    "    /// {}\n    pub fn {}(&self{param}) -> {cty}<'c, P> {{\n        {cty} {{\n            client: self.client,\n            {b}: {value},\n        }}\n    }}",
                    a.doc, a.name
                );
            }
        }
        out.push_str("}\n");
    }
    let own: Vec<_> = in_group(ops, "").collect();
    if !own.is_empty() {
        out.push_str("\nimpl<P: Platform + 'static> MiccClient<P> {\n");
        for (op, c) in own {
            render_method(&mut out, op, c, None);
        }
        out.push_str("}\n");
    }
    Ok(out)
}
