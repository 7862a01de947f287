//! Strings that JSON.NET turns into .NET values on the way in: GUIDs, date-times, numbers
//! and booleans written as strings. Each function answers the canonical spelling, or `None`
//! where .NET would refuse the text.

use micc_wire::datetime::{IsoParts, Zone, write_date_time, write_iso_zone, write_offset};

/// A GUID in any case, as .NET's `Guid` parser reads it: `D` (8-4-4-4-12), `B` (`{D}`), `P`
/// (`(D)`) and, when `allow_bare` (a property typed `uuid`), `N` (32 hex digits). Answers
/// the `D` form in lowercase, as `Guid.ToString()` writes it.
pub fn normalise_guid(s: &str, allow_bare: bool) -> Option<String> {
    let s = s.trim();
    let inner = s
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .or_else(|| s.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
        .unwrap_or(s);
    if micc_wire::odata::is_guid(inner) {
        return Some(inner.to_ascii_lowercase());
    }
    let bare = allow_bare
        && inner.len() == 32
        && inner.len() == s.len()
        && inner.bytes().all(|c| c.is_ascii_hexdigit());
    if !bare {
        return None;
    }
    let h = inner.to_ascii_lowercase();
    Some(format!(
        "{}-{}-{}-{}-{}",
        h.get(0..8)?,
        h.get(8..12)?,
        h.get(12..16)?,
        h.get(16..20)?,
        h.get(20..32)?
    ))
}

/// A date-time as JSON.NET reads one into a `DateTime`, in RFC 3339 with an offset.
///
/// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space, `hh:mm[:ss[.fraction]]` and
/// `Z` or an offset (`±hh:mm`, `±hhmm`, `±hh`), with real calendar ranges; and .NET's
/// `/Date(milliseconds[±hhmm])/`. A text without an offset is server-local time: it gets
/// `local_offset_minutes` (the server's offset from UTC; the simulator's time zone is UTC
/// unless configured, see `DecodeOptions`). A date alone is local midnight.
pub fn normalise_date_time(s: &str, local_offset_minutes: i32) -> Option<String> {
    let s = s.trim();
    if let Some(ms) = s.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
        return ms_date(ms);
    }
    let parts = IsoParts::parse(s).ok()?;
    let (hms, fraction, zone) = match parts.time {
        None => ((0, 0, 0), "", Zone::None),
        // JSON.NET's reader knows only `.` for the fraction.
        Some(t) if t.comma => return None,
        Some(t) => ((t.hour, t.minute, t.second), t.fraction, t.zone),
    };
    let mut out = String::with_capacity(s.len() + 8);
    write_date_time(&mut out, (parts.year, parts.month, parts.day), hms).ok()?;
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    match zone {
        Zone::None if local_offset_minutes == 0 => out.push('Z'),
        Zone::None => write_offset(&mut out, local_offset_minutes).ok()?,
        zone => write_iso_zone(&mut out, zone).ok()?,
    }
    Some(out)
}

/// `/Date(1714566600000)/` or `/Date(1714566600000+0200)/`: milliseconds since the Unix
/// epoch (UTC); the offset only says how it was displayed. Written as the server's clock is.
fn ms_date(inner: &str) -> Option<String> {
    let split = inner
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c == '+' || c == '-')
        .map_or(inner.len(), |(i, _)| i);
    let (ms, zone) = inner.split_at(split);
    if !zone.is_empty() && !matches!(Zone::parse(zone), Ok(Zone::Offset { .. })) {
        return None;
    }
    let ms: i64 = ms.parse().ok()?;
    // Outside years 0–9999 .NET's `DateTime` cannot hold it, so JSON.NET refuses it too.
    let at = micc_wire::DateTime::from_unix_millis(ms)?;
    Some(at.display_millis().to_string())
}

/// `"5"`, `" -12 "` as an integer (`Int64.Parse` with surrounding white space).
pub fn integer_text(s: &str) -> Option<i64> {
    s.trim().strip_prefix('+').unwrap_or(s.trim()).parse().ok()
}

