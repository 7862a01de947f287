//! OData query options for collection operations: a typed `$filter` builder with correct
//! quoting, and the other system options. Everything is checked before a request is sent.

use crate::error::Quoted;
use std::fmt::Write as _;

use crate::error::{Error, Result};

/// The namespace of the server's enum types in `$filter` literals.
pub const ENUM_NAMESPACE: &str = "Mitel.MiccSdk.Models";

/// A value in a `$filter` expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    String(String),
    Integer(i64),
    Number(f64),
    Bool(bool),
    Null,
    /// A GUID, written unquoted.
    Guid(String),
    /// An ISO 8601 date-time, written unquoted.
    DateTime(String),
    /// An enum member, e.g. `Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'`.
    Enum {
        type_name: String,
        member: String,
    },
}

impl From<&str> for Literal {
    fn from(s: &str) -> Self {
        Literal::String(s.to_owned())
    }
}
impl From<String> for Literal {
    fn from(s: String) -> Self {
        Literal::String(s)
    }
}
impl From<i64> for Literal {
    fn from(n: i64) -> Self {
        Literal::Integer(n)
    }
}
impl From<i32> for Literal {
    fn from(n: i32) -> Self {
        Literal::Integer(n.into())
    }
}
impl From<f64> for Literal {
    fn from(n: f64) -> Self {
        Literal::Number(n)
    }
}
impl From<bool> for Literal {
    fn from(b: bool) -> Self {
        Literal::Bool(b)
    }
}

impl Literal {
    /// An enum member of the server's model namespace.
    pub fn enum_member(type_name: &str, member: &str) -> Self {
        Literal::Enum {
            type_name: type_name.to_owned(),
            member: member.to_owned(),
        }
    }

    fn write(&self, out: &mut String) -> Result<()> {
        match self {
            Literal::String(s) => micc_wire::odata::push_quoted(out, s),
            Literal::Integer(n) => {
                let _ = write!(out, "{n}");
            }
            Literal::Number(x) if x.is_finite() => {
                // serde_json (ryu) writes the shortest text with a decimal point or exponent,
                // which OData reads as a decimal.
                if let Some(n) = serde_json::Number::from_f64(*x) {
                    out.push_str(&n.to_string());
                }
            }
            Literal::Number(_) => {
                // Not shown: printing a float would link core's float formatting (~15 KB of
                // wasm) for this one message; NaN and the infinities are all it can be.
                return Err(Error::invalid(
                    "$filter: NaN and infinities are not numbers OData can carry",
                ));
            }
            Literal::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Literal::Null => out.push_str("null"),
            Literal::Guid(g) => {
                if !micc_wire::odata::is_guid(g) {
                    return Err(Error::invalid(format!(
                        "$filter: {} is not a GUID",
                        Quoted(g)
                    )));
                }
                out.push_str(g);
            }
            Literal::DateTime(t) => {
                if !micc_wire::odata::is_date_time(t) {
                    return Err(Error::invalid(format!(
                        "$filter: {} is not an ISO 8601 date-time",
                        Quoted(t)
                    )));
                }
                out.push_str(t);
            }
            Literal::Enum { type_name, member } => {
                if !is_identifier(type_name) || !is_identifier(member) {
                    return Err(Error::invalid(format!(
                        "$filter: enum literal {type_name}'{member}' must use identifiers"
                    )));
                }
                let _ = write!(out, "{ENUM_NAMESPACE}.{type_name}{}", quote(member));
            }
        }
        Ok(())
    }
}

/// OData string literal: single quotes, an inner quote doubled.
pub use micc_wire::odata::quote;
/// Percent-encodes a query component (RFC 3986 unreserved characters and `$` stay).
pub use micc_wire::percent::encode_component;

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A property path: identifiers separated by `/` (`Presence/Aggregate/AcdState`).
fn is_property(s: &str) -> bool {
    !s.is_empty() && s.split('/').all(is_identifier)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

impl Cmp {
    fn as_str(self) -> &'static str {
        match self {
            Cmp::Eq => "eq",
            Cmp::Ne => "ne",
            Cmp::Gt => "gt",
            Cmp::Ge => "ge",
            Cmp::Lt => "lt",
            Cmp::Le => "le",
        }
    }
}

/// A `$filter` expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Compare {
        property: String,
        op: Cmp,
        value: Literal,
    },
    /// `contains(Property,'text')`, `startswith`, `endswith`.
    Text {
        function: &'static str,
        property: String,
        text: String,
    },
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    /// An expression written by the caller (the JavaScript API takes `$filter` as text).
    Raw(String),
}

