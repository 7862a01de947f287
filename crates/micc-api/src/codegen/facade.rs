//! Writes micc-client's JavaScript facade (`js/facade_generated.js`: the resource-grouped
//! classes over the wasm `WasmClient`) and its declarations (`js/api_generated.d.ts`) from
//! the operations and their `x-client`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::HEADER;
use super::client_rust::{has_summary, inferred_note, pascal};
use super::typescript::jsdoc;
use crate::{ArgKind, ClientGroup, ClientMethod, Operation, Payload, SpecError, invalid};

/// The TypeScript type of a payload.
fn ts_type(p: &Payload) -> String {
    match p {
        Payload::None => "void".into(),
        Payload::Model(n) => n.clone(),
        Payload::ArrayOf(n) => format!("{n}[]"),
        Payload::Collection(n) => format!("HalPage<{n}>"),
        Payload::Inline(v) => match v.get("type").and_then(|t| t.as_str()) {
            Some("string") => "string".into(),
            Some("boolean") => "boolean".into(),
            Some("integer") | Some("number") => "number".into(),
            Some("array") => match v.pointer("/items/type").and_then(|t| t.as_str()) {
                Some("string") => "string[]".into(),
                _ => "JsonObject[]".into(),
            },
            Some("object") => "{ [key: string]: string }".into(),
            _ => "JsonValue".into(),
        },
    }
}

