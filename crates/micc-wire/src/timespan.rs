//! .NET `TimeSpan` values, as JSON.NET writes them: `[-][d.]hh:mm:ss[.fffffff]`.
//!
//! Stored as ticks of 100 ns in an `i64`, exactly like .NET, so every value a server can
//! send round-trips and `TimeSpan::MIN`/`MAX` are the .NET bounds.
//!
//! Accepted on input (what `TimeSpan.Parse` with the invariant culture accepts, minus the
//! bare-days form): the constant format `[-][d.]hh:mm:ss[.f…]`, the general format
//! `[-][d:]h:mm:ss[.f…]`, and `[-][d.]hh:mm` without seconds; 1–7 fraction digits, hours
//! 0–23, minutes and seconds 0–59, surrounding ASCII whitespace ignored. A bare integer
//! (`"5"`, which .NET reads as five *days*) is refused: no server of this API sends one.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// A .NET `TimeSpan`: a signed duration in ticks of 100 nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeSpan {
    ticks: i64,
}

/// Why a string is not a `TimeSpan`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeSpanError {
    message: &'static str,
}

impl fmt::Display for TimeSpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a .NET TimeSpan ([-][d.]hh:mm:ss[.fffffff], e.g. \"00:03:12\"): {}",
            self.message
        )
    }
}

impl std::error::Error for TimeSpanError {}

const fn error(message: &'static str) -> TimeSpanError {
    TimeSpanError { message }
}

impl TimeSpan {
    pub const TICKS_PER_MILLISECOND: i64 = 10_000;
    pub const TICKS_PER_SECOND: i64 = 10_000_000;
    pub const TICKS_PER_MINUTE: i64 = 60 * Self::TICKS_PER_SECOND;
    pub const TICKS_PER_HOUR: i64 = 60 * Self::TICKS_PER_MINUTE;
    pub const TICKS_PER_DAY: i64 = 24 * Self::TICKS_PER_HOUR;

    pub const ZERO: TimeSpan = TimeSpan { ticks: 0 };
    /// `-10675199.02:48:05.4775808`, .NET's `TimeSpan.MinValue`.
    pub const MIN: TimeSpan = TimeSpan { ticks: i64::MIN };
    /// `10675199.02:48:05.4775807`, .NET's `TimeSpan.MaxValue`.
    pub const MAX: TimeSpan = TimeSpan { ticks: i64::MAX };

    pub const fn from_ticks(ticks: i64) -> Self {
        TimeSpan { ticks }
    }

    /// Milliseconds, saturating at [`Self::MIN`]/[`Self::MAX`].
    pub const fn from_millis(millis: i64) -> Self {
        TimeSpan {
            ticks: millis.saturating_mul(Self::TICKS_PER_MILLISECOND),
        }
    }

    /// Seconds, saturating at [`Self::MIN`]/[`Self::MAX`].
    pub const fn from_secs(secs: i64) -> Self {
        TimeSpan {
            ticks: secs.saturating_mul(Self::TICKS_PER_SECOND),
        }
    }

    /// A non-negative `Duration`, saturating at [`Self::MAX`].
    pub fn from_duration(d: Duration) -> Self {
        let ticks = d.as_nanos() / 100;
        TimeSpan {
            ticks: i64::try_from(ticks).unwrap_or(i64::MAX),
        }
    }

    pub const fn ticks(self) -> i64 {
        self.ticks
    }

    /// Whole milliseconds, truncated toward zero (as .NET's `TotalMilliseconds` cast).
    pub const fn as_millis(self) -> i64 {
        self.ticks / Self::TICKS_PER_MILLISECOND
    }

    /// Seconds as a float, for display (`TotalSeconds`).
    pub fn as_secs_f64(self) -> f64 {
        self.ticks as f64 / Self::TICKS_PER_SECOND as f64
    }

    pub const fn is_negative(self) -> bool {
        self.ticks < 0
    }

    /// The span as a `Duration`; `None` when it is negative (a `Duration` cannot be).
    pub fn as_duration(self) -> Option<Duration> {
        let ticks = u64::try_from(self.ticks).ok()?;
        let secs = ticks / Self::TICKS_PER_SECOND as u64;
        let nanos = (ticks % Self::TICKS_PER_SECOND as u64) * 100;
        // `nanos` < 10^9, so it fits in u32.
        Some(Duration::new(secs, u32::try_from(nanos).ok()?))
    }

