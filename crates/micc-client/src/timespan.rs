//! .NET `TimeSpan` values, as JSON.NET writes them: `[-][d.]hh:mm:ss[.fffffff]`.
//!
//! The value, its parser and its printer are [`micc_wire::TimeSpan`] (shared with the
//! simulator, tested there); this type wraps it only to give it `serde`, which the wire
//! crate does not depend on. See `micc_wire::timespan` for the accepted formats.
//!
//! **Numbers are refused.** JSON.NET always writes a `TimeSpan` as its "c" string (no
//! server of this API sends a number), and a number's unit (seconds? milliseconds?
//! ticks?) would be a guess: a wrong guess shows silently wrong durations, an error shows
//! the problem. A bare integer string (`"5"`, which .NET reads as five *days*) is refused
//! for the same reason.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

pub use micc_wire::TimeSpanError;

type Wire = micc_wire::TimeSpan;

/// A .NET `TimeSpan`: a signed duration in ticks of 100 nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeSpan(Wire);

impl TimeSpan {
    pub const TICKS_PER_MILLISECOND: i64 = Wire::TICKS_PER_MILLISECOND;
    pub const TICKS_PER_SECOND: i64 = Wire::TICKS_PER_SECOND;
    pub const TICKS_PER_MINUTE: i64 = Wire::TICKS_PER_MINUTE;
    pub const TICKS_PER_HOUR: i64 = Wire::TICKS_PER_HOUR;
    pub const TICKS_PER_DAY: i64 = Wire::TICKS_PER_DAY;

    pub const ZERO: TimeSpan = TimeSpan(Wire::ZERO);
    /// `-10675199.02:48:05.4775808`, .NET's `TimeSpan.MinValue`.
    pub const MIN: TimeSpan = TimeSpan(Wire::MIN);
    /// `10675199.02:48:05.4775807`, .NET's `TimeSpan.MaxValue`.
    pub const MAX: TimeSpan = TimeSpan(Wire::MAX);

    pub const fn from_ticks(ticks: i64) -> Self {
        TimeSpan(Wire::from_ticks(ticks))
    }

    /// Milliseconds, saturating at [`Self::MIN`]/[`Self::MAX`].
    pub const fn from_millis(millis: i64) -> Self {
        TimeSpan(Wire::from_millis(millis))
    }

    /// Seconds, saturating at [`Self::MIN`]/[`Self::MAX`].
    pub const fn from_secs(secs: i64) -> Self {
        TimeSpan(Wire::from_secs(secs))
    }

    /// A non-negative `Duration`, saturating at [`Self::MAX`].
    pub fn from_duration(d: Duration) -> Self {
        TimeSpan(Wire::from_duration(d))
    }

    /// The shared wire value.
    pub const fn wire(self) -> Wire {
        self.0
    }

    pub const fn ticks(self) -> i64 {
        self.0.ticks()
    }

    /// Whole milliseconds, truncated toward zero (as .NET's `TotalMilliseconds` cast).
    pub const fn as_millis(self) -> i64 {
        self.0.as_millis()
    }

    /// Seconds as a float, for display (`TotalSeconds`).
    pub fn as_secs_f64(self) -> f64 {
        self.0.as_secs_f64()
    }

    pub const fn is_negative(self) -> bool {
        self.0.is_negative()
    }

    /// The span as a `Duration`; `None` when it is negative (a `Duration` cannot be).
    pub fn as_duration(self) -> Option<Duration> {
        self.0.as_duration()
    }

    /// Parses the formats `micc_wire::timespan` describes.
    #[inline]
    pub fn parse(text: &str) -> Result<Self, TimeSpanError> {
        Wire::parse(text).map(TimeSpan)
    }
}

impl From<Wire> for TimeSpan {
    fn from(t: Wire) -> Self {
        TimeSpan(t)
    }
}

/// .NET's constant ("c") format: `[-][d.]hh:mm:ss[.fffffff]`.
impl fmt::Display for TimeSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
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

/// As the "c" string, in both serializations.
impl Serialize for TimeSpan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeSpan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimeSpanVisitor)
    }
}

struct TimeSpanVisitor;

impl Visitor<'_> for TimeSpanVisitor {
    type Value = TimeSpan;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a .NET TimeSpan string such as \"00:03:12\" or \"1.02:03:04.5670000\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeSpan, E> {
        TimeSpan::parse(v).map_err(|e| {
            E::custom(format_args!(
                "{e}, got {}",
                crate::decode::quoted_excerpt(v)
            ))
        })
    }
}
