//! Hub messages: the invocation a client sends (`{"H","M","A","I","S"?}`), and what comes
//! back: calls of client methods (`{"H","M","A","S"?}`, the events), invocation results
//! (`{"I","R"|"E","H"?,"D"?,"S"?,"T"?}`) and progress reports (`{"I"?,"P":{"I","D"}}`).

use super::{
    Limits, ProtocolError, check_len, flag_member, kind, member, parse_json, shape, string_member,
};
use serde_json::{Map, Value};

/// Hub state: the `S` object a hub carries along invocations and answers, merged member by
/// member.
pub type HubState = Map<String, Value>;

/// A client-to-server hub method invocation.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    pub hub: String,
    pub method: String,
    pub args: Vec<Value>,
    /// The invocation id (`I`), which the result echoes. SignalR 2 writes it as a string.
    pub id: u64,
    /// The hub's state, sent when not empty.
    pub state: HubState,
}

impl Invocation {
    /// The JSON text: the hub in lower case (as the jQuery client writes its proxies' names),
    /// the method as given, `I` as a string.
    pub fn to_json(&self) -> String {
        // Written member by member in the jQuery client's order (H, M, A, I, S): a map's order
        // would depend on whether some crate in the build turns on serde_json's preserve_order.
        let string = |s: &str| Value::from(s).to_string();
        let mut out = format!(
            "{{\"H\":{},\"M\":{},\"A\":{},\"I\":{}",
            string(&self.hub.to_ascii_lowercase()),
            string(&self.method),
            Value::Array(self.args.clone()),
            string(&self.id.to_string()),
        );
        if !self.state.is_empty() {
            out.push_str(",\"S\":");
            out.push_str(&Value::Object(self.state.clone()).to_string());
        }
        out.push('}');
        out
    }
}

/// A server-to-client call of a client method: an event.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientCall {
    pub hub: String,
    pub method: String,
    pub args: Vec<Value>,
    /// State changes the hub pushes along.
    pub state: Option<HubState>,
}

/// The answer to an invocation.
#[derive(Debug, Clone, PartialEq)]
pub struct HubResult {
    pub id: String,
    pub outcome: Result<Option<Value>, HubError>,
    pub state: Option<HubState>,
}

/// An invocation's failure as the server reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct HubError {
    pub message: String,
    /// `H`: a `HubException` thrown on purpose by the hub (its message is meant for users).
    pub hub_exception: bool,
    /// `D`: the hub exception's error data.
    pub data: Option<Value>,
    /// `T`: a stack trace (only with detailed errors on).
    pub stack_trace: Option<String>,
}

/// One hub message from the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Call(ClientCall),
    Result(HubResult),
    Progress {
        id: String,
        data: Value,
    },
    /// Something that is none of those (a raw `PersistentConnection` message): kept for
    /// diagnostics, not an error.
    Other(Value),
}

/// Parses the text of one hub message (a WebSocket frame that is not a persistent frame,
/// or the body of a long-polling `send`).
pub fn parse_incoming_text(text: &str, limits: &Limits) -> Result<Incoming, ProtocolError> {
    parse_incoming(parse_json(text, limits, "hub message")?, limits)
}

/// Classifies a hub message: `P` → progress, `I` → result, `H`+`M` → client call.
pub fn parse_incoming(value: Value, limits: &Limits) -> Result<Incoming, ProtocolError> {
    let Value::Object(o) = value else {
        return Ok(Incoming::Other(value));
    };
    if let Some(p) = member(&o, "P") {
        let (pid, data) = match p {
            Value::Object(po) => (
                string_member(po, "I", limits.max_token_bytes)?,
                member(po, "D").cloned().unwrap_or(Value::Null),
            ),
            other => (None, other.clone()),
        };
        let id = match pid {
            Some(id) => id,
            None => string_member(&o, "I", limits.max_token_bytes)?
                .ok_or_else(|| shape("P", "progress without an invocation id"))?,
        };
        return Ok(Incoming::Progress { id, data });
    }
    if let Some(id) = string_member(&o, "I", limits.max_token_bytes)? {
        let state = state_member(&o)?;
        let outcome = match member(&o, "E") {
            Some(e) => Err(HubError {
                message: match e {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
                hub_exception: flag_member(&o, "H"),
                data: member(&o, "D").cloned(),
                stack_trace: string_member(&o, "T", limits.max_frame_bytes)?,
            }),
            None => Ok(member(&o, "R").cloned()),
        };
        return Ok(Incoming::Result(HubResult { id, outcome, state }));
    }
    let hub = string_member(&o, "H", limits.max_token_bytes)?;
    let method = string_member(&o, "M", limits.max_token_bytes)?;
    match (hub, method) {
        (Some(hub), Some(method)) => {
            let args = match member(&o, "A") {
                None => Vec::new(),
                Some(Value::Array(a)) => {
                    check_len("A", a.len(), limits.max_args)?;
                    a.clone()
                }
                Some(other) => {
                    return Err(shape(
                        "A",
                        format!("expected an array, got {}", kind(other)),
                    ));
                }
            };
            Ok(Incoming::Call(ClientCall {
                hub,
                method,
                args,
                state: state_member(&o)?,
            }))
        }
        _ => Ok(Incoming::Other(Value::Object(o))),
    }
}

fn state_member(o: &Map<String, Value>) -> Result<Option<HubState>, ProtocolError> {
    match member(o, "S") {
        None => Ok(None),
        Some(Value::Object(s)) => Ok(Some(s.clone())),
        Some(other) => Err(shape(
            "S",
            format!("expected an object, got {}", kind(other)),
        )),
    }
}
