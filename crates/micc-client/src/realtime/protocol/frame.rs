//! What arrives on a transport: persistent frames (`{"C":cursor,"M":[...],"S":1,"G":groups,
//! "T":1,"L":delay,"D":1}`), keep-alives, and hub answers sent outside a frame.
//!
//! Keep-alives come as `{}` on WebSockets, as `data: {}` on server-sent events, and as a
//! single space (or an empty body) on long polling.

use super::hub::{Incoming, parse_incoming};
use super::{
    Limits, ProtocolError, check_len, flag_member, kind, member, parse_json, shape, string_member,
};
use serde_json::{Map, Value};
use std::time::Duration;

/// One received unit of a transport.
#[derive(Debug, Clone, PartialEq)]
pub enum Frame {
    KeepAlive,
    Persistent(PersistentFrame),
    /// A hub message outside a persistent frame: on WebSockets the server writes invocation
    /// results straight to the socket.
    Hub(Incoming),
    /// Server-sent events' `data: initialized`, the transport's own "connected".
    SseInitialized,
}

/// A persistent response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersistentFrame {
    /// `C`: the cursor; sent back as `messageId` so a reconnect or the next poll resumes
    /// after it.
    pub cursor: Option<String>,
    /// `M`: hub messages, in order.
    pub messages: Vec<Incoming>,
    /// `S:1`: the init frame, the first answer of a `connect`.
    pub initialized: bool,
    /// `G`: the groups token, replacing the previous one.
    pub groups_token: Option<String>,
    /// `T:1`: the server asks the client to reconnect (its host is shutting down).
    pub reconnect: bool,
    /// `L`: how long a long-polling client waits before the next poll.
    pub long_poll_delay: Option<Duration>,
    /// `D:1`: the server disconnected this connection (protocol 1.x servers).
    pub disconnect: bool,
}

/// The one-letter members that make an object a persistent frame.
const PERSISTENT_MEMBERS: [&str; 6] = ["C", "S", "G", "T", "L", "D"];

/// Parses one frame (a WebSocket text message or a long-polling body).
pub fn parse_frame(text: &str, limits: &Limits) -> Result<Frame, ProtocolError> {
    check_len("frame", text.len(), limits.max_frame_bytes)?;
    if text
        .trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Ok(Frame::KeepAlive);
    }
    let value = parse_json(text, limits, "frame")?;
    let Value::Object(o) = value else {
        return Err(shape(
            "frame",
            format!("expected an object, got {}", kind(&value)),
        ));
    };
    if o.is_empty() {
        return Ok(Frame::KeepAlive);
    }
    let is_hub_answer = member(&o, "I").is_some() || member(&o, "P").is_some();
    let is_persistent = !is_hub_answer
        && (matches!(member(&o, "M"), Some(Value::Array(_)))
            || PERSISTENT_MEMBERS.iter().any(|m| member(&o, m).is_some()));
    if is_persistent {
        persistent(o, limits).map(Frame::Persistent)
    } else {
        parse_incoming(Value::Object(o), limits).map(Frame::Hub)
    }
}

/// Parses the `data:` of a server-sent event (without the `data: ` prefix).
pub fn parse_sse_data(data: &str, limits: &Limits) -> Result<Frame, ProtocolError> {
    if data.trim() == "initialized" {
        Ok(Frame::SseInitialized)
    } else {
        parse_frame(data, limits)
    }
}

fn persistent(o: Map<String, Value>, limits: &Limits) -> Result<PersistentFrame, ProtocolError> {
    let messages = match member(&o, "M") {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            check_len("M", items.len(), limits.max_messages)?;
            items
                .iter()
                .map(|m| parse_incoming(m.clone(), limits))
                .collect::<Result<_, _>>()?
        }
        Some(other) => {
            return Err(shape(
                "M",
                format!("expected an array, got {}", kind(other)),
            ));
        }
    };
    let long_poll_delay = match member(&o, "L") {
        None => None,
        Some(Value::Number(n)) => match n.as_f64() {
            // Milliseconds; at most a day, like every other time from the wire.
            Some(ms) if ms.is_finite() && (0.0..=86_400_000.0).contains(&ms) => {
                Some(Duration::from_millis(ms as u64))
            }
            _ => return Err(shape("L", "expected milliseconds between 0 and a day")),
        },
        Some(other) => {
            return Err(shape(
                "L",
                format!("expected a number, got {}", kind(other)),
            ));
        }
    };
    Ok(PersistentFrame {
        cursor: string_member(&o, "C", limits.max_token_bytes)?,
        messages,
        initialized: flag_member(&o, "S"),
        groups_token: string_member(&o, "G", limits.max_groups_token_bytes)?,
        reconnect: flag_member(&o, "T"),
        long_poll_delay,
        disconnect: flag_member(&o, "D"),
    })
}
