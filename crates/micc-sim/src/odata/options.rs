//! The simple system query options: `$top`, `$skip`, `$count`, `$select`, `$expand`, `$search`.

use super::*;

pub(super) fn parse_integer(
    option: &str,
    value: &str,
    max: Option<u64>,
) -> Result<u64, ODataError> {
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

pub(super) fn parse_bool(option: &str, value: &str) -> Result<bool, ODataError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ODataError::new(format!(
            "{option}: expected 'true' or 'false', found '{value}'"
        ))),
    }
}

pub(super) fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

pub(super) fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(super) fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

/// Splits a comma list, yielding each trimmed item with its 1-based column.
pub(super) fn comma_items(value: &str) -> Vec<(usize, &str)> {
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

pub(super) fn parse_select(value: &str) -> Result<Vec<String>, ODataError> {
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

pub(super) fn parse_expand(value: &str) -> Result<Vec<String>, ODataError> {
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
pub(super) fn parse_search(value: &str) -> Search {
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

pub(super) fn search_term(t: &str) -> SearchTerm {
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

pub(super) fn split_search_path(s: &str) -> Vec<String> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(['.', '/']).map(str::to_owned).collect()
}
