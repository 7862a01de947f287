//! Case mapping for matching and initials, without linking Rust's Unicode case tables into
//! the wasm.

/// Unicode lower case for case-insensitive matching ("Über" → "über"). In the browser it is
/// JavaScript's `toLowerCase`, so Rust's case tables (kilobytes of wasm) are not linked;
/// natively (tests) it is `str::to_lowercase`, which follows the same Unicode mapping.
pub fn lower(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(s).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.to_lowercase()
    }
}

/// Unicode upper case (initials), like [`lower`]: JavaScript's in the browser.
pub fn upper(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(s).to_upper_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.to_uppercase()
    }
}

/// Whether `c` is a letter or a digit as Rust's `char::is_alphanumeric` says (Unicode
/// Alphabetic or Numeric), which in the browser asks JavaScript's regular expressions
/// rather than linking Rust's Unicode tables (some 4 KB of wasm) for a row's initials.
pub fn alphanumeric(c: char) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static ALNUM: js_sys::RegExp = js_sys::RegExp::new(r"^[\p{Alphabetic}\p{N}]$", "u");
        }
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        c.is_ascii_alphanumeric() || (!c.is_ascii() && ALNUM.with(|r| r.test(s)))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_maps_beyond_ascii() {
        assert_eq!(lower("ÜBER Ada"), "über ada");
        assert_eq!(upper("é"), "É");
        assert_eq!(upper("ß"), "SS");
    }
}