/// The request form of a body model (required fields required, closed enums).
fn ts_request_type(p: &Payload) -> String {
    match p {
        Payload::Model(n) => format!("{n}Request"),
        Payload::ArrayOf(n) => format!("{n}Request[]"),
        Payload::Collection(n) => format!("HalPage<{n}Request>"),
        other => ts_type(other),
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn class_of(group: &str) -> String {
    if group.is_empty() {
        "MiccClient".into()
    } else {
        pascal(group)
    }
}

fn js_method(c: &ClientMethod, op: &Operation, bound: Option<&str>, out: &mut String) {
    let params: Vec<String> = c.args.iter().map(|a| camel(&a.name)).collect();
    let mut path: Vec<String> = bound
        .map(|b| format!("this.{}", camel(b)))
        .into_iter()
        .collect();
    let mut query = Vec::new();
    let mut body = None;
    for a in &c.args {
        match &a.kind {
            ArgKind::Path(_) => path.push(camel(&a.name)),
            ArgKind::PathBool(_) => path.push(format!("String({})", camel(&a.name))),
            ArgKind::Query(wire) => query.push(format!("{wire}: {}", camel(&a.name))),
            ArgKind::Body => body = Some(camel(&a.name)),
        }
    }
    let mut extra = Vec::new();
    if !query.is_empty() {
        extra.push(format!(
            "query: {{ ...options?.query, {} }}",
            query.join(", ")
        ));
    }
    if let Some(b) = body {
        extra.push(format!("body: {b}"));
    }
    let options = if extra.is_empty() {
        "options".to_owned()
    } else {
        format!("{{ ...options, {} }}", extra.join(", "))
    };
    let mut all = params;
    all.push("options".into());
    let target = if c.group.is_empty() {
        "this"
    } else {
        "this.client"
    };
    let _ = writeln!(
        out,
        "    {}({}) {{\n      return {target}._call(\"{}\", [{}], {options});\n    }}",
        camel(&c.name),
        all.join(", "),
        op.operation_id,
        path.join(", ")
    );
}

fn ts_method(c: &ClientMethod, op: &Operation, out: &mut String) {
    let mut params: Vec<String> = c
        .args
        .iter()
        .map(|a| match &a.kind {
            ArgKind::Path(_) => format!("{}: string | number", camel(&a.name)),
            ArgKind::Query(_) => format!("{}: string", camel(&a.name)),
            ArgKind::PathBool(_) => format!("{}: boolean", camel(&a.name)),
            ArgKind::Body => format!("{}: {}", camel(&a.name), ts_request_type(&op.request)),
        })
        .collect();
    let opts = if op.is_collection {
        "CollectionOptions"
    } else {
        "CallOptions"
    };
    params.push(format!("options?: {opts}"));
    let mut docs = Vec::new();
    if has_summary(op) {
        docs.push(op.summary.clone());
    }
    if let Some(a) = &op.access_control {
        docs.push(format!("Access control: {a}"));
    }
    docs.push(format!(
        "`{} {}` (`{}`){}",
        op.method,
        op.path,
        op.operation_id,
        inferred_note(op)
    ));
    jsdoc(out, "  ", &docs);
    let _ = writeln!(
        out,
        "  {}({}): Promise<{}>;",
        camel(&c.name),
        params.join(", "),
        ts_type(&op.response)
    );
}

/// `(js/facade_generated.js, js/api_generated.d.ts)`.
pub fn render(
    ops: &[Operation],
    groups: &[ClientGroup],
    model_names: &[String],
) -> Result<(String, String), SpecError> {
    let mut by_group: BTreeMap<&str, Vec<(&ClientMethod, &Operation)>> = BTreeMap::new();
    for op in ops {
        let c = op
            .client
            .as_ref()
            .ok_or_else(|| invalid(&op.operation_id, "missing x-client"))?;
        by_group.entry(c.group.as_str()).or_default().push((c, op));
    }
    let group = |name: &str| groups.iter().find(|g| g.name == name);
    let mut js = String::from(HEADER);
    js.push_str(
        "\n/** Builds the resource-grouped client over the wasm `WasmClient`. */\n\
         export function defineClient(WasmClient) {\n",
    );
    let mut dts = String::new();
    for (name, methods) in &by_group {
        if name.is_empty() {
            continue;
        }
        let class = class_of(name);
        let g = group(name).ok_or_else(|| invalid(*name, "x-client group is not declared"))?;
        let ctor = match &g.bound {
            Some(b) => format!(
                "constructor(client, {b}) {{ this.client = client; this.{b} = {b}; }}",
                b = camel(b)
            ),
            None => "constructor(client) { this.client = client; }".into(),
        };
        let _ = writeln!(js, "  class {class} {{\n    {ctor}");
        let title = match &g.of {
            Some(of) => format!(
                "{}().{}",
                camel(of),
                g.accessors
                    .iter()
                    .map(|a| format!("{}({})", a.name, if a.value.is_some() { "" } else { "..." }))
                    .collect::<Vec<_>>()
                    .join("/")
            ),
            None => format!("{}()", camel(name)),
        };
        let _ = writeln!(
            dts,
            "/** `{title}`: {} */\nexport interface {class} {{",
            g.doc.replace("*/", "*\\/")
        );
        for (c, op) in methods {
            js_method(c, op, g.bound.as_deref(), &mut js);
            ts_method(c, op, &mut dts);
        }
        for child in groups.iter().filter(|x| x.of.as_deref() == Some(*name)) {
            let cclass = class_of(&child.name);
            for a in &child.accessors {
                match &a.value {
                    Some(v) => {
                        let _ = writeln!(
                            js,
                            "    {}() {{\n      return new {cclass}(this.client, {v:?});\n    }}",
                            a.name
                        );
                        let _ = writeln!(dts, "  /** {} */\n  {}(): {cclass};", a.doc, a.name);
                    }
                    None => {
                        let b = camel(child.bound.as_deref().unwrap_or("id"));
                        let _ = writeln!(
                            js,
                            "    {}({b}) {{\n      return new {cclass}(this.client, {b});\n    }}",
                            a.name
                        );
                        let _ = writeln!(
                            dts,
                            "  /** {} */\n  {}({b}: string | number): {cclass};",
                            a.doc, a.name
                        );
                    }
                }
            }
        }
        js.push_str("  }\n\n");
        dts.push_str("}\n\n");
    }
    js.push_str(
        "  class MiccClient {\n\
         \x20   #wasm;\n\
         \x20   constructor(options) {\n\
         \x20     this.#wasm = new WasmClient(options);\n\
         \x20   }\n\
         \x20   /** Runs an operation by id: `_call(\"Queue_GetQueueState\", [\"Sales\"], {})`. */\n\
         \x20   _call(operation, args, options) {\n\
         \x20     return this.#wasm.call(operation, args, options ?? {});\n\
         \x20   }\n\
         \x20   /** Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known). */\n\
         \x20   setToken(token, expiresIn) {\n\
         \x20     this.#wasm.setToken(token, expiresIn);\n\
         \x20   }\n\
         \x20   /** Replaces the credentials; a refusal of the old ones is forgotten. */\n\
         \x20   setCredentials(auth) {\n\
         \x20     this.#wasm.setCredentials(auth);\n\
         \x20   }\n\
         \x20   /** The real-time channel (one per client, made on first use). */\n\
         \x20   get realtime() {\n\
         \x20     return this.#wasm.realtime;\n\
         \x20   }\n",
    );
    dts.push_str(
        "/** A client of one Mitel CX SDK server. */\nexport declare class MiccClient {\n  constructor(options: ClientOptions);\n  \
         /** Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known): with auth type \"token\" it replaces the token, otherwise it is used until it lapses or is refused. Throws a MiccError (kind \"invalid-argument\") for a token no header can carry. */\n  \
         setToken(token: string, expiresIn?: number): void;\n  \
         /** Replaces the credentials (e.g. after the user typed a new password): the old token is dropped and a refusal of the old credentials is forgotten. */\n  \
         setCredentials(auth: AuthOptions): void;\n  \
         /** The real-time channel: SignalR subscriptions with snapshots, one connection per client (see realtime.d.ts). */\n  \
         readonly realtime: Realtime;\n",
    );
    for name in by_group.keys().filter(|g| !g.is_empty()) {
        if group(name).is_some_and(|g| g.of.is_some()) {
            continue;
        }
        let class = class_of(name);
        let _ = writeln!(
            js,
            "    {}() {{\n      return new {class}(this);\n    }}",
            camel(name)
        );
        let _ = writeln!(dts, "  {}(): {class};", camel(name));
    }
    for (c, op) in by_group.get("").into_iter().flatten() {
        js_method(c, op, None, &mut js);
        ts_method(c, op, &mut dts);
    }
    js.push_str("  }\n\n  return MiccClient;\n}\n");
    dts.push_str("}\n");

    // Import exactly the model types the declarations name.
    let used: Vec<String> = model_names
        .iter()
        .flat_map(|n| [n.clone(), format!("{n}Request")])
        .filter(|n| {
            dts.contains(&format!("<{n}>"))
                || dts.contains(&format!(": {n})"))
                || dts.contains(&format!(": {n},"))
                || dts.contains(&format!(": {n};"))
                || dts.contains(&format!("{n}[]"))
        })
        .collect();
    let head = format!(
        "{HEADER}\nimport type {{ {} }} from \"./models_generated.js\";\n\
         import type {{ AuthOptions, CallOptions, ClientOptions, CollectionOptions }} from \"./options.js\";\n\
         import type {{ Realtime }} from \"./realtime.js\";\n\n",
        used.iter()
            .map(String::as_str)
            .chain(["HalPage", "JsonObject", "JsonValue"])
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok((js, head + &dts))
}
