//! The two background tasks of the real-time channel: fan-out of the world's events to the
//! hubs' subscribers, and expiry of connections left without a transport. Both hold the
//! application state weakly so that dropping it (a test's end) ends them.

use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use tokio::sync::broadcast::{self, error::RecvError};

use crate::AppState;
use crate::events::Event;
use crate::world::Change;

pub(super) async fn run(state: Weak<AppState>, mut events: broadcast::Receiver<Arc<Event>>) {
    loop {
        let next = events.recv().await;
        let Some(state) = state.upgrade() else {
            return;
        };
        match next {
            Ok(event) => {
                state.signalr.deliver(&event, state.config.wire);
            }
            Err(RecvError::Lagged(missed)) => {
                // Events were overwritten before we read them. States can be recovered by
                // sending what they are now; conversation changes in between are lost, as
                // a client of a real server loses what its buffer overflowed with.
                tracing::warn!(
                    missed,
                    "real-time fan-out lagged behind the event stream; re-sending current states"
                );
                resync(&state);
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// Re-renders the state of everything monitored and delivers it as fresh events.
fn resync(state: &AppState) {
    state.signalr.count_resync();
    let (queues, employees, agents) = state.signalr.monitored();
    let events: Vec<Event> = {
        let Ok(mut w) = state.world.lock() else {
            return;
        };
        let mut out = Vec::new();
        for q in queues {
            if let Some(payload) = w.queue_state(q) {
                out.push(Event {
                    change: Change::QueueState(q),
                    payload,
                    schema: "QueueState",
                });
            }
        }
        for e in employees {
            if let Some(payload) = w.employee_state(e) {
                out.push(Event {
                    change: Change::EmployeeState(e),
                    payload,
                    schema: "EmployeeState",
                });
            }
        }
        if agents {
            for a in 0..w.agents.len() {
                if let Some(payload) = w.agent_state(a) {
                    out.push(Event {
                        change: Change::AgentState(a),
                        payload,
                        schema: "AgentState",
                    });
                }
            }
        }
        out
    };
    for e in &events {
        state.signalr.deliver(e, state.config.wire);
    }
}

pub(super) async fn expire(state: Weak<AppState>, every: Duration) {
    let mut tick = tokio::time::interval(every.max(Duration::from_millis(50)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let Some(state) = state.upgrade() else {
            return;
        };
        state.signalr.expire(Instant::now());
    }
}
