//! ISO 8601 / RFC 3339 date-times as the API sends them.
//!
//! Accepted: `YYYY-MM-DD(T|t| )hh:mm[:ss[.f…]][Z|z|±hh:mm|±hhmm|±hh]`, surrounding ASCII
//! whitespace ignored. Fractions may have any number of digits; the first 7 are kept (.NET's
//! resolution, 100 ns), the rest are dropped. A second of `60` (a leap second) is accepted.
//!
//! **No zone means UTC.** JSON.NET writes a `DateTime` of kind `Unspecified` without a zone
//! (`"2024-05-01T12:30:00"`), and the API's times are server times in UTC. The value
//! remembers that no zone was given ([`Offset::Unspecified`]) but computes instants as UTC,
//! and prints a `Z`: a zone-less string handed to JavaScript's `Date` would be read as the
//! *browser's local* time, which is the bug this avoids.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// The zone part of a date-time as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Offset {
    /// `Z`.
    Utc,
    /// `±hh:mm`, in minutes east of UTC (`+02:00` is `120`; `+00:00` is `0`, not `Utc`).
    Minutes(i16),
    /// No zone in the text: treated as UTC, printed with `Z`.
    Unspecified,
}

impl Offset {
    /// Minutes east of UTC (`0` for `Utc` and `Unspecified`).
    pub const fn minutes(self) -> i16 {
        match self {
            Offset::Minutes(m) => m,
            Offset::Utc | Offset::Unspecified => 0,
        }
    }
}

/// A calendar date and time of day with its offset, to 100 ns.
///
/// Equality compares the fields as received (`12:00Z` and `14:00+02:00` differ); ordering
/// is by instant first, so sorting gives chronological order. Use
/// [`DateTime::unix_millis`] or [`DateTime::same_instant`] to compare instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    /// 0..10^7 ticks of 100 ns.
    fraction: u32,
    offset: Offset,
}

/// Why a string is not a date-time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeError {
    message: &'static str,
}

impl fmt::Display for DateTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not an RFC 3339 date-time (e.g. \"2024-05-01T12:30:00Z\"): {}",
            self.message
        )
    }
}

impl std::error::Error for DateTimeError {}

const fn error(message: &'static str) -> DateTimeError {
    DateTimeError { message }
}

const MS_PER_DAY: i64 = 86_400_000;

