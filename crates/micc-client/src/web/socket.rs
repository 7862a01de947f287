//! A `WebSocket` whose callbacks belong to the adapter: they live exactly as long as it, and
//! dropping it detaches them and closes the socket, so a socket the driver gave up on can
//! never call into it again.

use crate::realtime::connection::SocketEvent;
use crate::realtime::driver::{RealtimeSocket, SocketSink};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

// The few members of `WebSocket` and its events this adapter uses, bound here rather than
// through web-sys features: enabling those features changes the npm package's build (by
// 160 bytes), which should not change until the JavaScript API includes real-time.
#[wasm_bindgen]
extern "C" {
    type WebSocket;
    #[wasm_bindgen(constructor, catch)]
    fn new(url: &str) -> Result<WebSocket, JsValue>;
    #[wasm_bindgen(method, catch, js_name = send)]
    fn send_with_str(this: &WebSocket, data: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn close(this: &WebSocket) -> Result<(), JsValue>;
    #[wasm_bindgen(method, setter)]
    fn set_onopen(this: &WebSocket, f: Option<&js_sys::Function>);
    #[wasm_bindgen(method, setter)]
    fn set_onmessage(this: &WebSocket, f: Option<&js_sys::Function>);
    #[wasm_bindgen(method, setter)]
    fn set_onclose(this: &WebSocket, f: Option<&js_sys::Function>);
    #[wasm_bindgen(method, setter)]
    fn set_onerror(this: &WebSocket, f: Option<&js_sys::Function>);

    type MessageEvent;
    #[wasm_bindgen(method, getter)]
    fn data(this: &MessageEvent) -> JsValue;

    type CloseEvent;
    #[wasm_bindgen(method, getter)]
    fn code(this: &CloseEvent) -> u16;
    #[wasm_bindgen(method, getter)]
    fn reason(this: &CloseEvent) -> String;
}

/// `open` and `error` events: nothing in them is read.
type Event = JsValue;

pub struct WebSocketAdapter {
    ws: WebSocket,
    _on_open: Closure<dyn FnMut(Event)>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl WebSocketAdapter {
    pub fn open(url: &str, sink: SocketSink) -> Result<Self, String> {
        // The URL carries the token: the browser's message does not go into errors.
        let ws =
            WebSocket::new(url).map_err(|_| "the WebSocket could not be created".to_string())?;
        let sink = Rc::new(RefCell::new(sink));
        // A socket reports its end once, whether through `error` then `close` or `close`.
        let closed = Rc::new(std::cell::Cell::new(false));
        let emit = {
            let sink = sink.clone();
            move |event: SocketEvent| {
                if let Ok(mut s) = sink.try_borrow_mut() {
                    s(event);
                }
            }
        };
        let on_open = {
            let emit = emit.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| emit(SocketEvent::Opened))
        };
        let on_message = {
            let emit = emit.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                // SignalR sends text frames only; anything else is not ours to read.
                if let Some(text) = e.data().as_string() {
                    emit(SocketEvent::Text(text));
                }
            })
        };
        let on_close = {
            let emit = emit.clone();
            let closed = closed.clone();
            Closure::<dyn FnMut(CloseEvent)>::new(move |e: CloseEvent| {
                if !closed.replace(true) {
                    emit(SocketEvent::Closed {
                        code: Some(e.code()),
                        reason: e.reason(),
                    });
                }
            })
        };
        let on_error = {
            let closed = closed.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                if !closed.replace(true) {
                    emit(SocketEvent::Closed {
                        code: None,
                        reason: "the WebSocket failed".into(),
                    });
                }
            })
        };
        ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(WebSocketAdapter {
            ws,
            _on_open: on_open,
            _on_message: on_message,
            _on_close: on_close,
            _on_error: on_error,
        })
    }
}

impl RealtimeSocket for WebSocketAdapter {
    fn send(&self, text: &str) -> Result<(), String> {
        self.ws
            .send_with_str(text)
            .map_err(|_| "the WebSocket is not open".to_string())
    }
}

impl Drop for WebSocketAdapter {
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        self.ws.set_onerror(None);
        let _ = self.ws.close();
    }
}
