//! Simulated time: instants as milliseconds since the Unix epoch, formatted the way the
//! server does (ISO 8601 date-times and .NET TimeSpan strings). No date library needed.

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

pub const SECOND: Millis = 1_000;
pub const MINUTE: Millis = 60 * SECOND;
pub const HOUR: Millis = 60 * MINUTE;
pub const DAY: Millis = 24 * HOUR;

/// `2024-05-06T07:08:09.123Z`.
pub fn iso8601(t: Millis) -> String {
    let days = t.div_euclid(DAY);
    let ms_of_day = t.rem_euclid(DAY);
    let (y, m, d) = civil_from_days(days);
    let secs = ms_of_day / SECOND;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        ms_of_day % SECOND
    )
}

/// Start of the UTC day containing `t`.
pub fn day_start(t: Millis) -> Millis {
    t - t.rem_euclid(DAY)
}

/// .NET `TimeSpan.ToString("c")`: `[-][d.]hh:mm:ss[.fffffff]`.
pub fn timespan(ms: Millis) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let ms = ms.unsigned_abs();
    let (days, rem) = (ms / 86_400_000, ms % 86_400_000);
    let (h, m, s, frac) = (
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000,
    );
    let days = if days > 0 {
        format!("{days}.")
    } else {
        String::new()
    };
    let frac = if frac > 0 {
        format!(".{:07}", frac * 10_000)
    } else {
        String::new()
    };
    format!("{sign}{days}{h:02}:{m:02}:{s:02}{frac}")
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
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