impl Filter {
    pub fn compare(property: &str, op: Cmp, value: impl Into<Literal>) -> Self {
        Filter::Compare {
            property: property.to_owned(),
            op,
            value: value.into(),
        }
    }
    pub fn eq(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Eq, value)
    }
    pub fn ne(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Ne, value)
    }
    pub fn gt(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Gt, value)
    }
    pub fn ge(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Ge, value)
    }
    pub fn lt(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Lt, value)
    }
    pub fn le(property: &str, value: impl Into<Literal>) -> Self {
        Self::compare(property, Cmp::Le, value)
    }
    pub fn contains(property: &str, text: &str) -> Self {
        Filter::Text {
            function: "contains",
            property: property.to_owned(),
            text: text.to_owned(),
        }
    }
    pub fn starts_with(property: &str, text: &str) -> Self {
        Filter::Text {
            function: "startswith",
            property: property.to_owned(),
            text: text.to_owned(),
        }
    }
    pub fn ends_with(property: &str, text: &str) -> Self {
        Filter::Text {
            function: "endswith",
            property: property.to_owned(),
            text: text.to_owned(),
        }
    }
    pub fn and(self, other: Filter) -> Self {
        Filter::And(Box::new(self), Box::new(other))
    }
    pub fn or(self, other: Filter) -> Self {
        Filter::Or(Box::new(self), Box::new(other))
    }
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Self {
        Filter::Not(Box::new(self))
    }

    /// The expression as OData text. Every sub-expression is parenthesised where precedence
    /// could bite, so `a or b and c` built as `a.or(b).and(c)` means what it says.
    pub fn encode(&self) -> Result<String> {
        let mut out = String::new();
        self.write(&mut out)?;
        Ok(out)
    }

    fn write(&self, out: &mut String) -> Result<()> {
        let check = |p: &str| {
            if is_property(p) {
                Ok(())
            } else {
                Err(Error::invalid(format!(
                    "$filter: {} is not a property path",
                    Quoted(p)
                )))
            }
        };
        match self {
            Filter::Compare {
                property,
                op,
                value,
            } => {
                check(property)?;
                let _ = write!(out, "{property} {} ", op.as_str());
                value.write(out)?;
            }
            Filter::Text {
                function,
                property,
                text,
            } => {
                check(property)?;
                let _ = write!(out, "{function}({property},{})", quote(text));
            }
            Filter::And(a, b) | Filter::Or(a, b) => {
                let word = if matches!(self, Filter::And(..)) {
                    " and "
                } else {
                    " or "
                };
                out.push('(');
                a.write(out)?;
                out.push(')');
                out.push_str(word);
                out.push('(');
                b.write(out)?;
                out.push(')');
            }
            Filter::Not(a) => {
                out.push_str("not (");
                a.write(out)?;
                out.push(')');
            }
            Filter::Raw(text) => {
                if text.trim().is_empty()
                    || text.chars().any(char::is_control)
                    || text.matches('\'').count() % 2 == 1
                {
                    return Err(Error::invalid(format!(
                        "$filter: {} is not a well-formed expression",
                        Quoted(text)
                    )));
                }
                out.push_str(text);
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

/// The OData system query options of one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub filter: Option<Filter>,
    pub orderby: Vec<(String, Order)>,
    pub top: Option<u64>,
    pub skip: Option<u64>,
    pub expand: Vec<String>,
    pub select: Vec<String>,
    pub search: Option<String>,
    pub count: bool,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        *self == Query::default()
    }

    /// Whether only the options single-entity operations take are set.
    pub(crate) fn single_entity_only(&self) -> bool {
        self.filter.is_none()
            && self.orderby.is_empty()
            && self.top.is_none()
            && self.skip.is_none()
            && self.search.is_none()
            && !self.count
    }

    /// The options as query pairs (not yet percent-encoded), in a stable order.
    pub fn to_pairs(&self) -> Result<Vec<(String, String)>> {
        let mut pairs = Vec::new();
        if let Some(f) = &self.filter {
            pairs.push(("$filter".into(), f.encode()?));
        }
        if !self.orderby.is_empty() {
            let mut parts = Vec::new();
            for (p, o) in &self.orderby {
                if !is_property(p) {
                    return Err(Error::invalid(format!(
                        "$orderby: {} is not a property path",
                        Quoted(p)
                    )));
                }
                parts.push(match o {
                    Order::Asc => p.clone(),
                    Order::Desc => format!("{p} desc"),
                });
            }
            pairs.push(("$orderby".into(), parts.join(",")));
        }
        if let Some(t) = self.top {
            pairs.push(("$top".into(), t.to_string()));
        }
        if let Some(s) = self.skip {
            pairs.push(("$skip".into(), s.to_string()));
        }
        for (name, list) in [("$expand", &self.expand), ("$select", &self.select)] {
            if list.is_empty() {
                continue;
            }
            if let Some(bad) = list.iter().find(|p| !is_identifier(p)) {
                return Err(Error::invalid(format!(
                    "{name}: {} is not a property name",
                    Quoted(bad)
                )));
            }
            pairs.push((name.into(), list.join(",")));
        }
        if let Some(s) = &self.search {
            if s.is_empty() {
                return Err(Error::invalid("$search: empty search text"));
            }
            pairs.push(("$search".into(), quote(s)));
        }
        if self.count {
            pairs.push(("$count".into(), "true".into()));
        }
        Ok(pairs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_with_doubled_quotes() {
        let f = Filter::eq("Name", "O'Brien's \"desk\"");
        assert_eq!(f.encode().unwrap(), "Name eq 'O''Brien''s \"desk\"'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("''"), "''''''");
    }

    #[test]
    fn enum_literals_use_the_server_namespace() {
        let f = Filter::eq("Type", Literal::enum_member("DirectoryEntryType", "ADUser"));
        assert_eq!(
            f.encode().unwrap(),
            "Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'"
        );
        let bad = Filter::eq(
            "Type",
            Literal::enum_member("DirectoryEntryType", "AD'User"),
        );
        assert!(matches!(bad.encode(), Err(Error::InvalidArgument { .. })));
    }

    #[test]
    fn precedence_is_explicit() {
        let f = Filter::eq("A", 1)
            .or(Filter::eq("B", 2))
            .and(Filter::eq("C", 3).not());
        assert_eq!(
            f.encode().unwrap(),
            "((A eq 1) or (B eq 2)) and (not (C eq 3))"
        );
    }

    #[test]
    fn literals_of_every_kind() {
        let g = "0f8fad5b-d9cb-469f-a165-70867728950e";
        let cases = [
            (Filter::eq("X", true), "X eq true"),
            (Filter::eq("X", Literal::Null), "X eq null"),
            (Filter::gt("X", 2.5), "X gt 2.5"),
            (Filter::le("X", -3), "X le -3"),
            (
                Filter::eq("X", Literal::Guid(g.into())),
                &format!("X eq {g}") as &str,
            ),
            (
                Filter::ge("T", Literal::DateTime("2024-01-02T03:04:05Z".into())),
                "T ge 2024-01-02T03:04:05Z",
            ),
            (Filter::contains("Name", "a'b"), "contains(Name,'a''b')"),
            (
                Filter::starts_with("Presence/Aggregate/AcdState", "Av"),
                "startswith(Presence/Aggregate/AcdState,'Av')",
            ),
        ];
        for (f, text) in cases {
            assert_eq!(f.encode().unwrap(), text);
        }
        assert_eq!(
            Filter::Raw("Name eq 'it''s'".into()).encode().unwrap(),
            "Name eq 'it''s'"
        );
        for bad in [
            Filter::Raw("Name eq 'open".into()),
            Filter::Raw(" ".into()),
            Filter::Raw("a\nb".into()),
            Filter::eq("X", Literal::Guid("nope".into())),
            Filter::eq("X", Literal::DateTime("yesterday".into())),
            Filter::eq("X", f64::NAN),
            Filter::eq("Name eq 'x' or 1", 1),
            Filter::eq("", 1),
        ] {
            assert!(
                matches!(bad.encode(), Err(Error::InvalidArgument { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn query_pairs_and_their_checks() {
        let q = Query {
            filter: Some(Filter::eq("MediaType", "Voice")),
            orderby: vec![("Name".into(), Order::Desc), ("Id".into(), Order::Asc)],
            top: Some(50),
            skip: Some(100),
            expand: vec!["state".into()],
            select: vec!["Id".into(), "Name".into()],
            search: Some("it's".into()),
            count: true,
        };
        let pairs = q.to_pairs().unwrap();
        let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            text,
            [
                "$filter=MediaType eq 'Voice'",
                "$orderby=Name desc,Id",
                "$top=50",
                "$skip=100",
                "$expand=state",
                "$select=Id,Name",
                "$search='it''s'",
                "$count=true"
            ]
        );
        let bad = Query {
            select: vec!["Id,Name".into()],
            ..Query::default()
        };
        assert!(bad.to_pairs().is_err());
        let bad = Query {
            search: Some(String::new()),
            ..Query::default()
        };
        assert!(bad.to_pairs().is_err());
    }

    // proptest runs natively only (its RNG does not build for wasm32-unknown-unknown).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn quoting_round_trips_any_string(s in ".*") {
            use micc_wire::odata::unquote;
            proptest::prop_assert_eq!(unquote(&quote(&s)), Some(s.clone()));
            let f = Filter::eq("Name", s.as_str()).encode().unwrap();
            proptest::prop_assert_eq!(unquote(f.strip_prefix("Name eq ").unwrap()), Some(s));
        }
    }
}
