//! OData v4 system query options for the simulated collections.
//!
//! The real server is ASP.NET Web API with OData: its collection operations accept `$filter`,
//! `$orderby`, `$top`, `$skip`, `$search`, `$select`, `$expand` and `$count`. This module parses
//! those options from the (already URL-decoded) query pairs and applies them to the canonical JSON
//! items a handler produces. Query strings come from the network, so nothing here panics on input:
//! every malformed option becomes an [`ODataError`] that says what is wrong and where, and the
//! dispatcher answers 400 with it.
//!
//! Supported `$filter` grammar (precedence from loosest to tightest):
//!
//! ```text
//! or_expr    = and_expr *( "or" and_expr )
//! and_expr   = unary *( "and" unary )
//! unary      = "not" unary / comparison
//! comparison = operand [ ( "eq" / "ne" / "gt" / "ge" / "lt" / "le" ) operand ]
//! operand    = "(" or_expr ")" / literal / function "(" [ or_expr *( "," or_expr ) ] ")" / path
//! path       = name *( "/" name )
//! literal    = 'string' / integer / decimal / true / false / null / GUID / date-time / date
//!            / Qualified.Enum.Type'Member'
//! function   = contains / startswith / endswith / tolower / toupper / length
//! ```

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use serde_json::{Number, Value};

mod eval;
mod instant;
mod lexer;
mod options;
mod parser;

use eval::*;
pub use instant::parse_instant;
use lexer::*;
use options::*;
use parser::*;

/// The largest `$top` accepted; larger pages would only serve to exhaust the simulator.
pub const MAX_TOP: u64 = 100_000;

/// Nesting limit for parentheses, `not` and function calls: the parser and evaluator recurse,
/// and a query string of a million `(` must be a 400, not a stack overflow.
const MAX_DEPTH: usize = 64;

/// The parsed system query options of one request.
///
/// Every field is public because the dispatcher rewrites some of them (`ODataQuery { top, ..q }`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ODataQuery {
    pub filter: Option<Expr>,
    pub orderby: Vec<OrderBy>,
    pub top: Option<u64>,
    pub skip: Option<u64>,
    pub search: Option<Search>,
    pub select: Option<Vec<String>>,
    pub expand: Vec<String>,
    pub count: bool,
}

/// One page of a collection after the options were applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Items matching `$filter` and `$search`, before `$skip` and `$top` (the HAL `count`).
    pub total: u64,
    pub items: Vec<Value>,
}

/// A malformed or unsupported query option; the message is shown to the client as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ODataError {
    pub message: String,
}

impl ODataError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for ODataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ODataError {}

/// A `$filter` expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Flat rather than binary so that a long chain of `or` does not make a deep tree.
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Not(Box<Expr>),
    Compare(Box<Expr>, CmpOp, Box<Expr>),
    Call(Func, Vec<Expr>),
    /// A property path, segments as the client spelled them (looked up case-insensitively).
    Property(Vec<String>),
    Literal(Literal),
}

/// A comparison operator of `$filter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

/// A `$filter` function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Contains,
    StartsWith,
    EndsWith,
    ToLower,
    ToUpper,
    Length,
}

/// A `$filter` literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Null,
    Bool(bool),
    Int(i64),
    Decimal(f64),
    String(String),
    /// The GUID as written; compared case-insensitively with string values.
    Guid(String),
    /// A date-time (or date, meaning midnight UTC) as written, with its instant in nanoseconds
    /// since the Unix epoch so item values can be compared as instants rather than as text.
    DateTime {
        text: String,
        epoch_nanos: i128,
    },
    /// `Namespace.Type'Member'`: items carry enum values as names, so only the member matters.
    Enum {
        type_name: String,
        member: String,
    },
}

/// One `$orderby` key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderBy {
    pub path: Vec<String>,
    pub descending: bool,
}

/// A parsed `$search`: every term must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub terms: Vec<SearchTerm>,
}

