//! The agent-presence panel: one row per agent, live, with a summary per state, a filter
//! by agent group and a search by name.

pub mod filter;
pub mod person;
pub mod presence;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod row;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::{AgentOptions, agent_presence};
