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
pub fn quote_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

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

impl Expr {
    /// Whether the expression is true for `item` (null and non-boolean results are not).
    pub fn matches(&self, item: &Value) -> bool {
        matches!(self.eval(item), Val::Bool(true))
    }

    /// Collects every property path the expression reads.
    fn properties<'a>(&'a self, out: &mut Vec<&'a [String]>) {
        match self {
            Expr::Or(xs) | Expr::And(xs) | Expr::Call(_, xs) => {
                xs.iter().for_each(|x| x.properties(out))
            }
            Expr::Not(x) => x.properties(out),
            Expr::Compare(l, _, r) => {
                l.properties(out);
                r.properties(out);
            }
            Expr::Property(path) => out.push(path),
            Expr::Literal(_) => {}
        }
    }

    /// OData's three-valued logic: null (or any non-boolean) is "unknown", so `null or true`
    /// is true and `not null` stays unknown; only a final `true` selects an item.
    fn eval<'a>(&'a self, item: &'a Value) -> Val<'a> {
        match self {
            Expr::Or(xs) => {
                let mut unknown = false;
                for x in xs {
                    match x.eval(item) {
                        Val::Bool(true) => return Val::Bool(true),
                        Val::Bool(false) => {}
                        _ => unknown = true,
                    }
                }
                if unknown { Val::Null } else { Val::Bool(false) }
            }
            Expr::And(xs) => {
                let mut unknown = false;
                for x in xs {
                    match x.eval(item) {
                        Val::Bool(false) => return Val::Bool(false),
                        Val::Bool(true) => {}
                        _ => unknown = true,
                    }
                }
                if unknown { Val::Null } else { Val::Bool(true) }
            }
            Expr::Not(x) => match x.eval(item) {
                Val::Bool(b) => Val::Bool(!b),
                _ => Val::Null,
            },
            Expr::Compare(l, op, r) => Val::Bool(compare(*op, &l.eval(item), &r.eval(item))),
            Expr::Call(f, args) => call(*f, args, item),
            Expr::Property(path) => lookup(item, path).map_or(Val::Null, Val::from_json),
            Expr::Literal(lit) => lit.val(),
        }
    }
}

impl Search {
    /// Whether every term matches `item` (an empty search matches everything).
    pub fn matches(&self, item: &Value) -> bool {
        self.terms.iter().all(|t| t.matches(item))
    }
}

