//! ISO 8601 / RFC 3339 date-times as the API sends them.
//!
//! The value, its parser and its printer are [`micc_wire::DateTime`] (shared with the
//! simulator, tested there); this type wraps it only to give it `serde`, which the wire
//! crate does not depend on.
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
use std::fmt;
use std::str::FromStr;

pub use micc_wire::{DateTimeError, Offset};

type Wire = micc_wire::DateTime;

/// A calendar date and time of day with its offset, to 100 ns.
///
/// Equality compares the fields as received (`12:00Z` and `14:00+02:00` differ); ordering
/// is by instant first, so sorting gives chronological order. Use
/// [`micc_wire::DateTime::unix_millis`] or [`micc_wire::DateTime::same_instant`] to compare instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(Wire);

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
        Wire::from_parts(year, month, day, hour, minute, second, fraction, offset).map(DateTime)
    }

    /// The UTC date-time (`Z`) of a Unix time in milliseconds; `None` outside years 0–9999.
    pub fn from_unix_millis(millis: i64) -> Option<Self> {
        Wire::from_unix_millis(millis).map(DateTime)
    }

    /// The shared wire value.
    pub const fn wire(&self) -> Wire {
        self.0
    }

    /// Parses the formats described in the module documentation.
    #[inline]
    pub fn parse(text: &str) -> Result<Self, DateTimeError> {
        Wire::parse(text).map(DateTime)
    }
}

/// The accessors (`year()` … `offset()`, `unix_millis()`, `same_instant()`) are the wire
/// value's: this type only adds `serde`.
impl std::ops::Deref for DateTime {
    type Target = Wire;

    fn deref(&self) -> &Wire {
        &self.0
    }
}

impl From<Wire> for DateTime {
    fn from(d: Wire) -> Self {
        DateTime(d)
    }
}

/// RFC 3339: `YYYY-MM-DDThh:mm:ss[.f]` with trailing zeros of the fraction dropped (as
/// JSON.NET writes), then `Z` (for `Utc` and `Unspecified`) or `±hh:mm`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
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
