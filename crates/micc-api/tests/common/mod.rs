//! Checkers over the JSON documents. Each returns the list of problems it found (empty =
//! fine), so a test can both assert "no problems" on the real documents and assert
//! "this problem is found" on a deliberately broken mini-document.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

pub const METHODS: [&str; 5] = ["get", "post", "put", "delete", "patch"];

/// Operations per tag required by the project (the reference's groups, in order).
pub const EXPECTED_TAG_COUNTS: [(&str, usize); 25] = [
    ("Cases", 2),
    ("Chat", 11),
    ("Dnis", 2),
    ("Email", 13),
    ("GlobalReplyTemplate", 6),
    ("WarningReason", 2),
    ("WebHook", 6),
    ("Extension", 2),
    ("Sms", 7),
    ("Diagnostics", 12),
    ("OpenMedia", 5),
    ("Directory", 4),
    ("Conversations", 3),
    ("History", 2),
    ("MediaServer", 3),
    ("MailServer", 2),
    ("ReasonCode", 2),
    ("Site", 2),
    ("Agents", 10),
    ("Employee", 23),
    ("Queue", 13),
    ("Status", 1),
    ("ApplicationProfile", 2),
    ("Prompt", 2),
    ("Variables", 2),
];

/// The table "Paths known from public code" of wire-facts.md, one (method, path) a row.
pub const KNOWN: [(&str, &str); 19] = [
    ("GET", "/queues/state"),
    ("GET", "/queues/{id}/state"),
    ("GET", "/queues/{id}/conversations"),
    ("PUT", "/queues/{id}/conversations/{conversationId}"),
    ("GET", "/agents/states"),
    ("GET", "/employees/{id}/state"),
    ("PUT", "/employees/{id}/state"),
    ("GET", "/employees/{id}/busyreasoncodes"),
    ("GET", "/employees/{id}/agentgrouppresence"),
    ("PUT", "/employees/{id}/agentgrouppresence"),
    ("PUT", "/employees/{id}/agentgrouppresence/{groupId}"),
    ("POST", "/employees/{id}/conversations"),
    ("PUT", "/employees/{id}/conversations/{conversationId}"),
    ("GET", "/openmedia"),
    ("POST", "/openmedia"),
    ("GET", "/openmedia/{id}"),
    ("GET", "/directory"),
    ("POST", "/directory"),
    ("PUT", "/directory/{id}"),
];

/// The OData system query options every OData collection operation declares.
pub const ODATA_COLLECTION: [&str; 8] = [
    "$filter", "$orderby", "$top", "$skip", "$expand", "$select", "$search", "$count",
];
/// The OData options every OData single-entity operation declares.
pub const ODATA_SINGLE: [&str; 2] = ["$expand", "$select"];

pub fn load_openapi() -> Value {
    serde_json::from_str(micc_api::OPENAPI_JSON).expect("spec/openapi.json is JSON")
}

pub fn load_signalr() -> Value {
    serde_json::from_str(micc_api::SIGNALR_JSON).expect("spec/signalr.json is JSON")
}

/// Every operation as (METHOD, path, operation object).
pub fn each_op(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for m in METHODS {
                if let Some(op) = item.get(m) {
                    out.push((m.to_uppercase(), path.clone(), op));
                }
            }
        }
    }
    out
}

