//! The SignalR 2 wire format, without IO or state: the client's side of "SignalR on the
//! Wire" (protocol 1.5). Every function is a pure function of its input; input from the
//! network is bounded by [`Limits`] and every failure is a [`ProtocolError`], never a panic.

pub mod frame;
pub mod hub;
pub mod negotiate;
pub mod urls;

use std::fmt;

pub use frame::{Frame, PersistentFrame, parse_frame, parse_sse_data};
pub use hub::{ClientCall, HubResult, Incoming, Invocation, parse_incoming};
pub use negotiate::{Negotiation, parse_negotiate};
pub use urls::{Endpoint, Method, SignalrUrls, UrlParams};

/// The protocol version this client speaks (`clientProtocol`). SignalR 2.2 servers speak up
/// to 1.5 and clamp newer requests to it; the negotiate answer must echo it.
pub const CLIENT_PROTOCOL: &str = "1.5";

/// A SignalR transport, spelled on the wire as the `transport` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    WebSockets,
    ServerSentEvents,
    LongPolling,
}

impl Transport {
    pub const fn name(self) -> &'static str {
        match self {
            Transport::WebSockets => "webSockets",
            Transport::ServerSentEvents => "serverSentEvents",
            Transport::LongPolling => "longPolling",
        }
    }
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Bounds on what the parsers accept. Anything over a bound is
/// [`ProtocolError::TooLarge`], decided before the expensive work where possible (the text
/// length is checked before parsing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest frame or HTTP body, in bytes. A queue board's burst of conversation models is
    /// well under a megabyte; 4 MiB leaves room without letting a hostile server exhaust a
    /// tab's memory.
    pub max_frame_bytes: usize,
    /// Most messages in one persistent frame's `M`.
    pub max_messages: usize,
    /// Most arguments of one hub call (the MiCC events carry one).
    pub max_args: usize,
    /// Longest identifier-like string: cursor, connection token and id, invocation id,
    /// hub and method names, URL.
    pub max_token_bytes: usize,
    /// Longest groups token: it lists every group of the connection, one per monitored
    /// queue, so it is allowed to be larger than the other tokens.
    pub max_groups_token_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_frame_bytes: 4 * 1024 * 1024,
            max_messages: 10_000,
            max_args: 64,
            max_token_bytes: 4 * 1024,
            max_groups_token_bytes: 256 * 1024,
        }
    }
}

/// Why a piece of wire data was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtocolError {
    /// Over a [`Limits`] bound: `what` is the bounded thing (`"frame"`, `"M"`, `"A"`,
    /// `"C"`, ...), `actual` what was received (bytes or items).
    TooLarge {
        what: &'static str,
        limit: usize,
        actual: usize,
    },
    /// Not JSON at all (serde_json's message, bounded).
    Json(String),
    /// JSON, but not the shape the protocol prescribes (`what` names the member).
    Shape { what: &'static str, detail: String },
    /// The server answered negotiate with another protocol version than requested.
    ProtocolVersion { expected: String, received: String },
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProtocolError::TooLarge {
                what,
                limit,
                actual,
            } => write!(f, "{what} too large: {actual} > {limit}"),
            ProtocolError::Json(m) => write!(f, "not JSON: {m}"),
            ProtocolError::Shape { what, detail } => write!(f, "bad {what}: {detail}"),
            ProtocolError::ProtocolVersion { expected, received } => write!(
                f,
                "the server speaks SignalR protocol {received:?}, this client {expected:?}"
            ),
        }
    }
}

impl std::error::Error for ProtocolError {}

/// The JSON value of a text, after the size check. serde_json's recursion limit (128
/// levels) stays on, so deep nesting is an error rather than a stack overflow.
pub(crate) fn parse_json(
    text: &str,
    limits: &Limits,
    what: &'static str,
) -> Result<serde_json::Value, ProtocolError> {
    check_len(what, text.len(), limits.max_frame_bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| ProtocolError::Json(bounded(&e.to_string())))
}

pub(crate) fn check_len(
    what: &'static str,
    actual: usize,
    limit: usize,
) -> Result<(), ProtocolError> {
    if actual > limit {
        Err(ProtocolError::TooLarge {
            what,
            limit,
            actual,
        })
    } else {
        Ok(())
    }
}

pub(crate) fn shape(what: &'static str, detail: impl Into<String>) -> ProtocolError {
    ProtocolError::Shape {
        what,
        detail: detail.into(),
    }
}

/// A message cut to 200 characters on a character boundary.
pub(crate) fn bounded(text: &str) -> String {
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_string(),
    }
}

/// A member of a JSON object by name, ignoring ASCII case: the server writes the one-letter
/// names in upper case and the negotiate answer in PascalCase, but a proxy or another server
/// version may not, and JSON.NET itself reads names case-insensitively.
pub(crate) fn member<'a>(
    object: &'a serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> Option<&'a serde_json::Value> {
    object
        .get(name)
        .or_else(|| {
            object
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
        .filter(|v| !v.is_null())
}

/// A string-like member (JSON.NET writes ids as strings; a number is accepted too) within
/// `limit` bytes.
pub(crate) fn string_member(
    object: &serde_json::Map<String, serde_json::Value>,
    name: &'static str,
    limit: usize,
) -> Result<Option<String>, ProtocolError> {
    let s = match member(object, name) {
        None => return Ok(None),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(shape(
                name,
                format!("expected a string, got {}", kind(other)),
            ));
        }
    };
    check_len(name, s.len(), limit)?;
    Ok(Some(s))
}

/// A flag member: SignalR writes `1`; `true` and `"1"`/`"true"` are read as set too.
pub(crate) fn flag_member(object: &serde_json::Map<String, serde_json::Value>, name: &str) -> bool {
    match member(object, name) {
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(serde_json::Value::String(s)) => s == "1" || s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

pub(crate) fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
