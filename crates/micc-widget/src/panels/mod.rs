//! The panels: a component each, plus its pure parts.

pub mod agent_presence;
#[cfg(target_arch = "wasm32")]
pub mod live_rows;
pub mod my_presence;
pub mod queue_now;
#[cfg(target_arch = "wasm32")]
pub mod seen;
#[cfg(target_arch = "wasm32")]
pub mod status;
