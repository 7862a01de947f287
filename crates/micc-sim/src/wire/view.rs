//! Schemas of the API description seen as *views*: `$ref` and `allOf` resolved and merged,
//! properties matched case-insensitively, enum tables (documented and assumed) attached.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use super::*;

// The reference documents these properties as integers but lists no values (the document
// marks them `x-enum-unlisted`, or `x-enum-names-unknown` where it lists values without
// names). Their tables (`micc_api::assumed`) are THE SIMULATOR'S ASSUMPTION, not documented
// values: real servers send names, and these are the names the simulator's world emits.
// Integer values only matter for the Pascal form; they follow .NET's habit of numbering
// in declaration order from 0 (with `Unknown` first where a type has one).

/// The name ↔ integer tables of enum properties whose values the reference does not list
/// (an assumption, not documented values; the one copy is `micc_api::assumed`), one row per
/// key. Keys are `"Schema.Property"` (tried first, so `DirectoryEntryModel.Type`,
/// `VariableModel.Type` and `ConversationModel.Type` stay distinct), a bare property name
/// (tried second), or a schema name (`DirectoryEntryType`, tried last), matched
/// case-insensitively. Properties typed by an enum of the document itself are in
/// [`DOCUMENT_ENUM_ALIASES`].
pub static ASSUMED_ENUMS: LazyLock<Vec<AssumedRow>> = LazyLock::new(|| {
    micc_api::assumed::ASSUMED_ENUMS
        .iter()
        .flat_map(|t| t.keys.iter().map(move |k| (*k, t.entries)))
        .collect()
});

/// One row of [`ASSUMED_ENUMS`]: a key and its names and integers.
pub type AssumedRow = (&'static str, &'static [(&'static str, i64)]);

pub use micc_api::assumed::DOCUMENT_ENUM_ALIASES;

/// Names ↔ integers of one enum, in value order.
#[derive(Debug, Clone)]
pub(super) struct EnumTable<'a> {
    /// Shown in error messages, e.g. `PresenceAvailability`.
    pub(super) label: &'a str,
    pub(super) entries: Vec<(&'a str, i64)>,
}

impl<'a> EnumTable<'a> {
    pub(super) fn from_static(label: &'a str, entries: &'a [(&'a str, i64)]) -> Self {
        EnumTable {
            label,
            entries: entries.to_vec(),
        }
    }

    /// The table of a document enum schema (`enum` + `x-enum-names`, same order).
    pub(super) fn from_document(label: &'a str, schema: &'a Value) -> Option<Self> {
        let values = schema.get("enum")?.as_array()?;
        let names = schema.get("x-enum-names")?.as_array()?;
        let entries: Vec<(&str, i64)> = values
            .iter()
            .zip(names)
            .filter_map(|(v, n)| Some((n.as_str()?, v.as_i64()?)))
            .collect();
        (!entries.is_empty()).then_some(EnumTable { label, entries })
    }

    pub(super) fn value_of(&self, name: &str) -> Option<i64> {
        self.canonical(name).map(|(_, v)| v)
    }

    /// The entry whose name matches `name` exactly, else ignoring case (servers accept
    /// names in any case).
    pub(super) fn canonical(&self, name: &str) -> Option<(&'a str, i64)> {
        let name = name.trim();
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
            })
            .copied()
    }

    pub(super) fn name_of(&self, value: i64) -> Option<&'a str> {
        self.entries
            .iter()
            .find(|(_, v)| *v == value)
            .map(|(n, _)| *n)
    }

    /// `PresenceAvailability (0-5 or Unknown, Available, ...)`.
    pub(super) fn describe(&self) -> String {
        let mut values: Vec<i64> = self.entries.iter().map(|(_, v)| *v).collect();
        values.sort_unstable();
        values.dedup();
        let mut runs: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(&start) = values.get(i) {
            let mut end = start;
            while let Some(next) = end.checked_add(1)
                && values.get(i + 1) == Some(&next)
            {
                end = next;
                i += 1;
            }
            runs.push(if start == end {
                start.to_string()
            } else {
                format!("{start}-{end}")
            });
            i += 1;
        }
        let names: Vec<&str> = self.entries.iter().map(|(n, _)| *n).collect();
        format!(
            "{} {} ({} or {})",
            article(self.label),
            self.label,
            runs.join(", "),
            names.join(", ")
        )
    }
}

/// The table registered under `key` (case-insensitive) in [`DOCUMENT_ENUM_ALIASES`] or
/// [`ASSUMED_ENUMS`]. `label` overrides the key as the table's label.
pub(super) fn table_for_key<'a>(key: &str, label: Option<&'a str>) -> Option<EnumTable<'a>> {
    if let Some((_, enum_name)) = DOCUMENT_ENUM_ALIASES
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
    {
        return EnumTable::from_document(enum_name, component(enum_name)?);
    }
    ASSUMED_ENUMS
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(k, entries)| EnumTable::from_static(label.unwrap_or(k), entries))
}

