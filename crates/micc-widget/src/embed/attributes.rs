//! The custom elements' attributes (pure): which ones they observe and what each becomes in
//! the `mount` config. Tokens are never attributes (an attribute is visible to every script
//! and stylesheet selector on the page and ends up in saved HTML); they come from the
//! element's `token`, `tokenProvider` or `config` properties (embed/elements.rs).

/// A config value an attribute gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Num(f64),
    Bool(bool),
}

/// Where the value goes: a top-level config key, or a key of `config.thresholds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Top(&'static str),
    Threshold(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Flag,
    ServiceLevel,
}

/// (attribute, config key, kind). The element's panel kind comes from its tag, not from an
/// attribute.
const TABLE: [(&str, Key, Kind); 12] = [
    ("server", Key::Top("server"), Kind::Text),
    ("share-key", Key::Top("shareKey"), Kind::Text),
    ("queues", Key::Top("queues"), Kind::Text),
    ("locale", Key::Top("locale"), Kind::Text),
    ("poll-ms", Key::Top("pollMs"), Kind::Number),
    ("totals", Key::Top("totals"), Kind::Flag),
    ("theme", Key::Top("theme"), Kind::Text),
    ("density", Key::Top("density"), Kind::Text),
    ("agent-group", Key::Top("agentGroup"), Kind::Text),
    ("threshold-waiting", Key::Threshold("waiting"), Kind::Number),
    (
        "threshold-longest-wait",
        Key::Threshold("longestWaitSecs"),
        Kind::Number,
    ),
    (
        "threshold-service-level",
        Key::Threshold("serviceLevel"),
        Kind::ServiceLevel,
    ),
];

/// The attributes the elements observe (`observedAttributes`).
pub fn observed() -> Vec<&'static str> {
    TABLE.iter().map(|(a, _, _)| *a).collect()
}

/// A plain decimal (`-`? digits, `.` digits?). Written out rather than `str::parse::<f64>`,
/// which links core's float parser (several KB of wasm) for attributes that are, in
/// practice, whole numbers of milliseconds, seconds or percent.
fn decimal(v: &str) -> Option<f64> {
    let (neg, digits) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 15
        || frac.len() > 6
        || !all_digits(whole)
        || !all_digits(frac)
    {
        return None;
    }
    let int = |s: &str| s.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    let n = int(whole) + int(frac) / 10f64.powi(frac.len() as i32);
    Some(if neg { -n } else { n })
}

fn number(attr: &str, v: &str) -> Result<f64, String> {
    decimal(v.trim()).ok_or_else(|| format!("the {attr} attribute must be a number"))
}

/// One attribute's value. `None`: the attribute says nothing (unknown name, or an empty
/// text/number value), so the config property's value, if any, stands.
pub fn parse_one(name: &str, raw: &str) -> Result<Option<(Key, Value)>, String> {
    let Some((attr, key, kind)) = TABLE.iter().find(|(a, _, _)| a.eq_ignore_ascii_case(name))
    else {
        return Ok(None);
    };
    let v = raw.trim();
    let value = match kind {
        // A boolean attribute: present is true, as in HTML; `totals="false"` is accepted too
        // because people write it.
        Kind::Flag => Value::Bool(!v.eq_ignore_ascii_case("false")),
        _ if v.is_empty() => return Ok(None),
        Kind::Text => Value::Str(v.to_owned()),
        Kind::Number => Value::Num(number(attr, v)?),
        Kind::ServiceLevel => match v.to_ascii_lowercase().as_str() {
            "goal" => Value::Str("goal".into()),
            "off" | "false" => Value::Bool(false),
            _ => Value::Num(number(attr, v.trim_end_matches('%'))?),
        },
    };
    Ok(Some((*key, value)))
}

