//! The hub invocation pipeline, shared by `/send` (long polling, event streams) and the
//! messages of a WebSocket: parse, resolve and run against the world, apply the result to
//! the groups, and re-issue the groups token when the membership changed.

use std::sync::Arc;

use super::conn::Conn;
use super::hubs::{self, Outcome};
use super::protocol;
use crate::AppState;
use crate::auth::Principal;

/// What a hub invocation produced.
pub enum Reply {
    /// A `HubResponse` to send back.
    Answer(String),
    /// An exception outside the hub pipeline (bad JSON, unknown hub): no hub answer.
    Unresolved(String),
}

/// Parses, resolves and runs one hub invocation of `conn` on behalf of `principal`.
pub fn invoke(state: &AppState, conn: &Arc<Conn>, principal: &Principal, text: &str) -> Reply {
    let invocation = match protocol::parse_invocation(text) {
        Ok(i) => i,
        Err(e) => return Reply::Unresolved(e),
    };
    // The world lock is released before the index is touched (lock order: world, then
    // index, never both from here).
    let outcome = match state.world.lock() {
        Ok(w) => hubs::plan(&invocation, principal, &w),
        Err(_) => return Reply::Unresolved("the simulation is unavailable".into()),
    };
    match outcome {
        Outcome::Unresolved(message) => Reply::Unresolved(message),
        Outcome::Answer { id, result } => match result {
            Ok(action) => {
                if let Some(a) = &action
                    && state.signalr.apply(conn, a)
                {
                    state.signalr.announce_groups(state, conn);
                }
                Reply::Answer(protocol::hub_response(id.as_deref(), None, None))
            }
            Err(failure) => {
                tracing::debug!(connection = %conn.id, ?failure, "hub invocation failed");
                Reply::Answer(protocol::hub_response(id.as_deref(), None, Some(&failure)))
            }
        },
    }
}
