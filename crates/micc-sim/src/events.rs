//! The world's internal event stream: every change, with the model a client would fetch for
//! it, broadcast to whoever listens (the real-time hubs).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::AppState;
use crate::world::{Change, World};

/// One change and its payload (canonical form; `None` when the thing is gone or the change
/// has no model, like a removal, which carries ids only).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub change: Change,
    pub payload: Value,
    /// The model of `payload` in the API description (for encoding on the wire).
    pub schema: &'static str,
}

/// The conversation `id` as it looks now, or as it last looked if it has ended.
fn conversation_look(w: &World, departed: &HashMap<String, Value>, id: &str) -> Option<Value> {
    match w.conversation_by_id(id) {
        Some(c) => w.conversation(c.seq),
        None => departed.get(id).cloned(),
    }
}

fn render(
    w: &mut World,
    departed: &HashMap<String, Value>,
    change: &Change,
) -> Option<(Value, &'static str)> {
    Some(match change {
        Change::QueueState(q) => (w.queue_state(*q)?, "QueueState"),
        Change::QueueConversation { seq, .. } | Change::EmployeeConversation { seq, .. } => {
            (w.conversation(*seq)?, "ConversationModel")
        }
        Change::QueueConversationRemoved { id, .. }
        | Change::EmployeeConversationRemoved { id, .. } => {
            (conversation_look(w, departed, id)?, "ConversationModel")
        }
        Change::EmployeeState(e) => (w.employee_state(*e)?, "EmployeeState"),
        Change::AgentState(a) => (w.agent_state(*a)?, "AgentState"),
        Change::Directory(id) => (json!({ "Id": id }), ""),
        Change::ReplyTemplate(id) => (json!({ "Id": id }), ""),
    })
}

/// Takes the world's pending changes and broadcasts them. Rendering is skipped when nobody
/// listens, and, when the real-time hubs are the only listener, for changes none of their
/// connections subscribed to; the changes are taken either way so they never pile up.
pub fn publish(state: &AppState) {
    let Ok(mut w) = state.world.lock() else {
        return;
    };
    let changes = w.take_changes();
    let departed = w.take_departed();
    if state.events.receiver_count() == 0 {
        return;
    }
    let only_hubs = state.events.receiver_count() <= usize::from(state.signalr.listens());
    for change in changes {
        if only_hubs && !state.signalr.interested(&change) {
            continue;
        }
        if let Some((payload, schema)) = render(&mut w, &departed, &change) {
            // A send error only means every listener left in the meantime.
            let _ = state.events.send(Arc::new(Event {
                change,
                payload,
                schema,
            }));
        }
    }
}
