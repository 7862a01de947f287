//! Live contact-center panels built on `micc-client`, rendered with Leptos.
//!
//! Server strings are always rendered as text nodes (Leptos escapes them), never as HTML.
//! The pure parts (store, sorting, totals, thresholds, strings, duration fallback) build and
//! test natively; the components, `Intl` and the mount API are wasm-only.

pub mod embed;
pub mod format;
pub mod order;
pub mod panels;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub use embed::mount::{MountHandle, mount, mount_queue_now};