impl SearchTerm {
    pub fn matches(&self, item: &Value) -> bool {
        match self {
            SearchTerm::Exists(path) => {
                let mut found = Vec::new();
                collect_path(item, path, &mut found);
                found.iter().any(|v| !v.is_null())
            }
            SearchTerm::Field { path, value } => {
                let mut found = Vec::new();
                collect_path(item, path, &mut found);
                found.iter().any(|v| field_equals(v, value))
            }
            SearchTerm::Text(text) => contains_text(item, &text.to_lowercase()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/// A value during `$filter` evaluation. Literals keep their kind (GUID, date-time, enum) because
/// items carry all of those as plain strings and the comparison rules depend on the literal.
#[derive(Debug, Clone, PartialEq)]
enum Val<'a> {
    Null,
    Bool(bool),
    Num(Num),
    Str(Cow<'a, str>),
    Guid(&'a str),
    Instant(i128),
    Enum(&'a str),
    /// Objects and arrays: comparable with nothing but null.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    fn from_json(n: &Number) -> Num {
        if let Some(i) = n.as_i64() {
            Num::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            Num::Int(i128::from(u))
        } else {
            Num::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    fn cmp(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (a, b) => a.as_f64().partial_cmp(&b.as_f64()),
        }
    }
}

impl<'a> Val<'a> {
    fn from_json(v: &'a Value) -> Val<'a> {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Num(Num::from_json(n)),
            Value::String(s) => Val::Str(Cow::Borrowed(s)),
            Value::Array(_) | Value::Object(_) => Val::Other,
        }
    }

    /// The text of string-like values, for the string functions.
    fn text(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            Val::Guid(s) | Val::Enum(s) => Some(s),
            _ => None,
        }
    }
}

impl Literal {
    fn val(&self) -> Val<'_> {
        match self {
            Literal::Null => Val::Null,
            Literal::Bool(b) => Val::Bool(*b),
            Literal::Int(i) => Val::Num(Num::Int(i128::from(*i))),
            Literal::Decimal(f) => Val::Num(Num::Float(*f)),
            Literal::String(s) => Val::Str(Cow::Borrowed(s)),
            Literal::Guid(g) => Val::Guid(g),
            Literal::DateTime { epoch_nanos, .. } => Val::Instant(*epoch_nanos),
            Literal::Enum { member, .. } => Val::Enum(member),
        }
    }
}

impl CmpOp {
    fn from_word(w: &str) -> Option<CmpOp> {
        Some(match w.to_ascii_lowercase().as_str() {
            "eq" => CmpOp::Eq,
            "ne" => CmpOp::Ne,
            "gt" => CmpOp::Gt,
            "ge" => CmpOp::Ge,
            "lt" => CmpOp::Lt,
            "le" => CmpOp::Le,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "eq",
            CmpOp::Ne => "ne",
            CmpOp::Gt => "gt",
            CmpOp::Ge => "ge",
            CmpOp::Lt => "lt",
            CmpOp::Le => "le",
        }
    }

    fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
        }
    }
}

impl Func {
    fn from_name(name: &str) -> Option<Func> {
        Some(match name.to_ascii_lowercase().as_str() {
            "contains" => Func::Contains,
            "startswith" => Func::StartsWith,
            "endswith" => Func::EndsWith,
            "tolower" => Func::ToLower,
            "toupper" => Func::ToUpper,
            "length" => Func::Length,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Func::Contains => "contains",
            Func::StartsWith => "startswith",
            Func::EndsWith => "endswith",
            Func::ToLower => "tolower",
            Func::ToUpper => "toupper",
            Func::Length => "length",
        }
    }

    fn arity(self) -> usize {
        match self {
            Func::Contains | Func::StartsWith | Func::EndsWith => 2,
            Func::ToLower | Func::ToUpper | Func::Length => 1,
        }
    }
}

/// How two values relate, before an operator looks at it.
enum Relation {
    Ordered(Ordering),
    /// Only equality is meaningful (enums, GUIDs, null).
    Equal(bool),
    /// Incompatible types: every comparison is false. Not a 400: items are schemaless JSON, so a
    /// property that is a number in one item may be a string or missing in another.
    Incomparable,
}

fn compare(op: CmpOp, l: &Val<'_>, r: &Val<'_>) -> bool {
    use Val::*;
    let rel = match (l, r) {
        (Null, Null) => Relation::Equal(true),
        (Null, _) | (_, Null) => Relation::Equal(false),
        // OData only defines eq/ne on booleans; ordering them false < true matches `$orderby`.
        (Bool(a), Bool(b)) => Relation::Ordered(a.cmp(b)),
        (Num(a), Num(b)) => a.cmp(*b).map_or(Relation::Incomparable, Relation::Ordered),
        // OData string comparison is ordinal and case-sensitive.
        (Str(a), Str(b)) => Relation::Ordered(a.as_ref().cmp(b.as_ref())),
        // Items carry enum values as names; the server matches names case-insensitively.
        (Enum(a), Str(b)) | (Str(b), Enum(a)) => Relation::Equal(eq_ci(a, b)),
        (Enum(a), Enum(b)) => Relation::Equal(eq_ci(a, b)),
        // GUIDs are hex: case carries no meaning.
        (Guid(a), Str(b)) | (Str(b), Guid(a)) => Relation::Equal(a.eq_ignore_ascii_case(b)),
        (Guid(a), Guid(b)) => Relation::Equal(a.eq_ignore_ascii_case(b)),
        (Instant(a), Instant(b)) => Relation::Ordered(a.cmp(b)),
        (Instant(a), Str(s)) => {
            parse_instant(s).map_or(Relation::Incomparable, |b| Relation::Ordered(a.cmp(&b)))
        }
        (Str(s), Instant(b)) => {
            parse_instant(s).map_or(Relation::Incomparable, |a| Relation::Ordered(a.cmp(b)))
        }
        _ => Relation::Incomparable,
    };
    match rel {
        Relation::Ordered(o) => op.test(o),
        Relation::Equal(e) => match op {
            CmpOp::Eq => e,
            CmpOp::Ne => !e,
            _ => false,
        },
        Relation::Incomparable => false,
    }
}

fn call<'a>(f: Func, args: &'a [Expr], item: &'a Value) -> Val<'a> {
    let vals: Vec<Val<'a>> = args.iter().map(|a| a.eval(item)).collect();
    let first = vals.first().and_then(Val::text);
    let second = vals.get(1).and_then(Val::text);
    match f {
        Func::Contains | Func::StartsWith | Func::EndsWith => match (first, second) {
            (Some(a), Some(b)) => Val::Bool(match f {
                Func::Contains => a.contains(b),
                Func::StartsWith => a.starts_with(b),
                _ => a.ends_with(b),
            }),
            _ => Val::Null,
        },
        Func::ToLower => first.map_or(Val::Null, |s| Val::Str(Cow::Owned(s.to_lowercase()))),
        Func::ToUpper => first.map_or(Val::Null, |s| Val::Str(Cow::Owned(s.to_uppercase()))),
        Func::Length => first.map_or(Val::Null, |s| Val::Num(Num::Int(s.chars().count() as i128))),
    }
}

/// Follows a property path through objects, matching names case-insensitively (clients send
/// camelCase while items are PascalCase). An exact match wins over a case-insensitive one.
fn lookup<'a>(item: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut cur = item;
    for seg in path {
        cur = get_ci(cur, seg)?;
    }
    Some(cur)
}

fn get_ci<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let map = v.as_object()?;
    map.get(key)
        .or_else(|| map.iter().find(|(k, _)| eq_ci(k, key)).map(|(_, v)| v))
}

/// Unicode case-insensitive equality without allocating.
fn eq_ci(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// `$orderby` order: null (and missing) < booleans < numbers < strings < objects and arrays.
fn order_values(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    fn rank(v: Option<&Value>) -> u8 {
        match v {
            None | Some(Value::Null) => 0,
            Some(Value::Bool(_)) => 1,
            Some(Value::Number(_)) => 2,
            Some(Value::String(_)) => 3,
            Some(Value::Array(_) | Value::Object(_)) => 4,
        }
    }
    match (a, b) {
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Number(x)), Some(Value::Number(y))) => Num::from_json(x)
            .cmp(Num::from_json(y))
            .unwrap_or(Ordering::Equal),
        (Some(Value::String(x)), Some(Value::String(y))) => x
            .chars()
            .flat_map(char::to_lowercase)
            .cmp(y.chars().flat_map(char::to_lowercase))
            .then_with(|| x.cmp(y)),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// Every value at `path`, fanning out over arrays (`$search` looks into `presence.voice[]`).
fn collect_path<'a>(v: &'a Value, path: &[String], out: &mut Vec<&'a Value>) {
    if let Value::Array(xs) = v
        && !path.is_empty()
    {
        xs.iter().for_each(|x| collect_path(x, path, out));
        return;
    }
    match path.split_first() {
        None => out.push(v),
        Some((first, rest)) => {
            if let Some(next) = get_ci(v, first) {
                collect_path(next, rest, out);
            }
        }
    }
}

/// `field:value` compares the field rendered as text; an array matches through any element.
fn field_equals(v: &Value, wanted: &str) -> bool {
    match v {
        Value::String(s) => eq_ci(s, wanted),
        Value::Number(n) => eq_ci(&n.to_string(), wanted),
        Value::Bool(b) => eq_ci(if *b { "true" } else { "false" }, wanted),
        Value::Array(xs) => xs.iter().any(|x| field_equals(x, wanted)),
        Value::Null | Value::Object(_) => false,
    }
}

/// Free-text search over string values; `_links` are navigation, not data, so they are skipped
/// (otherwise every item would match the server's own path).
fn contains_text(v: &Value, needle_lower: &str) -> bool {
    match v {
        Value::String(s) => s.to_lowercase().contains(needle_lower),
        Value::Array(xs) => xs.iter().any(|x| contains_text(x, needle_lower)),
        Value::Object(map) => map
            .iter()
            .any(|(k, x)| k != "_links" && contains_text(x, needle_lower)),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Date-times

/// Parses an ISO 8601 date or date-time into nanoseconds since the Unix epoch.
///
/// Accepts `YYYY-MM-DD`, optionally followed by `T` (or a space) `hh:mm[:ss[.fraction]]` and a
/// zone `Z` or `±hh:mm`. A missing zone means UTC: .NET often serializes `DateTime` without one.
pub fn parse_instant(s: &str) -> Option<i128> {
    let mut c = Cursor {
        b: s.as_bytes(),
        i: 0,
    };
    let year = c.digits(4)?;
    c.lit(b'-')?;
    let month = c.digits(2)?;
    c.lit(b'-')?;
    let day = c.digits(2)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let (mut hour, mut minute, mut second, mut nanos, mut offset) = (0, 0, 0, 0i64, 0i64);
    if !c.done() {
        match c.next()? {
            b'T' | b't' | b' ' => {}
            _ => return None,
        }
        hour = c.digits(2)?;
        c.lit(b':')?;
        minute = c.digits(2)?;
        if c.peek() == Some(b':') {
            c.i += 1;
            second = c.digits(2)?;
            if c.peek() == Some(b'.') {
                c.i += 1;
                let mut count = 0u32;
                while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                    // Digits beyond nanoseconds (rare) are read but ignored.
                    if count < 9 {
                        nanos = nanos * 10 + i64::from(d - b'0');
                    }
                    count = count.saturating_add(1);
                    c.i += 1;
                }
                if count == 0 {
                    return None;
                }
                nanos *= 10i64.pow(9u32.saturating_sub(count));
            }
        }
        match c.peek() {
            None => {}
            Some(b'Z' | b'z') => c.i += 1,
            Some(sign @ (b'+' | b'-')) => {
                c.i += 1;
                let oh = c.digits(2)?;
                if c.peek() == Some(b':') {
                    c.i += 1;
                }
                let om = c.digits(2)?;
                if oh > 23 || om > 59 {
                    return None;
                }
                offset = (oh * 3600 + om * 60) * if sign == b'-' { -1 } else { 1 };
            }
            Some(_) => return None,
        }
        if !c.done() || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
    }
    let secs =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
    Some(i128::from(secs) * 1_000_000_000 + i128::from(nanos))
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn done(&self) -> bool {
        self.i >= self.b.len()
    }

    fn lit(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    fn digits(&mut self, n: usize) -> Option<i64> {
        let mut v = 0i64;
        for _ in 0..n {
            let d = self.next().filter(u8::is_ascii_digit)?;
            v = v * 10 + i64::from(d - b'0');
        }
        Some(v)
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

// ---------------------------------------------------------------------------------------------
// Simple options

fn parse_integer(option: &str, value: &str, max: Option<u64>) -> Result<u64, ODataError> {
    let v = value.trim();
    // `u64::from_str` would accept a leading `+`; OData does not.
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ODataError::new(format!(
            "{option}: expected a non-negative integer, found '{value}'"
        )));
    }
    let n: u64 = v
        .parse()
        .map_err(|_| ODataError::new(format!("{option}: {v} is too large")))?;
    match max {
        Some(max) if n > max => Err(ODataError::new(format!(
            "{option}: {n} is over the maximum of {max}"
        ))),
        _ => Ok(n),
    }
}

fn parse_bool(option: &str, value: &str) -> Result<bool, ODataError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ODataError::new(format!(
            "{option}: expected 'true' or 'false', found '{value}'"
        ))),
    }
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

/// Splits a comma list, yielding each trimmed item with its 1-based column.
fn comma_items(value: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut col = 1;
    for part in value.split(',') {
        let trimmed = part.trim_start();
        let lead = part.chars().count() - trimmed.chars().count();
        out.push((col + lead, trimmed.trim_end()));
        col += part.chars().count() + 1;
    }
    out
}

fn parse_select(value: &str) -> Result<Vec<String>, ODataError> {
    let mut out = Vec::new();
    for (col, name) in comma_items(value) {
        if name.is_empty() {
            return Err(ODataError::new(format!(
                "$select: expected a property name at column {col}"
            )));
        }
        if name.contains('/') {
            return Err(ODataError::new(format!(
                "$select: nested paths are not supported, found '{name}' at column {col}"
            )));
        }
        if name != "*" && !is_name(name) {
            return Err(ODataError::new(format!(
                "$select: '{name}' is not a property name at column {col}"
            )));
        }
        out.push(name.to_owned());
    }
    Ok(out)
}

fn parse_expand(value: &str) -> Result<Vec<String>, ODataError> {
    if let Some(i) = value.chars().position(|c| c == '(') {
        return Err(ODataError::new(format!(
            "$expand: nested $expand options are not supported (column {})",
            i + 1
        )));
    }
    let mut out = Vec::new();
    for (col, name) in comma_items(value) {
        if name != "*" && !name.split('/').all(is_name) {
            return Err(ODataError::new(format!(
                "$expand: expected a navigation property at column {col}"
            )));
        }
        out.push(name.to_owned());
    }
    Ok(out)
}

/// `$search` never fails: anything that is not `_exists_:` or `field:value` is free text.
fn parse_search(value: &str) -> Search {
    let trimmed = value.trim();
    // Public clients send `$search='text'`; the quotes delimit, they are not part of the text.
    let text = match trimmed
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
    {
        Some(inner) => inner.replace("''", "'"),
        None => trimmed.to_owned(),
    };
    let terms = text
        .split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(search_term)
        .collect();
    Search { terms }
}

fn search_term(t: &str) -> SearchTerm {
    const EXISTS: &str = "_exists_:";
    // `get` rather than slicing: the term is arbitrary Unicode and byte 9 may split a character.
    if let Some(prefix) = t.get(..EXISTS.len())
        && prefix.eq_ignore_ascii_case(EXISTS)
    {
        let path = split_search_path(t.get(EXISTS.len()..).unwrap_or_default().trim());
        if !path.is_empty() {
            return SearchTerm::Exists(path);
        }
    }
    if let Some((field, value)) = t.split_once(':') {
        let field = field.trim();
        let path = split_search_path(field);
        // Only a name-like prefix makes a field; `10:30` or `a b:c` stay free text.
        if !path.is_empty() && path.iter().all(|s| is_name(s)) {
            return SearchTerm::Field {
                path,
                value: value.trim().to_owned(),
            };
        }
    }
    SearchTerm::Text(t.to_owned())
}

fn split_search_path(s: &str) -> Vec<String> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(['.', '/']).map(str::to_owned).collect()
}

// ---------------------------------------------------------------------------------------------
// Lexer

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LParen,
    RParen,
    Comma,
    Slash,
    Word(String),
    Lit(Literal),
    End,
}

