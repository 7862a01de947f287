//! Generates the JavaScript facade (js/facade.js) and its TypeScript declarations
//! (js/index.d.ts) from the method table and the API description, and fails when the
//! checked-in files differ. `MICC_REGENERATE=1 cargo test -p micc-client --test js_facade`
//! rewrites them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use micc_api::Payload;
use micc_client::api::methods::{Arg, METHODS, MethodSpec};

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

fn pascal(snake: &str) -> String {
    let c = camel(snake);
    let mut chars = c.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// The TypeScript type of a payload of the description.
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

struct Op {
    collection: bool,
    response: String,
    request: String,
}

fn operations() -> BTreeMap<String, Op> {
    micc_api::operations()
        .unwrap()
        .into_iter()
        .map(|o| {
            let op = Op {
                collection: o.is_collection,
                response: ts_type(&o.response),
                request: ts_type(&o.request),
            };
            (o.operation_id, op)
        })
        .collect()
}

/// Group accessor -> class name; `""` is the client itself.
fn class_of(group: &str) -> String {
    match group {
        "" => "MiccClient".into(),
        "employee" => "Employee".into(),
        g => pascal(g),
    }
}

fn js_method(m: &MethodSpec, out: &mut String) {
    let params: Vec<String> = m
        .args
        .iter()
        .map(|a| match a {
            Arg::Path(n) | Arg::PathBool(n) | Arg::Query(n, _) | Arg::Body(n) => camel(n),
        })
        .collect();
    let mut path: Vec<String> = Vec::new();
    if m.group == "employee" {
        path.push("this.id".into());
    }
    let mut query = Vec::new();
    let mut body = None;
    for a in m.args {
        match a {
            Arg::Path(n) => path.push(camel(n)),
            Arg::PathBool(n) => path.push(format!("String({})", camel(n))),
            Arg::Query(n, wire) => query.push(format!("{wire}: {}", camel(n))),
            Arg::Body(n) => body = Some(camel(n)),
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
    let mut all = params.clone();
    all.push("options".into());
    let target = if m.group.is_empty() {
        "this"
    } else {
        "this.client"
    };
    let _ = writeln!(
        out,
        "  {}({}) {{\n    return {target}._call(\"{}\", [{}], {options});\n  }}",
        camel(m.name),
        all.join(", "),
        m.operation,
        path.join(", ")
    );
}

fn ts_method(m: &MethodSpec, op: &Op, out: &mut String) {
    let mut params: Vec<String> = m
        .args
        .iter()
        .map(|a| match a {
            Arg::Path(n) | Arg::Query(n, _) => format!("{}: string", camel(n)),
            Arg::PathBool(n) => format!("{}: boolean", camel(n)),
            Arg::Body(n) => format!("{}: {}", camel(n), op.request),
        })
        .collect();
    let opts = if op.collection {
        "CollectionOptions"
    } else {
        "CallOptions"
    };
    params.push(format!("options?: {opts}"));
    let _ = writeln!(
        out,
        "  /** `{}` */\n  {}({}): Promise<{}>;",
        m.operation,
        camel(m.name),
        params.join(", "),
        op.response
    );
}

fn generate() -> (String, String) {
    let ops = operations();
    let mut groups: BTreeMap<&str, Vec<&MethodSpec>> = BTreeMap::new();
    for m in METHODS {
        groups.entry(m.group).or_default().push(m);
    }
    let mut js = String::from(
        "// @generated by crates/micc-client/tests/js_facade.rs from the method table and the API\n\
         // description. Do not edit: MICC_REGENERATE=1 cargo test -p micc-client --test js_facade\n\n\
         /** Builds the resource-grouped client over the wasm `WasmClient`. */\n\
         export function defineClient(WasmClient) {\n",
    );
    let mut dts = String::from(
        "// @generated by crates/micc-client/tests/js_facade.rs. Do not edit.\n\n\
         import type * as M from \"./models.js\";\n\
         import type { HalPage, JsonObject, JsonValue } from \"./models.js\";\n\
         export * from \"./models.js\";\n\n",
    );
    dts.push_str(include_str!("../js/options.d.ts.in"));
    for (group, methods) in &groups {
        let class = class_of(group);
        if group.is_empty() {
            continue;
        }
        let ctor = if *group == "employee" {
            "constructor(client, id) { this.client = client; this.id = id; }"
        } else {
            "constructor(client) { this.client = client; }"
        };
        let _ = writeln!(js, "  class {class} {{\n    {ctor}");
        let _ = writeln!(
            dts,
            "/** Operations of `{}`. */\nexport interface {class} {{",
            if *group == "employee" {
                "employees().me()/id(...)"
            } else {
                group
            }
        );
        for m in methods {
            let mut body = String::new();
            js_method(m, &mut body);
            js.push_str(&body.replace("\n  ", "\n    ").replacen("  ", "    ", 1));
            ts_method(m, &ops[m.operation], &mut dts);
        }
        if *group == "employees" {
            js.push_str("    me() {\n      return new Employee(this.client, \"me\");\n    }\n    id(id) {\n      return new Employee(this.client, id);\n    }\n");
            dts.push_str("  /** The caller's own employee. */\n  me(): Employee;\n  /** An employee by id, username or reporting number. */\n  id(id: string): Employee;\n");
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
         \x20   }\n",
    );
    dts.push_str(
        "/** A client of one Mitel CX SDK server. */\nexport declare class MiccClient {\n  constructor(options: ClientOptions);\n  \
         /** Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known): with auth type \"token\" it replaces the token, otherwise it is used until it lapses or is refused. Throws a MiccError (kind \"invalid-argument\") for a token no header can carry. */\n  \
         setToken(token: string, expiresIn?: number): void;\n  \
         /** Replaces the credentials (e.g. after the user typed a new password): the old token is dropped and a refusal of the old credentials is forgotten. */\n  \
         setCredentials(auth: AuthOptions): void;\n",
    );
    for group in groups.keys().filter(|g| !g.is_empty() && **g != "employee") {
        let class = class_of(group);
        let _ = writeln!(
            js,
            "    {}() {{\n      return new {class}(this);\n    }}",
            camel(group)
        );
        let _ = writeln!(dts, "  {}(): {class};", camel(group));
    }
    for m in groups.get("").into_iter().flatten() {
        let mut body = String::new();
        js_method(m, &mut body);
        js.push_str(&body.replace("\n  ", "\n    ").replacen("  ", "    ", 1));
        ts_method(m, &ops[m.operation], &mut dts);
    }
    js.push_str("  }\n\n  return MiccClient;\n}\n");
    dts.push_str("}\n");
    // Model types are referenced unqualified; keep the namespace import used.
    dts = dts.replace("import type * as M from \"./models.js\";\n", "");
    let model_names: Vec<String> = micc_api::openapi_document()
        .unwrap()
        .pointer("/components/schemas")
        .and_then(|s| s.as_object())
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default();
    let used: Vec<&String> = model_names
        .iter()
        .filter(|n| {
            dts.contains(&format!("<{n}>"))
                || dts.contains(&format!(": {n}"))
                || dts.contains(&format!("{n}[]"))
        })
        .collect();
    let import = format!(
        "import type {{ {} }} from \"./models.js\";\n",
        used.iter()
            .map(|s| s.as_str())
            .chain(["HalPage", "JsonObject", "JsonValue"])
            .collect::<Vec<_>>()
            .join(", ")
    );
    dts = dts.replace(
        "import type { HalPage, JsonObject, JsonValue } from \"./models.js\";\n",
        &import,
    );
    (js, dts)
}

#[test]
fn the_javascript_facade_is_generated_from_the_method_table() {
    let (js, dts) = generate();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    if std::env::var_os("MICC_REGENERATE").is_some() {
        std::fs::write(dir.join("facade.js"), &js).unwrap();
        std::fs::write(dir.join("index.d.ts"), &dts).unwrap();
    }
    let on_disk = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    assert!(
        on_disk("facade.js") == js,
        "js/facade.js is stale: MICC_REGENERATE=1 cargo test -p micc-client --test js_facade"
    );
    assert!(
        on_disk("index.d.ts") == dts,
        "js/index.d.ts is stale: MICC_REGENERATE=1 cargo test -p micc-client --test js_facade"
    );
    assert!(
        !dts.contains("any"),
        "the public declarations must not use `any`"
    );
    assert_eq!(
        js.matches("._call(\"").count(),
        METHODS.len(),
        "one JavaScript method per operation"
    );
}
