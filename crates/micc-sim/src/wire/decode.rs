//! Request bodies back into the canonical form, type-checked against the operation's schema.

use serde_json::{Map, Value};

use super::*;

/// Parses a request body sent in either wire form into the canonical form.
///
/// Keys match the schema's property names case-insensitively and come out spelled as the
/// document spells them; unknown properties are dropped (JSON.NET ignores them), except in
/// models the reference renders collapsed, whose other properties are kept as sent. Enums are
/// accepted as integers of their table or as names in any case and come out as names.
/// `null` is accepted for any property (JSON.NET leaves the default); `required` is not
/// enforced. Strings with `format: date-time` must be RFC 3339, with `format: uuid`
/// 8-4-4-4-12 hex digits. Empty bodies, invalid JSON, bodies over [`MAX_BODY_BYTES`],
/// nesting deeper than [`MAX_DEPTH`] and values of the wrong type are errors.
pub fn decode_request(body: &[u8], schema: &Value) -> Result<Value, WireError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(wire_error(
            "$",
            format!(
                "the request body is {} bytes; at most {MAX_BODY_BYTES} bytes (1 MiB) are accepted",
                body.len()
            ),
        ));
    }
    // .NET clients may prefix a UTF-8 byte order mark, which JSON.NET skips.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let view = View::of(&[schema], None);
    let kind = view.kind(None, None);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(wire_error(
            "$",
            format!(
                "the request body is empty; expected {}",
                view.describe(&kind)
            ),
        ));
    }
    check_depth(body)?;
    let value: Value =
        serde_json::from_slice(body).map_err(|e| wire_error("$", format!("invalid JSON: {e}")))?;
    if value.is_null() && !matches!(kind, Kind::Unknown) {
        return Err(wire_error(
            "$",
            format!("expected {}, got null", view.describe(&kind)),
        ));
    }
    decode_view(&value, &view, None, None, "$")
}

