//! OData literals as both sides write and read them.

/// An OData string literal: single quotes, an inner quote doubled (`it's` → `'it''s'`).
#[inline]
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

/// [`quote`], appending to `out`.
#[inline]
pub fn push_quoted(out: &mut String, s: &str) {
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
}

/// The inverse of [`quote`]: `None` unless `s` is one whole string literal.
#[inline]
pub fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        // Inside the literal a quote only appears doubled.
        if c == '\'' && chars.next() != Some('\'') {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

/// A GUID in the `D` form, `8-4-4-4-12` hex digits in any case: what an OData GUID literal
/// is, written unquoted.
#[inline]
pub fn is_guid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// An OData `DateTimeOffset` literal, written unquoted: a real date and time with `T`, an
/// upper-case `Z` or an offset, and a `.` fraction if any.
#[inline]
pub fn is_date_time(s: &str) -> bool {
    let Ok(parts) = crate::datetime::IsoParts::parse(s) else {
        return false;
    };
    s.as_bytes().get(10) == Some(&b'T')
        && parts
            .time
            .is_some_and(|t| !t.comma && t.zone != crate::datetime::Zone::None)
        && !s.ends_with('z')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_with_doubled_quotes() {
        assert_eq!(quote("it's"), "'it''s'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("''"), "''''''");
        assert_eq!(unquote("'it''s'").as_deref(), Some("it's"));
        assert_eq!(unquote("'it's'"), None);
        assert_eq!(unquote("'"), None);
    }

    #[test]
    fn guid_and_date_time_literals() {
        assert!(is_guid("0b5a8c9e-1F2D-4c3b-9a8e-7d6c5b4a3f21"));
        assert!(!is_guid("0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f2"));
        assert!(!is_guid("0b5a8c9e1f2d-4c3b-9a8e-7d6c5b4a3f21-"));
        assert!(!is_guid("{0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21}"));
        assert!(is_date_time("2024-01-02T03:04:05Z"));
        assert!(is_date_time("2024-01-02T03:04:05.5+02:00"));
        assert!(!is_date_time("2024-01-02T03:04:05"));
        assert!(!is_date_time("2024-01-02 03:04:05Z"));
        assert!(!is_date_time("2024-01-02t03:04:05Z"));
        assert!(!is_date_time("2024-01-02T03:04:05z"));
        assert!(!is_date_time("2023-02-29T00:00:00Z"));
        assert!(!is_date_time("yesterday"));
    }
}
