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
//! - [`driver`]: the one async loop that feeds the core and carries out its IO, and the
//!   typed API on top ([`Realtime`]); its browser adapters are in `crate::web`.
//!
//! The npm package's JavaScript API (`client.realtime`) and its one-connection-per-browser
//! sharing are a JavaScript twin of this core (`js/signalr.js`, `js/realtime.js`, `js/share.js`):
//! compiled to wasm, this core would double the package's size budget (see the README).

pub mod connection;
pub mod driver;
pub mod hubs;
pub mod ordering;
pub mod protocol;
pub mod reconnect;
mod time;

pub use connection::{Connection, ConnectionConfig, Event, Io, RealtimeError, State};
pub use driver::{Realtime, RealtimeEvent, RealtimeIo, RealtimeSocket, Subscription};
pub use hubs::HubEvent;
pub use protocol::{Limits, ProtocolError, Transport};
pub use reconnect::{ExponentialBackoff, ReconnectPolicy, ReconnectReason};
pub use time::Instant;
