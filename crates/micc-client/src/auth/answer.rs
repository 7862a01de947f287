//! The fields of a token endpoint's answer. On wasm the engine's `JSON.parse` reads it, so
//! the package ships no JSON parser for one small object; natively serde_json does. Both
//! read the same fields the same way (tests/auth.rs natively, tests/browser_hardening.rs
//! in Chromium).

/// What the client uses of an OAuth token answer (RFC 6749 §5.1 and §5.2).
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct TokenFields {
    pub access_token: Option<String>,
    /// Seconds: servers send a number; some proxies turn it into a string.
    pub expires_in: Option<f64>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// `expires_in` given as a string: whole seconds only.
fn seconds_text(s: &str) -> Option<f64> {
    s.trim().parse::<u64>().ok().map(|n| n as f64)
}

/// The fields of `body`, or `None` when it is not a JSON object.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn token_fields(body: &str) -> Option<TokenFields> {
    use serde_json::Value;
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(body) else {
        return None;
    };
    let text = |k: &str| match map.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    Some(TokenFields {
        access_token: text("access_token"),
        expires_in: match map.get("expires_in") {
            Some(Value::Number(n)) => n.as_f64(),
            Some(Value::String(s)) => seconds_text(s),
            _ => None,
        },
        error: text("error"),
        error_description: text("error_description"),
    })
}

/// The fields of `body`, or `None` when it is not a JSON object.
#[cfg(target_arch = "wasm32")]
pub(crate) fn token_fields(body: &str) -> Option<TokenFields> {
    use js_sys::{Array, JSON, Reflect};
    use wasm_bindgen::JsValue;
    let value = JSON::parse(body).ok()?;
    if !value.is_object() || Array::is_array(&value) {
        return None;
    }
    // A parsed JSON object has plain data properties: reading them cannot throw.
    let get = |k: &str| Reflect::get(&value, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let text = |k: &str| get(k).as_string();
    let expires = get("expires_in");
    Some(TokenFields {
        access_token: text("access_token"),
        expires_in: expires
            .as_f64()
            .or_else(|| expires.as_string().as_deref().and_then(seconds_text)),
        error: text("error"),
        error_description: text("error_description"),
    })
}
