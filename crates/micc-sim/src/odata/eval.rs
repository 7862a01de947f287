//! `$filter` and `$search` evaluation over canonical JSON items: OData's three-valued logic,
//! typed comparisons (GUIDs, date-times, enums, numbers) and case-insensitive property lookup.

use super::*;

impl Expr {
    /// Whether the expression is true for `item` (null and non-boolean results are not).
    pub fn matches(&self, item: &Value) -> bool {
        matches!(self.eval(item), Val::Bool(true))
    }

    /// Collects every property path the expression reads.
    pub(super) fn properties<'a>(&'a self, out: &mut Vec<&'a [String]>) {
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
    pub(super) fn eval<'a>(&'a self, item: &'a Value) -> Val<'a> {
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
pub(super) enum Val<'a> {
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
pub(super) enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    pub(super) fn from_json(n: &Number) -> Num {
        if let Some(i) = n.as_i64() {
            Num::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            Num::Int(i128::from(u))
        } else {
            Num::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    pub(super) fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    pub(super) fn cmp(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (a, b) => a.as_f64().partial_cmp(&b.as_f64()),
        }
    }
}

impl<'a> Val<'a> {
    pub(super) fn from_json(v: &'a Value) -> Val<'a> {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Num(Num::from_json(n)),
            Value::String(s) => Val::Str(Cow::Borrowed(s)),
            Value::Array(_) | Value::Object(_) => Val::Other,
        }
    }

    /// The text of string-like values, for the string functions.
    pub(super) fn text(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            Val::Guid(s) | Val::Enum(s) => Some(s),
            _ => None,
        }
    }
}

impl Literal {
    pub(super) fn val(&self) -> Val<'_> {
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
    pub(super) fn from_word(w: &str) -> Option<CmpOp> {
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

    pub(super) fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "eq",
            CmpOp::Ne => "ne",
            CmpOp::Gt => "gt",
            CmpOp::Ge => "ge",
            CmpOp::Lt => "lt",
            CmpOp::Le => "le",
        }
    }

    pub(super) fn test(self, o: Ordering) -> bool {
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
    pub(super) fn from_name(name: &str) -> Option<Func> {
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

    pub(super) fn name(self) -> &'static str {
        match self {
            Func::Contains => "contains",
            Func::StartsWith => "startswith",
            Func::EndsWith => "endswith",
            Func::ToLower => "tolower",
            Func::ToUpper => "toupper",
            Func::Length => "length",
        }
    }

    pub(super) fn arity(self) -> usize {
        match self {
            Func::Contains | Func::StartsWith | Func::EndsWith => 2,
            Func::ToLower | Func::ToUpper | Func::Length => 1,
        }
    }
}

/// How two values relate, before an operator looks at it.
pub(super) enum Relation {
    Ordered(Ordering),
    /// Only equality is meaningful (enums, GUIDs, null).
    Equal(bool),
    /// Incompatible types: every comparison is false. Not a 400: items are schemaless JSON, so a
    /// property that is a number in one item may be a string or missing in another.
    Incomparable,
}

pub(super) fn compare(op: CmpOp, l: &Val<'_>, r: &Val<'_>) -> bool {
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

pub(super) fn call<'a>(f: Func, args: &'a [Expr], item: &'a Value) -> Val<'a> {
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
pub(super) fn lookup<'a>(item: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut cur = item;
    for seg in path {
        cur = get_ci(cur, seg)?;
    }
    Some(cur)
}

pub(super) fn get_ci<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let map = v.as_object()?;
    map.get(key)
        .or_else(|| map.iter().find(|(k, _)| eq_ci(k, key)).map(|(_, v)| v))
}

/// Unicode case-insensitive equality without allocating.
pub(super) fn eq_ci(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// `$orderby` order: null (and missing) < booleans < numbers < strings < objects and arrays.
pub(super) fn order_values(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    pub(super) fn rank(v: Option<&Value>) -> u8 {
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
pub(super) fn collect_path<'a>(v: &'a Value, path: &[String], out: &mut Vec<&'a Value>) {
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
pub(super) fn field_equals(v: &Value, wanted: &str) -> bool {
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
pub(super) fn contains_text(v: &Value, needle_lower: &str) -> bool {
    match v {
        Value::String(s) => s.to_lowercase().contains(needle_lower),
        Value::Array(xs) => xs.iter().any(|x| contains_text(x, needle_lower)),
        Value::Object(map) => map
            .iter()
            .any(|(k, x)| k != "_links" && contains_text(x, needle_lower)),
        _ => false,
    }
}
