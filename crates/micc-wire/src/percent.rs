//! Percent-encoding (RFC 3986) and its decoding.
//!
//! One encoder with a choice of what stays readable: [`encode_component`] keeps the
//! unreserved characters and `$` (OData's option names, `$filter`), which every server
//! reads literally; [`encode_with`] keeps more where a caller wants readable links.

/// The RFC 3986 unreserved characters: `A–Z a–z 0–9 - _ . ~`.
#[inline]
pub const fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

/// Percent-encodes a path segment or query component: unreserved characters and `$` stay,
/// every other byte of the UTF-8 becomes `%XX` (upper-case hex).
#[inline]
pub fn encode_component(s: &str) -> String {
    encode_with(s, b"$")
}

/// Percent-encodes `s`, keeping the unreserved characters and the bytes of `keep`.
#[inline]
pub fn encode_with(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    push_encoded(&mut out, s, keep);
    out
}

/// [`encode_with`], appending to `out`.
#[inline]
pub fn push_encoded(out: &mut String, s: &str, keep: &[u8]) {
    for b in s.bytes() {
        if is_unreserved(b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            push_escape(out, b);
        }
    }
}

/// `%XX` for one byte, without the formatting machinery (this runs for every byte).
#[inline]
pub(crate) fn push_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(b >> 4)]));
    out.push(char::from(HEX[usize::from(b & 0x0f)]));
}

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`, as in forms and query
/// strings); an invalid escape is kept as it is, invalid UTF-8 is replaced by U+FFFD.
#[inline]
pub fn decode(s: &str, plus_is_space: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex_value);
                let lo = bytes.get(i + 2).copied().and_then(hex_value);
                if let (Some(h), Some(l)) = (hi, lo) {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hex digit.
pub const fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_percent_encoded() {
        assert_eq!(encode_component("Name eq 'a&b'"), "Name%20eq%20%27a%26b%27");
        assert_eq!(encode_component("$top"), "$top");
        assert_eq!(encode_component("é"), "%C3%A9");
        assert_eq!(encode_with("it's (a,b)", b"$'(),"), "it's%20(a,b)");
    }

    #[test]
    fn decoding_handles_escapes_and_garbage() {
        assert_eq!(decode("%zz%4", false), "%zz%4");
        assert_eq!(decode("%C3%A9", false), "é");
        assert_eq!(decode("%FF", false), "\u{FFFD}");
        assert_eq!(decode("a+b%2B", true), "a b+");
        assert_eq!(decode("a+b", false), "a+b");
        assert_eq!(decode("%41", false), "A");
        assert_eq!(decode("%", false), "%");
    }
}