/// Deepest chain of `$ref`/`allOf` followed while resolving one schema: the document has
/// no cycles there, this only guards against a malformed one.
pub(super) const MAX_SCHEMA_DEPTH: u8 = 32;

/// One property of an object view.
pub(super) struct Prop<'a> {
    pub(super) name: &'a str,
    /// The component schema that declares it (for `Schema.Property` enum keys).
    pub(super) owner: Option<&'a str>,
    /// Every schema given for it (several when `allOf` branches repeat it).
    pub(super) schemas: Vec<&'a Value>,
    /// Its view, kind and camelCase name, worked out on first use: encoding an array of
    /// 300 queue states resolves each property once, not 300 times.
    pub(super) resolved: OnceCell<Box<Resolved<'a>>>,
}

pub(super) struct Resolved<'a> {
    pub(super) view: View<'a>,
    pub(super) kind: Kind<'a>,
    pub(super) camel: String,
}

impl<'a> Prop<'a> {
    pub(super) fn resolved(&self) -> &Resolved<'a> {
        self.resolved.get_or_init(|| {
            let view = View::of(&self.schemas, self.owner);
            let kind = view.kind(self.owner, Some(self.name));
            Box::new(Resolved {
                view,
                kind,
                camel: camel_case(self.name),
            })
        })
    }
}

/// A schema with `$ref` and `allOf` resolved and merged.
#[derive(Default)]
pub(super) struct View<'a> {
    /// The component schema this is (the outermost `$ref`, or the `$defs` entry).
    pub(super) name: Option<&'a str>,
    pub(super) types: Vec<&'a str>,
    pub(super) props: Vec<Prop<'a>>,
    /// Index of `props` by exact name.
    pub(super) by_name: HashMap<&'a str, usize>,
    pub(super) has_props: bool,
    pub(super) additional: Vec<&'a Value>,
    pub(super) items: Vec<&'a Value>,
    pub(super) format: Option<&'a str>,
    pub(super) doc_enum: Option<EnumTable<'a>>,
    /// An integer enum whose names the reference does not give.
    pub(super) unlisted: bool,
    /// Properties beyond the known ones are expected (`x-collapsed`, wire-facts shapes).
    pub(super) open: bool,
    pub(super) description: Option<&'a str>,
}

impl<'a> View<'a> {
    pub(super) fn of(schemas: &[&'a Value], owner: Option<&'a str>) -> Self {
        let mut v = View::default();
        for s in schemas {
            v.merge(s, owner, 0);
        }
        v
    }

    /// The view of a component schema itself (a `$defs` entry).
    pub(super) fn merge(&mut self, s: &'a Value, owner: Option<&'a str>, depth: u8) {
        if depth > MAX_SCHEMA_DEPTH {
            return;
        }
        let Some(obj) = s.as_object() else { return };
        if let Some(name) = ref_name(s) {
            if self.name.is_none() {
                self.name = Some(name);
            }
            if let Some(target) = component(name) {
                self.merge(target, Some(name), depth + 1);
            }
        }
        if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
            for branch in all {
                self.merge(branch, owner, depth + 1);
            }
        }
        match obj.get("type") {
            Some(Value::String(t)) => self.add_type(t),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .for_each(|t| self.add_type(t)),
            _ => {}
        }
        if let Some(props) = obj.get("properties").and_then(Value::as_object) {
            self.has_props = true;
            for (name, schema) in props {
                match self
                    .by_name
                    .get(name.as_str())
                    .and_then(|&i| self.props.get_mut(i))
                {
                    Some(p) => p.schemas.push(schema),
                    None => {
                        self.by_name.insert(name, self.props.len());
                        self.props.push(Prop {
                            name,
                            owner,
                            schemas: vec![schema],
                            resolved: OnceCell::new(),
                        });
                    }
                }
            }
        }
        if let Some(a @ (Value::Object(_) | Value::Bool(true))) = obj.get("additionalProperties") {
            self.additional.push(a);
        }
        if let Some(items) = obj.get("items") {
            self.items.push(items);
        }
        if let Some(f) = obj.get("format").and_then(Value::as_str) {
            self.format = Some(f);
        }
        if obj.contains_key("enum")
            && let Some(t) = EnumTable::from_document(owner.or(self.name).unwrap_or("enum"), s)
        {
            self.doc_enum = Some(t);
        }
        let flag = |k: &str| obj.get(k).and_then(Value::as_bool) == Some(true);
        if flag("x-enum-unlisted")
            || flag("x-enum-names-unknown")
            || obj.contains_key("x-enum-values")
        {
            self.unlisted = true;
        }
        if flag("x-collapsed") || obj.get("x-source").and_then(Value::as_str) == Some("wire-facts")
        {
            self.open = true;
        }
        if self.description.is_none() {
            self.description = obj.get("description").and_then(Value::as_str);
        }
    }