/// Every attribute of an element, in its order; the first bad one is the error.
pub fn parse<'a>(
    attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<(Key, Value)>, String> {
    attrs
        .into_iter()
        .filter_map(|(n, v)| parse_one(n, v).transpose())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(name: &str, raw: &str) -> Option<(Key, Value)> {
        parse_one(name, raw).unwrap_or_else(|e| panic!("{name}={raw}: {e}"))
    }

    #[test]
    fn text_attributes_map_to_config_keys() {
        assert_eq!(
            ok("server", " http://127.0.0.1:1 "),
            Some((Key::Top("server"), Value::Str("http://127.0.0.1:1".into())))
        );
        assert_eq!(
            ok("queues", "Sales, P2000"),
            Some((Key::Top("queues"), Value::Str("Sales, P2000".into())))
        );
        assert_eq!(
            ok("agent-group", "g1"),
            Some((Key::Top("agentGroup"), Value::Str("g1".into())))
        );
        // HTML lower-cases attribute names; a name typed in capitals still matches.
        assert_eq!(
            ok("DENSITY", "wall"),
            Some((Key::Top("density"), Value::Str("wall".into())))
        );
        assert_eq!(
            ok("share-key", "user-7"),
            Some((Key::Top("shareKey"), Value::Str("user-7".into())))
        );
    }

    #[test]
    fn numbers_are_parsed_and_nonsense_is_an_error_naming_the_attribute() {
        assert_eq!(
            ok("poll-ms", "1000"),
            Some((Key::Top("pollMs"), Value::Num(1000.0)))
        );
        assert_eq!(
            ok("threshold-longest-wait", "90.5"),
            Some((Key::Threshold("longestWaitSecs"), Value::Num(90.5)))
        );
        let e = parse_one("threshold-waiting", "ten")
            .err()
            .unwrap_or_default();
        assert!(e.contains("threshold-waiting"), "{e}");
        assert_eq!(
            ok("threshold-waiting", "-1"),
            Some((Key::Threshold("waiting"), Value::Num(-1.0)))
        );
        assert_eq!(decimal("0.25"), Some(0.25));
        assert_eq!(decimal("1."), Some(1.0), "as JavaScript's Number(\"1.\")");
        for bad in ["", ".5", "1e3", "1.2.3", "+1", "--1", "12345678901234567"] {
            assert_eq!(decimal(bad), None, "{bad:?}");
        }
        assert!(parse_one("poll-ms", "NaN").is_err());
        assert!(parse_one("poll-ms", "inf").is_err());
    }

    #[test]
    fn totals_is_a_boolean_attribute() {
        assert_eq!(
            ok("totals", ""),
            Some((Key::Top("totals"), Value::Bool(true)))
        );
        assert_eq!(
            ok("totals", "totals"),
            Some((Key::Top("totals"), Value::Bool(true)))
        );
        assert_eq!(
            ok("totals", "False"),
            Some((Key::Top("totals"), Value::Bool(false)))
        );
    }

    #[test]
    fn service_level_threshold_words_and_percentages() {
        let sl = Key::Threshold("serviceLevel");
        assert_eq!(
            ok("threshold-service-level", "goal"),
            Some((sl, Value::Str("goal".into())))
        );
        assert_eq!(
            ok("threshold-service-level", "off"),
            Some((sl, Value::Bool(false)))
        );
        assert_eq!(
            ok("threshold-service-level", "80%"),
            Some((sl, Value::Num(80.0)))
        );
        assert!(parse_one("threshold-service-level", "high").is_err());
    }

    #[test]
    fn empty_values_and_unknown_attributes_say_nothing() {
        assert_eq!(ok("locale", "  "), None);
        assert_eq!(ok("poll-ms", ""), None);
        assert_eq!(ok("class", "x"), None);
        // Never a token from an attribute.
        assert_eq!(ok("token", "secret"), None);
        assert_eq!(ok("micc-token", "secret"), None);
    }

    #[test]
    fn parse_keeps_order_and_stops_at_the_first_error() {
        let all = parse([("id", "a"), ("locale", "de"), ("totals", "")]);
        assert_eq!(
            all,
            Ok(vec![
                (Key::Top("locale"), Value::Str("de".into())),
                (Key::Top("totals"), Value::Bool(true)),
            ])
        );
        assert!(parse([("poll-ms", "x"), ("locale", "de")]).is_err());
        assert_eq!(observed().len(), TABLE.len());
        assert!(observed().contains(&"threshold-service-level"));
    }
}