impl DateTime {
    /// A date-time from its parts (UTC when `offset` is `Utc`/`Unspecified`); `None` when a
    /// part is out of range. `fraction` is in ticks of 100 ns (0..10^7).
    #[allow(clippy::too_many_arguments)] // the parts of a date-time, in their usual order
    pub fn from_parts(
        year: u16,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        fraction: u32,
        offset: Offset,
    ) -> Option<Self> {
        let ok = year <= 9999
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour <= 23
            && minute <= 59
            && second <= 60
            && fraction < 10_000_000
            && offset.minutes().unsigned_abs() <= 23 * 60 + 59;
        ok.then_some(DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            fraction,
            offset,
        })
    }

    /// The UTC date-time (`Z`) of a Unix time in milliseconds; `None` outside years 0–9999.
    pub fn from_unix_millis(millis: i64) -> Option<Self> {
        let days = millis.div_euclid(MS_PER_DAY);
        let ms = millis.rem_euclid(MS_PER_DAY);
        let (year, month, day) = civil_from_days(days)?;
        let secs = ms / 1000;
        Self::from_parts(
            year,
            month,
            day,
            u8::try_from(secs / 3600).ok()?,
            u8::try_from(secs / 60 % 60).ok()?,
            u8::try_from(secs % 60).ok()?,
            u32::try_from(ms % 1000 * 10_000).ok()?,
            Offset::Utc,
        )
    }

    /// Milliseconds since 1970-01-01T00:00:00Z (fractions below a millisecond floored).
    pub fn unix_millis(&self) -> i64 {
        self.unix_ticks().div_euclid(10_000)
    }

    /// Ticks of 100 ns since 1970-01-01T00:00:00Z.
    pub fn unix_ticks(&self) -> i64 {
        let days = days_from_civil(i64::from(self.year), self.month, self.day);
        let secs = days * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset.minutes()) * 60;
        secs * 10_000_000 + i64::from(self.fraction)
    }

    /// Both denote the same instant, whatever their offsets.
    pub fn same_instant(&self, other: &DateTime) -> bool {
        self.unix_ticks() == other.unix_ticks()
    }

    pub const fn year(&self) -> u16 {
        self.year
    }
    pub const fn month(&self) -> u8 {
        self.month
    }
    pub const fn day(&self) -> u8 {
        self.day
    }
    pub const fn hour(&self) -> u8 {
        self.hour
    }
    pub const fn minute(&self) -> u8 {
        self.minute
    }
    pub const fn second(&self) -> u8 {
        self.second
    }
    /// The fraction of the second in ticks of 100 ns (0..10^7).
    pub const fn fraction_ticks(&self) -> u32 {
        self.fraction
    }
    pub const fn offset(&self) -> Offset {
        self.offset
    }

    /// Parses the formats described in the module documentation.
    pub fn parse(text: &str) -> Result<Self, DateTimeError> {
        let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<u32> {
            b.get(from..from + len)?.iter().try_fold(0u32, |acc, d| {
                d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
            })
        };
        let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
        let (Some(year), Some(month), Some(day)) = (num(0, 4), num(5, 2), num(8, 2)) else {
            return Err(error("expected YYYY-MM-DD"));
        };
        if !(at(4, b"-") && at(7, b"-")) {
            return Err(error("expected YYYY-MM-DD"));
        }
        if !at(10, b"Tt ") {
            return Err(error("expected 'T' between date and time"));
        }
        let (Some(hour), Some(minute)) = (num(11, 2), num(14, 2)) else {
            return Err(error("expected hh:mm"));
        };
        if !at(13, b":") {
            return Err(error("expected hh:mm"));
        }
        let mut i = 16;
        let mut second = 0;
        let mut fraction = 0u32;
        if at(i, b":") {
            second = num(i + 1, 2).ok_or(error("expected seconds"))?;
            i += 3;
            if at(i, b".,") {
                i += 1;
                let start = i;
                while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                    if i - start < 7 {
                        fraction = fraction * 10 + u32::from(d - b'0');
                    }
                    i += 1;
                }
                let kept = (i - start).min(7);
                if kept == 0 {
                    return Err(error("expected fraction digits after '.'"));
                }
                fraction *= 10u32.pow(u32::try_from(7 - kept).unwrap_or(0));
            }
        }
        let offset = match b.get(i) {
            None => Offset::Unspecified,
            Some(b'Z' | b'z') => {
                i += 1;
                Offset::Utc
            }
            Some(&sign @ (b'+' | b'-')) => {
                let h = num(i + 1, 2).ok_or(error("expected an offset ±hh:mm"))?;
                let (m, len) = if at(i + 3, b":") {
                    (num(i + 4, 2).ok_or(error("expected an offset ±hh:mm"))?, 6)
                } else if let Some(m) = num(i + 3, 2) {
                    (m, 5)
                } else {
                    (0, 3)
                };
                if h > 23 || m > 59 {
                    return Err(error("offset out of range"));
                }
                i += len;
                let minutes = i16::try_from(h * 60 + m).unwrap_or(0);
                Offset::Minutes(if sign == b'-' { -minutes } else { minutes })
            }
            Some(_) => return Err(error("unexpected characters after the time")),
        };
        if i != b.len() {
            return Err(error("unexpected characters at the end"));
        }
        let narrow = |v: u32| u8::try_from(v).map_err(|_| error("a part is out of range"));
        Self::from_parts(
            u16::try_from(year).map_err(|_| error("year out of range"))?,
            narrow(month)?,
            narrow(day)?,
            narrow(hour)?,
            narrow(minute)?,
            narrow(second)?,
            fraction,
            offset,
        )
        .ok_or(error(
            "a part is out of range (month, day, hour, minute, second or offset)",
        ))
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]; `None` outside years 0–9999.
fn civil_from_days(z: i64) -> Option<(u16, u8, u8)> {
    let z = z.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some((
        u16::try_from(y).ok().filter(|y| *y <= 9999)?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    ))
}

/// RFC 3339: `YYYY-MM-DDThh:mm:ss[.f]` with trailing zeros of the fraction dropped (as
/// JSON.NET writes), then `Z` (for `Utc` and `Unspecified`) or `±hh:mm`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )?;
        if self.fraction > 0 {
            let mut digits = 7;
            let mut frac = self.fraction;
            while frac.is_multiple_of(10) {
                frac /= 10;
                digits -= 1;
            }
            write!(f, ".{frac:0digits$}")?;
        }
        match self.offset {
            Offset::Utc | Offset::Unspecified => f.write_str("Z"),
            Offset::Minutes(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                let m = m.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
            }
        }
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// By instant, then by the offset and the second as received (a leap second `60` and the
/// next minute's `00` are the same instant), so `Ord` agrees with `Eq`.
impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> Ordering {
        let key = |d: &DateTime| (d.unix_ticks(), offset_key(d.offset), d.second);
        key(self).cmp(&key(other))
    }
}

fn offset_key(o: Offset) -> (u8, i16) {
    match o {
        Offset::Utc => (0, 0),
        Offset::Minutes(m) => (1, m),
        Offset::Unspecified => (2, 0),
    }
}

impl FromStr for DateTime {
    type Err = DateTimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// As the RFC 3339 string, in both serializations.
impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateTimeVisitor)
    }
}

struct DateTimeVisitor;

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 date-time string such as \"2024-05-01T12:30:00Z\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
        DateTime::parse(v).map_err(|e| {
            E::custom(format_args!(
                "{e}, got {}",
                crate::decode::quoted_excerpt(v)
            ))
        })
    }
}