/// Rejects nesting deeper than [`MAX_DEPTH`] before parsing, with a clearer message than
/// the parser's own recursion limit.
pub(super) fn check_depth(body: &[u8]) -> Result<(), WireError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(wire_error(
                        "$",
                        format!("the JSON nests arrays and objects deeper than {MAX_DEPTH} levels"),
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

pub(super) fn decode_view(
    value: &Value,
    view: &View<'_>,
    owner: Option<&str>,
    prop: Option<&str>,
    path: &str,
) -> Result<Value, WireError> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    let kind = view.kind(owner, prop);
    let mismatch = |kind: &Kind<'_>| {
        wire_error(
            path,
            format!("expected {}, got {}", view.describe(kind), got(value)),
        )
    };
    match &kind {
        Kind::Enum(t) => {
            let found = match value {
                Value::Number(n) => n.as_i64().and_then(|i| t.name_of(i)),
                Value::String(s) => t.canonical(s).map(|(n, _)| n).or_else(|| {
                    // Enum.Parse also takes a number written as a string.
                    s.trim().parse::<i64>().ok().and_then(|i| t.name_of(i))
                }),
                _ => None,
            };
            found
                .map(|name| Value::String(name.to_string()))
                .ok_or_else(|| mismatch(&kind))
        }
        Kind::Object => {
            let Value::Object(map) = value else {
                return Err(mismatch(&kind));
            };
            let mut out = Map::new();
            for (key, v) in map {
                let Some(p) = view.prop(key) else {
                    // JSON.NET ignores properties a class does not have. Where the reference
                    // does not show all of them (collapsed models), keep what was sent.
                    if view.open {
                        out.insert(key.clone(), v.clone());
                    }
                    continue;
                };
                let pv = View::of(&p.schemas, p.owner);
                let child = format!("{path}{}", member_path(p.name));
                out.insert(
                    p.name.to_string(),
                    decode_view(v, &pv, p.owner, Some(p.name), &child)?,
                );
            }
            Ok(Value::Object(out))
        }
        Kind::Dict => {
            let Value::Object(map) = value else {
                return Err(mismatch(&kind));
            };
            if view.additional.is_empty() {
                return Ok(value.clone());
            }
            let av = View::of(&view.additional, None);
            let mut out = Map::new();
            for (key, v) in map {
                let child = format!("{path}{}", member_path(key));
                out.insert(key.clone(), decode_view(v, &av, None, None, &child)?);
            }
            Ok(Value::Object(out))
        }
        Kind::Array => {
            let Value::Array(items) = value else {
                return Err(mismatch(&kind));
            };
            let iv = View::of(&view.items, None);
            items
                .iter()
                .enumerate()
                .map(|(i, v)| decode_view(v, &iv, owner, prop, &format!("{path}[{i}]")))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Kind::Primitive => {
            if !view.types.iter().any(|t| matches_type(t, value)) {
                return Err(mismatch(&kind));
            }
            if let Value::String(s) = value {
                match view.format {
                    Some("date-time") if !is_rfc3339(s) => {
                        return Err(wire_error(
                            path,
                            format!(
                                "expected an RFC 3339 date-time such as \"2024-05-01T12:30:00Z\", got {}",
                                got(value)
                            ),
                        ));
                    }
                    Some("uuid") if !is_uuid(s) => {
                        return Err(wire_error(
                            path,
                            format!(
                                "expected a UUID (8-4-4-4-12 hex digits), got {}",
                                got(value)
                            ),
                        ));
                    }
                    _ => {}
                }
            }
            Ok(value.clone())
        }
        Kind::Unknown => Ok(value.clone()),
    }
}

pub(super) fn matches_type(t: &str, value: &Value) -> bool {
    match t {
        "string" => value.is_string(),
        // JSON.NET refuses a fraction for an integer; a whole number must not carry one.
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// `.Name`, or `["odd key"]` for keys that are not identifiers.
pub(super) fn member_path(key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", Value::String(key.to_string()))
    }
}

/// How a received value is shown in an error message: short, and quoted for strings.
pub(super) fn got(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            const MAX: usize = 60;
            if s.chars().count() > MAX {
                let cut: String = s.chars().take(MAX).collect();
                format!("{}…", Value::String(cut))
            } else {
                Value::String(s.clone()).to_string()
            }
        }
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with real calendar
/// ranges (leap years, leap second 60).
pub(super) fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
    let (Some(year), Some(month), Some(day)) = (num(0, 4), num(5, 2), num(8, 2)) else {
        return false;
    };
    let (Some(hour), Some(minute), Some(second)) = (num(11, 2), num(14, 2), num(17, 2)) else {
        return false;
    };
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt") && at(13, b":") && at(16, b":")) {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days || hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut i = 19;
    if at(i, b".") {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if at(i, b"Zz") {
        return i + 1 == b.len();
    }
    if !at(i, b"+-") || !at(i + 3, b":") || i + 6 != b.len() {
        return false;
    }
    matches!((num(i + 1, 2), num(i + 4, 2)), (Some(h), Some(m)) if h <= 23 && m <= 59)
}

/// `8-4-4-4-12` hex digits.
pub(super) fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn rfc3339_checker() {
        for ok in [
            "2024-05-01T12:30:00Z",
            "2024-02-29T00:00:00.1234567+01:00",
            "2016-12-31t23:59:60z",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2023-02-29T00:00:00Z",
            "2024-05-01 12:30:00Z",
            "2024-05-01T12:30:00",
            "2024-13-01T12:30:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:30:00.Z",
            "2024-05-01T12:30:00+0100",
            "2024-05-01T12:30:00Zjunk",
            "yesterday",
            "",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }

    #[test]
    pub(super) fn uuid_checker() {
        assert!(is_uuid("0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21"));
        assert!(!is_uuid("0b5a8c9e1f2d4c3b9a8e7d6c5b4a3f21"));
        assert!(!is_uuid("0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f2g"));
    }
}
