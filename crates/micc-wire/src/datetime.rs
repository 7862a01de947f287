//! ISO 8601 / RFC 3339 date-times as the API spells them.
//!
//! [`IsoParts::parse`] is the one reader of the text: `YYYY-MM-DD`, optionally followed by
//! `T`, `t` or a space and `hh:mm[:ss[(.|,)f…]]`, then `Z`, `z`, `±hh:mm`, `±hhmm`, `±hh` or
//! nothing, with real calendar ranges (a second of `60`, a leap second, is accepted). It
//! answers what the text says, including its spelling (date only, `,` for the fraction, a
//! short offset), so that each side applies its own policy on top without a second parser.
//!
//! [`DateTime`] is the client's value: a date-time with its offset, to 100 ns. **No zone
//! means UTC**: JSON.NET writes a `DateTime` of kind `Unspecified` without a zone, and the
//! API's times are server times in UTC; the value remembers that no zone was given
//! ([`Offset::Unspecified`]) but computes instants as UTC and prints a `Z`.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::calendar::{self, MS_PER_DAY};

/// Why a string is not a date-time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeError {
    message: &'static str,
}

impl DateTimeError {
    /// What was wrong, without the preamble of `Display`.
    pub const fn message(&self) -> &'static str {
        self.message
    }
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

/// The zone of a date-time text as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// No zone at all.
    None,
    /// `Z` or `z`.
    Utc,
    /// `±hh:mm`, `±hhmm` or (`short`) `±hh`; hours 0–23, minutes 0–59.
    Offset {
        negative: bool,
        hours: u8,
        minutes: u8,
        short: bool,
    },
}

impl Zone {
    /// Minutes east of UTC (`0` for `None` and `Utc`).
    #[inline]
    pub const fn minutes_east(self) -> i16 {
        match self {
            Zone::Offset {
                negative,
                hours,
                minutes,
                ..
            } => {
                let m = hours as i16 * 60 + minutes as i16;
                if negative { -m } else { m }
            }
            Zone::None | Zone::Utc => 0,
        }
    }
}

/// The time of day of a date-time text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoTime<'a> {
    pub hour: u8,
    pub minute: u8,
    /// 0–60 (`0` when the text has no seconds).
    pub second: u8,
    /// The fraction's digits as written (any number of them); empty when there is none.
    pub fraction: &'a str,
    /// The fraction written with `,` instead of `.` (ISO 8601 allows both).
    pub comma: bool,
    pub zone: Zone,
}

impl IsoTime<'_> {
    /// The fraction in units of 10^-`places` s: the first `places` digits, zero-padded
    /// (further digits are dropped, not rounded). `places` at most 9.
    #[inline]
    pub fn fraction_scaled(&self, places: u32) -> u32 {
        let places = places.min(9);
        let mut value = 0u32;
        let mut used = 0u32;
        for d in self.fraction.bytes().take(places as usize) {
            // `min(9)`: the fields are public, so a digit is not guaranteed; no overflow either way.
            value = value * 10 + u32::from(d.wrapping_sub(b'0')).min(9);
            used += 1;
        }
        value * 10u32.pow(places - used)
    }
}

/// A date-time text taken apart, checked against the calendar; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoParts<'a> {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// `None` for a date alone (`YYYY-MM-DD`).
    pub time: Option<IsoTime<'a>>,
}