/// `"1.5"`, `"2e3"` as a finite number (`Double.Parse`, invariant culture).
pub fn number_text(s: &str) -> Option<f64> {
    let t = s.trim();
    let plain = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && t.chars().any(|c| c.is_ascii_digit());
    t.parse::<f64>().ok().filter(|v| plain && v.is_finite())
}

/// `"true"`, `"False"` (`Boolean.Parse`: any case, surrounding white space).
pub fn boolean_text(s: &str) -> Option<bool> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("true") {
        Some(true)
    } else if t.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_in_any_case_and_form() {
        let d = "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21";
        for s in [
            d,
            "0B5A8C9E-1F2D-4C3B-9A8E-7D6C5B4A3F21",
            "{0B5A8C9E-1f2d-4c3b-9a8e-7d6c5b4a3f21}",
            "(0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21)",
            " 0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21 ",
        ] {
            assert_eq!(normalise_guid(s, false).as_deref(), Some(d), "{s}");
        }
        assert_eq!(
            normalise_guid("0B5A8C9E1F2D4C3B9A8E7D6C5B4A3F21", true).as_deref(),
            Some(d)
        );
        assert_eq!(
            normalise_guid("0B5A8C9E1F2D4C3B9A8E7D6C5B4A3F21", false),
            None
        );
        for bad in [
            "site-1",
            "",
            "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f2g",
            "{0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
        ] {
            assert_eq!(normalise_guid(bad, true), None, "{bad}");
        }
    }

    #[test]
    fn date_times_with_and_without_offsets() {
        let n = |s: &str| normalise_date_time(s, 0);
        assert_eq!(
            n("2024-05-01T12:30:00Z").as_deref(),
            Some("2024-05-01T12:30:00Z")
        );
        assert_eq!(
            n("2024-05-01T12:30:00").as_deref(),
            Some("2024-05-01T12:30:00Z")
        );
        assert_eq!(
            n("2024-05-01 12:30").as_deref(),
            Some("2024-05-01T12:30:00Z")
        );
        assert_eq!(n("2024-05-01").as_deref(), Some("2024-05-01T00:00:00Z"));
        assert_eq!(
            n("2024-02-29T00:00:00.1234567+0100").as_deref(),
            Some("2024-02-29T00:00:00.1234567+01:00")
        );
        assert_eq!(
            n("2024-05-01T12:30:00.5+02:00").as_deref(),
            Some("2024-05-01T12:30:00.5+02:00")
        );
        assert_eq!(
            n("2024-05-01T12:30:00-05").as_deref(),
            Some("2024-05-01T12:30:00-05:00")
        );
        assert_eq!(
            n("/Date(1714566600000)/").as_deref(),
            Some("2024-05-01T12:30:00.000Z")
        );
        assert_eq!(n("/Date(-1)/").as_deref(), Some("1969-12-31T23:59:59.999Z"));
        // Server-local time is the configured offset.
        assert_eq!(
            normalise_date_time("2024-05-01T12:30:00", 120).as_deref(),
            Some("2024-05-01T12:30:00+02:00")
        );
        assert_eq!(
            normalise_date_time("2024-05-01T12:30:00", -330).as_deref(),
            Some("2024-05-01T12:30:00-05:30")
        );
        for bad in [
            "yesterday",
            "2023-02-29T00:00:00Z",
            "2024-13-01T12:30:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:30:00.Z",
            "2024-05-01T12:30:00Zjunk",
            "2024-05-01T12:30:00+1:00",
            "2024-05-01X12:30",
            "",
        ] {
            assert_eq!(n(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_and_booleans_written_as_strings() {
        assert_eq!(integer_text(" 5 "), Some(5));
        assert_eq!(integer_text("-12"), Some(-12));
        assert_eq!(integer_text("1.5"), None);
        assert_eq!(integer_text("abc"), None);
        assert_eq!(number_text("1.5"), Some(1.5));
        assert_eq!(number_text("2e3"), Some(2000.0));
        assert_eq!(number_text("NaN"), None);
        assert_eq!(number_text("inf"), None);
        assert_eq!(boolean_text("True"), Some(true));
        assert_eq!(boolean_text(" false "), Some(false));
        assert_eq!(boolean_text("yes"), None);
    }
}