#[derive(Debug, Clone, PartialEq)]
struct Token {
    tok: Tok,
    /// 1-based column in characters (the value is arbitrary Unicode).
    col: usize,
    /// Source text, for messages.
    text: String,
}

struct Lexer<'a> {
    option: &'a str,
    chars: Vec<char>,
    pos: usize,
}

impl Lexer<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn slice(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to)
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }

    fn err(&self, what: String) -> ODataError {
        ODataError::new(format!("{}: {what}", self.option))
    }

    fn tokens(mut self) -> Result<Vec<Token>, ODataError> {
        let mut out = Vec::new();
        loop {
            while self.at(self.pos).is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            let start = self.pos;
            let Some(c) = self.at(start) else {
                out.push(Token {
                    tok: Tok::End,
                    col: start + 1,
                    text: String::new(),
                });
                return Ok(out);
            };
            let tok = match c {
                '(' | ')' | ',' | '/' => {
                    self.pos += 1;
                    match c {
                        '(' => Tok::LParen,
                        ')' => Tok::RParen,
                        ',' => Tok::Comma,
                        _ => Tok::Slash,
                    }
                }
                '\'' => Tok::Lit(Literal::String(self.quoted()?)),
                _ if self.guid_at(start) => {
                    self.pos += 36;
                    Tok::Lit(Literal::Guid(self.slice(start, self.pos)))
                }
                _ if self.date_at(start) => self.date_time()?,
                _ if c.is_ascii_digit()
                    || (c == '-' && self.at(start + 1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    self.number()?
                }
                _ if is_name_start(c) => self.word()?,
                _ => {
                    return Err(self.err(format!(
                        "unexpected character '{c}' at column {}",
                        start + 1
                    )));
                }
            };
            out.push(Token {
                tok,
                col: start + 1,
                text: self.slice(start, self.pos),
            });
        }
    }

    /// A `'...'` string with `''` standing for one quote; `pos` is on the opening quote.
    fn quoted(&mut self) -> Result<String, ODataError> {
        let start = self.pos;
        self.pos += 1;
        let mut s = String::new();
        loop {
            match self.at(self.pos) {
                None => {
                    return Err(self.err(format!(
                        "unterminated string starting at column {}",
                        start + 1
                    )));
                }
                Some('\'') if self.at(self.pos + 1) == Some('\'') => {
                    s.push('\'');
                    self.pos += 2;
                }
                Some('\'') => {
                    self.pos += 1;
                    return Ok(s);
                }
                Some(c) => {
                    s.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// An unquoted GUID `8-4-4-4-12` hex digits not followed by more name characters.
    fn guid_at(&self, i: usize) -> bool {
        (0..36).all(|k| match self.at(i + k) {
            Some(c) if matches!(k, 8 | 13 | 18 | 23) => c == '-',
            Some(c) => c.is_ascii_hexdigit(),
            None => false,
        }) && !self.at(i + 36).is_some_and(|c| is_name_char(c) || c == '-')
    }

    fn date_at(&self, i: usize) -> bool {
        (0..10).all(|k| match self.at(i + k) {
            Some(c) if matches!(k, 4 | 7) => c == '-',
            Some(c) => c.is_ascii_digit(),
            None => false,
        })
    }

    fn date_time(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        while self
            .at(self.pos)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '.' | '+' | '-'))
        {
            self.pos += 1;
        }
        let text = self.slice(start, self.pos);
        match parse_instant(&text) {
            Some(epoch_nanos) => Ok(Tok::Lit(Literal::DateTime { text, epoch_nanos })),
            None => Err(self.err(format!(
                "invalid date-time literal '{text}' at column {}",
                start + 1
            ))),
        }
    }

    fn number(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        let digit = |l: &Self, i: usize| l.at(i).is_some_and(|c| c.is_ascii_digit());
        if self.at(self.pos) == Some('-') {
            self.pos += 1;
        }
        while digit(self, self.pos) {
            self.pos += 1;
        }
        let mut integral = true;
        if self.at(self.pos) == Some('.') && digit(self, self.pos + 1) {
            integral = false;
            self.pos += 1;
            while digit(self, self.pos) {
                self.pos += 1;
            }
        }
        if matches!(self.at(self.pos), Some('e' | 'E')) {
            let sign = usize::from(matches!(self.at(self.pos + 1), Some('+' | '-')));
            if digit(self, self.pos + 1 + sign) {
                integral = false;
                self.pos += 1 + sign;
                while digit(self, self.pos) {
                    self.pos += 1;
                }
            }
        }
        if self
            .at(self.pos)
            .is_some_and(|c| is_name_char(c) || c == '.')
        {
            while self
                .at(self.pos)
                .is_some_and(|c| is_name_char(c) || c == '.')
            {
                self.pos += 1;
            }
            let text = self.slice(start, self.pos);
            return Err(self.err(format!("malformed number '{text}' at column {}", start + 1)));
        }
        let text = self.slice(start, self.pos);
        if integral && let Ok(i) = text.parse::<i64>() {
            return Ok(Tok::Lit(Literal::Int(i)));
        }
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Tok::Lit(Literal::Decimal(f))),
            _ => Err(self.err(format!(
                "number '{text}' out of range at column {}",
                start + 1
            ))),
        }
    }

    /// A name, or a qualified enum literal `Name.Space.Type'Member'`.
    fn word(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        let mut qualified = false;
        loop {
            while self.at(self.pos).is_some_and(is_name_char) {
                self.pos += 1;
            }
            // Property paths use `/`, so a dot only ever belongs to a qualified type name.
            if self.at(self.pos) == Some('.') && self.at(self.pos + 1).is_some_and(is_name_start) {
                qualified = true;
                self.pos += 1;
            } else {
                break;
            }
        }
        let name = self.slice(start, self.pos);
        if !qualified {
            return Ok(Tok::Word(name));
        }
        if self.at(self.pos) != Some('\'') {
            return Err(self.err(format!(
                "expected a quoted enum member after '{name}' at column {}",
                self.pos + 1
            )));
        }
        let member = self.quoted()?;
        Ok(Tok::Lit(Literal::Enum {
            type_name: name,
            member,
        }))
    }
}