impl<'a> IsoParts<'a> {
    /// Reads `s` exactly: surrounding white space is the caller's to trim.
    pub fn parse(s: &'a str) -> Result<Self, DateTimeError> {
        let b = s.as_bytes();
        let num = |from: usize, len: usize| digits(b, from, len);
        let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
        let (Some(year), Some(month), Some(day)) = (num(0, 4), num(5, 2), num(8, 2)) else {
            return Err(error("expected YYYY-MM-DD"));
        };
        if !(at(4, b"-") && at(7, b"-")) {
            return Err(error("expected YYYY-MM-DD"));
        }
        let narrow = |v: u32| u8::try_from(v).map_err(|_| error("a part is out of range"));
        let (year, month, day) = (
            u16::try_from(year).map_err(|_| error("year out of range"))?,
            narrow(month)?,
            narrow(day)?,
        );
        let date_ok = calendar::is_valid_date(i64::from(year), month, day);
        if b.len() == 10 {
            return if date_ok {
                Ok(IsoParts {
                    year,
                    month,
                    day,
                    time: None,
                })
            } else {
                Err(error("a part is out of range (month or day)"))
            };
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
        let mut fraction = "";
        let mut comma = false;
        if at(i, b":") {
            second = num(i + 1, 2).ok_or(error("expected seconds"))?;
            i += 3;
            if at(i, b".,") {
                comma = at(i, b",");
                i += 1;
                let start = i;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                fraction = s.get(start..i).unwrap_or("");
                if fraction.is_empty() {
                    return Err(error("expected fraction digits after '.'"));
                }
            }
        }
        let (zone, len) = read_zone(b, i)?;
        i += len;
        if i != b.len() {
            return Err(error("unexpected characters at the end"));
        }
        if !date_ok || hour > 23 || minute > 59 || second > 60 {
            return Err(error(
                "a part is out of range (month, day, hour, minute, second or offset)",
            ));
        }
        Ok(IsoParts {
            year,
            month,
            day,
            time: Some(IsoTime {
                hour: narrow(hour)?,
                minute: narrow(minute)?,
                second: narrow(second)?,
                fraction,
                comma,
                zone,
            }),
        })
    }

    /// Seconds since 1970-01-01T00:00:00 of the date and time of day as written, before
    /// any offset is applied (midnight for a date alone).
    pub fn local_seconds(&self) -> i64 {
        let days = calendar::days_from_civil(i32::from(self.year), self.month, self.day);
        let (h, m, s) = self
            .time
            .map_or((0, 0, 0), |t| (t.hour, t.minute, t.second));
        days * 86_400 + i64::from(h) * 3600 + i64::from(m) * 60 + i64::from(s)
    }
}

/// The value of exactly `len` ASCII digits at `from`.
fn digits(b: &[u8], from: usize, len: usize) -> Option<u32> {
    b.get(from..from.checked_add(len)?)?
        .iter()
        .try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
}

/// The zone at `b[i..]` (`Z`, `z`, `±hh:mm`, `±hhmm`, `±hh` or nothing) and its length;
/// an unknown character there is an error.
fn read_zone(b: &[u8], i: usize) -> Result<(Zone, usize), DateTimeError> {
    let sign = match b.get(i) {
        None => return Ok((Zone::None, 0)),
        Some(b'Z' | b'z') => return Ok((Zone::Utc, 1)),
        Some(&sign @ (b'+' | b'-')) => sign,
        Some(_) => return Err(error("unexpected characters after the time")),
    };
    let h = digits(b, i + 1, 2).ok_or(error("expected an offset ±hh:mm"))?;
    let (m, len) = if b.get(i + 3) == Some(&b':') {
        (
            digits(b, i + 4, 2).ok_or(error("expected an offset ±hh:mm"))?,
            6,
        )
    } else if let Some(m) = digits(b, i + 3, 2) {
        (m, 5)
    } else {
        (0, 3)
    };
    let (Ok(hours @ 0..=23), Ok(minutes @ 0..=59)) = (u8::try_from(h), u8::try_from(m)) else {
        return Err(error("offset out of range"));
    };
    let zone = Zone::Offset {
        negative: sign == b'-',
        hours,
        minutes,
        short: len == 3,
    };
    Ok((zone, len))
}

impl Zone {
    /// Reads a whole zone text: `Z`, `z`, `±hh:mm`, `±hhmm` or `±hh` (empty is `None`).
    pub fn parse(s: &str) -> Result<Zone, DateTimeError> {
        let (zone, len) = read_zone(s.as_bytes(), 0)?;
        if len == s.len() {
            Ok(zone)
        } else {
            Err(error("unexpected characters at the end"))
        }
    }
}

/// Writes `±hh:mm` for an offset in minutes east of UTC (`+00:00` for zero).
pub fn write_offset<W: fmt::Write + ?Sized>(out: &mut W, minutes_east: i32) -> fmt::Result {
    write_zone(out, minutes_east < 0, minutes_east.unsigned_abs())
}

fn write_zone<W: fmt::Write + ?Sized>(out: &mut W, negative: bool, minutes: u32) -> fmt::Result {
    out.write_char(if negative { '-' } else { '+' })?;
    write!(out, "{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Writes the zone as RFC 3339 does: `Z` for `Utc`, `±hh:mm` for an offset (its sign as
/// written, so `-00:00` stays), and nothing for `None`.
pub fn write_iso_zone<W: fmt::Write + ?Sized>(out: &mut W, zone: Zone) -> fmt::Result {
    match zone {
        Zone::None => Ok(()),
        Zone::Utc => out.write_char('Z'),
        Zone::Offset {
            negative,
            hours,
            minutes,
            ..
        } => write_zone(out, negative, u32::from(hours) * 60 + u32::from(minutes)),
    }
}

/// Writes `YYYY-MM-DDThh:mm:ss`.
pub fn write_date_time<W: fmt::Write + ?Sized>(
    out: &mut W,
    (year, month, day): (u16, u8, u8),
    (hour, minute, second): (u8, u8, u8),
) -> fmt::Result {
    write!(
        out,
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"
    )
}

/// The zone part of a date-time value.
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

impl From<Zone> for Offset {
    #[inline]
    fn from(zone: Zone) -> Self {
        match zone {
            Zone::None => Offset::Unspecified,
            Zone::Utc => Offset::Utc,
            Zone::Offset { .. } => Offset::Minutes(zone.minutes_east()),
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

impl DateTime {
    /// The first instant [`DateTime::from_unix_millis`] can represent: 0000-01-01T00:00:00Z.
    pub const MIN_UNIX_MILLIS: i64 = calendar::days_from_civil(0, 1, 1) * MS_PER_DAY;
    /// The last: 9999-12-31T23:59:59.999Z.
    pub const MAX_UNIX_MILLIS: i64 = (calendar::days_from_civil(9999, 12, 31) + 1) * MS_PER_DAY - 1;

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
            && calendar::is_valid_date(i64::from(year), month, day)
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
        let (year, month, day) = calendar::civil_from_days(days)?;
        let secs = ms / 1000;
        Self::from_parts(
            u16::try_from(year).ok()?,
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
        let days = calendar::days_from_civil(i32::from(self.year), self.month, self.day);
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

    /// Parses a date and time of day (a date alone is refused), surrounding ASCII white
    /// space ignored; fraction digits beyond the seventh are dropped.
    #[inline]
    pub fn parse(text: &str) -> Result<Self, DateTimeError> {
        let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let parts = IsoParts::parse(s)?;
        let time = parts
            .time
            .ok_or(error("expected 'T' between date and time"))?;
        // `IsoParts::parse` checked every range `from_parts` would (the year has 4 digits,
        // the fraction 7 at the most here, the offset at most 23:59).
        Ok(DateTime {
            year: parts.year,
            month: parts.month,
            day: parts.day,
            hour: time.hour,
            minute: time.minute,
            second: time.second,
            fraction: time.fraction_scaled(7),
            offset: time.zone.into(),
        })
    }

    /// The text with exactly three fraction digits (`2024-05-06T07:08:09.120Z`), as .NET's
    /// `"yyyy-MM-ddTHH:mm:ss.fffK"` writes it for the simulator's times.
    pub fn display_millis(&self) -> impl fmt::Display + '_ {
        DisplayMillis(self)
    }

    fn write_head(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date_time(
            f,
            (self.year, self.month, self.day),
            (self.hour, self.minute, self.second),
        )
    }

    fn write_offset(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Offset::Utc | Offset::Unspecified => f.write_str("Z"),
            Offset::Minutes(m) => write_offset(f, i32::from(m)),
        }
    }
}

struct DisplayMillis<'a>(&'a DateTime);

impl fmt::Display for DisplayMillis<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_head(f)?;
        write!(f, ".{:03}", self.0.fraction / 10_000)?;
        self.0.write_offset(f)
    }
}

/// RFC 3339: `YYYY-MM-DDThh:mm:ss[.f]` with trailing zeros of the fraction dropped (as
/// JSON.NET writes), then `Z` (for `Utc` and `Unspecified`) or `±hh:mm`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_head(f)?;
        if self.fraction > 0 {
            let mut digits = 7;
            let mut frac = self.fraction;
            while frac.is_multiple_of(10) {
                frac /= 10;
                digits -= 1;
            }
            write!(f, ".{frac:0digits$}")?;
        }
        self.write_offset(f)
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
