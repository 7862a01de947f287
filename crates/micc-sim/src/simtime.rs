//! Simulated time: instants as milliseconds since the Unix epoch, formatted the way the
//! server does (ISO 8601 date-times and .NET TimeSpan strings), spelt by `micc_wire`.

use micc_wire::{DateTime, TimeSpan};

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

pub const SECOND: Millis = 1_000;
pub const MINUTE: Millis = 60 * SECOND;
pub const HOUR: Millis = 60 * MINUTE;
pub const DAY: Millis = 24 * HOUR;

/// `2024-05-06T07:08:09.123Z`: always three fraction digits and `Z`, as the server writes
/// its clock. Instants outside years 0–9999 are clamped into them.
pub fn iso8601(t: Millis) -> String {
    let t = t.clamp(DateTime::MIN_UNIX_MILLIS, DateTime::MAX_UNIX_MILLIS);
    DateTime::from_unix_millis(t)
        .map(|d| d.display_millis().to_string())
        .unwrap_or_default()
}

/// Start of the UTC day containing `t`.
pub fn day_start(t: Millis) -> Millis {
    t - t.rem_euclid(DAY)
}

/// .NET `TimeSpan.ToString("c")`: `[-][d.]hh:mm:ss[.fffffff]`.
pub fn timespan(ms: Millis) -> String {
    TimeSpan::from_millis(ms).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_matches_known_instants() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso8601(1_700_000_000_123), "2023-11-14T22:13:20.123Z");
        assert_eq!(iso8601(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn timespans_use_the_dotnet_constant_format() {
        assert_eq!(timespan(0), "00:00:00");
        assert_eq!(timespan(192_000), "00:03:12");
        assert_eq!(
            timespan(DAY + 2 * HOUR + 3 * MINUTE + 4_567),
            "1.02:03:04.5670000"
        );
        assert_eq!(timespan(-61_000), "-00:01:01");
    }

    #[test]
    fn day_start_truncates_to_midnight_utc() {
        assert_eq!(
            iso8601(day_start(1_700_000_000_123)),
            "2023-11-14T00:00:00.000Z"
        );
    }
}
