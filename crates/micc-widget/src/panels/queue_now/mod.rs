//! The queue-now panel: one row per queue, live.

pub mod columns;
pub mod selection;
pub mod thresholds;
pub mod totals;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod cells;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::{PanelOptions, queue_now};