/// `/queues/{id}/x` -> `/queues/{}/x`: two templates that differ only in parameter
/// names route the same requests.
pub fn normalize(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

pub fn tag_counts(doc: &Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for (_, _, op) in each_op(doc) {
        let tag = op
            .pointer("/tags/0")
            .and_then(Value::as_str)
            .unwrap_or("<no tag>");
        *counts.entry(tag.to_string()).or_insert(0) += 1;
    }
    counts
}

pub fn tag_count_problems(doc: &Value, expected: &[(&str, usize)]) -> Vec<String> {
    let counts = tag_counts(doc);
    let mut problems = Vec::new();
    for (tag, n) in expected {
        let got = counts.get(*tag).copied().unwrap_or(0);
        if got != *n {
            problems.push(format!("tag {tag}: {got} operations, expected {n}"));
        }
    }
    for tag in counts.keys() {
        if !expected.iter().any(|(t, _)| t == tag) {
            problems.push(format!("unexpected tag {tag}"));
        }
    }
    let total: usize = counts.values().sum();
    let want: usize = expected.iter().map(|(_, n)| n).sum();
    if total != want {
        problems.push(format!("{total} operations, expected {want}"));
    }
    problems
}

pub fn duplicate_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    let mut routes = BTreeSet::new();
    for (m, p, op) in each_op(doc) {
        match op.get("operationId").and_then(Value::as_str) {
            None => problems.push(format!("{m} {p}: no operationId")),
            Some(id) => {
                if !ids.insert(id.to_string()) {
                    problems.push(format!("operationId {id} repeats"));
                }
            }
        }
        if !routes.insert((m.clone(), normalize(&p).to_lowercase())) {
            problems.push(format!("{m} {p} repeats (parameter names aside)"));
        }
    }
    problems
}

/// Every `$ref` string anywhere in `v`.
pub fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Resolves `r` found in document `from` among `docs` (file name -> document):
/// `#/a/b` points into `from`, `other.json#/a/b` into `other.json`.
pub fn resolve<'a>(
    docs: &'a BTreeMap<&str, Value>,
    from: &str,
    r: &str,
) -> Result<&'a Value, String> {
    let (file, pointer) = r
        .split_once('#')
        .ok_or_else(|| format!("{from}: `{r}` has no `#` fragment"))?;
    let file = if file.is_empty() { from } else { file };
    let doc = docs
        .get(file)
        .ok_or_else(|| format!("{from}: `{r}` points to unknown document `{file}`"))?;
    doc.pointer(pointer)
        .ok_or_else(|| format!("{from}: `{r}` dangles"))
}

pub fn dangling_refs(docs: &BTreeMap<&str, Value>) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, doc) in docs {
        let mut refs = Vec::new();
        collect_refs(doc, &mut refs);
        for r in refs {
            if let Err(e) = resolve(docs, name, &r) {
                problems.push(e);
            }
        }
    }
    problems
}

fn deref<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    v.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| doc.pointer(p))
        .unwrap_or(v)
}

/// Declared parameters of an operation (path-level and operation-level, `$ref` resolved).
pub fn params<'a>(doc: &'a Value, path_item: &'a Value, op: &'a Value) -> Vec<&'a Value> {
    let mut out = Vec::new();
    for list in [path_item.get("parameters"), op.get("parameters")]
        .into_iter()
        .flatten()
    {
        if let Some(items) = list.as_array() {
            out.extend(items.iter().map(|p| deref(doc, p)));
        }
    }
    out
}

pub fn template_params(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_string()))
        .collect()
}

pub fn path_param_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (m, p, op) in each_op(doc) {
        let item = &doc["paths"][&p];
        let declared: Vec<String> = params(doc, item, op)
            .into_iter()
            .filter(|x| x.get("in").and_then(Value::as_str) == Some("path"))
            .filter_map(|x| x.get("name").and_then(Value::as_str).map(str::to_string))
            .collect();
        let in_template = template_params(&p);
        for n in &in_template {
            if !declared.contains(n) {
                problems.push(format!(
                    "{m} {p}: {{{n}}} is not declared as a path parameter"
                ));
            }
        }
        for n in &declared {
            if !in_template.contains(n) {
                problems.push(format!(
                    "{m} {p}: path parameter {n} is not in the template"
                ));
            }
        }
        for x in params(doc, item, op) {
            if x.get("in").and_then(Value::as_str) == Some("path")
                && x.get("required").and_then(Value::as_bool) != Some(true)
            {
                problems.push(format!("{m} {p}: path parameter is not required: {x}"));
            }
        }
    }
    problems
}