/// One `;`-separated term of `$search`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchTerm {
    /// `_exists_:field`: the field is present and not null.
    Exists(Vec<String>),
    /// `field:value`: the field rendered as text equals the value, case-insensitively.
    Field { path: Vec<String>, value: String },
    /// Any string anywhere in the item contains the text, case-insensitively.
    Text(String),
}

/// Quotes `s` as an OData string literal: `it's` becomes `'it''s'`.
pub use micc_wire::odata::quote as quote_string;

/// Parses the system query options among `pairs` (names and values already URL-decoded).
///
/// Only names starting with `$` are options (matched case-insensitively, as ASP.NET does); other
/// parameters belong to the operation and are ignored here.
pub fn parse(pairs: &[(String, String)]) -> Result<ODataQuery, ODataError> {
    let mut q = ODataQuery::default();
    let mut seen: Vec<String> = Vec::new();
    for (name, value) in pairs {
        if !name.starts_with('$') {
            continue;
        }
        let lower = name.to_ascii_lowercase();
        if seen.contains(&lower) {
            return Err(ODataError::new(format!("duplicate option '{name}'")));
        }
        seen.push(lower.clone());
        match lower.as_str() {
            "$filter" => q.filter = Some(parse_filter(value)?),
            "$orderby" => q.orderby = parse_orderby(value)?,
            "$top" => q.top = Some(parse_integer("$top", value, Some(MAX_TOP))?),
            "$skip" => q.skip = Some(parse_integer("$skip", value, None)?),
            "$search" => q.search = Some(parse_search(value)),
            "$select" => q.select = Some(parse_select(value)?),
            "$expand" => q.expand = parse_expand(value)?,
            "$count" => q.count = parse_bool("$count", value)?,
            _ => return Err(ODataError::new(format!("unknown option '{name}'"))),
        }
    }
    Ok(q)
}

impl ODataQuery {
    /// Rejects `$filter`, `$orderby` and `$select` naming a top-level property the model lacks.
    ///
    /// Only the first segment of a path is checked: nested models are not known to the caller.
    /// An empty `known` means the model's properties are unknown, so nothing is rejected rather
    /// than everything.
    pub fn check_properties(&self, known: &[&str]) -> Result<(), ODataError> {
        if known.is_empty() {
            return Ok(());
        }
        let check = |option: &str, name: &str| {
            if name == "*" || name == "_links" || known.iter().any(|k| eq_ci(k, name)) {
                Ok(())
            } else {
                Err(ODataError::new(format!(
                    "{option}: unknown property '{name}'"
                )))
            }
        };
        if let Some(filter) = &self.filter {
            let mut paths = Vec::new();
            filter.properties(&mut paths);
            for path in paths {
                if let Some(first) = path.first() {
                    check("$filter", first)?;
                }
            }
        }
        for key in &self.orderby {
            if let Some(first) = key.path.first() {
                check("$orderby", first)?;
            }
        }
        for name in self.select.iter().flatten() {
            check("$select", name)?;
        }
        Ok(())
    }

    /// Whether `item` passes `$filter` and `$search`.
    pub fn matches(&self, item: &Value) -> bool {
        self.filter.as_ref().is_none_or(|f| f.matches(item))
            && self.search.as_ref().is_none_or(|s| s.matches(item))
    }

    /// Applies the options in OData's order: filter, search, orderby, skip, top, select.
    pub fn apply(&self, items: Vec<Value>) -> Page {
        let mut kept: Vec<Value> = items
            .into_iter()
            .filter(|item| self.matches(item))
            .collect();
        if !self.orderby.is_empty() {
            // `sort_by` is stable: equal keys keep the handler's order, so pages do not shuffle.
            kept.sort_by(|a, b| self.compare(a, b));
        }
        let total = kept.len() as u64;
        let skip = self
            .skip
            .map_or(0, |s| usize::try_from(s).unwrap_or(usize::MAX));
        let top = self
            .top
            .map_or(usize::MAX, |t| usize::try_from(t).unwrap_or(usize::MAX));
        let items = kept
            .into_iter()
            .skip(skip)
            .take(top)
            .map(|item| self.project(item))
            .collect();
        Page { total, items }
    }

