//! Wire primitives that the micc client and the simulator share: one implementation each,
//! tested once, so the two sides cannot drift apart on how a value is spelt.
//!
//! - [`timespan`]: .NET `TimeSpan` in JSON.NET's `[-][d.]hh:mm:ss[.fffffff]`.
//! - [`datetime`]: ISO 8601 / RFC 3339 date-times with offsets, and [`calendar`] arithmetic.
//! - [`percent`] and [`form`]: URL percent-encoding and `application/x-www-form-urlencoded`.
//! - [`odata`]: OData string and GUID literals.
//!
//! What stays apart on purpose: the two sides of the SignalR protocol (each tests the other),
//! and each side's policy (what it accepts or refuses); only the spelling is here.
//!
//! No dependencies beyond `std`, no float formatting and no panics on any input: the client
//! builds this for `wasm32-unknown-unknown` with `panic = "abort"`.
//!
//! `#[inline]` on the small functions that build strings is for size, not speed: it has them
//! compiled in the calling crate, with that crate's copies of `String`'s growth code, instead
//! of a second set of those copies for this crate (measured: without it the client's wasm grew
//! by about 2 KB before `wasm-opt`).
#![forbid(unsafe_code)]

pub mod calendar;
pub mod datetime;
pub mod form;
pub mod odata;
pub mod percent;
pub mod timespan;

pub use datetime::{DateTime, DateTimeError, Offset};
pub use timespan::{TimeSpan, TimeSpanError};
