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