/// Every object anywhere in `v` that has a key `key`, with its JSON pointer.
pub fn objects_with<'a>(v: &'a Value, key: &str, at: String, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(map) => {
            if map.contains_key(key) {
                out.push((at.clone(), v));
            }
            for (k, x) in map {
                objects_with(x, key, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                objects_with(x, key, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn names_problems(at: &str, names: Option<&Value>, len: usize, key: &str) -> Vec<String> {
    let Some(names) = names.and_then(Value::as_array) else {
        return vec![format!("{at}: integer enum without {key}")];
    };
    let mut problems = Vec::new();
    if names.len() != len {
        problems.push(format!("{at}: {} {key} for {len} values", names.len()));
    }
    let mut seen = BTreeSet::new();
    for n in names {
        match n.as_str() {
            Some(s) if !s.trim().is_empty() => {
                if !seen.insert(s) {
                    problems.push(format!("{at}: {key} repeats {s}"));
                }
            }
            _ => problems.push(format!("{at}: empty or non-string name {n} in {key}")),
        }
    }
    problems
}

/// Integer enums carry names: `x-enum-names` (and `x-enum-varnames` when present) of the
/// same length, non-empty and unique. Values listed by the reference without names are
/// written `x-enum-values` + `x-enum-names-unknown: true` instead, and only where the
/// reference really gives no names (`unnamed_allowed`, JSON pointers).
pub fn enum_problems(doc: &Value, unnamed_allowed: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut found = Vec::new();
    objects_with(doc, "enum", String::new(), &mut found);
    for (at, s) in found {
        let Some(values) = s.get("enum").and_then(Value::as_array) else {
            problems.push(format!("{at}: enum is not an array"));
            continue;
        };
        if values.is_empty() || !values.iter().all(Value::is_i64) {
            continue; // not an integer enum
        }
        problems.extend(names_problems(
            &at,
            s.get("x-enum-names"),
            values.len(),
            "x-enum-names",
        ));
        if s.get("x-enum-varnames").is_some() {
            problems.extend(names_problems(
                &at,
                s.get("x-enum-varnames"),
                values.len(),
                "x-enum-varnames",
            ));
        }
    }
    let mut unnamed = Vec::new();
    objects_with(doc, "x-enum-values", String::new(), &mut unnamed);
    for (at, s) in unnamed {
        if s.get("x-enum-names-unknown") != Some(&json!(true)) {
            problems.push(format!("{at}: x-enum-values without x-enum-names-unknown"));
        }
        if !unnamed_allowed.contains(&at.as_str()) {
            problems.push(format!("{at}: enum values without names"));
        }
    }
    problems
}

pub fn source_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (m, p, op) in each_op(doc) {
        for key in ["x-path-source", "x-method-source"] {
            match op.get(key).and_then(Value::as_str) {
                Some("known" | "inferred") => {}
                other => problems.push(format!("{m} {p}: {key} is {other:?}")),
            }
        }
        for key in ["x-odata", "x-experimental"] {
            if !op.get(key).is_some_and(Value::is_boolean) {
                problems.push(format!("{m} {p}: {key} is not a boolean"));
            }
        }
        if op
            .get("summary")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            problems.push(format!("{m} {p}: no summary"));
        }
        match op.get("x-access-control") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if !s.is_empty() => {}
            Some(other) => problems.push(format!("{m} {p}: x-access-control is {other}")),
        }
    }
    problems
}

fn is_collection(op: &Value) -> bool {
    let mut refs = Vec::new();
    if let Some(r) = op.get("responses") {
        collect_refs(r, &mut refs);
    }
    refs.iter()
        .any(|r| r == "#/components/schemas/HalCollection")
}

/// OData operations declare the OData options through `components/parameters` (`$ref`),
/// all eight for collections and `$expand`/`$select` for single entities; other operations
/// declare none.
pub fn odata_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (m, p, op) in each_op(doc) {
        let odata = op.get("x-odata").and_then(Value::as_bool).unwrap_or(false);
        let list: Vec<&Value> = op
            .get("parameters")
            .and_then(Value::as_array)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        let mut via_ref = BTreeSet::new();
        for x in &list {
            let name = deref(doc, x)
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("");
            if name.starts_with('$') {
                match x.get("$ref").and_then(Value::as_str) {
                    Some(r) if r.starts_with("#/components/parameters/") => {
                        via_ref.insert(name.to_string());
                    }
                    _ => problems.push(format!("{m} {p}: {name} is not a components $ref")),
                }
            }
        }
        let want: &[&str] = match (odata, is_collection(op)) {
            (false, _) => &[],
            (true, true) => &ODATA_COLLECTION,
            (true, false) => &ODATA_SINGLE,
        };
        for w in want {
            if !via_ref.contains(*w) {
                problems.push(format!("{m} {p}: OData operation does not reference {w}"));
            }
        }
        for got in &via_ref {
            if !want.contains(&got.as_str()) {
                problems.push(format!("{m} {p}: declares {got} but is not marked for it"));
            }
        }
    }
    problems
}

