//! Typed client for the Mitel CX SDK (MiContact Center) REST API.
//!
//! The crate is split the sans-IO way: request building and response decoding are plain
//! Rust over values ([`http`], [`models`]) and compile and test natively; the only IO is the
//! [`http::Transport`] implementation, which on `wasm32` is the browser's `fetch`.

pub mod error;
pub mod hal;
pub mod http;
pub mod models;

mod client;
#[cfg(target_arch = "wasm32")]
mod fetch_transport;

pub use client::{MiccClient, Queues};
pub use error::{Error, Result};
#[cfg(target_arch = "wasm32")]
pub use fetch_transport::FetchTransport;
pub use hal::HalPage;
