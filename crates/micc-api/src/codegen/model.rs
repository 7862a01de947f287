//! The models of the document, resolved into a small intermediate form that the Rust,
//! TypeScript and sample writers share.

use super::enums::{self, EnumKey};
use super::json::Node;
use super::names::{camel_case, is_type_ident, snake_case};
use crate::{SpecError, invalid};
use std::collections::BTreeMap;

/// The type of a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    String,
    /// `type: integer` (any format): `i64`.
    Integer,
    /// `type: number`: `f64`.
    Number,
    Boolean,
    /// `x-dotnet-timespan`.
    TimeSpan,
    /// `format: date-time`.
    DateTime,
    /// A generated enum, by name.
    Enum(String),
    /// A generated model, by name.
    Model(String),
    Vec(Box<Ty>),
    /// A free-form object (`type: object` without properties, `_embedded`).
    JsonObject,
    /// Anything (items of collapsed arrays, untyped properties).
    JsonValue,
    /// HAL `_links`.
    Links,
}

/// One property of a struct model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The name as the reference spells it (the reference form's key).
    pub wire: String,
    /// The Rust field name (`snake_case`, raw for keywords).
    pub rust: String,
    /// The name real servers send (JSON.NET camelCase).
    pub camel: String,
    pub ty: Ty,
    pub description: Option<String>,
    /// The reference marks it required (request bodies only; decoding never requires it).
    pub required: bool,
    /// A remark of the generator (inferred TimeSpan, assumed enum values, ...).
    pub note: Option<String>,
}

/// What a model is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelKind {
    /// An object with known properties. `open`: the reference does not show all of them
    /// (`x-collapsed` with properties, or a shape taken from wire-facts.md), so the others
    /// are kept too.
    Struct { fields: Vec<Field>, open: bool },
    /// An object whose properties the reference does not show at all (`x-collapsed`).
    Map,
    /// An integer enum: names and values in value order.
    Enum {
        entries: Vec<(String, i64)>,
        /// `Some(note)` when the table is an assumption (not documented).
        assumed: Option<&'static str>,
    },
}

/// A generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub name: String,
    pub description: Option<String>,
    /// `x-from`: which sample or body of the reference it was transcribed from.
    pub from: Option<String>,
    /// It is a component schema of the document (not a helper type of the generator).
    pub component: bool,
    pub kind: ModelKind,
}

impl Model {
    pub fn fields(&self) -> &[Field] {
        match &self.kind {
            ModelKind::Struct { fields, .. } => fields,
            _ => &[],
        }
    }
}

/// Every model of the document (component schemas, then the enums the assumed tables add
/// and the helper structs of inline objects), sorted by name.
pub fn models(doc: &Node) -> Result<Vec<Model>, SpecError> {
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Node::as_object)
        .ok_or_else(|| invalid("components.schemas", "expected an object"))?;
    let mut cx = Context {
        schemas,
        extra: Vec::new(),
        assumed_used: BTreeMap::new(),
        assumed_uses: BTreeMap::new(),
    };
    let mut out = Vec::new();
    for (name, schema) in schemas {
        if !is_type_ident(name) {
            return Err(invalid(
                format!("components.schemas.{name}"),
                "the schema name is not a Rust type name",
            ));
        }
        out.push(cx.component(name, schema)?);
    }
    for assumed in cx.assumed_used.values() {
        if out.iter().any(|m| m.name == assumed.rust_name) {
            continue;
        }
        let uses = cx.assumed_uses.get(assumed.rust_name).map(|u| {
            let list: Vec<String> = u.iter().map(|p| format!("`{p}`")).collect();
            format!("The values of {}.", list.join(", "))
        });
        out.push(Model {
            name: assumed.rust_name.to_string(),
            description: uses,
            from: None,
            component: false,
            kind: ModelKind::Enum {
                entries: owned_entries(assumed.entries),
                assumed: Some(assumed.note),
            },
        });
    }
    out.append(&mut cx.extra);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    for pair in out.windows(2) {
        if let [a, b] = pair
            && a.name == b.name
        {
            return Err(invalid(&a.name, "two generated types have this name"));
        }
    }
    Ok(out)
}

fn owned_entries(entries: &[(&str, i64)]) -> Vec<(String, i64)> {
    entries.iter().map(|(n, v)| (n.to_string(), *v)).collect()
}

struct Context<'a> {
    schemas: &'a [(String, Node)],
    /// Helper structs of inline objects with properties.
    extra: Vec<Model>,
    /// Assumed tables in use, by Rust name (sorted, so the output is stable).
    assumed_used: BTreeMap<&'static str, &'static enums::AssumedEnum>,
    /// The properties (`Schema.Property`) typed by each assumed table.
    assumed_uses: BTreeMap<&'static str, Vec<String>>,
}

