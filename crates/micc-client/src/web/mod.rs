//! Browser adapters of the real-time driver: WebSockets ([`socket`]) and spawning on the
//! page's event loop. HTTP and timers are the client's [`WebPlatform`] (fetch, setTimeout).

mod page;
pub mod socket;

use crate::realtime::driver::{Realtime, RealtimeIo, RealtimeSocket, SocketSink};
use crate::{MiccClient, WebPlatform};
use futures_util::future::LocalBoxFuture;

/// [`RealtimeIo`] in browsers: `WebSocket` and `wasm_bindgen_futures::spawn_local`.
#[derive(Debug, Default, Clone, Copy)]
pub struct WebRealtimeIo;

impl RealtimeIo for WebRealtimeIo {
    fn open_socket(&self, url: &str, sink: SocketSink) -> Result<Box<dyn RealtimeSocket>, String> {
        Ok(Box::new(socket::WebSocketAdapter::open(url, sink)?))
    }

    fn spawn(&self, task: LocalBoxFuture<'static, ()>) {
        wasm_bindgen_futures::spawn_local(task);
    }

    fn watch_visibility(&self, on_change: Box<dyn Fn(bool)>) -> Option<Box<dyn std::any::Any>> {
        page::PageWatch::visibility(on_change).map(|w| Box::new(w) as Box<dyn std::any::Any>)
    }

    fn watch_network(&self, on_change: Box<dyn Fn(bool)>) -> Option<Box<dyn std::any::Any>> {
        page::PageWatch::network(on_change).map(|w| Box::new(w) as Box<dyn std::any::Any>)
    }
}

impl MiccClient<WebPlatform> {
    /// The real-time channel of this client (a new connection each call: keep the handle).
    pub fn realtime(&self) -> crate::Result<Realtime<WebPlatform>> {
        Realtime::new(self, WebRealtimeIo)
    }
}
