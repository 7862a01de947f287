//! A locale's digital clock (`Intl.DurationFormat`, style `digital`) without calling `Intl`
//! for each value (pure). One `format` call costs some 25 µs in Chromium, and a board of
//! 2,000 agents and 300 queues formats up to 2,300 clocks a second. The style is positional
//! (`mm:ss`, `h:mm:ss`: the locale's digits and separators), so it is learnt once per
//! formatter from a few answers of `Intl` and then checked against `Intl` on values of every
//! shape; a locale whose answers do not fit (or any surprise) keeps calling `Intl`.

/// Below this many hours a learnt clock is used (hours up to two digits were checked; more
/// could be grouped, `1,000:00:00`, so they go to `Intl`).
pub const MAX_HOURS: u64 = 100;

/// The values (seconds) a learnt clock must format exactly as `Intl` does.
const PROBES: [u64; 16] = [
    0, 5, 59, 60, 65, 599, 600, 3_599, 3_600, 3_661, 3_723, 35_999, 36_000, 86_399, 86_400, 359_999,
];

/// A clock learnt from `Intl`: the locale's ten digits, the separator of `mm:ss` and the two
/// of `h:mm:ss`.
#[derive(Debug, Clone, PartialEq)]
pub struct Digital {
    digits: [String; 10],
    short: String,
    hours: String,
    minutes: String,
}

impl Digital {
    /// Learns the clock from `intl` (hours, minutes, seconds → `Intl`'s text) and the locale's
    /// digits 0–9 (`Intl.NumberFormat`); `None` unless it then formats every probe exactly
    /// as `intl` does.
    pub fn learn(
        intl: impl Fn(u64, u64, u64) -> Option<String>,
        digits: [String; 10],
    ) -> Option<Digital> {
        let d = |n: usize| digits[n].as_str();
        if digits.iter().any(String::is_empty) {
            return None;
        }
        let pad = |n: usize| format!("{}{}", d(0), d(n));
        // 2:03 without hours is "02:03": the separator is what lies between.
        let text = intl(0, 2, 3)?;
        let short = text
            .strip_prefix(&pad(2))?
            .strip_suffix(&pad(3))?
            .to_owned();
        // 1:02:03: "1", a separator, "02", a separator, "03".
        let text = intl(1, 2, 3)?;
        let middle = text.strip_prefix(d(1))?.strip_suffix(&pad(3))?;
        let at = middle.find(&pad(2))?;
        let hours = middle[..at].to_owned();
        let minutes = middle[at + pad(2).len()..].to_owned();
        let digital = Digital {
            digits,
            short,
            hours,
            minutes,
        };
        PROBES
            .iter()
            .all(|&t| {
                let (h, m, s) = (t / 3600, t / 60 % 60, t % 60);
                intl(h, m, s).is_some_and(|text| digital.format(h, m, s) == text)
            })
            .then_some(digital)
    }

    /// The clock of `h` hours (below [`MAX_HOURS`]), `m` minutes and `s` seconds.
    pub fn format(&self, h: u64, m: u64, s: u64) -> String {
        let mut out = String::with_capacity(16);
        let two = |out: &mut String, n: u64| {
            out.push_str(&self.digits[(n / 10 % 10) as usize]);
            out.push_str(&self.digits[(n % 10) as usize]);
        };
        if h == 0 {
            two(&mut out, m);
            out.push_str(&self.short);
        } else {
            if h >= 10 {
                out.push_str(&self.digits[(h / 10 % 10) as usize]);
            }
            out.push_str(&self.digits[(h % 10) as usize]);
            out.push_str(&self.hours);
            two(&mut out, m);
            out.push_str(&self.minutes);
        }
        two(&mut out, s);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin() -> [String; 10] {
        std::array::from_fn(|i| i.to_string())
    }

    /// Chromium's `Intl.DurationFormat` digital style, as measured: minutes padded, hours
    /// not, the locale's separator (":" in en/de, "." in fi/da).
    fn chromium(
        sep: &'static str,
        digits: [String; 10],
    ) -> impl Fn(u64, u64, u64) -> Option<String> {
        move |h, m, s| {
            let num = |n: u64, pad: bool| {
                let text = if pad {
                    format!("{n:02}")
                } else {
                    n.to_string()
                };
                text.chars()
                    .map(|c| digits[c.to_digit(10).unwrap() as usize].clone())
                    .collect::<String>()
            };
            Some(if h == 0 {
                format!("{}{sep}{}", num(m, true), num(s, true))
            } else {
                format!(
                    "{}{sep}{}{sep}{}",
                    num(h, false),
                    num(m, true),
                    num(s, true)
                )
            })
        }
    }

    #[test]
    fn learns_the_english_and_german_clock() {
        let intl = chromium(":", latin());
        let d = Digital::learn(&intl, latin()).expect("learnt");
        assert_eq!(d.format(0, 0, 5), "00:05");
        assert_eq!(d.format(0, 1, 5), "01:05");
        assert_eq!(d.format(1, 2, 3), "1:02:03");
        assert_eq!(d.format(99, 59, 59), "99:59:59");
        for t in (0..MAX_HOURS * 3600).step_by(997) {
            let (h, m, s) = (t / 3600, t / 60 % 60, t % 60);
            assert_eq!(Some(d.format(h, m, s)), intl(h, m, s));
        }
    }

    #[test]
    fn learns_other_separators_and_digits() {
        let d = Digital::learn(chromium(".", latin()), latin()).expect("fi");
        assert_eq!(d.format(1, 2, 3), "1.02.03");
        let arab: [String; 10] =
            std::array::from_fn(|i| char::from_u32(0x660 + i as u32).unwrap().to_string());
        let d = Digital::learn(chromium(":", arab.clone()), arab).expect("arab");
        assert_eq!(d.format(0, 0, 5), "٠٠:٠٥");
        assert_eq!(d.format(12, 0, 0), "١٢:٠٠:٠٠");
    }

    #[test]
    fn a_locale_that_does_not_fit_is_not_learnt() {
        // Unpadded minutes, spelled-out units, a failing Intl, digits that do not match.
        let unpadded = |h: u64, m: u64, s: u64| {
            Some(if h == 0 {
                format!("{m}:{s:02}")
            } else {
                format!("{h}:{m:02}:{s:02}")
            })
        };
        assert_eq!(Digital::learn(unpadded, latin()), None);
        let words = |h: u64, m: u64, s: u64| Some(format!("{h} h {m} min {s} s"));
        assert_eq!(Digital::learn(words, latin()), None);
        assert_eq!(Digital::learn(|_, _, _| None, latin()), None);
        let arab: [String; 10] =
            std::array::from_fn(|i| char::from_u32(0x660 + i as u32).unwrap().to_string());
        assert_eq!(Digital::learn(chromium(":", latin()), arab), None);
        let mut blank = latin();
        blank[3] = String::new();
        assert_eq!(Digital::learn(chromium(":", latin()), blank), None);
        // Hours padded only from ten on: caught by the probes.
        let odd = |h: u64, m: u64, s: u64| {
            Some(match h {
                0 => format!("{m:02}:{s:02}"),
                1..=9 => format!("{h}:{m:02}:{s:02}"),
                _ => format!("{h},{m:02}:{s:02}"),
            })
        };
        assert_eq!(Digital::learn(odd, latin()), None);
    }
}