    pub(super) fn add_type(&mut self, t: &'a str) {
        if !self.types.contains(&t) {
            self.types.push(t);
        }
    }

    pub(super) fn has_type(&self, t: &str) -> bool {
        self.types.contains(&t)
    }

    /// The property named `key`: exact spelling first, then ignoring case (JSON.NET
    /// matches request properties case-insensitively).
    pub(super) fn prop(&self, key: &str) -> Option<&Prop<'a>> {
        self.by_name
            .get(key)
            .and_then(|&i| self.props.get(i))
            .or_else(|| self.props.iter().find(|p| p.name.eq_ignore_ascii_case(key)))
    }

    /// The enum table of a value of this view found at `owner.prop`, if it is an enum.
    pub(super) fn enum_table(
        &self,
        owner: Option<&str>,
        prop: Option<&str>,
    ) -> Option<EnumTable<'a>> {
        if let Some(t) = &self.doc_enum {
            return Some(t.clone());
        }
        // An untyped property is an enum only when registered under its exact
        // `Schema.Property` (MediaPresence.AcdState): other untyped values stay opaque.
        let untyped = self.types.is_empty() && !self.unlisted;
        if !self.unlisted && !untyped {
            return None;
        }
        if let (Some(o), Some(p)) = (owner, prop)
            && let Some(t) = table_for_key(&format!("{o}.{p}"), self.name)
        {
            return Some(t);
        }
        if untyped {
            return None;
        }
        prop.and_then(|p| table_for_key(p, self.name))
            .or_else(|| self.name.and_then(|n| table_for_key(n, Some(n))))
    }

    pub(super) fn kind(&self, owner: Option<&str>, prop: Option<&str>) -> Kind<'a> {
        if let Some(t) = self.enum_table(owner, prop) {
            Kind::Enum(t)
        } else if self.has_props || (self.name.is_some() && self.has_type("object")) {
            // A named model is a class even when the reference does not show its
            // properties: JSON.NET camelCases a class's property names.
            Kind::Object
        } else if self.has_type("object") || !self.additional.is_empty() {
            // An inline object without properties is a dictionary: JSON.NET leaves
            // dictionary keys alone by default.
            Kind::Dict
        } else if self.has_type("array") || !self.items.is_empty() {
            Kind::Array
        } else if !self.types.is_empty() {
            Kind::Primitive
        } else {
            Kind::Unknown
        }
    }

    /// How an expected value is named in error messages.
    pub(super) fn describe(&self, kind: &Kind<'_>) -> String {
        match kind {
            Kind::Enum(t) => t.describe(),
            Kind::Object => match self.name {
                Some(n) => format!("{} {n} object", article(n)),
                None => "an object".into(),
            },
            Kind::Dict => "an object".into(),
            Kind::Array => {
                let items = View::of(&self.items, None);
                match items.name {
                    Some(n) => format!("an array of {n}"),
                    None => "an array".into(),
                }
            }
            Kind::Primitive => {
                let names: Vec<&str> = self.types.iter().map(|t| type_phrase(t)).collect();
                names.join(" or ")
            }
            Kind::Unknown => "a JSON value".into(),
        }
    }
}

/// What a resolved schema describes.
pub(super) enum Kind<'a> {
    Enum(EnumTable<'a>),
    /// A model: known property names (matched case-insensitively, renamed in Camel form).
    Object,
    /// A free-form dictionary: keys kept as they are.
    Dict,
    Array,
    Primitive,
    /// No schema: values pass through.
    Unknown,
}

pub(super) fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('A' | 'E' | 'I' | 'O' | 'U' | 'a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

pub(super) fn type_phrase(t: &str) -> &str {
    match t {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        other => other,
    }
}