impl<'a> Context<'a> {
    fn schema(&self, name: &str) -> Option<&'a Node> {
        self.schemas.iter().find(|(n, _)| n == name).map(|(_, s)| s)
    }

    fn component(&mut self, name: &str, schema: &Node) -> Result<Model, SpecError> {
        let at = format!("components.schemas.{name}");
        let description = schema.str_of("description").map(str::to_string);
        let from = schema.str_of("x-from").map(str::to_string);
        let kind = if let Some(values) = schema.get("enum") {
            ModelKind::Enum {
                entries: document_enum(schema, values, &at)?,
                assumed: None,
            }
        } else if schema.get("x-enum-values").is_some() {
            let Some(EnumKey::Assumed(table)) = enums::lookup(name) else {
                return Err(invalid(
                    at,
                    "enum without names and without an assumed table",
                ));
            };
            check_listed_values(schema, table, &at)?;
            self.assumed_used.insert(table.rust_name, table);
            if table.rust_name != name {
                return Err(invalid(
                    at,
                    "the assumed table of this enum has another name",
                ));
            }
            ModelKind::Enum {
                entries: owned_entries(table.entries),
                assumed: Some(table.note),
            }
        } else if let Some(props) = schema.get("properties").and_then(Node::as_object) {
            let open =
                schema.flag("x-collapsed") || schema.str_of("x-source") == Some("wire-facts");
            ModelKind::Struct {
                fields: self.fields(name, schema, props)?,
                open,
            }
        } else if schema.str_of("type") == Some("object") {
            ModelKind::Map
        } else {
            return Err(invalid(at, "neither an enum nor an object schema"));
        };
        Ok(Model {
            name: name.to_string(),
            description,
            from,
            component: true,
            kind,
        })
    }

    fn fields(
        &mut self,
        owner: &str,
        schema: &Node,
        props: &[(String, Node)],
    ) -> Result<Vec<Field>, SpecError> {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Node::as_array)
            .into_iter()
            .flatten()
            .filter_map(Node::as_str)
            .collect();
        let mut fields = Vec::new();
        for (wire, prop) in props {
            let at = format!("{owner}.{wire}");
            let (ty, note) = self.prop_type(owner, wire, prop, &at)?;
            let rust = snake_case(wire);
            if rust.is_empty() || fields.iter().any(|f: &Field| f.rust == rust) {
                return Err(invalid(at, "no distinct Rust field name"));
            }
            if fields
                .iter()
                .any(|f: &Field| f.wire.eq_ignore_ascii_case(wire))
            {
                return Err(invalid(at, "two properties differ only in case"));
            }
            fields.push(Field {
                camel: camel_case(wire),
                rust,
                ty,
                description: prop.str_of("description").map(str::to_string),
                required: required.contains(&wire.as_str()),
                note,
                wire: wire.clone(),
            });
        }
        Ok(fields)
    }

    /// The type of property `prop` of `owner`, and a remark for its documentation.
    fn prop_type(
        &mut self,
        owner: &str,
        prop: &str,
        schema: &Node,
        at: &str,
    ) -> Result<(Ty, Option<String>), SpecError> {
        if prop == "_links" {
            return Ok((Ty::Links, None));
        }
        let ref_name = schema
            .str_of("$ref")
            .map(|r| {
                r.strip_prefix("#/components/schemas/")
                    .ok_or_else(|| invalid(at, format!("unsupported $ref `{r}`")))
            })
            .transpose()?;
        let target = match ref_name {
            Some(n) => Some(
                self.schema(n)
                    .ok_or_else(|| invalid(at, format!("dangling $ref `{n}`")))?,
            ),
            None => None,
        };
        let unlisted = |s: &Node| {
            s.flag("x-enum-unlisted")
                || s.flag("x-enum-names-unknown")
                || s.get("x-enum-values").is_some()
        };
        // An enum of the document, referenced directly.
        if let (Some(n), Some(t)) = (ref_name, target)
            && t.get("enum").is_some()
        {
            return Ok((Ty::Enum(n.to_string()), None));
        }
        let untyped = target.is_none() && schema.get("type").is_none();
        if unlisted(schema) || target.is_some_and(unlisted) || untyped {
            // The simulator's order: `Schema.Property`, then the property, then the schema.
            let qualified = format!("{owner}.{prop}");
            let found = if untyped {
                // An untyped property is an enum only when registered under its exact
                // `Schema.Property` (MediaPresence.AcdState).
                enums::lookup(&qualified)
            } else {
                enums::lookup(&qualified)
                    .or_else(|| enums::lookup(prop))
                    .or_else(|| ref_name.and_then(enums::lookup))
            };
            match found {
                Some(EnumKey::Document(name)) => {
                    if self.schema(name).and_then(|s| s.get("enum")).is_none() {
                        return Err(invalid(at, format!("alias to `{name}`, not an enum")));
                    }
                    let note = format!(
                        "The reference does not list this property's values; they are assumed \
                         to be those of `{name}`, as the simulator does."
                    );
                    return Ok((Ty::Enum(name.to_string()), Some(note)));
                }
                Some(EnumKey::Assumed(table)) => {
                    self.assumed_used.insert(table.rust_name, table);
                    let uses = self.assumed_uses.entry(table.rust_name).or_default();
                    if !uses.iter().any(|u| u == &qualified) {
                        uses.push(qualified.clone());
                    }
                    if let Some(values) = schema.get("x-enum-values") {
                        check_values_in(values, table, at)?;
                    }
                    let note = "The reference does not list this enum's names and values: the \
                                generated table is the simulator's assumption, and any other \
                                value is kept as received.";
                    return Ok((
                        Ty::Enum(table.rust_name.to_string()),
                        Some(note.to_string()),
                    ));
                }
                None if untyped => {
                    let ty = if prop == "_embedded" {
                        Ty::JsonObject
                    } else {
                        Ty::JsonValue
                    };
                    return Ok((ty, None));
                }
                None => {
                    return Err(invalid(
                        at,
                        "an enum whose values the reference does not list, and no assumed table \
                         for it (add one to codegen/enums.rs and the simulator)",
                    ));
                }
            }
        }
        if let Some(n) = ref_name {
            return Ok((Ty::Model(n.to_string()), None));
        }
        let ty = match schema.str_of("type") {
            Some("string") if schema.flag("x-dotnet-timespan") => {
                let note = "A .NET TimeSpan; the reference shows a string, the type is \
                            inferred from the name.";
                return Ok((Ty::TimeSpan, Some(note.to_string())));
            }
            Some("string") if schema.str_of("format") == Some("date-time") => Ty::DateTime,
            Some("string") => Ty::String,
            Some("integer") => Ty::Integer,
            Some("number") => Ty::Number,
            Some("boolean") => Ty::Boolean,
            Some("array") => {
                let items = schema
                    .get("items")
                    .ok_or_else(|| invalid(at, "array without items"))?;
                let empty = items.as_object().is_some_and(<[_]>::is_empty);
                if empty {
                    Ty::Vec(Box::new(Ty::JsonValue))
                } else {
                    let (item, note) = self.prop_type(owner, prop, items, at)?;
                    return Ok((Ty::Vec(Box::new(item)), note));
                }
            }
            Some("object") => match schema.get("properties").and_then(Node::as_object) {
                Some(props) if !props.is_empty() => {
                    let name = format!("{owner}{}", pascal(prop));
                    let fields = self.fields(&name, schema, props)?;
                    self.extra.push(Model {
                        name: name.clone(),
                        description: schema.str_of("description").map(str::to_string),
                        from: None,
                        component: false,
                        kind: ModelKind::Struct {
                            fields,
                            open: false,
                        },
                    });
                    Ty::Model(name)
                }
                _ => Ty::JsonObject,
            },
            other => {
                return Err(invalid(at, format!("unsupported type {other:?}")));
            }
        };
        Ok((ty, None))
    }
}