/// Every known (method, path) is present and marked known; nothing else is marked known.
pub fn known_path_problems(doc: &Value, known: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let known_paths: BTreeSet<String> = known.iter().map(|(_, p)| normalize(p)).collect();
    let known_routes: BTreeSet<(String, String)> = known
        .iter()
        .map(|(m, p)| (m.to_string(), normalize(p)))
        .collect();
    let ops = each_op(doc);
    for (m, p) in &known_routes {
        if !ops.iter().any(|(om, op, _)| om == m && normalize(op) == *p) {
            problems.push(format!("known {m} {p} is missing"));
        }
    }
    for (m, p, op) in &ops {
        let n = normalize(p);
        let want_path = if known_paths.contains(&n) {
            "known"
        } else {
            "inferred"
        };
        let want_method = if known_routes.contains(&(m.clone(), n)) {
            "known"
        } else {
            "inferred"
        };
        if op.get("x-path-source").and_then(Value::as_str) != Some(want_path) {
            problems.push(format!("{m} {p}: x-path-source should be {want_path}"));
        }
        if op.get("x-method-source").and_then(Value::as_str) != Some(want_method) {
            problems.push(format!("{m} {p}: x-method-source should be {want_method}"));
        }
    }
    problems
}

/// Collections name their item model: `x-item-schema` equals the `$ref` under
/// `_embedded.items`, and only collections carry `x-item-schema`.
pub fn item_schema_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (m, p, op) in each_op(doc) {
        let declared = op.get("x-item-schema").and_then(Value::as_str);
        let mut found = None;
        if let Some(responses) = op.get("responses").and_then(Value::as_object) {
            for r in responses.values() {
                let mut all = Vec::new();
                objects_with(r, "allOf", String::new(), &mut all);
                for (_, s) in all {
                    for part in s["allOf"].as_array().into_iter().flatten() {
                        if let Some(item) = part
                            .pointer("/properties/_embedded/properties/items/items/$ref")
                            .and_then(Value::as_str)
                        {
                            found = item.rsplit('/').next().map(str::to_string);
                        }
                    }
                }
            }
        }
        match (declared, found.as_deref(), is_collection(op)) {
            (Some(d), Some(f), true) if d == f => {}
            (None, None, false) => {}
            other => problems.push(format!("{m} {p}: item schema mismatch {other:?}")),
        }
    }
    problems
}

/// Paths are lowercase outside their `{parameters}` and start with `/`.
pub fn path_style_problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for p in paths.keys() {
            let n = normalize(p);
            if !p.starts_with('/') || n != n.to_lowercase() || p.ends_with('/') {
                problems.push(format!("{p}: not a lowercase absolute template"));
            }
        }
    }
    problems
}