fn lex(option: &str, src: &str) -> Result<Vec<Token>, ODataError> {
    Lexer {
        option,
        chars: src.chars().collect(),
        pos: 0,
    }
    .tokens()
}

// ---------------------------------------------------------------------------------------------
// Parser

struct Parser<'a> {
    option: &'a str,
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
    /// Returned past the end so that peeking never indexes out of bounds.
    end: Token,
}

impl<'a> Parser<'a> {
    fn new(option: &'a str, toks: Vec<Token>) -> Self {
        let end = toks.last().cloned().unwrap_or(Token {
            tok: Tok::End,
            col: 1,
            text: String::new(),
        });
        Parser {
            option,
            toks,
            pos: 0,
            depth: 0,
            end,
        }
    }

    fn peek(&self) -> &Token {
        self.toks.get(self.pos).unwrap_or(&self.end)
    }

    fn peek_at(&self, k: usize) -> &Token {
        self.toks.get(self.pos + k).unwrap_or(&self.end)
    }

    fn advance(&mut self) -> Token {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn peek_word(&self, kw: &str) -> bool {
        matches!(&self.peek().tok, Tok::Word(w) if w.eq_ignore_ascii_case(kw))
    }

    fn err(&self, what: String) -> ODataError {
        ODataError::new(format!("{}: {what}", self.option))
    }

    /// "expected X [after 'Y'] at column N [(found 'Z')]", about the next token.
    fn expected(&self, what: &str, after: Option<&str>) -> ODataError {
        let t = self.peek();
        let mut m = format!("expected {what}");
        if let Some(a) = after {
            m.push_str(&format!(" after '{a}'"));
        }
        m.push_str(&format!(" at column {}", t.col));
        m.push_str(&self.found(t));
        self.err(m)
    }

    /// " (found 'x')" naming the offending token, or nothing at the end of the input.
    fn found(&self, t: &Token) -> String {
        if t.tok == Tok::End {
            String::new()
        } else {
            format!(" (found '{}')", t.text)
        }
    }

    fn enter(&mut self, col: usize) -> Result<(), ODataError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(format!(
                "expression nested more than {MAX_DEPTH} levels deep at column {col}"
            )));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn or_expr(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        let mut items = vec![self.and_expr(after)?];
        while self.peek_word("or") {
            self.advance();
            items.push(self.and_expr(Some("or"))?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Expr::Or(Vec::new()))
        } else {
            Expr::Or(items)
        })
    }

    fn and_expr(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        let mut items = vec![self.unary(after)?];
        while self.peek_word("and") {
            self.advance();
            items.push(self.unary(Some("and"))?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Expr::And(Vec::new()))
        } else {
            Expr::And(items)
        })
    }

    fn unary(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        if self.peek_word("not") {
            let t = self.advance();
            self.enter(t.col)?;
            let inner = self.unary(Some("not"))?;
            self.leave();
            return Ok(Expr::Not(Box::new(inner)));
        }
        let left = self.operand("an expression", after)?;
        let op = match &self.peek().tok {
            Tok::Word(w) => CmpOp::from_word(w),
            _ => None,
        };
        let Some(op) = op else { return Ok(left) };
        self.advance();
        let right = self.operand("a value", Some(op.name()))?;
        Ok(Expr::Compare(Box::new(left), op, Box::new(right)))
    }

    fn operand(&mut self, what: &str, after: Option<&str>) -> Result<Expr, ODataError> {
        let t = self.peek().clone();
        match t.tok {
            Tok::LParen => {
                self.advance();
                self.enter(t.col)?;
                let e = self.or_expr(Some("("))?;
                if self.peek().tok != Tok::RParen {
                    let at = self.peek();
                    let found = self.found(at);
                    return Err(self.err(format!(
                        "expected ')' at column {} to close the '(' at column {}{found}",
                        at.col, t.col
                    )));
                }
                self.advance();
                self.leave();
                Ok(e)
            }
            Tok::Lit(lit) => {
                self.advance();
                Ok(Expr::Literal(lit))
            }
            Tok::Word(w) => {
                match w.to_ascii_lowercase().as_str() {
                    "true" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Bool(true)));
                    }
                    "false" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Bool(false)));
                    }
                    "null" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Null));
                    }
                    _ if is_operator(&w) => return Err(self.expected(what, after)),
                    _ => {}
                }
                if self.peek_at(1).tok == Tok::LParen {
                    self.function(&w, t.col)
                } else {
                    Ok(Expr::Property(self.path()?))
                }
            }
            _ => Err(self.expected(what, after)),
        }
    }

    fn function(&mut self, name: &str, col: usize) -> Result<Expr, ODataError> {
        let Some(f) = Func::from_name(name) else {
            return Err(self.err(format!("unknown function '{name}' at column {col}")));
        };
        self.advance(); // name
        self.advance(); // (
        self.enter(col)?;
        let mut args = Vec::new();
        if self.peek().tok == Tok::RParen {
            self.advance();
        } else {
            loop {
                let after = if args.is_empty() { "(" } else { "," };
                args.push(self.or_expr(Some(after))?);
                match self.peek().tok {
                    Tok::Comma => {
                        self.advance();
                    }
                    Tok::RParen => {
                        self.advance();
                        break;
                    }
                    _ => {
                        return Err(self.expected(
                            &format!("',' or ')' in the arguments of '{}'", f.name()),
                            None,
                        ));
                    }
                }
            }
        }
        self.leave();
        if args.len() != f.arity() {
            return Err(self.err(format!(
                "function '{}' takes {} argument{}, found {} at column {col}",
                f.name(),
                f.arity(),
                if f.arity() == 1 { "" } else { "s" },
                args.len()
            )));
        }
        Ok(Expr::Call(f, args))
    }

    /// `name *( "/" name )`; the next token is known to be a word.
    fn path(&mut self) -> Result<Vec<String>, ODataError> {
        let mut segs = Vec::new();
        if let Tok::Word(w) = self.advance().tok {
            segs.push(w);
        }
        while self.peek().tok == Tok::Slash {
            self.advance();
            match self.peek().tok.clone() {
                // `Presence/ eq 1` is a missing name, not a property called `eq`.
                Tok::Word(w) if !is_operator(&w) => {
                    self.advance();
                    segs.push(w);
                }
                _ => return Err(self.expected("a property name", Some("/"))),
            }
        }
        Ok(segs)
    }
}

