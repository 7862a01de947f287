//! How micc-client exposes the operations: the document's `x-client-groups` (the resource
//! groups, e.g. `queues`) and each operation's `x-client` (its group, method name and argument
//! names). The generator writes the Rust and JavaScript methods from these, so the document
//! is the one source of `client.queues().state(id)`.
//!
//! An operation's arguments are, in this order: its path parameters (less the one a bound
//! group such as `employee` carries), its required non-OData query parameters, then its
//! request body. `x-client.args` only names them; their kinds come from the parameters.

use serde_json::Value;

use crate::{SpecError, invalid};

/// How one positional argument of a method is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgKind {
    /// The path parameter of this name.
    Path(String),
    /// A path parameter whose schema is a boolean (`true`/`false`).
    PathBool(String),
    /// The query parameter of this name.
    Query(String),
    /// The request body.
    Body,
}

/// One argument: its name in Rust (snake_case; camelCase in JavaScript) and how it travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientArg {
    pub name: String,
    pub kind: ArgKind,
}

/// An operation's method (`x-client`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientMethod {
    /// The group accessor (`queues`); empty for methods of the client itself (`status`).
    pub group: String,
    /// The method name in Rust (snake_case; JavaScript uses camelCase).
    pub name: String,
    pub args: Vec<ClientArg>,
    /// A note for the method's documentation, after the summary.
    pub doc: Option<String>,
}

/// A way to reach a bound group from its parent (`employees().me()`, `employees().id(x)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accessor {
    pub name: String,
    /// The fixed value of the bound parameter (`"me"`); `None`: the accessor takes it.
    pub value: Option<String>,
    pub doc: String,
}

/// A resource group (`x-client-groups`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientGroup {
    /// The accessor on the client, e.g. `queues`; its type is the PascalCase name.
    pub name: String,
    pub doc: String,
    /// For a group reached through another one: the path parameter it carries (`id`).
    pub bound: Option<String>,
    /// The group it is reached from (`employees`).
    pub of: Option<String>,
    pub accessors: Vec<Accessor>,
}

fn text(v: &Value, key: &str, at: &str) -> Result<String, SpecError> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| invalid(at, format!("missing string `{key}`")))
}

fn opt_text(v: &Value, key: &str, at: &str) -> Result<Option<String>, SpecError> {
    match v.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(at, format!("`{key}` is not a string"))),
    }
}

fn is_identifier(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The `x-client-groups` of a document (empty when it has none).
pub fn parse_groups(doc: &Value) -> Result<Vec<ClientGroup>, SpecError> {
    let Some(list) = doc.get("x-client-groups") else {
        return Ok(Vec::new());
    };
    let list = list
        .as_array()
        .ok_or_else(|| invalid("x-client-groups", "expected an array"))?;
    let mut groups: Vec<ClientGroup> = Vec::new();
    for (i, g) in list.iter().enumerate() {
        let at = format!("x-client-groups[{i}]");
        let name = text(g, "name", &at)?;
        if !is_identifier(&name) || groups.iter().any(|x| x.name == name) {
            return Err(invalid(
                at,
                format!("`{name}` is not a new snake_case name"),
            ));
        }
        let accessors = g
            .get("accessors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|a| {
                Ok(Accessor {
                    name: text(a, "name", &at)?,
                    value: opt_text(a, "value", &at)?,
                    doc: text(a, "doc", &at)?,
                })
            })
            .collect::<Result<Vec<_>, SpecError>>()?;
        let group = ClientGroup {
            doc: text(g, "doc", &at)?,
            bound: opt_text(g, "bound", &at)?,
            of: opt_text(g, "of", &at)?,
            accessors,
            name,
        };
        if group.bound.is_some() != group.of.is_some()
            || group.bound.is_some() == group.accessors.is_empty()
        {
            return Err(invalid(at, "`bound`, `of` and `accessors` go together"));
        }
        groups.push(group);
    }
    for g in &groups {
        if let Some(of) = &g.of
            && !groups.iter().any(|p| &p.name == of && p.of.is_none())
        {
            return Err(invalid(
                "x-client-groups",
                format!("`{}` is reached from unknown group `{of}`", g.name),
            ));
        }
    }
    Ok(groups)
}

/// What an operation offers as arguments, in order, before naming.
pub(crate) struct Offered<'a> {
    /// Path parameters: name and whether the schema is a boolean.
    pub path: &'a [(String, bool)],
    /// Required query parameters other than the OData options.
    pub required_query: Vec<&'a str>,
    pub body: bool,
}

/// Reads an operation's `x-client` against what it offers and the document's groups.
pub(crate) fn parse_method(
    v: &Value,
    offered: &Offered<'_>,
    groups: &[ClientGroup],
    at: &str,
) -> Result<ClientMethod, SpecError> {
    let at = &format!("{at} x-client");
    let group = text(v, "group", at)?;
    let name = text(v, "method", at)?;
    if !is_identifier(&name) {
        return Err(invalid(at, format!("`{name}` is not a snake_case name")));
    }
    let mut path = offered.path;
    if !group.is_empty() {
        let g = groups
            .iter()
            .find(|g| g.name == group)
            .ok_or_else(|| invalid(at, format!("group `{group}` is not in x-client-groups")))?;
        if let Some(bound) = &g.bound {
            match path.split_first() {
                Some(((first, _), rest)) if first == bound => path = rest,
                _ => {
                    return Err(invalid(
                        at,
                        format!("group `{group}` needs the first path parameter `{bound}`"),
                    ));
                }
            }
        }
    }
    let kinds: Vec<ArgKind> = path
        .iter()
        .map(|(p, is_bool)| {
            if *is_bool {
                ArgKind::PathBool(p.clone())
            } else {
                ArgKind::Path(p.clone())
            }
        })
        .chain(
            offered
                .required_query
                .iter()
                .map(|q| ArgKind::Query((*q).to_owned())),
        )
        .chain(offered.body.then_some(ArgKind::Body))
        .collect();
    let names: Vec<String> = v
        .get("args")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid(at, "missing array `args`"))?
        .iter()
        .map(|n| n.as_str().map(str::to_owned))
        .collect::<Option<_>>()
        .ok_or_else(|| invalid(at, "`args` are not strings"))?;
    if names.len() != kinds.len() {
        return Err(invalid(
            at,
            format!(
                "names {} arguments, the operation takes {} ({kinds:?})",
                names.len(),
                kinds.len()
            ),
        ));
    }
    if let Some(bad) = names.iter().find(|n| !is_identifier(n)) {
        return Err(invalid(
            at,
            format!("argument `{bad}` is not a snake_case name"),
        ));
    }
    Ok(ClientMethod {
        group,
        name,
        args: names
            .into_iter()
            .zip(kinds)
            .map(|(name, kind)| ClientArg { name, kind })
            .collect(),
        doc: opt_text(v, "doc", at)?,
    })
}
