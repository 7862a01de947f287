//! ISO 8601 date-times and dates as instants (for `$filter` comparisons).

use micc_wire::datetime::{IsoParts, Zone};

/// Parses an ISO 8601 date or date-time into nanoseconds since the Unix epoch.
///
/// Accepts `YYYY-MM-DD`, optionally followed by `T` (or a space) `hh:mm[:ss[.fraction]]` and a
/// zone `Z` or `±hh:mm` (`±hhmm`). A missing zone means UTC: .NET often serializes `DateTime`
/// without one. The text is read by the shared `micc_wire` reader; OData's literal grammar
/// is narrower, so a `,` fraction, a leap second and an offset without minutes are refused.
pub fn parse_instant(s: &str) -> Option<i128> {
    let parts = IsoParts::parse(s).ok()?;
    let (nanos, offset_secs) = match parts.time {
        None => (0, 0),
        Some(t) if t.comma || t.second > 59 => return None,
        Some(t) if matches!(t.zone, Zone::Offset { short: true, .. }) => return None,
        // Digits beyond nanoseconds (rare) are read but ignored.
        Some(t) => (t.fraction_scaled(9), i64::from(t.zone.minutes_east()) * 60),
    };
    let secs = parts.local_seconds() - offset_secs;
    Some(i128::from(secs) * 1_000_000_000 + i128::from(nanos))
}
