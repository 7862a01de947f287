//! The negotiate answer: connection token and id, and the timing the connection is
//! monitored by.

use super::{
    CLIENT_PROTOCOL, Limits, ProtocolError, check_len, member, parse_json, shape, string_member,
};
use serde_json::Value;
use std::time::Duration;

/// What `GET negotiate` answered (times converted from the wire's seconds).
#[derive(Debug, Clone, PartialEq)]
pub struct Negotiation {
    /// The app-relative SignalR URL (`/miccsdk/signalr`). Kept for diagnostics only: the
    /// client keeps using the URL it was configured with, which stays right behind a reverse
    /// proxy that serves the SDK under a path prefix the server does not know about.
    pub url: String,
    /// Opaque; sent back as `connectionToken` on every later request.
    pub connection_token: String,
    pub connection_id: String,
    /// How long the server may stay silent before the connection counts as lost; `None`
    /// when the server sends no keep-alives (then nothing is monitored).
    pub keep_alive_timeout: Option<Duration>,
    /// How long the server keeps a connection whose transport is gone.
    pub disconnect_timeout: Duration,
    /// How long the server holds a long poll open.
    pub connection_timeout: Duration,
    pub try_web_sockets: bool,
    pub protocol_version: String,
    /// How long to wait for a transport to connect before falling back; `None` when the
    /// server (protocol < 1.4) does not say.
    pub transport_connect_timeout: Option<Duration>,
    /// Wait between long polls.
    pub long_poll_delay: Duration,
}

impl Negotiation {
    /// How long after the last message a `reconnect` can still succeed: the server forgets a
    /// connection a disconnect timeout after it noticed the transport gone, which it notices
    /// at most a keep-alive timeout late (the jQuery client's "reconnect window").
    pub fn reconnect_window(&self) -> Duration {
        self.disconnect_timeout
            .saturating_add(self.keep_alive_timeout.unwrap_or_default())
    }
}

/// Longest time accepted from the wire (a day): larger values are refused rather than
/// turned into timers that never fire or overflow.
const MAX_SECONDS: f64 = 86_400.0;

/// Parses a negotiate answer and checks its protocol version against [`CLIENT_PROTOCOL`].
pub fn parse_negotiate(body: &str, limits: &Limits) -> Result<Negotiation, ProtocolError> {
    let value = parse_json(body, limits, "negotiate")?;
    let Value::Object(o) = value else {
        return Err(shape("negotiate", "expected a JSON object"));
    };
    let required = |name: &'static str| -> Result<String, ProtocolError> {
        string_member(&o, name, limits.max_token_bytes)?.ok_or_else(|| shape(name, "missing"))
    };
    let protocol_version = required("ProtocolVersion")?;
    if protocol_version != CLIENT_PROTOCOL {
        return Err(ProtocolError::ProtocolVersion {
            expected: CLIENT_PROTOCOL.to_string(),
            received: protocol_version,
        });
    }
    let connection_token = required("ConnectionToken")?;
    if connection_token.is_empty() {
        return Err(shape("ConnectionToken", "empty"));
    }
    let url = string_member(&o, "Url", limits.max_token_bytes)?.unwrap_or_default();
    check_len("Url", url.len(), limits.max_token_bytes)?;
    Ok(Negotiation {
        url,
        connection_id: required("ConnectionId")?,
        connection_token,
        keep_alive_timeout: seconds(&o, "KeepAliveTimeout")?,
        disconnect_timeout: seconds(&o, "DisconnectTimeout")?
            .ok_or_else(|| shape("DisconnectTimeout", "missing"))?,
        connection_timeout: seconds(&o, "ConnectionTimeout")?
            .ok_or_else(|| shape("ConnectionTimeout", "missing"))?,
        try_web_sockets: match member(&o, "TryWebSockets") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
            Some(_) => return Err(shape("TryWebSockets", "expected a boolean")),
        },
        protocol_version,
        transport_connect_timeout: seconds(&o, "TransportConnectTimeout")?,
        long_poll_delay: seconds(&o, "LongPollDelay")?.unwrap_or_default(),
    })
}

/// A time in seconds (JSON.NET writes doubles such as `20.0`; a numeric string is read
/// too). `null` or missing is `None`; negative, non-finite or over a day is an error.
fn seconds(
    o: &serde_json::Map<String, Value>,
    name: &'static str,
) -> Result<Option<Duration>, ProtocolError> {
    let n = match member(o, name) {
        None => return Ok(None),
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        Some(_) => None,
    };
    match n {
        Some(s) if s.is_finite() && (0.0..=MAX_SECONDS).contains(&s) => {
            Ok(Some(Duration::from_millis((s * 1000.0).round() as u64)))
        }
        _ => Err(shape(name, "expected seconds between 0 and 86400")),
    }
}
