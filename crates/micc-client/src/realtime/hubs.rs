//! The MiCC hubs (wire-facts.md; `micc-api`'s `spec/signalr.json` describes the same table
//! and a test keeps the two in step) and the typed events they push.
//!
//! Event payloads are the REST models, decoded by the same tolerant decoder (both casings,
//! enums as names or numbers). The forms public code relies on: the state events carry one
//! model; the conversation events an array of conversation models (one bare model is
//! accepted too); the removal events an array of conversation id strings (one bare string,
//! or conversation models, are accepted too).

use super::protocol::ClientCall;
use crate::decode::{self, DecodeError};
use crate::models::{AgentState, ConversationModel, EmployeeState, QueueState};
use serde_json::Value;
use std::fmt;

pub const QUEUE_HUB: &str = "queueHub";
pub const EMPLOYEE_HUB: &str = "employeeHub";
pub const AGENT_HUB: &str = "agentHub";

/// A hub: the methods a client invokes and the events the server pushes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubDef {
    pub name: &'static str,
    pub methods: &'static [&'static str],
    pub events: &'static [&'static str],
}

/// Every hub of the MiCC SDK.
pub const HUBS: &[HubDef] = &[
    HubDef {
        name: QUEUE_HUB,
        methods: &[
            "addStateMonitor",
            "removeStateMonitor",
            "addConversationMonitor",
            "removeConversationMonitor",
        ],
        events: &[
            "queueStateChanged",
            "queueConversationChanged",
            "queueConversationRemoved",
        ],
    },
    HubDef {
        name: EMPLOYEE_HUB,
        methods: &["addSelfMonitor"],
        events: &[
            "employeeStateChanged",
            "employeeConversationChanged",
            "employeeConversationRemoved",
        ],
    },
    HubDef {
        name: AGENT_HUB,
        methods: &[],
        events: &["onAgentStateChanged"],
    },
];

/// The hub names for `connectionData`.
pub fn hub_names() -> Vec<&'static str> {
    HUBS.iter().map(|h| h.name).collect()
}

/// A typed server event (the single models boxed: they are large).
#[derive(Debug, Clone, PartialEq)]
pub enum HubEvent {
    QueueStateChanged(Box<QueueState>),
    QueueConversationChanged(Vec<ConversationModel>),
    /// Conversation ids.
    QueueConversationRemoved(Vec<String>),
    EmployeeStateChanged(Box<EmployeeState>),
    EmployeeConversationChanged(Vec<ConversationModel>),
    /// Conversation ids.
    EmployeeConversationRemoved(Vec<String>),
    AgentStateChanged(Box<AgentState>),
    /// A hub or method this version does not know: kept, not an error, so a newer server
    /// does not break older clients.
    Unknown {
        hub: String,
        method: String,
        args: Vec<Value>,
    },
}

/// Which of the known events a call is, by hub and method ignoring case (SignalR matches
/// both case-insensitively, and servers echo the client's spelling of the hub).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    QueueStateChanged,
    QueueConversationChanged,
    QueueConversationRemoved,
    EmployeeStateChanged,
    EmployeeConversationChanged,
    EmployeeConversationRemoved,
    AgentStateChanged,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::QueueStateChanged,
        EventKind::QueueConversationChanged,
        EventKind::QueueConversationRemoved,
        EventKind::EmployeeStateChanged,
        EventKind::EmployeeConversationChanged,
        EventKind::EmployeeConversationRemoved,
        EventKind::AgentStateChanged,
    ];

    /// `(hub, method)` as the hub table spells them.
    pub const fn names(self) -> (&'static str, &'static str) {
        match self {
            EventKind::QueueStateChanged => (QUEUE_HUB, "queueStateChanged"),
            EventKind::QueueConversationChanged => (QUEUE_HUB, "queueConversationChanged"),
            EventKind::QueueConversationRemoved => (QUEUE_HUB, "queueConversationRemoved"),
            EventKind::EmployeeStateChanged => (EMPLOYEE_HUB, "employeeStateChanged"),
            EventKind::EmployeeConversationChanged => (EMPLOYEE_HUB, "employeeConversationChanged"),
            EventKind::EmployeeConversationRemoved => (EMPLOYEE_HUB, "employeeConversationRemoved"),
            EventKind::AgentStateChanged => (AGENT_HUB, "onAgentStateChanged"),
        }
    }

    /// The REST model of the payload (the `components/schemas` name of `openapi.json`).
    pub const fn model(self) -> &'static str {
        match self {
            EventKind::QueueStateChanged => "QueueState",
            EventKind::EmployeeStateChanged => "EmployeeState",
            EventKind::AgentStateChanged => "AgentState",
            EventKind::QueueConversationChanged
            | EventKind::EmployeeConversationChanged
            | EventKind::QueueConversationRemoved
            | EventKind::EmployeeConversationRemoved => "ConversationModel",
        }
    }

    pub fn of(hub: &str, method: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| {
            let (h, m) = k.names();
            h.eq_ignore_ascii_case(hub) && m.eq_ignore_ascii_case(method)
        })
    }
}