    fn compare(&self, a: &Value, b: &Value) -> Ordering {
        for key in &self.orderby {
            let o = order_values(lookup(a, &key.path), lookup(b, &key.path));
            let o = if key.descending { o.reverse() } else { o };
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    }

    fn project(&self, item: Value) -> Value {
        let Some(select) = &self.select else {
            return item;
        };
        if select.iter().any(|s| s == "*") {
            return item;
        }
        match item {
            Value::Object(mut map) => {
                // HAL links stay: clients navigate with them whatever they selected.
                map.retain(|k, _| k == "_links" || select.iter().any(|s| eq_ci(s, k)));
                Value::Object(map)
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(src: &str) -> Result<Expr, ODataError> {
        parse_filter(src)
    }

    fn prop(p: &str) -> Expr {
        Expr::Property(p.split('/').map(str::to_owned).collect())
    }

    fn int(i: i64) -> Expr {
        Expr::Literal(Literal::Int(i))
    }

    fn cmp(l: Expr, op: CmpOp, r: Expr) -> Expr {
        Expr::Compare(Box::new(l), op, Box::new(r))
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let e = filter("a eq 1 or b eq 2 and c eq 3").unwrap();
        let want = Expr::Or(vec![
            cmp(prop("a"), CmpOp::Eq, int(1)),
            Expr::And(vec![
                cmp(prop("b"), CmpOp::Eq, int(2)),
                cmp(prop("c"), CmpOp::Eq, int(3)),
            ]),
        ]);
        assert_eq!(e, want);
    }

    #[test]
    fn not_binds_looser_than_comparison_and_tighter_than_and() {
        let e = filter("not a eq 1 and b eq 2").unwrap();
        let want = Expr::And(vec![
            Expr::Not(Box::new(cmp(prop("a"), CmpOp::Eq, int(1)))),
            cmp(prop("b"), CmpOp::Eq, int(2)),
        ]);
        assert_eq!(e, want);
    }

    #[test]
    fn parentheses_override_precedence() {
        let e = filter("(a eq 1 or b eq 2) and c eq 3").unwrap();
        let want = Expr::And(vec![
            Expr::Or(vec![
                cmp(prop("a"), CmpOp::Eq, int(1)),
                cmp(prop("b"), CmpOp::Eq, int(2)),
            ]),
            cmp(prop("c"), CmpOp::Eq, int(3)),
        ]);
        assert_eq!(e, want);
    }

    #[test]
    fn long_or_chains_stay_flat() {
        let src = vec!["a eq 1"; 5000].join(" or ");
        match filter(&src).unwrap() {
            Expr::Or(xs) => assert_eq!(xs.len(), 5000),
            other => panic!("not an or: {other:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let src = format!("{}a eq 1{}", "(".repeat(100_000), ")".repeat(100_000));
        let e = filter(&src).unwrap_err();
        assert!(e.message.contains("nested more than 64 levels"), "{e}");
        let e = filter(&"not ".repeat(100_000)).unwrap_err();
        assert!(e.message.contains("nested more than"), "{e}");
        let e = filter(&format!("{}a{}", "tolower(".repeat(1000), ")".repeat(1000))).unwrap_err();
        assert!(e.message.contains("nested more than"), "{e}");
    }

    #[test]
    fn lexer_recognises_literal_kinds() {
        let toks = lex("$filter", "'it''s' 42 -7 1.5 2e3 12345678-abcd-ABCD-1234-1234567890ab 2024-01-02T03:04:05Z A.B'C'")
            .unwrap();
        let kinds: Vec<Tok> = toks.into_iter().map(|t| t.tok).collect();
        assert_eq!(
            kinds,
            vec![
                Tok::Lit(Literal::String("it's".into())),
                Tok::Lit(Literal::Int(42)),
                Tok::Lit(Literal::Int(-7)),
                Tok::Lit(Literal::Decimal(1.5)),
                Tok::Lit(Literal::Decimal(2000.0)),
                Tok::Lit(Literal::Guid("12345678-abcd-ABCD-1234-1234567890ab".into())),
                Tok::Lit(Literal::DateTime {
                    text: "2024-01-02T03:04:05Z".into(),
                    epoch_nanos: 1_704_164_645_000_000_000
                }),
                Tok::Lit(Literal::Enum {
                    type_name: "A.B".into(),
                    member: "C".into()
                }),
                Tok::End,
            ]
        );
    }

    #[test]
    fn lexer_columns_count_characters_not_bytes() {
        let toks = lex("$filter", "'ééé' eq x").unwrap();
        assert_eq!(
            toks.iter().map(|t| t.col).collect::<Vec<_>>(),
            vec![1, 7, 10, 11]
        );
    }

    #[test]
    fn integers_beyond_i64_become_decimals() {
        let toks = lex("$filter", "99999999999999999999").unwrap();
        assert_eq!(
            toks.first().map(|t| t.tok.clone()),
            Some(Tok::Lit(Literal::Decimal(1e20)))
        );
    }

    #[test]
    fn instants_parse_zones_fractions_and_dates() {
        let base = parse_instant("2024-01-02T03:04:05Z").unwrap();
        assert_eq!(base, 1_704_164_645_000_000_000);
        assert_eq!(parse_instant("2024-01-02T05:04:05+02:00"), Some(base));
        assert_eq!(parse_instant("2024-01-01T22:04:05-05:00"), Some(base));
        assert_eq!(parse_instant("2024-01-02T03:04:05"), Some(base));
        assert_eq!(
            parse_instant("2024-01-02T03:04:05.5Z"),
            Some(base + 500_000_000)
        );
        assert_eq!(
            parse_instant("2024-01-02T03:04:05.1234567Z"),
            Some(base + 123_456_700)
        );
        assert_eq!(
            parse_instant("2024-01-02T03:04:05.1234567891Z"),
            Some(base + 123_456_789)
        );
        assert_eq!(
            parse_instant("2024-01-02"),
            Some(base - (3 * 3600 + 4 * 60 + 5) * 1_000_000_000)
        );
        assert_eq!(parse_instant("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_instant("1969-12-31T23:59:59Z"), Some(-1_000_000_000));
        assert_eq!(
            parse_instant("2024-02-29T00:00:00Z").map(|n| n > base),
            Some(true)
        );
    }

    #[test]
    fn instants_reject_invalid_dates() {
        for s in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "2024-01-02T24:00:00Z",
            "2024-01-02T03:60Z",
            "2024-01-02T03:04:05Q",
            "2024-01-02T03:04:05.Z",
            "2024-01-02T03:04:05+2:00",
            "2024-1-02",
            "",
            "not a date",
        ] {
            assert_eq!(parse_instant(s), None, "{s}");
        }
    }

    #[test]
    fn search_terms_are_classified() {
        let s = parse_search("'_exists_:lastagentid;media:Voice; it''s ;10:30;'");
        assert_eq!(
            s.terms,
            vec![
                SearchTerm::Exists(vec!["lastagentid".into()]),
                SearchTerm::Field {
                    path: vec!["media".into()],
                    value: "Voice".into()
                },
                SearchTerm::Text("it's".into()),
                SearchTerm::Text("10:30".into()),
            ]
        );
    }

    #[test]
    fn incompatible_comparisons_are_false_both_ways() {
        let item = serde_json::json!({"Name": "x", "N": 1});
        for src in [
            "Name eq 1",
            "Name ne 1",
            "N eq 'x'",
            "N ne 'x'",
            "N lt 'x'",
            "Name gt true",
        ] {
            assert!(!filter(src).unwrap().matches(&item), "{src}");
        }
    }

    #[test]
    fn null_follows_three_valued_logic() {
        let item = serde_json::json!({"A": 1});
        let t = |s: &str| filter(s).unwrap().matches(&item);
        assert!(t("Missing eq null"));
        assert!(!t("Missing ne null"));
        assert!(t("A ne null"));
        assert!(t("Missing ne 1"));
        assert!(!t("Missing gt 0"));
        assert!(t("contains(Missing,'x') or A eq 1"));
        assert!(!t("not contains(Missing,'x')"));
        assert!(!t("contains(Missing,'x') and A eq 1"));
    }
}