/// `_embedded` → `Embedded`.
fn pascal(prop: &str) -> String {
    let trimmed = prop.trim_start_matches('_');
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `enum` + `x-enum-names` of a document enum schema.
fn document_enum(schema: &Node, values: &Node, at: &str) -> Result<Vec<(String, i64)>, SpecError> {
    let values = values
        .as_array()
        .ok_or_else(|| invalid(at, "`enum` is not an array"))?;
    let names = schema
        .get("x-enum-names")
        .and_then(Node::as_array)
        .ok_or_else(|| invalid(at, "an enum without `x-enum-names`"))?;
    if names.len() != values.len() {
        return Err(invalid(at, "`enum` and `x-enum-names` differ in length"));
    }
    let mut entries = Vec::new();
    for (v, n) in values.iter().zip(names) {
        let (Some(v), Some(n)) = (v.as_i64(), n.as_str()) else {
            return Err(invalid(
                at,
                "enum values must be integers and names strings",
            ));
        };
        if !is_type_ident(n) {
            return Err(invalid(at, format!("enum name `{n}` is not an identifier")));
        }
        entries.push((n.to_string(), v));
    }
    Ok(entries)
}

fn check_listed_values(
    schema: &Node,
    table: &enums::AssumedEnum,
    at: &str,
) -> Result<(), SpecError> {
    match schema.get("x-enum-values") {
        Some(values) => check_values_in(values, table, at),
        None => Ok(()),
    }
}

/// Every value the document lists has a name in the assumed table.
fn check_values_in(values: &Node, table: &enums::AssumedEnum, at: &str) -> Result<(), SpecError> {
    for v in values.as_array().into_iter().flatten() {
        let v = v
            .as_i64()
            .ok_or_else(|| invalid(at, "`x-enum-values` must be integers"))?;
        if !table.entries.iter().any(|(_, x)| *x == v) {
            return Err(invalid(
                at,
                format!(
                    "listed value {v} has no name in the assumed table `{}`",
                    table.rust_name
                ),
            ));
        }
    }
    Ok(())
}