/// A known event whose payload did not decode.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDecodeError {
    pub kind: EventKind,
    pub error: DecodeError,
}

impl fmt::Display for EventDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (hub, method) = self.kind.names();
        write!(f, "{hub}.{method}: {}", self.error)
    }
}

impl std::error::Error for EventDecodeError {}

/// Decodes a client call into a typed event.
pub fn decode_event(call: &ClientCall) -> Result<HubEvent, EventDecodeError> {
    let Some(kind) = EventKind::of(&call.hub, &call.method) else {
        return Ok(HubEvent::Unknown {
            hub: call.hub.clone(),
            method: call.method.clone(),
            args: call.args.clone(),
        });
    };
    let fail = |error: DecodeError| EventDecodeError { kind, error };
    let arg = call.args.first().cloned().unwrap_or(Value::Null);
    if arg.is_null() {
        return Err(fail(DecodeError::new("$.A[0]", "missing payload")));
    }
    Ok(match kind {
        EventKind::QueueStateChanged => {
            HubEvent::QueueStateChanged(decode::from_value(arg).map_err(fail)?)
        }
        EventKind::EmployeeStateChanged => {
            HubEvent::EmployeeStateChanged(decode::from_value(arg).map_err(fail)?)
        }
        EventKind::AgentStateChanged => {
            HubEvent::AgentStateChanged(decode::from_value(arg).map_err(fail)?)
        }
        EventKind::QueueConversationChanged => {
            HubEvent::QueueConversationChanged(conversations(arg).map_err(fail)?)
        }
        EventKind::EmployeeConversationChanged => {
            HubEvent::EmployeeConversationChanged(conversations(arg).map_err(fail)?)
        }
        EventKind::QueueConversationRemoved => {
            HubEvent::QueueConversationRemoved(ids(arg).map_err(fail)?)
        }
        EventKind::EmployeeConversationRemoved => {
            HubEvent::EmployeeConversationRemoved(ids(arg).map_err(fail)?)
        }
    })
}

/// An array of conversation models, or one.
fn conversations(arg: Value) -> Result<Vec<ConversationModel>, DecodeError> {
    match arg {
        Value::Array(_) => decode::from_value(arg),
        one => Ok(vec![decode::from_value(one)?]),
    }
}

/// An array of conversation ids, or one; a conversation model stands for its id
/// (`ConversationId`, in any case).
fn ids(arg: Value) -> Result<Vec<String>, DecodeError> {
    let items = match arg {
        Value::Array(items) => items,
        one => vec![one],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::String(s) => Ok(s),
            Value::Object(_) => decode::from_value::<ConversationModel>(item)?
                .conversation_id
                .ok_or_else(|| {
                    DecodeError::new(format!("$[{i}]"), "a conversation without ConversationId")
                }),
            other => Err(DecodeError::new(
                format!("$[{i}]"),
                format!("expected a conversation id, got {other}"),
            )),
        })
        .collect()
}
