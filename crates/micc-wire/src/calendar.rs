//! The proleptic Gregorian calendar as day numbers since 1970-01-01 (Howard Hinnant's
//! `days_from_civil` / `civil_from_days`), so no date library is needed on either side.

/// Milliseconds in a day.
pub const MS_PER_DAY: i64 = 86_400_000;

#[inline]
pub const fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1–12) in `year`; `None` for a month outside 1–12.
#[inline]
pub const fn days_in_month(year: i64, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// Whether `year-month-day` is a real calendar date.
#[inline]
pub const fn is_valid_date(year: i64, month: u8, day: u8) -> bool {
    match days_in_month(year, month) {
        Some(last) => day >= 1 && day <= last,
        None => false,
    }
}

/// Days since 1970-01-01 of a date (negative before it). The year is an `i32` so that no
/// input can overflow; a month or day out of range gives a day number, not a panic.
pub const fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let m = month as i64;
    let y = if m <= 2 { year as i64 - 1 } else { year as i64 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01: `(year, month 1–12, day 1–31)`; `None` only
/// where the arithmetic would overflow (|days| near `i64::MAX`).
pub const fn civil_from_days(days: i64) -> Option<(i64, u8, u8)> {
    let Some(z) = days.checked_add(719_468) else {
        return None;
    };
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // 1..=31 and 1..=12 by construction, so the narrowing casts are exact.
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    Some((y, m, d))
}

/// The weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
pub const fn weekday_from_days(days: i64) -> u8 {
    // 0..7 by `rem_euclid`, so the cast is exact.
    (days + 3).rem_euclid(7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 2, 29), 11_016);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(days_from_civil(0, 1, 1), -719_528);
        assert_eq!(civil_from_days(11_016), Some((2000, 2, 29)));
        assert_eq!(civil_from_days(-1), Some((1969, 12, 31)));
        assert_eq!(civil_from_days(i64::MAX), None);
        assert_eq!(weekday_from_days(0), 3);
        assert_eq!(weekday_from_days(-1), 2);
    }

    #[test]
    fn leap_years_and_month_lengths() {
        assert!(is_leap(2000) && is_leap(2024) && !is_leap(1900) && !is_leap(2023));
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(2023, 2), Some(28));
        assert_eq!(days_in_month(2023, 4), Some(30));
        assert_eq!(days_in_month(2023, 13), None);
        assert!(is_valid_date(2024, 2, 29) && !is_valid_date(2023, 2, 29));
        assert!(!is_valid_date(2024, 1, 0) && !is_valid_date(2024, 0, 1));
    }
}
