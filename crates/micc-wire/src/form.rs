//! `application/x-www-form-urlencoded`, the body of a token request and of SignalR's
//! `send`, and the shape of every query string.

use crate::percent;

/// Encodes one name or value: percent-encoding with a space written as `+`.
#[inline]
pub fn encode_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_value(&mut out, s);
    out
}

#[inline]
fn push_value(out: &mut String, s: &str) {
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if percent::is_unreserved(b) || b == b'$' => out.push(char::from(b)),
            b => percent::push_escape(out, b),
        }
    }
}

/// Encodes `name=value` pairs joined by `&`.
#[inline]
pub fn encode<'a, I>(pairs: I) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        push_value(&mut out, k);
        out.push('=');
        push_value(&mut out, v);
    }
    out
}

/// Decodes a form body or query string into its pairs, in order: empty pieces are skipped,
/// a piece without `=` is a name with an empty value, `+` is a space, invalid escapes are
/// kept as written.
#[inline]
pub fn decode(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent::decode(k, true), percent::decode(v, true))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode_escapes_and_garbage() {
        assert_eq!(
            decode("a=b%20c&d=e+f&g&&=h"),
            vec![
                ("a".into(), "b c".into()),
                ("d".into(), "e f".into()),
                ("g".into(), "".into()),
                ("".into(), "h".into()),
            ]
        );
    }

    #[test]
    fn forms_encode_spaces_as_plus() {
        assert_eq!(
            encode([("grant_type", "password"), ("username", "a b&c=d+é")]),
            "grant_type=password&username=a+b%26c%3Dd%2B%C3%A9"
        );
        assert_eq!(encode_value("$x y"), "$x+y");
        assert_eq!(encode(std::iter::empty()), "");
    }
}
