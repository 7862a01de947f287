//! Numbers, percentages and durations through the browser's `Intl`, so no formatting tables
//! ship in the wasm. Formatters are made once per panel (making one is slow) and every
//! constructor is called with `catch`: a bad locale tag is an error value, never a throw
//! through the module.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::digital::{Digital, MAX_HOURS};
use super::{Lang, clock, hms};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
    fn new(locale: &str, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, structural, js_name = format)]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DurationFormat)]
    type DurationFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DurationFormat", catch)]
    fn new(locale: &str, options: &Object) -> Result<DurationFormat, JsValue>;
    #[wasm_bindgen(method, structural, catch, js_name = format)]
    fn format(this: &DurationFormat, duration: &Object) -> Result<String, JsValue>;
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// The formatters of one locale.
pub struct Formatter {
    pub lang: Lang,
    pub locale: String,
    integer: NumberFormat,
    percent: NumberFormat,
    /// `None` in browsers without `Intl.DurationFormat`: [`clock`] stands in.
    duration: Option<DurationFormat>,
    /// The locale's digital clock learnt from `duration` (format/digital.rs): one `Intl`
    /// call per clock costs ~25 µs, a board shows thousands of ticking clocks.
    digital: Option<Digital>,
}

impl Formatter {
    /// Formatters for `locale` (a BCP 47 tag); an error names a tag `Intl` rejects.
    pub fn new(locale: &str) -> Result<Formatter, String> {
        let bad = |_| {
            format!(
                "locale {} is not a valid language tag",
                super::quoted(locale)
            )
        };
        let integer = NumberFormat::new(
            locale,
            &options(&[("maximumFractionDigits", JsValue::from(0))]),
        )
        .map_err(bad)?;
        let percent = NumberFormat::new(
            locale,
            &options(&[
                ("style", JsValue::from_str("percent")),
                ("maximumFractionDigits", JsValue::from(0)),
            ]),
        )
        .map_err(bad)?;
        let duration = DurationFormat::new(
            locale,
            &options(&[
                ("style", JsValue::from_str("digital")),
                ("hoursDisplay", JsValue::from_str("auto")),
            ]),
        )
        .ok();
        let digital = duration.as_ref().and_then(|d| {
            let digits = std::array::from_fn(|n| integer.format(n as f64));
            Digital::learn(|h, m, s| intl_duration(d, h, m, s), digits)
        });
        Ok(Formatter {
            lang: Lang::of(locale),
            locale: locale.to_owned(),
            integer,
            percent,
            duration,
            digital,
        })
    }

    pub fn int(&self, v: i64) -> String {
        self.integer.format(v as f64)
    }

    /// A fraction as a percentage (0.25 → "25%", "25 %" in German).
    pub fn percent(&self, fraction: f64) -> String {
        self.percent.format(fraction)
    }

    /// A duration as a clock in the locale's digital style.
    pub fn duration(&self, secs: f64) -> String {
        let (h, m, s) = hms(secs);
        if let Some(digital) = self.digital.as_ref().filter(|_| h < MAX_HOURS) {
            return digital.format(h, m, s);
        }
        let formatted = self
            .duration
            .as_ref()
            .and_then(|d| intl_duration(d, h, m, s));
        formatted.unwrap_or_else(|| clock(secs))
    }
}

/// `Intl.DurationFormat`'s text of a duration (`None` when it throws).
fn intl_duration(d: &DurationFormat, h: u64, m: u64, s: u64) -> Option<String> {
    let value = options(&[
        ("hours", JsValue::from(h as f64)),
        ("minutes", JsValue::from(m as f64)),
        ("seconds", JsValue::from(s as f64)),
    ]);
    d.format(&value).ok()
}
