//! Formatting for the locale: numbers, percentages and durations go through the browser's
//! `Intl` (format/intl.rs, wasm); this module holds the widget's own strings and the pure
//! fallback used where `Intl.DurationFormat` is missing.

mod case;
pub mod digital;
#[cfg(target_arch = "wasm32")]
pub mod intl;
pub mod strings;

pub use case::{alphanumeric, lower, upper};

/// A value from the host page in an error message: in double quotes, at most 60 characters
/// (then an ellipsis). Not `{:?}`: its escaping links core's Unicode tables into the wasm,
/// and the message is shown as text, where nothing needs escaping.
pub fn quoted(value: &str) -> String {
    let mut out = String::from("\"");
    let mut chars = value.chars();
    out.extend(chars.by_ref().take(60));
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('"');
    out
}

/// The locales the widget has strings for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    /// The language of a BCP 47 tag (`de`, `de-AT`, ...); anything else is English.
    pub fn of(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else {
            Lang::En
        }
    }
}

/// A duration as a clock, `m:ss` or `h:mm:ss` (digits are the same in both locales): the
/// fallback of `Intl.DurationFormat`'s digital style. Negative or non-finite input shows 0:00;
/// fractions are cut (a ticking clock must not show 0:30 before 30 s have passed).
pub fn clock(secs: f64) -> String {
    let total = if secs.is_finite() && secs > 0.0 {
        secs.min(1e12) as u64
    } else {
        0
    };
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Hours, minutes and seconds of a duration for `Intl.DurationFormat` (same clamping as
/// [`clock`]).
pub fn hms(secs: f64) -> (u64, u64, u64) {
    let total = if secs.is_finite() && secs > 0.0 {
        secs.min(1e12) as u64
    } else {
        0
    };
    (total / 3600, total / 60 % 60, total % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_bounded() {
        assert_eq!(quoted("de-XX-\u{1}"), "\"de-XX-\u{1}\"");
        let long = "ä".repeat(100);
        let q = quoted(&long);
        assert_eq!(q.chars().count(), 60 + 3);
        assert!(q.ends_with("…\""));
    }

    #[test]
    fn clock_pads_minutes_and_seconds() {
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(5.9), "0:05");
        assert_eq!(clock(65.0), "1:05");
        assert_eq!(clock(3600.0 + 2.0 * 60.0 + 3.0), "1:02:03");
        assert_eq!(clock(100.0 * 3600.0), "100:00:00");
    }

    #[test]
    fn clock_survives_nonsense() {
        assert_eq!(clock(-3.0), "0:00");
        assert_eq!(clock(f64::NAN), "0:00");
        assert_eq!(clock(f64::INFINITY), "0:00");
        assert!(!clock(1e300).is_empty());
        assert_eq!(hms(3725.0), (1, 2, 5));
        assert_eq!(hms(f64::NAN), (0, 0, 0));
    }

    #[test]
    fn lang_follows_the_primary_subtag() {
        assert_eq!(Lang::of("de"), Lang::De);
        assert_eq!(Lang::of("de-AT"), Lang::De);
        assert_eq!(Lang::of("DE_ch"), Lang::De);
        assert_eq!(Lang::of("en-GB"), Lang::En);
        assert_eq!(Lang::of("fr"), Lang::En);
        assert_eq!(Lang::of(""), Lang::En);
    }
}