    /// Parses the formats described in the module documentation.
    #[inline]
    pub fn parse(text: &str) -> Result<Self, TimeSpanError> {
        let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let b = s.as_bytes();
        let mut pos = 0;
        let first = digits(b, &mut pos, 8).ok_or(error("expected digits"))?;
        // Days come first when followed by '.' (constant format) or when three ':' follow
        // (general format `d:h:mm:ss`).
        let colons = b.iter().filter(|&&c| c == b':').count();
        let (days, hours) = match b.get(pos) {
            Some(b'.') => {
                pos += 1;
                (
                    first,
                    digits(b, &mut pos, 2).ok_or(error("expected hours"))?,
                )
            }
            Some(b':') if colons == 3 => {
                pos += 1;
                (
                    first,
                    digits(b, &mut pos, 2).ok_or(error("expected hours"))?,
                )
            }
            Some(b':') => (0, first),
            _ => return Err(error("expected hh:mm:ss")),
        };
        if b.get(pos) != Some(&b':') {
            return Err(error("expected ':' after the hours"));
        }
        pos += 1;
        let minutes = digits(b, &mut pos, 2).ok_or(error("expected minutes"))?;
        let mut seconds = 0;
        let mut fraction = 0;
        if b.get(pos) == Some(&b':') {
            pos += 1;
            seconds = digits(b, &mut pos, 2).ok_or(error("expected seconds"))?;
            if b.get(pos) == Some(&b'.') {
                pos += 1;
                let start = pos;
                let f = digits(b, &mut pos, 7).ok_or(error("expected fraction digits"))?;
                // Scale to 7 digits: ".5" is 5_000_000 ticks.
                let scale = 10u64.pow(u32::try_from(7 - (pos - start)).unwrap_or(0));
                fraction = f * scale;
            }
        }
        if pos != b.len() {
            return Err(error("unexpected characters at the end"));
        }
        if hours > 23 || minutes > 59 || seconds > 59 {
            return Err(error("hours, minutes or seconds out of range"));
        }
        let magnitude = i128::from(days) * i128::from(Self::TICKS_PER_DAY)
            + i128::from(hours) * i128::from(Self::TICKS_PER_HOUR)
            + i128::from(minutes) * i128::from(Self::TICKS_PER_MINUTE)
            + i128::from(seconds) * i128::from(Self::TICKS_PER_SECOND)
            + i128::from(fraction);
        let ticks = if negative { -magnitude } else { magnitude };
        i64::try_from(ticks)
            .map(Self::from_ticks)
            .map_err(|_| error("outside TimeSpan.MinValue..TimeSpan.MaxValue"))
    }
}

/// Reads 1 to `max` ASCII digits at `*pos`; more digits than `max` are an error.
fn digits(b: &[u8], pos: &mut usize, max: usize) -> Option<u64> {
    let start = *pos;
    let mut value: u64 = 0;
    while let Some(&c) = b.get(*pos) {
        if !c.is_ascii_digit() {
            break;
        }
        if *pos - start == max {
            return None;
        }
        value = value * 10 + u64::from(c - b'0');
        *pos += 1;
    }
    (*pos > start).then_some(value)
}

/// .NET's constant ("c") format: `[-][d.]hh:mm:ss[.fffffff]`.
impl fmt::Display for TimeSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.ticks < 0 { "-" } else { "" };
        // `unsigned_abs` makes MIN printable: its magnitude does not fit an i64.
        let t = self.ticks.unsigned_abs();
        let day = Self::TICKS_PER_DAY as u64;
        let (days, rem) = (t / day, t % day);
        let hours = rem / Self::TICKS_PER_HOUR as u64;
        let minutes = rem / Self::TICKS_PER_MINUTE as u64 % 60;
        let seconds = rem / Self::TICKS_PER_SECOND as u64 % 60;
        let fraction = rem % Self::TICKS_PER_SECOND as u64;
        f.write_str(sign)?;
        if days > 0 {
            write!(f, "{days}.")?;
        }
        write!(f, "{hours:02}:{minutes:02}:{seconds:02}")?;
        if fraction > 0 {
            write!(f, ".{fraction:07}")?;
        }
        Ok(())
    }
}

impl FromStr for TimeSpan {
    type Err = TimeSpanError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl From<Duration> for TimeSpan {
    fn from(d: Duration) -> Self {
        Self::from_duration(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_constant_format() {
        for (text, ticks) in [
            ("00:00:00", 0),
            ("00:03:12", 192 * TimeSpan::TICKS_PER_SECOND),
            (
                "1.02:03:04.5670000",
                TimeSpan::TICKS_PER_DAY
                    + 2 * TimeSpan::TICKS_PER_HOUR
                    + 3 * TimeSpan::TICKS_PER_MINUTE
                    + 4 * TimeSpan::TICKS_PER_SECOND
                    + 5_670_000,
            ),
            ("-00:01:01", -61 * TimeSpan::TICKS_PER_SECOND),
            ("00:00:00.0000001", 1),
            ("10675199.02:48:05.4775807", i64::MAX),
            ("-10675199.02:48:05.4775808", i64::MIN),
        ] {
            let t = TimeSpan::parse(text).unwrap();
            assert_eq!(t.ticks(), ticks, "{text}");
            assert_eq!(t.to_string(), text);
        }
    }
}
