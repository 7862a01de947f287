//! Live contact-center panels built on `micc-client`, on Leptos' reactive system, rendered
//! by a small DOM builder of the crate's own (dom/mod.rs says why).
//!
//! Server strings are always rendered as text nodes or attribute values, never as HTML.
//! The pure parts (store, sorting, totals, thresholds, strings, duration fallback) build and
//! test natively; the components, `Intl` and the mount API are wasm-only.

#[cfg(target_arch = "wasm32")]
pub mod dom;
pub mod embed;
pub mod format;
pub mod order;
pub mod panels;
#[cfg(target_arch = "wasm32")]
pub mod reactive;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub use embed::mount::{MountHandle, mount, mount_queue_now};
