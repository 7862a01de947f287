//! Live contact-center panels built on `micc-client`, rendered with Leptos.
//!
//! Server strings are always rendered as text nodes (Leptos escapes them), never as HTML.

#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub mod queue_now;

#[cfg(target_arch = "wasm32")]
pub use mount::mount_queue_now;
