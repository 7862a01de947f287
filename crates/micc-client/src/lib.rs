//! Typed client for the Mitel CX SDK (MiContact Center) REST API, for WebAssembly and
//! native Rust.
//!
//! The crate is split the sans-IO way: operations ([`api`]), OData ([`odata`]), HAL paging
//! ([`hal`]), the token lifecycle ([`auth`]), retries ([`retry`]) and decoding are plain
//! Rust over values and are tested natively; the only IO is a [`http::Platform`], which on
//! `wasm32` is `WebPlatform` (fetch, timers).
//!
//! ```no_run
//! # use micc_client::http::Platform;
//! # async fn demo<P: Platform + 'static>(platform: P) -> micc_client::Result<()> {
//! use micc_client::{ClientConfig, Credentials, MiccClient};
//! // `platform` is `micc_client::WebPlatform` in browsers and Node.
//! let client = MiccClient::new(
//!     ClientConfig::new("https://micc.example.com", Credentials::password("agent", "secret")),
//!     platform,
//! )?;
//! let sales = client.queues().state("Sales").send().await?;
//! let me = client.employees().me().state().send().await?;
//! # Ok(()) }
//! ```

pub mod api;
pub mod auth;
pub mod datetime;
pub mod decode;
pub mod error;
pub mod hal;
pub mod http;
pub mod models;
pub mod odata;
pub mod realtime;
pub mod retry;
pub mod timespan;

mod client;
mod flight;
#[cfg(all(target_arch = "wasm32", feature = "js"))]
mod js;

/// The npm package's allocator: talc is a fraction of the size of Rust's default for wasm
/// (dlmalloc) and faster. Only the package's build (feature `js`) sets it; crates that use
/// micc-client as a library keep their own choice.
#[cfg(all(
    target_arch = "wasm32",
    not(target_feature = "atomics"),
    feature = "js"
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_platform;

pub use api::Call;
pub use auth::{Credentials, ProvidedToken, Secret, TokenProvider};
pub use client::{API_BASE, ClientConfig, MiccClient, normalize_server};
pub use error::{Error, Result};
pub use hal::HalPage;
#[cfg(all(target_arch = "wasm32", feature = "js"))]
pub use js::WasmClient;
pub use odata::{Filter, Literal, Order, Query};
pub use retry::RetryPolicy;
#[cfg(target_arch = "wasm32")]
pub use web_platform::WebPlatform;