/// Words that are operators wherever they appear, so they never name a property.
fn is_operator(w: &str) -> bool {
    CmpOp::from_word(w).is_some()
        || ["and", "or", "not"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
}

fn parse_filter(value: &str) -> Result<Expr, ODataError> {
    let mut p = Parser::new("$filter", lex("$filter", value)?);
    let e = p.or_expr(None)?;
    match p.peek().tok {
        Tok::End => Ok(e),
        Tok::RParen => Err(p.err(format!("unexpected ')' at column {}", p.peek().col))),
        _ => Err(p.expected("'and', 'or' or the end of the expression", None)),
    }
}

fn parse_orderby(value: &str) -> Result<Vec<OrderBy>, ODataError> {
    let mut p = Parser::new("$orderby", lex("$orderby", value)?);
    let mut out = Vec::new();
    loop {
        let after = if out.is_empty() { None } else { Some(",") };
        if !matches!(p.peek().tok, Tok::Word(_)) {
            return Err(p.expected("a property name", after));
        }
        if p.peek_at(1).tok == Tok::LParen {
            let t = p.peek();
            return Err(p.err(format!(
                "only property paths are supported, found '{}(' at column {}",
                t.text, t.col
            )));
        }
        let path = p.path()?;
        let mut descending = false;
        if p.peek_word("asc") || p.peek_word("desc") {
            descending = p.peek_word("desc");
            p.advance();
        }
        out.push(OrderBy { path, descending });
        match p.peek().tok {
            Tok::Comma => {
                p.advance();
            }
            Tok::End => return Ok(out),
            _ => return Err(p.expected("'asc', 'desc', ',' or the end", None)),
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
