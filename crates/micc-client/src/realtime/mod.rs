//! The real-time channel: classic ASP.NET SignalR 2 hubs (not ASP.NET Core SignalR), as the
//! Mitel CX SDK serves them under `{server}/miccsdk/signalr`.
//!
//! Split the `quinn-proto` way:
//!
//! - [`protocol`]: stateless codecs: the URLs of every endpoint, the negotiate answer, the
//!   persistent frames and the hub messages. Bounded input sizes ([`Limits`]); nothing here
//!   panics on any input.
//! - [`connection`]: one deterministic state machine over values. The driver feeds it HTTP
//!   answers, socket events and the time ([`Instant`]), and carries out the IO it asks for
//!   ([`connection::Io`]); it never reads a clock or touches a network itself.
//! - [`reconnect`]: the policy object deciding how long to wait before each reconnect attempt.
//! - [`hubs`]: the hub table (`queueHub`, `employeeHub`, `agentHub`) and the typed
//!   [`hubs::HubEvent`]s, decoded into the same models as the REST API.
//!
//! The async driver (WebSocket and fetch adapters on wasm32), the JavaScript API and the
//! one-connection-per-browser sharing build on this core and are not part of it.

pub mod connection;
pub mod hubs;
pub mod ordering;
pub mod protocol;
pub mod reconnect;
mod time;

pub use connection::{Connection, ConnectionConfig, Event, Io, State};
pub use hubs::HubEvent;
pub use protocol::{Limits, ProtocolError, Transport};
pub use reconnect::{ExponentialBackoff, ReconnectPolicy, ReconnectReason};
pub use time::Instant;
